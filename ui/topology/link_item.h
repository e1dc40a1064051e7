#pragma once
// A line between two places of the view: a producer's line to the leader replica of a partition it
// writes to, or (with many partitions) to the broker that leads them, with its rate; a consumer's
// line from the replica it reads, in the consumer's colour; or a cut network link between two nodes
// (red, dashed, with scissors; an arrow when only one direction is cut); or a slow link (amber,
// dotted, with its latency).
#include <QPainterPath>
#include <QStaticText>
#include <QVector>

#include "topology_item.h"

namespace ks::ui {

class LinkItem : public TopologyItem {
public:
    enum class Kind { Produce, Consume, Cut, Slow };

    LinkItem(Kind kind, Subject subject);

    Kind kind() const { return kind_; }
    // A straight line, or a curve bowed towards `control` (cuts).
    void setEnds(QPointF from, QPointF to);
    void setCurve(QPointF from, QPointF control, QPointF to);
    // A route through these points with rounded corners (producer lines), the rate label at `label`.
    void setRoute(const QVector<QPointF>& points, QPointF label);
    // Produce: records per simulated second, and whether records arrived lately (else drawn faint).
    void setRate(double recordsPerSecond, bool active);
    // Consume: the colour of the consumer.
    void setColor(const QColor& color);
    QColor color() const { return color_; }
    // Cut, slow: whether only from→to is affected.
    void setOneWay(bool oneWay);
    // Slow: the text at its middle (the latency).
    void setLabel(const QString& label);
    // What the tooltip says about the link.
    void setDescription(const QString& description) { description_ = description; }
    const QPainterPath& path() const { return path_; }
    // The path as a polyline, for things that travel along it.
    const QPolygonF& route() const { return route_; }

    Subject subject() const override { return subject_; }
    QString toolTipText() const override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Kind kind_;
    Subject subject_;
    QVector<QPointF> points_;
    QPointF label_;
    QPainterPath path_;
    QPolygonF route_;
    QStaticText rateText_;
    double rate_ = 0;
    QString rateLabel_;
    double width_ = 1.2;
    QColor color_;
    bool active_ = false;
    bool oneWay_ = false;
    QString description_;
};

}  // namespace ks::ui
