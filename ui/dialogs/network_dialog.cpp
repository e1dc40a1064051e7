#include "network_dialog.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "cluster_commands.h"
#include "dialogs/dialog_buttons.h"

namespace ks::ui {

QDoubleSpinBox* millisecondsBox(double value, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 60000);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" ms"));
    box->setValue(value);
    return box;
}

SimTime micros(const QDoubleSpinBox* box) { return static_cast<SimTime>(std::llround(box->value() * kMicrosPerMilli)); }

NetworkDialog::NetworkDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Network conditions"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("These apply to every link between nodes. Kafkascope starts with 1 ms latency, "
                               "0.2 ms jitter and no loss."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    latency_ = millisecondsBox(1.0, this);
    jitter_ = millisecondsBox(0.2, this);
    loss_ = new QSpinBox(this);
    loss_->setRange(0, 100);
    loss_->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("&Latency (one way)"), latency_);
    form->addRow(tr("&Jitter (extra, random)"), jitter_);
    form->addRow(tr("Message &loss"), loss_);
    layout->addLayout(form);
    addOkCancel(this, layout);
}

QString NetworkDialog::command() const { return networkCommand(micros(latency_), micros(jitter_), loss_->value()); }

}  // namespace ks::ui
