#include "wire_layer_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

#include "scene_helpers.h"
#include "sim_time_text.h"
#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {
namespace {

constexpr double kDotRadius = 7;
constexpr double kLaneOffset = 4;       // the two directions of a link run side by side
constexpr double kHoverDistance = 10;

// Where the segment from `inside` (a point in `rect`) towards `outside` leaves the rectangle.
QPointF exitPoint(const QRectF& rect, QPointF inside, QPointF outside) {
    const QPointF d = outside - inside;
    double t = 1;
    if (d.x() > 0) t = std::min(t, (rect.right() - inside.x()) / d.x());
    if (d.x() < 0) t = std::min(t, (rect.left() - inside.x()) / d.x());
    if (d.y() > 0) t = std::min(t, (rect.bottom() - inside.y()) / d.y());
    if (d.y() < 0) t = std::min(t, (rect.top() - inside.y()) / d.y());
    return inside + d * std::clamp(t, 0.0, 1.0);
}

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + d * t).length();
}

QString categoryName(WireCategory category) {
    switch (category) {
    case WireCategory::Produce: return TopologyText::tr("produce");
    case WireCategory::Fetch: return TopologyText::tr("fetch");
    case WireCategory::Controller: return TopologyText::tr("controller");
    case WireCategory::Group: return TopologyText::tr("group");
    case WireCategory::Other: return TopologyText::tr("other");
    }
    return {};
}

}  // namespace

WireLayerItem::WireLayerItem() {
    setZValue(40);
    setAcceptedMouseButtons(Qt::NoButton);
    dots_.reserve(kMaxDots);
}

QColor WireLayerItem::colorOf(WireCategory category) {
    switch (category) {
    case WireCategory::Produce: return style::kProducer;
    case WireCategory::Fetch: return style::kReplication;
    case WireCategory::Controller: return style::kLeaderBadge;
    case WireCategory::Group: return style::kGroupColor;
    case WireCategory::Other: return style::kMutedText;
    }
    return style::kMutedText;
}

void WireLayerItem::setArea(const QRectF& area) {
    if (area == area_) return;
    prepareGeometryChange();
    area_ = area;
}

void WireLayerItem::setNodes(std::map<NodeId, QRectF> nodes) { nodes_ = std::move(nodes); }

void WireLayerItem::clear() {
    snapshot_.reset();
    dots_.clear();
    links_.clear();
    update();
}

// The link's line between the two cards' edges, moved to its own side so that the two directions
// of a pair do not overlap.
bool WireLayerItem::ends(NodeId from, NodeId to, QPointF& a, QPointF& b) const {
    auto ra = nodes_.find(from);
    auto rb = nodes_.find(to);
    if (ra == nodes_.end() || rb == nodes_.end()) return false;
    const QPointF ca = ra->second.center();
    const QPointF cb = rb->second.center();
    const QLineF line(ca, cb);
    if (line.length() < 1) return false;
    const QPointF normal = QPointF(-(cb.y() - ca.y()), cb.x() - ca.x()) / line.length() * kLaneOffset;
    a = exitPoint(ra->second, ca + normal, cb + normal);
    b = exitPoint(rb->second, cb + normal, ca + normal);
    return true;
}

