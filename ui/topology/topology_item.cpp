#include "topology_item.h"

#include <QPainter>

#include "topology_style.h"

namespace ks::ui {

void TopologyItem::setChosen(bool chosen) {
    if (chosen_ == chosen) return;
    chosen_ = chosen;
    update();
}

void TopologyItem::setHighlighted(bool highlighted) {
    if (highlighted_ == highlighted) return;
    highlighted_ = highlighted;
    update();
}

void TopologyItem::paintMarks(QPainter* painter, const QRectF& rect) const {
    if (highlighted_) {
        QColor glow = style::kHighlight;
        glow.setAlpha(90);
        painter->setPen(QPen(glow, 10));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-3, -3, 3, 3), style::kCornerRadius + 3, style::kCornerRadius + 3);
        painter->setPen(QPen(style::kHighlight, 3));
        painter->drawRoundedRect(rect.adjusted(-2, -2, 2, 2), style::kCornerRadius + 2, style::kCornerRadius + 2);
    }
    if (chosen_) {
        painter->setPen(QPen(style::kSelection, 3, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-4, -4, 4, 4), style::kCornerRadius + 4, style::kCornerRadius + 4);
    }
}

}  // namespace ks::ui
