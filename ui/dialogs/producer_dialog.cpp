#include "producer_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "cluster_commands.h"

namespace ks::ui {

QString ProducerDialog::nameProblem(const QString& name, const QStringList& taken) {
    static const QRegularExpression legal(QStringLiteral("^[a-zA-Z0-9._-]+$"));
    if (name.isEmpty()) return tr("Give the producer a name (its client.id).");
    if (!legal.match(name).hasMatch()) return tr("Use only letters, digits, '.', '_' and '-' in a producer's name.");
    if (taken.contains(name)) return tr("There is a client %1 already.").arg(name);
    return {};
}

ProducerDialog::ProducerDialog(const QStringList& taken, QWidget* parent) : QDialog(parent), taken_(taken) {
    setWindowTitle(tr("Add producer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    name_ = new QLineEdit(this);
    int n = 2;
    while (taken.contains(QStringLiteral("producer-%1").arg(n))) ++n;
    name_->setText(QStringLiteral("producer-%1").arg(n));
    acks_ = new QComboBox(this);
    acks_->addItem(tr("all: every in-sync replica has it (Kafka's default)"), QStringLiteral("all"));
    acks_->addItem(tr("1: the leader has it"), QStringLiteral("1"));
    acks_->addItem(tr("0: do not wait for an answer"), QStringLiteral("0"));
    linger_ = new QSpinBox(this);
    linger_->setRange(0, 60000);
    linger_->setValue(5);
    linger_->setSuffix(QStringLiteral(" ms"));
    linger_->setToolTip(tr("How long the producer waits for more records before it sends a batch that is not full"));
    partitioner_ = new QComboBox(this);
    partitioner_->addItem(tr("sticky: fill a batch for one partition, then another (Kafka's default)"), QStringLiteral("sticky"));
    partitioner_->addItem(tr("round-robin: each record to the next partition"), QStringLiteral("round-robin"));
    partitioner_->setToolTip(tr("For records without a key; a key always picks its partition by hash"));
    form->addRow(tr("&Name (client.id)"), name_);
    form->addRow(tr("&acks"), acks_);
    form->addRow(tr("&linger.ms"), linger_);
    form->addRow(tr("&Partitioner"), partitioner_);
    layout->addLayout(form);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(message_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name_, &QLineEdit::textChanged, this, &ProducerDialog::revalidate);
    revalidate();
}

QString ProducerDialog::problem() const { return nameProblem(name_->text(), taken_); }

void ProducerDialog::revalidate() {
    const QString p = problem();
    message_->setText(p);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

QString ProducerDialog::command() const {
    return addProducerCommand(name_->text(), acks_->currentData().toString(), linger_->value(),
                              partitioner_->currentData().toString());
}

}  // namespace ks::ui
