#include "replica_item.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {
namespace {

constexpr double kBadge = 18;
constexpr double kLagBarWidth = 46;
constexpr double kMaxNameWidth = 92;
constexpr double kLagBarScale = 1000;  // a lag of this many offsets fills the bar (log scale)

QVector<int> toVector(const std::vector<BrokerId>& ids) { return QVector<int>(ids.begin(), ids.end()); }

QString bytes(qint64 n) {
    if (n < 1024) return QStringLiteral("%1 B").arg(n);
    if (n < 1024 * 1024) return QStringLiteral("%1 KiB").arg(static_cast<double>(n) / 1024, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(static_cast<double>(n) / (1024 * 1024), 0, 'f', 1);
}

}  // namespace

QString formatIds(const QVector<int>& ids) {
    QStringList parts;
    for (int id : ids) parts << QString::number(id);
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

ReplicaView ReplicaView::from(const PartitionSnapshot& partition, const ReplicaSnapshot& replica) {
    ReplicaView v;
    v.partition = QString::fromStdString(partition.tp.str());
    v.broker = replica.broker;
    v.leader = partition.leader;
    v.isLeader = replica.isLeader;
    v.inIsr = replica.inIsr;
    v.online = replica.online;
    v.partitionOffline = partition.offline;
    v.logStartOffset = replica.logStartOffset;
    v.logEndOffset = replica.logEndOffset;
    v.highWatermark = replica.highWatermark;
    v.lag = replica.lag;
    v.sizeBytes = replica.sizeBytes;
    v.segments = static_cast<int>(replica.segments);
    v.latestEpoch = replica.latestEpoch;
    v.leaderEpoch = partition.leaderEpoch;
    v.isr = toVector(partition.isr);
    v.replicas = toVector(partition.replicas);
    return v;
}

ReplicaItem::ReplicaItem(const ReplicaView& view, double width, QGraphicsItem* parent)
    : TopologyItem(parent), view_(view), width_(width) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void ReplicaItem::setView(const ReplicaView& view) {
    if (view == view_) return;
    view_ = view;
    update();
}

ReplicaItem::Look ReplicaItem::look() const {
    if (view_.partitionOffline) return Look::Offline;
    if (!view_.online) return Look::Down;
    if (view_.isLeader) return Look::Leader;
    return view_.inIsr ? Look::InSync : Look::OutOfSync;
}

Subject ReplicaItem::subject() const { return Subject::partition(view_.partition, view_.broker); }

QString ReplicaItem::toolTipText() const {
    const ReplicaView& v = view_;
    QString role;
    switch (look()) {
    case Look::Leader: role = TopologyText::tr("leader"); break;
    case Look::InSync: role = TopologyText::tr("follower, in sync"); break;
    case Look::OutOfSync: role = TopologyText::tr("follower, OUT OF SYNC (not in the ISR)"); break;
    case Look::Offline: role = TopologyText::tr("OFFLINE partition: no leader"); break;
    case Look::Down: role = TopologyText::tr("its broker is down"); break;
    }
    QStringList lines;
    lines << TopologyText::tr("<b>%1</b> on broker %2 — %3").arg(v.partition).arg(v.broker).arg(role);
    lines << TopologyText::tr("LEO %1 · HW %2 · lag %3 behind the leader").arg(v.logEndOffset).arg(v.highWatermark).arg(v.lag);
    lines << TopologyText::tr("leader epoch %1 · this log's latest epoch %2").arg(v.leaderEpoch).arg(v.latestEpoch);
    lines << TopologyText::tr("leader %1 · ISR %2 · replicas %3")
                 .arg(v.leader < 0 ? TopologyText::tr("none") : QString::number(v.leader), formatIds(v.isr), formatIds(v.replicas));
    lines << TopologyText::tr("log start %1 · %2 in %n segment(s)", nullptr, static_cast<int>(v.segments)).arg(v.logStartOffset).arg(bytes(v.sizeBytes));
    return lines.join(QStringLiteral("<br>"));
}

QRectF ReplicaItem::boundingRect() const {
    return QRectF(0, 0, width_, style::kReplicaHeight).adjusted(-kMarkMargin, -kMarkMargin, kMarkMargin, kMarkMargin);
}

ReplicaItem::Colors ReplicaItem::colorsFor(Look look) {
    switch (look) {
    case Look::Leader: return {style::kLeaderFill, style::kLeaderBadge, Qt::transparent};
    case Look::InSync: return {style::kInSyncFill, style::kInSyncBadge, Qt::transparent};
    case Look::OutOfSync: return {style::kOutOfSyncFill, style::kOutOfSyncBadge, style::kOutOfSyncBadge};
    case Look::Offline: return {style::kOfflineFill, style::kOffline, style::kOffline};
    case Look::Down: return {style::kStoppedFill, style::kStopped, Qt::transparent};
    }
    return {};
}

void ReplicaItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF rect(0, 0, width_, style::kReplicaHeight);
    const Look l = look();
    const Colors colors = colorsFor(l);
    const Qt::PenStyle borderStyle = l == Look::OutOfSync ? Qt::DashLine : Qt::SolidLine;
    painter->setPen(colors.border == Qt::transparent ? QPen(Qt::NoPen) : QPen(colors.border, 1.5, borderStyle));
    painter->setBrush(colors.fill);
    painter->drawRoundedRect(rect, 4, 4);
    const QRectF badgeRect(4, (rect.height() - kBadge) / 2, kBadge, kBadge);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.badge);
    painter->drawRoundedRect(badgeRect, 3, 3);

    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= style::kTextDetail) {
        painter->setFont(style::smallFont());
        painter->setPen(style::kOnDark);
        painter->drawText(badgeRect, Qt::AlignCenter, view_.isLeader ? TopologyText::tr("L") : TopologyText::tr("F"));

        const QColor text = l == Look::Down ? style::kMutedText : style::kText;
        painter->setFont(style::bodyFont());
        painter->setPen(text);
        const QFontMetricsF metrics(style::bodyFont());
        const QRectF nameRect(badgeRect.right() + 6, 0, std::min(kMaxNameWidth, metrics.horizontalAdvance(view_.partition) + 2), rect.height());
        const QString name = metrics.elidedText(view_.partition, Qt::ElideMiddle, nameRect.width());
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft, name);

        const QRectF right(nameRect.right() + 2, 0, rect.right() - nameRect.right() - 8, rect.height());
        painter->setFont(style::smallFont());
        if (l == Look::Offline) {
            painter->setPen(style::kOffline);
            painter->drawText(right, Qt::AlignVCenter | Qt::AlignRight, TopologyText::tr("OFFLINE"));
        } else if (l == Look::Down) {
            painter->drawText(right, Qt::AlignVCenter | Qt::AlignRight, TopologyText::tr("down · LEO %1").arg(view_.logEndOffset));
        } else if (l == Look::Leader) {
            painter->drawText(right, Qt::AlignVCenter | Qt::AlignRight,
                              TopologyText::tr("LEO %1 · HW %2").arg(view_.logEndOffset).arg(view_.highWatermark));
        } else {
            const QString label = l == Look::OutOfSync ? TopologyText::tr("out of sync · lag %1").arg(view_.lag)
                                                       : TopologyText::tr("lag %1").arg(view_.lag);
            if (l == Look::InSync) {
                const QRectF track(right.left(), rect.height() / 2 - 4, kLagBarWidth, 8);
                painter->setPen(Qt::NoPen);
                painter->setBrush(style::kLagTrack);
                painter->drawRoundedRect(track, 3, 3);
                const double fraction = std::min(1.0, std::log1p(static_cast<double>(view_.lag)) / std::log1p(kLagBarScale));
                if (fraction > 0) {
                    painter->setBrush(style::kOutOfSyncBadge);
                    painter->drawRoundedRect(QRectF(track.left(), track.top(), std::max(3.0, track.width() * fraction), track.height()), 3, 3);
                }
                painter->setPen(text);
            } else {
                painter->setPen(style::kOutOfSyncBadge.darker(130));
            }
            painter->drawText(right, Qt::AlignVCenter | Qt::AlignRight,
                              QFontMetricsF(style::smallFont()).elidedText(label, Qt::ElideLeft, right.width()));
        }
    }
    paintMarks(painter, rect);
}

}  // namespace ks::ui
