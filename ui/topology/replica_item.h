#pragma once
// One replica of a partition inside its broker's card: a badge (L leader, F follower), the partition
// name, and on the right the leader's offsets or the follower's lag bar. Out-of-sync replicas are
// orange and say so; replicas of an offline partition are red; replicas on a down broker are grey.
#include <QVector>

#include "api/snapshot.h"
#include "topology_item.h"

namespace ks::ui {

struct ReplicaView {
    QString partition;
    int broker = -1;
    int leader = -1;
    bool isLeader = false;
    bool inIsr = false;
    bool online = false;
    bool partitionOffline = false;
    qint64 logStartOffset = 0;
    qint64 logEndOffset = 0;
    qint64 highWatermark = 0;
    qint64 lag = 0;
    qint64 sizeBytes = 0;
    int segments = 0;
    int latestEpoch = -1;
    int leaderEpoch = 0;
    QVector<int> isr;
    QVector<int> replicas;

    static ReplicaView from(const PartitionSnapshot& partition, const ReplicaSnapshot& replica);
    bool operator==(const ReplicaView&) const = default;
};

class ReplicaItem : public TopologyItem {
public:
    enum class Look { Leader, InSync, OutOfSync, Offline, Down };
    struct Colors {
        QColor fill;
        QColor badge;
        QColor border;   // transparent: none
    };
    static Colors colorsFor(Look look);

    ReplicaItem(const ReplicaView& view, double width, QGraphicsItem* parent);

    void setView(const ReplicaView& view);
    const ReplicaView& view() const { return view_; }
    Look look() const;

    Subject subject() const override;
    QString toolTipText() const override;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    ReplicaView view_;
    double width_;
};

QString formatIds(const QVector<int>& ids);

}  // namespace ks::ui
