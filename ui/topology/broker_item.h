#pragma once
// A broker as a card: a header coloured by its state (running, fenced, paused, stopped) with its
// leader and replica counts, and its partition replicas stacked below.
#include <vector>

#include "replica_item.h"

namespace ks::ui {

struct BrokerView {
    int id = -1;
    QString state;
    int leaderCount = 0;     // of the replicas shown
    int replicaCount = 0;    // shown
    int hiddenInternal = 0;  // replicas of internal topics not shown
    qint64 sizeBytes = 0;
    bool isolated = false;
    bool isController = false;   // ZooKeeper mode: this broker is the controller
    SimTime replicaFetchDelay = 0;   // a slow follower
    bool diskFull = false;
    bool logDirOffline = false;
    QString controllerView;      // the active controller's view: unfenced, fenced, registered, ...
    SimTime sinceHeartbeat = -1;

    bool operator==(const BrokerView&) const = default;
};

class BrokerItem : public TopologyItem {
public:
    explicit BrokerItem(const BrokerView& view);

    void setView(const BrokerView& view);
    const BrokerView& view() const { return view_; }
    // Replaces the replicas shown, in the order given; returns whether the card's height changed.
    bool setReplicas(const std::vector<ReplicaView>& replicas);
    // Far out the card draws its replicas as coloured bars itself and hides the replica items: one
    // cached picture per broker instead of one per replica.
    void setCompact(bool compact);
    // One of its replicas got a new view: the compact picture must be drawn again.
    void replicasChanged();
    bool isCompact() const { return compact_; }
    const std::vector<ReplicaItem*>& replicas() const { return replicas_; }
    ReplicaItem* replica(const QString& partition) const;
    double height() const;

    Subject subject() const override { return Subject::broker(view_.id); }
    int nodeId() const override { return view_.id; }
    QString toolTipText() const override;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static double heightFor(std::size_t replicaCount);

private:
    BrokerView view_;
    std::vector<ReplicaItem*> replicas_;
    bool compact_ = false;
};

// The colour that tells a node's state: running, fenced or registering, paused, stopped.
QColor stateColor(const QString& state);

}  // namespace ks::ui
