#include "consumer_item.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <iterator>

#include "state_text.h"
#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {
namespace {
constexpr double kSwatch = 12;
}

QString compactPartitions(const std::vector<std::string>& partitions) {
    QMap<QString, QStringList> byTopic;
    for (const std::string& name : partitions) {
        const QString p = QString::fromStdString(name);
        const qsizetype dash = p.lastIndexOf(u'-');
        byTopic[p.left(dash)] << p.mid(dash + 1);
    }
    QStringList parts;
    for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it) parts << QStringLiteral("%1[%2]").arg(it.key(), it.value().join(u','));
    return parts.join(u' ');
}

ConsumerItem::ConsumerItem(const ConsumerView& view, double width, QGraphicsItem* parent)
    : TopologyItem(parent), view_(view), width_(width) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void ConsumerItem::setView(const ConsumerView& view) {
    if (view == view_) return;
    view_ = view;
    update();
}

QColor ConsumerItem::color() const { return style::kMemberColors[static_cast<std::size_t>(view_.color) % std::size(style::kMemberColors)]; }

QString ConsumerItem::toolTipText() const {
    const ConsumerView& v = view_;
    return TopologyText::tr("<b>%1</b> (consumer, node %2)%3<br>process %4 · member %5 · %6<br>owns %7<br>"
                            "lag %8 · processed %9 · commits %10")
        .arg(v.clientId)
        .arg(v.node)
        .arg(v.group.isEmpty() ? TopologyText::tr(", no group") : TopologyText::tr(" in group %1, generation %2%3").arg(v.group).arg(v.generation).arg(v.groupLeader ? TopologyText::tr(" (group leader)") : QString()))
        .arg(stateText(v.process), v.memberStateText, stateText(v.appState))
        .arg(v.owned.empty() ? TopologyText::tr("nothing") : compactPartitions(v.owned))
        .arg(v.lag)
        .arg(v.processed)
        .arg(v.commits);
}

QRectF ConsumerItem::boundingRect() const {
    return QRectF(0, 0, width_, style::kMemberHeight).adjusted(-kMarkMargin, -kMarkMargin, kMarkMargin, kMarkMargin);
}

void ConsumerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF rect(0, 0, width_, style::kMemberHeight);
    const bool closed = view_.appState == QLatin1String("closed");
    const bool stopped = view_.process == QLatin1String("stopped") || closed;
    const bool paused = view_.process == QLatin1String("paused");
    painter->setPen(Qt::NoPen);
    painter->setBrush(stopped ? style::kStoppedFill : style::kMemberFill);
    painter->drawRoundedRect(rect, 4, 4);
    const QRectF swatch(6, (rect.height() - kSwatch) / 2, kSwatch, kSwatch);
    painter->setPen(QPen(color(), 2));
    painter->setBrush(stopped ? QBrush(Qt::NoBrush) : QBrush(color()));
    painter->drawEllipse(swatch);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) >= style::kTextDetail) {
        painter->setFont(style::bodyFont());
        painter->setPen(stopped ? style::kMutedText : style::kText);
        const QFontMetricsF metrics(style::bodyFont());
        const QString name = metrics.elidedText(view_.clientId, Qt::ElideRight, 100);
        const QRectF nameRect(swatch.right() + 6, 0, metrics.horizontalAdvance(name) + 2, rect.height());
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft, name);
        QString detail;
        if (closed) detail = TopologyText::tr("closed: left the group");
        else if (stopped) detail = TopologyText::tr("stopped");
        else if (paused) detail = TopologyText::tr("PAUSED");
        else if (!view_.group.isEmpty() && view_.memberState != QLatin1String("stable")) detail = view_.memberStateText;
        else if (view_.owned.empty()) detail = TopologyText::tr("idle: no partitions");
        else detail = TopologyText::tr("%1 · lag %2").arg(compactPartitions(view_.owned)).arg(view_.lag);
        painter->setFont(style::smallFont());
        painter->setPen(paused ? style::kPaused : style::kMutedText);
        const QRectF right(nameRect.right() + 4, 0, rect.right() - nameRect.right() - 10, rect.height());
        painter->drawText(right, Qt::AlignVCenter | Qt::AlignRight,
                          QFontMetricsF(style::smallFont()).elidedText(detail, Qt::ElideLeft, right.width()));
    }
    paintMarks(painter, rect);
}

}  // namespace ks::ui
