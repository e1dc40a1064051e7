#include "broker_item.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include "sim_time_text.h"
#include "state_text.h"
#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {

QColor stateColor(const QString& state) {
    if (state == QLatin1String("running")) return style::kRunning;
    if (state == QLatin1String("paused")) return style::kPaused;
    if (state == QLatin1String("stopped")) return style::kStopped;
    return style::kFenced;
}

BrokerItem::BrokerItem(const BrokerView& view) : view_(view) { setCacheMode(QGraphicsItem::DeviceCoordinateCache); }

void BrokerItem::setView(const BrokerView& view) {
    if (view == view_) return;
    view_ = view;
    update();
}

double BrokerItem::heightFor(std::size_t replicaCount) {
    const double rows = static_cast<double>(std::max<std::size_t>(replicaCount, 1));
    return style::kBrokerHeader + style::kPadding + rows * (style::kReplicaHeight + style::kReplicaGap) - style::kReplicaGap +
           style::kPadding;
}

double BrokerItem::height() const { return heightFor(replicas_.size()); }

bool BrokerItem::setReplicas(const std::vector<ReplicaView>& replicas) {
    const bool resized = replicas.size() != replicas_.size();
    if (resized) prepareGeometryChange();
    const double width = style::kBrokerWidth - 2 * style::kPadding;
    while (replicas_.size() > replicas.size()) {
        delete replicas_.back();
        replicas_.pop_back();
    }
    bool changed = resized;
    for (std::size_t i = 0; i < replicas.size(); ++i) {
        if (i < replicas_.size()) {
            changed |= !(replicas_[i]->view() == replicas[i]);
            replicas_[i]->setView(replicas[i]);
            continue;
        }
        auto* item = new ReplicaItem(replicas[i], width, this);
        item->setVisible(!compact_);
        item->setPos(style::kPadding,
                     style::kBrokerHeader + style::kPadding + static_cast<double>(i) * (style::kReplicaHeight + style::kReplicaGap));
        replicas_.push_back(item);
    }
    if (compact_ && changed) update();
    return resized;
}

void BrokerItem::replicasChanged() {
    if (compact_) update();
}

void BrokerItem::setCompact(bool compact) {
    if (compact == compact_) return;
    compact_ = compact;
    for (ReplicaItem* r : replicas_) r->setVisible(!compact);
    update();
}

ReplicaItem* BrokerItem::replica(const QString& partition) const {
    for (ReplicaItem* r : replicas_)
        if (r->view().partition == partition) return r;
    return nullptr;
}

QString BrokerItem::toolTipText() const {
    return TopologyText::tr("<b>Broker %1</b> — %2%3%4<br>leads %5 of the %6 replica(s) shown · %7 bytes on disk")
        .arg(view_.id)
        .arg(stateText(view_.state), view_.isolated ? TopologyText::tr(", isolated from every other node") : QString(),
             view_.isController ? TopologyText::tr(", the cluster's controller (elected through ZooKeeper)") : QString())
        .arg(view_.leaderCount)
        .arg(view_.replicaCount)
        .arg(view_.sizeBytes) +
           (view_.hiddenInternal ? TopologyText::tr("<br>also holds %n replica(s) of internal topics (__consumer_offsets), not drawn", nullptr, view_.hiddenInternal)
                                 : QString()) +
           (view_.replicaFetchDelay > 0
                ? TopologyText::tr("<br><b>Slow follower</b>: its replica fetchers wait %1 between fetches").arg(formatDuration(view_.replicaFetchDelay))
                : QString()) +
           (view_.logDirOffline ? TopologyText::tr("<br><b>Log dir offline</b> (disk full): its replicas are offline until a restart")
            : view_.diskFull    ? TopologyText::tr("<br><b>Disk full</b>: its next write fails")
                                : QString()) +
           (view_.controllerView.isEmpty() ? QString()
                                           : TopologyText::tr("<br>the active controller sees it as <b>%1</b>").arg(stateText(view_.controllerView)) +
                                                 (view_.sinceHeartbeat >= 0 ? TopologyText::tr(", last heartbeat %1 ago").arg(formatDuration(view_.sinceHeartbeat))
                                                                            : QString()));
}

QRectF BrokerItem::boundingRect() const {
    return QRectF(0, 0, style::kBrokerWidth, height()).adjusted(-kMarkMargin, -kMarkMargin, kMarkMargin, kMarkMargin);
}

void BrokerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF card(0, 0, style::kBrokerWidth, height());
    const bool stopped = view_.state == QLatin1String("stopped");
    const QColor header = stateColor(view_.state);
    painter->setPen(QPen(view_.isolated ? style::kCut : style::kCardBorder, view_.isolated ? 2.5 : 1,
                         view_.isolated ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(stopped ? style::kStoppedFill : style::kCard);
    painter->drawRoundedRect(card, style::kCornerRadius, style::kCornerRadius);

    QPainterPath top;
    top.setFillRule(Qt::WindingFill);
    top.addRoundedRect(QRectF(0, 0, card.width(), style::kBrokerHeader), style::kCornerRadius, style::kCornerRadius);
    top.addRect(QRectF(0, style::kBrokerHeader / 2, card.width(), style::kBrokerHeader / 2));
    painter->setPen(Qt::NoPen);
    painter->setBrush(header);
    painter->drawPath(top.simplified());

    if (compact_) {
        painter->setPen(Qt::NoPen);
        for (const ReplicaItem* r : replicas_) {
            painter->setBrush(ReplicaItem::colorsFor(r->look()).badge);
            painter->drawRect(QRectF(r->pos(), QSizeF(style::kBrokerWidth - 2 * style::kPadding, style::kReplicaHeight)));
        }
    }
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= style::kTextDetail) {
        painter->setPen(style::kOnDark);
        painter->setFont(style::titleFont());
        const QRectF titleRect(10, 3, card.width() - 20, 24);
        painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                          (view_.isController ? QStringLiteral("★ ") : QString()) + TopologyText::tr("Broker %1").arg(view_.id));
        QString state = stateText(view_.state).toUpper();
        if (view_.isolated) state += TopologyText::tr(" · ISOLATED");
        // A running broker's fault says more than "RUNNING" (and the header has room for one word or two).
        const QString fault = view_.logDirOffline ? TopologyText::tr("LOG DIR OFFLINE")
                              : view_.diskFull    ? TopologyText::tr("DISK FULL")
                              : view_.replicaFetchDelay > 0 ? TopologyText::tr("SLOW FOLLOWER")
                                                            : QString();
        if (!fault.isEmpty()) state = view_.state == QLatin1String("running") ? fault : state + QStringLiteral(" · ") + fault;
        painter->setFont(style::smallFont());
        painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignRight, state);
        painter->drawText(QRectF(10, 25, card.width() - 20, 20), Qt::AlignVCenter | Qt::AlignLeft,
                          TopologyText::tr("leads %1 of %2%3")
                              .arg(view_.leaderCount)
                              .arg(view_.replicaCount)
                              .arg(view_.hiddenInternal ? TopologyText::tr(" · %1 internal").arg(view_.hiddenInternal) : QString()));
        if (replicas_.empty()) {
            painter->setPen(style::kMutedText);
            painter->drawText(QRectF(style::kPadding, style::kBrokerHeader + style::kPadding, card.width() - 2 * style::kPadding,
                                     style::kReplicaHeight),
                              Qt::AlignCenter, TopologyText::tr("no replicas"));
        }
    }
    paintMarks(painter, card);
}

}  // namespace ks::ui
