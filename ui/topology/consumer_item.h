#pragma once
// One consumer inside its group's card: its colour (the colour of its lines), its name, the
// partitions it owns, its lag, and its state when it is not simply running in a stable group.
#include <QStringList>
#include <string>
#include <vector>

#include "topology_item.h"

namespace ks::ui {

struct ConsumerView {
    QString clientId;
    QString group;
    int color = 0;           // index into style::kMemberColors
    int node = -1;
    QString process;         // running, paused, stopped
    QString memberState;     // standalone, joining, syncing, stable, ...
    QString memberStateText; // the same in the window's language, a failed one's reason included
    QString appState;        // polling, processing, committing, ...
    std::vector<std::string> owned;   // partitions, e.g. orders-0 (kept in std strings: cheap per frame)
    qint64 lag = 0;
    qint64 processed = 0;
    qint64 commits = 0;
    int generation = -1;
    bool groupLeader = false;

    bool operator==(const ConsumerView&) const = default;
};

class ConsumerItem : public TopologyItem {
public:
    ConsumerItem(const ConsumerView& view, double width, QGraphicsItem* parent);

    void setView(const ConsumerView& view);
    const ConsumerView& view() const { return view_; }
    QColor color() const;

    Subject subject() const override { return Subject::consumer(view_.clientId); }
    int nodeId() const override { return view_.node; }
    QString toolTipText() const override;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    ConsumerView view_;
    double width_;
};

// "orders[0,1] payments[2]": partitions grouped by topic.
QString compactPartitions(const std::vector<std::string>& partitions);

}  // namespace ks::ui
