#include "producer_item.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {
namespace {
constexpr double kHeader = 26;
}

ProducerItem::ProducerItem(const ProducerView& view) : view_(view) { setCacheMode(QGraphicsItem::DeviceCoordinateCache); }

void ProducerItem::setView(const ProducerView& view) {
    if (view == view_) return;
    view_ = view;
    update();
}

QString ProducerItem::toolTipText() const {
    return TopologyText::tr("<b>%1</b> (producer, node %2)%3<br>records sent %4 · acknowledged %5 · failed %6 · "
                            "pending %7<br>batch retries %8<br>%9")
        .arg(view_.clientId)
        .arg(view_.node)
        .arg(view_.isolated  ? TopologyText::tr(" — isolated from every other node")
             : view_.closing ? TopologyText::tr(" — closing: waiting for the answers to its last records")
                             : QString())
        .arg(view_.sent)
        .arg(view_.acked)
        .arg(view_.failed)
        .arg(view_.sent - view_.acked - view_.failed)
        .arg(view_.retries)
        .arg(view_.background);
}

QRectF ProducerItem::boundingRect() const {
    return QRectF(0, 0, style::kClientWidth, style::kClientHeight).adjusted(-kMarkMargin, -kMarkMargin, kMarkMargin, kMarkMargin);
}

void ProducerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF card(0, 0, style::kClientWidth, style::kClientHeight);
    painter->setPen(view_.isolated ? QPen(style::kCut, 2.5, Qt::DashLine) : QPen(style::kCardBorder, 1));
    painter->setBrush(style::kCard);
    painter->drawRoundedRect(card, style::kCornerRadius, style::kCornerRadius);
    QPainterPath top;
    top.setFillRule(Qt::WindingFill);
    top.addRoundedRect(QRectF(0, 0, card.width(), kHeader), style::kCornerRadius, style::kCornerRadius);
    top.addRect(QRectF(0, kHeader / 2, card.width(), kHeader / 2));
    painter->setPen(Qt::NoPen);
    painter->setBrush(style::kProducer);
    painter->drawPath(top.simplified());
    if (option->levelOfDetailFromTransform(painter->worldTransform()) >= style::kTextDetail) {
        painter->setPen(style::kOnDark);
        painter->setFont(style::titleFont());
        painter->drawText(QRectF(10, 0, card.width() - 20, kHeader), Qt::AlignVCenter | Qt::AlignLeft, view_.clientId);
        painter->setFont(style::smallFont());
        painter->drawText(QRectF(10, 0, card.width() - 20, kHeader), Qt::AlignVCenter | Qt::AlignRight,
                          view_.isolated  ? TopologyText::tr("ISOLATED")
                          : view_.closing ? TopologyText::tr("closing")
                                          : TopologyText::tr("producer"));
        painter->setPen(style::kText);
        painter->drawText(QRectF(10, kHeader + 2, card.width() - 20, 22), Qt::AlignVCenter | Qt::AlignLeft,
                          TopologyText::tr("sent %1 · acked %2 · failed %3").arg(view_.sent).arg(view_.acked).arg(view_.failed));
        painter->setPen(style::kMutedText);
        painter->drawText(QRectF(10, kHeader + 22, card.width() - 20, 22), Qt::AlignVCenter | Qt::AlignLeft, view_.background);
    }
    paintMarks(painter, card);
}

}  // namespace ks::ui
