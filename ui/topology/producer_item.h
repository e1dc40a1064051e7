#pragma once
// A producer client: what it sent and what came back acknowledged or failed, its configs, and (the
// default producer) whether the background producer (the session's steady stream of records) runs
// through it.
#include "topology_item.h"

namespace ks::ui {

struct ProducerView {
    QString clientId;
    int node = -1;
    qint64 sent = 0;
    qint64 acked = 0;
    qint64 failed = 0;
    qint64 retries = 0;
    QString background;   // "10 rec/s → orders", "paused", or "waiting for topic orders"; or its configs
    bool isolated = false;
    bool closing = false; // close() called: it waits for its last records' answers

    bool operator==(const ProducerView&) const = default;
};

class ProducerItem : public TopologyItem {
public:
    explicit ProducerItem(const ProducerView& view);

    void setView(const ProducerView& view);
    const ProducerView& view() const { return view_; }

    Subject subject() const override { return Subject::client(view_.clientId); }
    int nodeId() const override { return view_.node; }
    QString toolTipText() const override;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    ProducerView view_;
};

}  // namespace ks::ui
