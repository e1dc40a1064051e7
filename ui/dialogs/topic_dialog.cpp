#include "topic_dialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "cluster_commands.h"
#include "dialogs/dialog_buttons.h"

namespace ks::ui {
namespace {
constexpr int kMaxNameLength = 249;
constexpr int kMaxPartitions = 1000;
}

QString TopicDialog::nameProblem(const QString& name, const QStringList& existingTopics) {
    static const QRegularExpression legal(QStringLiteral("^[a-zA-Z0-9._-]+$"));
    if (name.isEmpty()) return tr("Give the topic a name.");
    if (name == QLatin1String(".") || name == QLatin1String("..")) return tr("A topic cannot be named \".\" or \"..\".");
    if (name.size() > kMaxNameLength) return tr("A topic name has at most %1 characters.").arg(kMaxNameLength);
    if (!legal.match(name).hasMatch()) return tr("Use only letters, digits, '.', '_' and '-' in a topic name.");
    if (existingTopics.contains(name)) return tr("Topic %1 already exists.").arg(name);
    return {};
}

TopicDialog::TopicDialog(const QStringList& existingTopics, int brokers, QWidget* parent)
    : QDialog(parent), existing_(existingTopics), brokers_(std::max(brokers, 1)) {
    setWindowTitle(tr("Create topic"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    name_ = new QLineEdit(this);
    name_->setPlaceholderText(tr("e.g. payments"));
    partitions_ = new QSpinBox(this);
    partitions_->setRange(1, kMaxPartitions);
    partitions_->setValue(3);
    replication_ = new QSpinBox(this);
    replication_->setRange(1, brokers_);
    replication_->setValue(std::min(3, brokers_));
    minInsync_ = new QSpinBox(this);
    minInsync_->setRange(1, replication_->value());
    minInsync_->setValue(std::min(2, replication_->value()));
    unclean_ = new QCheckBox(tr("allow an out-of-sync replica to become leader (may lose records)"), this);
    form->addRow(tr("&Name"), name_);
    form->addRow(tr("&Partitions"), partitions_);
    form->addRow(tr("&Replication factor"), replication_);
    form->addRow(tr("&min.insync.replicas"), minInsync_);
    form->addRow(tr("&Unclean leader election"), unclean_);
    layout->addLayout(form);
    footer_ = std::make_unique<ProblemFooter>(this, layout, tr("Create"));
    connect(name_, &QLineEdit::textChanged, this, &TopicDialog::revalidate);
    connect(replication_, &QSpinBox::valueChanged, this, [this](int rf) {
        minInsync_->setMaximum(rf);
        revalidate();
    });
    connect(partitions_, &QSpinBox::valueChanged, this, &TopicDialog::revalidate);
    connect(minInsync_, &QSpinBox::valueChanged, this, &TopicDialog::revalidate);
    revalidate();
}

QString TopicDialog::problem() const {
    if (const QString p = nameProblem(name_->text(), existing_); !p.isEmpty()) return p;
    if (replication_->value() > brokers_)
        return tr("The replication factor cannot be larger than the number of brokers (%1).").arg(brokers_);
    if (minInsync_->value() > replication_->value())
        return tr("min.insync.replicas cannot be larger than the replication factor.");
    return {};
}

bool TopicDialog::isValid() const { return problem().isEmpty(); }

void TopicDialog::revalidate() { footer_->show(problem()); }

QString TopicDialog::command() const {
    std::map<QString, QString> configs{{QStringLiteral("min.insync.replicas"), QString::number(minInsync_->value())}};
    if (unclean_->isChecked()) configs[QStringLiteral("unclean.leader.election.enable")] = QStringLiteral("true");
    return createTopicCommand(name_->text(), partitions_->value(), replication_->value(), configs);
}

}  // namespace ks::ui
