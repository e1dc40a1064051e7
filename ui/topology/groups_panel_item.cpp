#include "groups_panel_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {

QString GroupsPanelItem::text() const {
    return TopologyText::tr("No consumers yet. Cluster → Add consumer… (Ctrl+Shift+A) starts one, in a group or alone.");
}

QRectF GroupsPanelItem::boundingRect() const { return QRectF(0, 0, style::kGroupsWidth, style::kGroupsHeight); }

void GroupsPanelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF box = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(QPen(style::kCardBorder, 1.5, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box, style::kCornerRadius, style::kCornerRadius);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < style::kTextDetail) return;
    painter->setPen(style::kText);
    painter->setFont(style::titleFont());
    painter->drawText(QRectF(10, 4, box.width() - 20, 26), Qt::AlignVCenter | Qt::AlignLeft, TopologyText::tr("Consumer groups"));
    painter->setPen(style::kMutedText);
    painter->setFont(style::smallFont());
    painter->drawText(QRectF(10, 32, box.width() - 20, box.height() - 38), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, text());
}

}  // namespace ks::ui
