#pragma once
// Cluster → Remove broker: the decommissioning flow as an operator runs it. A broker that hosts no
// replicas is removed at once (`broker remove ID`). One that does is first emptied: with the user's
// consent the window sends `broker decommission ID` (a reassignment per partition), shows the
// partitions still on the broker as the reassignments finish, and sends `broker remove ID` once none
// is left. Cancelling stops the waiting; the reassignments already sent go on.
#include <QObject>
#include <QString>

#include "api/frame.h"

class QProgressDialog;
class QWidget;

namespace ks::ui {

class RuntimeBridge;

class BrokerRemoval : public QObject {
    Q_OBJECT

public:
    // The partitions with a replica on `broker` (or one being added or removed there).
    static int partitionsOn(const ClusterSnapshot& snapshot, int broker);

    BrokerRemoval(RuntimeBridge* bridge, int broker, QWidget* parent);
    ~BrokerRemoval() override;

    // Starts the flow; it deletes itself when done or cancelled. Returns false (and does nothing)
    // when the user declines moving the replicas.
    bool start();
    QProgressDialog* progress() const { return progress_; }

Q_SIGNALS:
    // The flow ended: `removed` when `broker remove` was sent, else why it stopped.
    void finished(bool removed, const QString& message);

private:
    void onFrame(const Frame& frame);
    void finish(bool removed, const QString& message);

    RuntimeBridge* bridge_;
    int broker_;
    QWidget* parent_;
    QProgressDialog* progress_ = nullptr;
    int total_ = 0;
    QString decommission_;
    bool done_ = false;
};

}  // namespace ks::ui
