#include "dialogs/dialog_buttons.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace ks::ui {

QDialogButtonBox* addOkCancel(QDialog* dialog, QBoxLayout* layout, const QString& okText) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    if (!okText.isEmpty()) buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

ProblemFooter::ProblemFooter(QDialog* dialog, QBoxLayout* layout, const QString& okText) : message_(new QLabel(dialog)) {
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(message_);
    buttons_ = addOkCancel(dialog, layout, okText);
}

void ProblemFooter::show(const QString& problem) const {
    message_->setText(problem);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace ks::ui
