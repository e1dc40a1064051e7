#pragma once
// A consumer group as a card: its state (a rebalance shows in amber), generation, coordinator and
// lag, with its members below. Consumers that belong to no group share a card of their own.
#include <vector>

#include "consumer_item.h"

namespace ks::ui {

struct GroupView {
    QString groupId;          // empty: the card of the consumers without a group
    QString state;            // Empty, PreparingRebalance, CompletingRebalance, Stable, Dead, Unknown
    int generation = 0;
    int coordinator = -1;
    QString offsetsPartition;
    QString protocol;
    qint64 lag = 0;
    int partitions = 0;       // partitions the group reads

    bool operator==(const GroupView&) const = default;
};

class GroupItem : public TopologyItem {
public:
    explicit GroupItem(const GroupView& view);

    void setView(const GroupView& view);
    const GroupView& view() const { return view_; }
    // Replaces the members shown; returns whether the card's height changed.
    bool setMembers(const std::vector<ConsumerView>& members);
    const std::vector<ConsumerItem*>& members() const { return members_; }
    ConsumerItem* member(const QString& clientId) const;
    double height() const { return heightFor(members_.size()); }
    static double heightFor(std::size_t members);

    Subject subject() const override;
    QString toolTipText() const override;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    GroupView view_;
    std::vector<ConsumerItem*> members_;
};

}  // namespace ks::ui
