#pragma once
// The frame around the controller quorum, titled with the cluster's mode ("KRaft controller quorum")
// and the committed metadata offset. The controllers are separate items placed inside it.
#include <QGraphicsItem>

namespace ks::ui {

class QuorumFrameItem : public QGraphicsItem {
public:
    QuorumFrameItem() = default;

    void setTitle(const QString& title);
    void setSize(const QSizeF& size);

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), size_); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString title_;
    QSizeF size_;
};

}  // namespace ks::ui
