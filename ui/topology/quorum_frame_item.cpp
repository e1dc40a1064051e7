#include "quorum_frame_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "topology_style.h"

namespace ks::ui {

void QuorumFrameItem::setTitle(const QString& title) {
    if (title == title_) return;
    title_ = title;
    update();
}

void QuorumFrameItem::setSize(const QSizeF& size) {
    if (size == size_) return;
    prepareGeometryChange();
    size_ = size;
}

void QuorumFrameItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->setPen(QPen(style::kCardBorder, 1, Qt::DashLine));
    painter->setBrush(style::kFrameFill);
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), style::kCornerRadius, style::kCornerRadius);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < style::kTextDetail) return;
    painter->setPen(style::kMutedText);
    painter->setFont(style::smallFont());
    painter->drawText(QRectF(10, 2, size_.width() - 20, style::kQuorumTitle), Qt::AlignVCenter | Qt::AlignLeft, title_);
}

}  // namespace ks::ui