void WireLayerItem::show(std::shared_ptr<const ClusterSnapshot> snapshot, Mode mode, const std::map<std::string, NodeId>* clients) {
    snapshot_ = std::move(snapshot);
    clients_ = clients;
    mode_ = mode;
    dots_.clear();
    links_.clear();
    if (!snapshot_) {
        update();
        return;
    }
    const WireSnapshot& wire = snapshot_->wire;
    const double window = wire.window > 0 ? static_cast<double>(wire.window) / kMicrosPerSecond : 1.0;
    for (std::size_t i = 0; i < wire.links.size(); ++i) {
        const WireLinkSnapshot& l = wire.links[i];
        Link link;
        link.link = i;
        if (!ends(l.from, l.to, link.from, link.to)) continue;
        int delivered = 0;
        for (const WireKindCount& k : l.recent) delivered += k.delivered;
        link.rate = delivered / window;
        link.category = l.recent.empty() ? WireCategory::Other : l.recent.front().category;
        links_.push_back(link);
    }
    if (mode_ == Mode::Dots) {
        const SimTime now = snapshot_->time;
        for (std::size_t i = 0; i < wire.messages.size() && dots_.size() < kMaxDots; ++i) {
            const WireMessageSnapshot& m = wire.messages[i];
            // links_ keeps the snapshot's order, by (from, to).
            auto link = std::lower_bound(links_.begin(), links_.end(), std::pair(m.from, m.to), [&](const Link& l, const auto& key) {
                const WireLinkSnapshot& s = wire.links[l.link];
                return std::pair(s.from, s.to) < key;
            });
            QPointF a;
            QPointF b;
            if (link != links_.end() && wire.links[link->link].from == m.from && wire.links[link->link].to == m.to) {
                a = link->from;
                b = link->to;
            } else if (!ends(m.from, m.to, a, b)) {
                continue;
            }
            const double span = static_cast<double>(std::max<SimTime>(1, m.deliverAt - m.sentAt));
            const double fraction = std::clamp(static_cast<double>(now - m.sentAt) / span, 0.0, 1.0);
            // A lost message stops halfway, where the link drops it.
            const double shown = m.lost ? std::min(fraction, 0.5) : fraction;
            dots_.push_back(Dot{i, a + (b - a) * shown, fraction});
        }
    }
    update();
}

QString WireLayerItem::nodeName(NodeId id) const { return scene::nodeName(*snapshot_, id, clients_); }

QString WireLayerItem::counterText(const Link& l) const {
    const WireLinkSnapshot& s = link(l);
    if (s.recent.empty()) return TopologyText::tr("%n in flight", nullptr, static_cast<int>(s.inFlight));
    const double window = snapshot_->wire.window > 0 ? static_cast<double>(snapshot_->wire.window) / kMicrosPerSecond : 1.0;
    const WireKindCount& top = s.recent.front();
    const QString rate = TopologyText::tr("%1 %2/s").arg(QString::fromStdString(top.kind)).arg(top.delivered / window, 0, 'g', 3);
    return s.recent.size() > 1 ? TopologyText::tr("%1 +%2 more").arg(rate).arg(s.recent.size() - 1) : rate;
}

QString WireLayerItem::toolTipAt(QPointF p) const {
    if (!snapshot_) return {};
    const Dot* nearest = nullptr;
    double best = kHoverDistance;
    for (const Dot& dot : dots_) {
        const double d = QLineF(p, dot.at).length();
        if (d <= best) {
            best = d;
            nearest = &dot;
        }
    }
    if (nearest) {
        const WireMessageSnapshot& m = message(*nearest);
        QString text = TopologyText::tr("<b>%1</b>: %2 → %3").arg(QString::fromStdString(m.kind), nodeName(m.from), nodeName(m.to));
        if (!m.partition.topic.empty())
            text += m.partitions > 1 ? TopologyText::tr("<br>%1 and %n other partition(s)", nullptr, m.partitions - 1)
                                           .arg(QString::fromStdString(m.partition.str()))
                                     : TopologyText::tr("<br>partition %1").arg(QString::fromStdString(m.partition.str()));
        text += m.lost ? TopologyText::tr("<br>sent at %1, <b>lost</b>: the link drops it").arg(formatSeconds(m.sentAt))
                       : TopologyText::tr("<br>sent at %1, arrives at %2").arg(formatSeconds(m.sentAt), formatSeconds(m.deliverAt));
        return text;
    }
    if (mode_ != Mode::Counters) return {};
    for (const Link& l : links_) {
        if (distanceToSegment(p, l.from, l.to) > kHoverDistance / 2) continue;
        const WireLinkSnapshot& s = link(l);
        const double window = snapshot_->wire.window > 0 ? static_cast<double>(snapshot_->wire.window) / kMicrosPerSecond : 1.0;
        QString text = TopologyText::tr("<b>%1 → %2</b>: %n in flight", nullptr, static_cast<int>(s.inFlight))
                           .arg(nodeName(s.from), nodeName(s.to));
        for (const WireKindCount& k : s.recent) {
            text += TopologyText::tr("<br>%1: %2/s").arg(QString::fromStdString(k.kind)).arg(k.delivered / window, 0, 'g', 3);
            if (k.lost > 0) text += TopologyText::tr(", %n lost", nullptr, k.lost);
        }
        return text;
    }
    return {};
}

