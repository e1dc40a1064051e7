#include "controller_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "broker_item.h"
#include "state_text.h"
#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {
namespace {
constexpr double kStrip = 7;
}

ControllerItem::ControllerItem(const ControllerView& view) : view_(view) { setCacheMode(QGraphicsItem::DeviceCoordinateCache); }

void ControllerItem::setView(const ControllerView& view) {
    if (view == view_) return;
    view_ = view;
    update();
}

QString ControllerItem::toolTipText() const {
    const bool zookeeper = view_.kind == QLatin1String("zookeeper");
    return TopologyText::tr("<b>%1 %2</b> — %3, quorum %4 in epoch %5%6<br>"
                            "knows its log committed up to offset %7 · holds %8 entries%9")
        .arg(zookeeper ? TopologyText::tr("ZooKeeper node") : TopologyText::tr("Controller"))
        .arg(view_.id)
        .arg(stateText(view_.state), stateText(view_.role))
        .arg(view_.epoch)
        .arg(view_.active ? TopologyText::tr(", the ACTIVE controller") : QString())
        .arg(view_.highWatermark)
        .arg(view_.logLength)
        .arg(view_.isolated ? TopologyText::tr("<br>isolated from every other node") : QString());
}

QRectF ControllerItem::boundingRect() const {
    return QRectF(0, 0, style::kControllerWidth, style::kControllerHeight)
        .adjusted(-kMarkMargin, -kMarkMargin, kMarkMargin, kMarkMargin);
}

void ControllerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF card(0, 0, style::kControllerWidth, style::kControllerHeight);
    const bool stopped = view_.state == QLatin1String("stopped");
    QPen border(view_.active ? style::kLeaderBadge : style::kCardBorder, view_.active ? 3 : 1);
    if (view_.isolated) border = QPen(style::kCut, 2.5, Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(stopped ? style::kStoppedFill : view_.active ? style::kLeaderFill : style::kCard);
    painter->drawRoundedRect(card, style::kCornerRadius, style::kCornerRadius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(stateColor(view_.state));
    painter->drawRoundedRect(QRectF(2, 2, kStrip, card.height() - 4), 3, 3);

    if (option->levelOfDetailFromTransform(painter->worldTransform()) < style::kTextDetail) {
        paintMarks(painter, card);
        return;
    }
    const QRectF text(kStrip + 8, 4, card.width() - kStrip - 14, card.height() - 8);
    painter->setPen(stopped ? style::kMutedText : style::kText);
    painter->setFont(style::titleFont());
    painter->drawText(QRectF(text.left(), text.top(), text.width(), 24), Qt::AlignVCenter | Qt::AlignLeft,
                      (view_.active ? QStringLiteral("★ ") : QString()) + QString::number(view_.id));
    painter->setFont(style::smallFont());
    QString detail;
    if (stopped) detail = TopologyText::tr("stopped");
    else if (view_.state == QLatin1String("paused")) detail = TopologyText::tr("PAUSED");
    else detail = QStringLiteral("%1 · %2 %3")
                      .arg(view_.active ? TopologyText::tr("active leader") : stateText(view_.role),
                           view_.kind == QLatin1String("zookeeper") ? TopologyText::tr("epoch") : TopologyText::tr("term"))
                      .arg(view_.epoch);
    if (view_.isolated) detail = TopologyText::tr("ISOLATED · %1").arg(detail);
    painter->drawText(QRectF(text.left(), text.top() + 24, text.width(), 22), Qt::AlignVCenter | Qt::AlignLeft, detail);
    paintMarks(painter, card);
}

}  // namespace ks::ui
