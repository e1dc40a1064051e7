#include "link_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "cluster_commands.h"

namespace ks::ui {

LinkDialog::LinkDialog(const std::vector<Node>& nodes, int preselected, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Cut or heal a link"));
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
    heal_ = new QRadioButton(tr("&Heal the link"), this);
    cutBoth_->setChecked(true);
    layout->addWidget(cutBoth_);
    layout->addWidget(cutOneWay_);
    layout->addWidget(heal_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
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
    return cutLinkCommand(a, b, cutOneWay_->isChecked());
}

}  // namespace ks::ui