// One line in the scene's top margin, above every card: what each colour means.
void WireLayerItem::paintLegend(QPainter* painter) const {
    const WireCategory categories[] = {WireCategory::Produce, WireCategory::Fetch, WireCategory::Controller,
                                       WireCategory::Group, WireCategory::Other};
    painter->setFont(style::smallFont());
    const QFontMetricsF metrics(style::smallFont());
    const double radius = 5;
    const double y = area_.top() + 12;
    double x = area_.left() + 12;
    auto label = [&](const QString& text) {
        painter->setPen(style::kText);
        const double width = metrics.horizontalAdvance(text);
        painter->drawText(QRectF(x, y - metrics.height() / 2, width + 2, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + 14;
    };
    label(mode_ == Mode::Dots ? TopologyText::tr("Messages on the wire") : TopologyText::tr("Messages per second"));
    for (WireCategory c : categories) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(colorOf(c));
        painter->drawEllipse(QPointF(x + radius, y), radius, radius);
        x += 2 * radius + 4;
        label(categoryName(c));
    }
    painter->setPen(QPen(style::kCut, 2));
    painter->drawLine(QPointF(x, y - 4), QPointF(x + 8, y + 4));
    painter->drawLine(QPointF(x, y + 4), QPointF(x + 8, y - 4));
    x += 12;
    label(TopologyText::tr("lost"));
}

void WireLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    if (!snapshot_) return;
    const bool text = option->levelOfDetailFromTransform(painter->worldTransform()) >= style::kTextDetail;
    const bool counters = mode_ == Mode::Counters;
    // Hundreds of links (a big cluster): thickness alone, and without antialiasing, which costs most.
    const bool many = links_.size() > kMaxLabels;
    painter->save();
    if (many) painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    for (const Link& l : links_) {
        // Dots run on a faint track, drawn only for the links with something on them.
        if (!counters && link(l).inFlight == 0) continue;
        QColor color = colorOf(l.category);
        // Counters: thicker with more messages per second; dots: a faint track for them to run on.
        const double width = counters ? 1.0 + std::min(7.0, std::log2(1.0 + l.rate) * 0.8) : 1.2;
        color.setAlpha(counters ? 150 : 70);
        painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(l.from, l.to);
    }
    painter->restore();
    if (counters && text && !many) {
        painter->setFont(style::smallFont());
        const QFontMetricsF metrics(style::smallFont());
        for (const Link& l : links_) {
            const QString label = counterText(l);
            const QPointF middle = l.from + (l.to - l.from) * 0.45;
            const QRectF box(middle.x() - metrics.horizontalAdvance(label) / 2 - 3, middle.y() - metrics.height() / 2,
                             metrics.horizontalAdvance(label) + 6, metrics.height());
            painter->setPen(Qt::NoPen);
            painter->setBrush(style::kLabelFill);
            painter->drawRoundedRect(box, 3, 3);
            painter->setPen(colorOf(l.category).darker(130));
            painter->drawText(box, Qt::AlignCenter, label);
        }
    }
    for (const Dot& dot : dots_) {
        const WireMessageSnapshot& m = message(dot);
        QColor color = colorOf(m.category);
        if (m.lost && dot.fraction > 0.5) {
            const int alpha = static_cast<int>(255 * std::clamp(2.0 * (1.0 - dot.fraction), 0.0, 1.0));
            color.setAlpha(alpha);
            painter->setPen(QPen(QColor(255, 255, 255, alpha), 1.5));
            painter->setBrush(color);
            painter->drawEllipse(dot.at, kDotRadius, kDotRadius);
            QColor mark = style::kCut;
            mark.setAlpha(std::max(alpha, 120));
            painter->setPen(QPen(mark, 2.5));
            painter->drawLine(dot.at + QPointF(-6, -6), dot.at + QPointF(6, 6));
            painter->drawLine(dot.at + QPointF(-6, 6), dot.at + QPointF(6, -6));
            continue;
        }
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(color);
        painter->drawEllipse(dot.at, kDotRadius, kDotRadius);
    }
    if (text) paintLegend(painter);
}

}  // namespace ks::ui
