#include "broker_removal.h"

#include <QMessageBox>
#include <QProgressDialog>

#include "cluster_commands.h"
#include "engine_text.h"
#include "runtime_bridge.h"

namespace ks::ui {

int BrokerRemoval::partitionsOn(const ClusterSnapshot& snapshot, int broker) {
    auto holds = [&](const std::vector<BrokerId>& list) { return std::find(list.begin(), list.end(), broker) != list.end(); };
    int count = 0;
    for (const PartitionSnapshot& p : snapshot.partitions)
        if (holds(p.replicas) || holds(p.addingReplicas) || holds(p.removingReplicas)) ++count;
    return count;
}

BrokerRemoval::BrokerRemoval(RuntimeBridge* bridge, int broker, QWidget* parent)
    : QObject(parent), bridge_(bridge), broker_(broker), parent_(parent) {}

BrokerRemoval::~BrokerRemoval() { delete progress_; }

bool BrokerRemoval::start() {
    const auto& snapshot = bridge_->snapshot();
    total_ = snapshot ? partitionsOn(*snapshot, broker_) : 0;
    if (total_ == 0) {
        bridge_->submit(removeBrokerCommand(broker_));
        finish(true, tr("Sent: %1").arg(removeBrokerCommand(broker_)));
        return true;
    }
    const auto answer = QMessageBox::question(
        parent_, tr("Remove broker %1").arg(broker_),
        tr("Broker %1 still hosts replicas of %n partition(s). Kafka does not remove a broker that hosts "
           "replicas.\n\nMove them to the other brokers first (one reassignment per partition), wait until "
           "they are moved, then remove the broker?",
           nullptr, total_)
            .arg(broker_),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        deleteLater();
        return false;
    }
    decommission_ = decommissionCommand(broker_);
    progress_ = new QProgressDialog(tr("Moving the replicas off broker %1…").arg(broker_), tr("Cancel"), 0, total_, parent_);
    progress_->setObjectName(QStringLiteral("brokerRemovalProgress"));
    progress_->setWindowTitle(tr("Remove broker %1").arg(broker_));
    progress_->setMinimumDuration(0);
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    progress_->setValue(0);
    connect(progress_, &QProgressDialog::canceled, this, [this] {
        finish(false, tr("Removing broker %1 cancelled; the reassignments already sent go on").arg(broker_));
    });
    connect(bridge_, &RuntimeBridge::frameArrived, this, &BrokerRemoval::onFrame);
    bridge_->submit(decommission_);
    if (!bridge_->clock().playing) bridge_->play();
    progress_->show();
    return true;
}

void BrokerRemoval::onFrame(const Frame& frame) {
    if (done_) return;
    for (const CommandRecord& command : frame.commands)
        if (QString::fromStdString(command.text) == decommission_ && !command.ok)
            return finish(false, tr("Broker %1 cannot be emptied: %2").arg(broker_).arg(commandError(command)));
    for (const ClusterEvent& event : frame.events)
        if (event.kind == EventKind::Scenario && QString::fromStdString(event.text).startsWith(decommission_ + QStringLiteral(" failed")))
            return finish(false, tr("Broker %1 cannot be emptied: %2").arg(broker_).arg(eventText(event)));
    if (!frame.snapshot) return;
    const int left = partitionsOn(*frame.snapshot, broker_);
    progress_->setValue(total_ - std::min(left, total_));
    progress_->setLabelText(tr("Moving the replicas off broker %1: %n partition(s) left…", nullptr, left).arg(broker_));
    if (left > 0) return;
    bridge_->submit(removeBrokerCommand(broker_));
    finish(true, tr("Sent: %1").arg(removeBrokerCommand(broker_)));
}

void BrokerRemoval::finish(bool removed, const QString& message) {
    if (done_) return;
    done_ = true;
    disconnect(bridge_, nullptr, this, nullptr);
    if (progress_) progress_->hide();
    Q_EMIT finished(removed, message);
    deleteLater();
}

}  // namespace ks::ui
