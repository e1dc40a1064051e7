#pragma once
// The base of every element of the topology view: it knows its subject (what a click selects and
// what events are about), paints its own selection and highlight marks, and answers a tooltip with
// exact numbers on demand.
#include <QGraphicsItem>
#include <QString>

#include "subject.h"

namespace ks::ui {

class TopologyItem : public QGraphicsItem {
public:
    explicit TopologyItem(QGraphicsItem* parent = nullptr) : QGraphicsItem(parent) {}

    virtual Subject subject() const = 0;
    virtual QString toolTipText() const = 0;
    // The simulation node behind the item (a link can be cut from it), or kNoNode.
    virtual int nodeId() const { return -1; }

    void setChosen(bool chosen);
    bool isChosen() const { return chosen_; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return highlighted_; }

protected:
    // Draws the selection ring and the highlight glow around `rect`.
    void paintMarks(QPainter* painter, const QRectF& rect) const;
    // The margin marks need outside the item's own rectangle.
    static constexpr double kMarkMargin = 6;

private:
    bool chosen_ = false;
    bool highlighted_ = false;
};

}  // namespace ks::ui
