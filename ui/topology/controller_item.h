#pragma once
// A member of the quorum (a KRaft controller, or a ZooKeeper node): its role and epoch, and a gold
// frame and star on the active controller (the KRaft quorum leader).
#include "topology_item.h"

namespace ks::ui {

struct ControllerView {
    int id = -1;
    QString kind;      // controller (KRaft) or zookeeper
    QString role;      // leader, follower, candidate, prospective, unattached, stopped
    bool active = false;
    QString state;     // running, paused, stopped
    int epoch = 0;
    qint64 highWatermark = 0;
    qint64 logLength = 0;
    bool isolated = false;

    bool operator==(const ControllerView&) const = default;
};

class ControllerItem : public TopologyItem {
public:
    explicit ControllerItem(const ControllerView& view);

    void setView(const ControllerView& view);
    const ControllerView& view() const { return view_; }

    Subject subject() const override { return Subject::quorumNode(view_.kind.toStdString(), view_.id); }
    int nodeId() const override { return view_.id; }
    QString toolTipText() const override;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    ControllerView view_;
};

}  // namespace ks::ui
