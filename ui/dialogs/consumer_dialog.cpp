#include "consumer_dialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "cluster_commands.h"
#include "dialogs/dialog_buttons.h"

namespace ks::ui {

QString ConsumerDialog::nameProblem(const QString& name, const QStringList& consumers) {
    static const QRegularExpression legal(QStringLiteral("^[a-zA-Z0-9._-]+$"));
    if (name.isEmpty()) return tr("Give the consumer a name (its client.id).");
    if (!legal.match(name).hasMatch()) return tr("Use only letters, digits, '.', '_' and '-' in a consumer's name.");
    if (consumers.contains(name)) return tr("There is a consumer %1 already.").arg(name);
    return {};
}

ConsumerDialog::ConsumerDialog(const QStringList& topics, const QStringList& groups, const QStringList& consumers, QWidget* parent)
    : QDialog(parent), consumers_(consumers) {
    setWindowTitle(tr("Add consumer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    name_ = new QLineEdit(this);
    int n = 1;
    while (consumers.contains(QStringLiteral("reader-%1").arg(n))) ++n;
    name_->setText(QStringLiteral("reader-%1").arg(n));
    topic_ = new QComboBox(this);
    topic_->addItems(topics);
    group_ = new QComboBox(this);
    group_->setEditable(true);
    group_->addItems(groups);
    if (groups.isEmpty()) group_->setEditText(QStringLiteral("g1"));
    group_->setToolTip(tr("Consumers with the same group share the partitions; leave it empty for a consumer on its own"));
    assignor_ = new QComboBox(this);
    assignor_->addItems({QStringLiteral("range"), QStringLiteral("roundrobin"), QStringLiteral("sticky"), QStringLiteral("cooperative-sticky")});
    start_ = new QComboBox(this);
    start_->addItem(tr("the newest records (latest)"), QStringLiteral("latest"));
    start_->addItem(tr("the oldest records (earliest)"), QStringLiteral("earliest"));
    form->addRow(tr("&Name (client.id)"), name_);
    form->addRow(tr("&Topic"), topic_);
    form->addRow(tr("&Group"), group_);
    form->addRow(tr("&Assignor"), assignor_);
    form->addRow(tr("&Start from, without a committed offset"), start_);
    layout->addLayout(form);
    footer_ = std::make_unique<ProblemFooter>(this, layout, tr("Add"));
    connect(name_, &QLineEdit::textChanged, this, &ConsumerDialog::revalidate);
    connect(group_, &QComboBox::editTextChanged, this, &ConsumerDialog::revalidate);
    revalidate();
}

QString ConsumerDialog::problem() const {
    if (const QString p = nameProblem(name_->text(), consumers_); !p.isEmpty()) return p;
    if (topic_->currentText().isEmpty()) return tr("Create a topic first: a consumer reads a topic.");
    static const QRegularExpression legal(QStringLiteral("^[a-zA-Z0-9._-]*$"));
    if (!legal.match(group_->currentText()).hasMatch()) return tr("Use only letters, digits, '.', '_' and '-' in a group's name.");
    return {};
}

void ConsumerDialog::revalidate() { footer_->show(problem()); }

QString ConsumerDialog::command() const {
    const QString group = group_->currentText().trimmed();
    return addConsumerCommand(name_->text(), topic_->currentText(), group, group.isEmpty() ? QString() : assignor_->currentText(),
                              start_->currentData().toString());
}

}  // namespace ks::ui
