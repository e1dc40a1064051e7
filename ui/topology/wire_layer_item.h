#pragma once
// The messages on the wire between the nodes' cards, from the snapshot's WireSnapshot, with level of
// detail: at slow speeds each message is a dot travelling from its sender's card to its receiver's,
// placed by (now − sentAt) / (deliverAt − sentAt) and coloured by what it is about (a lost one fades
// out halfway with a mark); at high speeds or with too many in flight, each link shows its rate per
// kind ("Fetch 120/s") instead; zoomed far out, only the links' thickness. One item paints it all and
// keeps its buffers from frame to frame.
#include <QGraphicsItem>
#include <map>
#include <memory>
#include <vector>

#include "api/snapshot.h"

namespace ks::ui {

class WireLayerItem : public QGraphicsItem {
public:
    enum class Mode { Dots, Counters };
    // Up to this many messages in flight are drawn one by one.
    static constexpr std::size_t kMaxDots = 300;
    // Above this many links, counters give way to thickness alone.
    static constexpr std::size_t kMaxLabels = 60;

    WireLayerItem();

    void setArea(const QRectF& area);
    // Where each node's card is: links run between the cards' edges. Nodes without a card (the
    // admin client) get no links.
    void setNodes(std::map<NodeId, QRectF> nodes);
    // The wire of this snapshot, drawn in `mode`; `clients` names client nodes in tooltips.
    void show(std::shared_ptr<const ClusterSnapshot> snapshot, Mode mode, const std::map<std::string, NodeId>* clients);
    void clear();

    Mode mode() const { return mode_; }
    // What is drawn: dots for single messages, and the links with their endpoints.
    struct Dot {
        std::size_t message = 0;   // index into the snapshot's wire.messages
        QPointF at;
        double fraction = 0;       // how far along its link
    };
    struct Link {
        std::size_t link = 0;      // index into the snapshot's wire.links
        QPointF from;
        QPointF to;
        double rate = 0;           // messages delivered per simulated second
        WireCategory category = WireCategory::Other;   // of the busiest kind
    };
    const std::vector<Dot>& dots() const { return dots_; }
    const std::vector<Link>& links() const { return links_; }
    const WireMessageSnapshot& message(const Dot& dot) const { return snapshot_->wire.messages[dot.message]; }
    const WireLinkSnapshot& link(const Link& link) const { return snapshot_->wire.links[link.link]; }
    // "Fetch 120/s": the link's busiest kind and its rate, with how many other kinds there are.
    QString counterText(const Link& link) const;
    // The tooltip for what is under `scenePos` (a dot, or in counters mode a link), or "".
    QString toolTipAt(QPointF scenePos) const;

    static QColor colorOf(WireCategory category);

    QRectF boundingRect() const override { return area_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    bool ends(NodeId from, NodeId to, QPointF& a, QPointF& b) const;
    QString nodeName(NodeId id) const;
    void paintLegend(QPainter* painter) const;

    QRectF area_;
    std::map<NodeId, QRectF> nodes_;
    std::shared_ptr<const ClusterSnapshot> snapshot_;
    const std::map<std::string, NodeId>* clients_ = nullptr;
    Mode mode_ = Mode::Dots;
    std::vector<Dot> dots_;
    std::vector<Link> links_;
};

}  // namespace ks::ui
