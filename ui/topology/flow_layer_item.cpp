#include "flow_layer_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

#include "topology_style.h"

namespace ks::ui {
namespace {

constexpr double kRadius = 7;

double eased(double t) { return t * t * (3 - 2 * t); }

}  // namespace

FlowLayerItem::FlowLayerItem() {
    setZValue(40);
    setAcceptedMouseButtons(Qt::NoButton);
}

void FlowLayerItem::setArea(const QRectF& area) {
    if (area == area_) return;
    prepareGeometryChange();
    area_ = area;
}

QRectF FlowLayerItem::around(QPointF p) { return QRectF(p.x() - 18, p.y() - 18, 36, 36); }

void FlowLayerItem::addDot(const QPolygonF& route, const QColor& color, qint64 records, double now) {
    if (dots_.size() >= kMaxDots || route.size() < 2) return;
    Dot dot{route, {}, color, records, now, route.first()};
    dot.lengths.reserve(static_cast<std::size_t>(route.size()));
    double total = 0;
    dot.lengths.push_back(0);
    for (qsizetype i = 1; i < route.size(); ++i) {
        total += QLineF(route[i - 1], route[i]).length();
        dot.lengths.push_back(total);
    }
    update(around(dot.at));
    dots_.push_back(std::move(dot));
}

QPointF FlowLayerItem::along(const Dot& dot, double fraction) {
    const double target = fraction * dot.lengths.back();
    const auto next = std::upper_bound(dot.lengths.begin(), dot.lengths.end(), target);
    if (next == dot.lengths.end()) return dot.route.last();
    const auto i = static_cast<qsizetype>(next - dot.lengths.begin());
    const double span = *next - *(next - 1);
    const double t = span > 0 ? (target - *(next - 1)) / span : 0;
    return dot.route[i - 1] + (dot.route[i] - dot.route[i - 1]) * t;
}

void FlowLayerItem::advance(double now) {
    now_ = now;
    for (Dot& dot : dots_) {
        update(around(dot.at));
        const double t = std::clamp((now - dot.start) / kTravelSeconds, 0.0, 1.0);
        dot.at = along(dot, eased(t));
        update(around(dot.at));
    }
    std::erase_if(dots_, [&](const Dot& d) { return now - d.start >= kTravelSeconds; });
}

void FlowLayerItem::clear() {
    dots_.clear();
    update();
}

void FlowLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool text = option->levelOfDetailFromTransform(painter->worldTransform()) >= style::kTextDetail;
    painter->setFont(style::smallFont());
    for (const Dot& dot : dots_) {
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(dot.color);
        painter->drawEllipse(dot.at, kRadius, kRadius);
        if (text && dot.records > 1) {
            painter->setPen(dot.color.darker(140));
            painter->drawText(QRectF(dot.at.x() + kRadius, dot.at.y() - 16, 40, 14), Qt::AlignLeft | Qt::AlignVCenter,
                              QString::number(dot.records));
        }
    }
}

}  // namespace ks::ui
