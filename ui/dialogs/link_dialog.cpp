#include "link_dialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "cluster_commands.h"
#include "dialogs/dialog_buttons.h"
#include "network_dialog.h"

namespace ks::ui {

LinkDialog::LinkDialog(const std::vector<Node>& nodes, int preselected, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Cut, slow or heal a link"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    from_ = new QComboBox(this);
    to_ = new QComboBox(this);
    for (const auto& [id, label] : nodes) {
        from_->addItem(label, id);
        to_->addItem(label, id);
    }
    const int pre = std::max(0, from_->findData(preselected));
    from_->setCurrentIndex(pre);
    to_->setCurrentIndex(pre + 1 < to_->count() ? pre + 1 : 0);
    form->addRow(tr("&From"), from_);
    form->addRow(tr("&To"), to_);
    layout->addLayout(form);
    cutBoth_ = new QRadioButton(tr("&Cut both ways (neither reaches the other)"), this);
    cutOneWay_ = new QRadioButton(tr("Cut &one way (From cannot reach To)"), this);
    slow_ = new QRadioButton(tr("&Slow it both ways (its own latency, jitter and loss)"), this);
    slowOneWay_ = new QRadioButton(tr("Slo&w it one way (From → To)"), this);
    heal_ = new QRadioButton(tr("&Heal the link (no cut, the network's conditions)"), this);
    cutBoth_->setChecked(true);
    for (QRadioButton* button : {cutBoth_, cutOneWay_, slow_, slowOneWay_, heal_}) layout->addWidget(button);
    auto* conditions = new QFormLayout;
    latency_ = millisecondsBox(200.0, this);
    jitter_ = millisecondsBox(50.0, this);
    loss_ = new QSpinBox(this);
    loss_->setRange(0, 100);
    loss_->setSuffix(QStringLiteral(" %"));
    conditions->addRow(tr("&Latency (one way)"), latency_);
    conditions->addRow(tr("&Jitter (extra, random)"), jitter_);
    conditions->addRow(tr("Message l&oss"), loss_);
    layout->addLayout(conditions);
    auto enableConditions = [this] {
        const bool slow = slow_->isChecked() || slowOneWay_->isChecked();
        for (QWidget* w : std::initializer_list<QWidget*>{latency_, jitter_, loss_}) w->setEnabled(slow);
    };
    for (QRadioButton* button : {cutBoth_, cutOneWay_, slow_, slowOneWay_, heal_}) connect(button, &QRadioButton::toggled, this, enableConditions);
    enableConditions();
    QDialogButtonBox* buttons = addOkCancel(this, layout);
    auto check = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!command().isEmpty()); };
    connect(from_, &QComboBox::currentIndexChanged, this, check);
    connect(to_, &QComboBox::currentIndexChanged, this, check);
    check();
}

QString LinkDialog::command() const {
    const int a = from_->currentData().toInt();
    const int b = to_->currentData().toInt();
    if (a == b) return {};
    if (heal_->isChecked()) return healLinkCommand(a, b);
    if (slow_->isChecked() || slowOneWay_->isChecked())
        return slowLinkCommand(a, b, micros(latency_), micros(jitter_), loss_->value(), slowOneWay_->isChecked());
    return cutLinkCommand(a, b, cutOneWay_->isChecked());
}

void LinkDialog::chooseSlow() { slow_->setChecked(true); }

}  // namespace ks::ui
