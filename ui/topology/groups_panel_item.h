#pragma once
// The consumer side of the view while there are no consumers: says so, and how to add one.
#include <QGraphicsItem>

namespace ks::ui {

class GroupsPanelItem : public QGraphicsItem {
public:
    GroupsPanelItem() = default;

    QString text() const;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
};

}  // namespace ks::ui
