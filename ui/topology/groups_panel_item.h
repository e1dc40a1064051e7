#pragma once
// The consumer side of the view. Consumer groups are not simulated by this engine version yet, so the
// panel says exactly that instead of drawing anything made up.
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
