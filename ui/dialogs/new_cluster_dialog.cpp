#include "new_cluster_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "dialogs/dialog_buttons.h"

namespace ks::ui {

NewClusterDialog::NewClusterDialog(const runtime::RuntimeConfig& current, QWidget* parent) : QDialog(parent), base_(current) {
    setWindowTitle(tr("New cluster"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    mode_ = new QComboBox(this);
    mode_->addItem(tr("KRaft (Kafka 3.3 and later)"), QStringLiteral("kraft"));
    mode_->addItem(tr("ZooKeeper (before Kafka 4.0)"), QStringLiteral("zookeeper"));
    brokers_ = new QSpinBox(this);
    brokers_->setRange(1, 50);
    brokers_->setValue(3);
    controllers_ = new QSpinBox(this);
    controllers_->setRange(1, 9);
    controllers_->setValue(3);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setValue(static_cast<int>(std::min<std::uint64_t>(current.seed + 1, std::numeric_limits<int>::max())));
    topic_ = new QCheckBox(tr("create the topic 'orders' for the background producer"), this);
    topic_->setChecked(true);
    group_ = new QCheckBox(tr("start the consumer group 'analytics' with two consumers reading 'orders'"), this);
    group_->setChecked(true);
    partitions_ = new QSpinBox(this);
    partitions_->setRange(1, 1000);
    partitions_->setValue(3);
    form->addRow(tr("&Mode"), mode_);
    form->addRow(tr("&Brokers"), brokers_);
    form->addRow(tr("&Quorum nodes (controllers or ZooKeeper)"), controllers_);
    form->addRow(tr("&Seed"), seed_);
    form->addRow(QString(), topic_);
    form->addRow(tr("&Partitions of 'orders'"), partitions_);
    form->addRow(QString(), group_);
    layout->addLayout(form);
    connect(topic_, &QCheckBox::toggled, partitions_, &QWidget::setEnabled);
    connect(topic_, &QCheckBox::toggled, group_, &QWidget::setEnabled);
    addOkCancel(this, layout, tr("Start"));
}

runtime::RuntimeConfig NewClusterDialog::config() const {
    runtime::RuntimeConfig config = base_;
    config.seed = static_cast<std::uint64_t>(seed_->value());
    const bool zookeeper = mode_->currentData().toString() == QLatin1String("zookeeper");
    config.setup = (zookeeper ? QStringLiteral("cluster mode=zookeeper brokers=%1 zookeepers=%2\n")
                              : QStringLiteral("cluster brokers=%1 controllers=%2\n"))
                       .arg(brokers_->value())
                       .arg(controllers_->value())
                       .toStdString();
    if (topic_->isChecked()) {
        const int rf = std::min(3, brokers_->value());
        config.setup += QStringLiteral("topic create orders partitions=%1 rf=%2 min.insync.replicas=%3\n")
                            .arg(partitions_->value())
                            .arg(rf)
                            .arg(std::min(2, rf))
                            .toStdString();
        if (group_->isChecked())
            for (int i = 1; i <= 2; ++i)
                config.setup += QStringLiteral("consumer add analytics-%1 topic=orders group=analytics auto.offset.reset=earliest\n").arg(i).toStdString();
    }
    return config;
}

}  // namespace ks::ui
