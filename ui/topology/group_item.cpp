#include "group_item.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {
namespace {

bool rebalancing(const QString& state) {
    return state == QLatin1String("PreparingRebalance") || state == QLatin1String("CompletingRebalance");
}

QColor headerColor(const GroupView& v) {
    if (v.groupId.isEmpty() || v.state == QLatin1String("Stable")) return style::kGroupColor;
    if (rebalancing(v.state)) return style::kFenced;
    if (v.state == QLatin1String("Unknown") || v.state == QLatin1String("Dead")) return style::kOffline;
    return style::kStopped;
}

}  // namespace

GroupItem::GroupItem(const GroupView& view) : view_(view) { setCacheMode(QGraphicsItem::DeviceCoordinateCache); }

void GroupItem::setView(const GroupView& view) {
    if (view == view_) return;
    view_ = view;
    update();
}

double GroupItem::heightFor(std::size_t members) {
    const double rows = static_cast<double>(std::max<std::size_t>(members, 1));
    return style::kGroupHeader + style::kPadding + rows * (style::kMemberHeight + style::kReplicaGap) - style::kReplicaGap + style::kPadding;
}

bool GroupItem::setMembers(const std::vector<ConsumerView>& members) {
    const bool resized = members.size() != members_.size();
    if (resized) prepareGeometryChange();
    while (members_.size() > members.size()) {
        delete members_.back();
        members_.pop_back();
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i < members_.size()) {
            members_[i]->setView(members[i]);
            continue;
        }
        auto* item = new ConsumerItem(members[i], style::kGroupsWidth - 2 * style::kPadding, this);
        item->setPos(style::kPadding,
                     style::kGroupHeader + style::kPadding + static_cast<double>(i) * (style::kMemberHeight + style::kReplicaGap));
        members_.push_back(item);
    }
    return resized;
}

ConsumerItem* GroupItem::member(const QString& clientId) const {
    for (ConsumerItem* m : members_)
        if (m->view().clientId == clientId) return m;
    return nullptr;
}

Subject GroupItem::subject() const { return view_.groupId.isEmpty() ? Subject{} : Subject::group(view_.groupId); }

QString GroupItem::toolTipText() const {
    if (view_.groupId.isEmpty()) return TopologyText::tr("Consumers that belong to no group: they read what they are assigned or subscribe to on their own");
    return TopologyText::tr("<b>Consumer group %1</b> — %2, generation %3<br>coordinator broker %4 (leader of %5)<br>"
                            "assignor %6 · reads %7 partition(s) · lag %8 record(s) behind the committed offsets")
        .arg(view_.groupId, view_.state)
        .arg(view_.generation)
        .arg(view_.coordinator < 0 ? TopologyText::tr("none") : QString::number(view_.coordinator))
        .arg(view_.offsetsPartition, view_.protocol.isEmpty() ? TopologyText::tr("(none yet)") : view_.protocol)
        .arg(view_.partitions)
        .arg(view_.lag);
}

QRectF GroupItem::boundingRect() const {
    return QRectF(0, 0, style::kGroupsWidth, height()).adjusted(-kMarkMargin, -kMarkMargin, kMarkMargin, kMarkMargin);
}

void GroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF card(0, 0, style::kGroupsWidth, height());
    painter->setPen(QPen(style::kCardBorder, 1));
    painter->setBrush(style::kCard);
    painter->drawRoundedRect(card, style::kCornerRadius, style::kCornerRadius);
    QPainterPath top;
    top.setFillRule(Qt::WindingFill);
    top.addRoundedRect(QRectF(0, 0, card.width(), style::kGroupHeader), style::kCornerRadius, style::kCornerRadius);
    top.addRect(QRectF(0, style::kGroupHeader / 2, card.width(), style::kGroupHeader / 2));
    painter->setPen(Qt::NoPen);
    painter->setBrush(headerColor(view_));
    painter->drawPath(top.simplified());
    if (option->levelOfDetailFromTransform(painter->worldTransform()) >= style::kTextDetail) {
        painter->setPen(style::kOnDark);
        painter->setFont(style::titleFont());
        const QRectF title(10, 3, card.width() - 20, 24);
        painter->drawText(title, Qt::AlignVCenter | Qt::AlignLeft,
                          view_.groupId.isEmpty() ? TopologyText::tr("No group") : TopologyText::tr("Group %1").arg(view_.groupId));
        painter->setFont(style::smallFont());
        if (!view_.groupId.isEmpty()) {
            painter->drawText(title, Qt::AlignVCenter | Qt::AlignRight, rebalancing(view_.state) ? TopologyText::tr("REBALANCING") : view_.state.toUpper());
            painter->drawText(QRectF(10, 25, card.width() - 20, 20), Qt::AlignVCenter | Qt::AlignLeft,
                              TopologyText::tr("gen %1 · coordinator %2 · committed lag %3")
                                  .arg(view_.generation)
                                  .arg(view_.coordinator < 0 ? TopologyText::tr("none") : QString::number(view_.coordinator))
                                  .arg(view_.lag));
        } else {
            painter->drawText(QRectF(10, 25, card.width() - 20, 20), Qt::AlignVCenter | Qt::AlignLeft, TopologyText::tr("consumers on their own"));
        }
        if (members_.empty()) {
            painter->setPen(style::kMutedText);
            painter->drawText(QRectF(style::kPadding, style::kGroupHeader + style::kPadding, card.width() - 2 * style::kPadding, style::kMemberHeight),
                              Qt::AlignCenter, TopologyText::tr("no members"));
        }
    }
    paintMarks(painter, card);
}

}  // namespace ks::ui
