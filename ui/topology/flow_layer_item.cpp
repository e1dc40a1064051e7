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

void FlowLayerItem::addDot(const QPainterPath& path, const QColor& color, qint64 records, double now) {
    if (dots_.size() >= kMaxDots) return;
    Dot dot{path, color, records, now, path.pointAtPercent(0)};
    update(around(dot.at));
    dots_.push_back(std::move(dot));
}

void FlowLayerItem::advance(double now) {
    now_ = now;
    for (Dot& dot : dots_) {
        update(around(dot.at));
        const double t = std::clamp((now - dot.start) / kTravelSeconds, 0.0, 1.0);
        dot.at = dot.path.pointAtPercent(eased(t));
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
