#pragma once
// The records moving between frames, drawn as dots that travel along the producer's lines and from
// leader replicas to followers. One item paints every dot and repaints only where dots move.
#include <QColor>
#include <QGraphicsItem>
#include <QPolygonF>
#include <vector>

namespace ks::ui {

class FlowLayerItem : public QGraphicsItem {
public:
    static constexpr double kTravelSeconds = 0.6;
    static constexpr std::size_t kMaxDots = 160;

    FlowLayerItem();

    void setArea(const QRectF& area);
    // A dot starting at `now` (seconds of real time) along `route` (a polyline); dropped if too many
    // are moving.
    void addDot(const QPolygonF& route, const QColor& color, qint64 records, double now);
    // Moves the dots to where they are at `now`; finished ones disappear.
    void advance(double now);
    void clear();
    std::size_t dotCount() const { return dots_.size(); }

    QRectF boundingRect() const override { return area_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Dot {
        QPolygonF route;
        std::vector<double> lengths;   // cumulative, from the route's start
        QColor color;
        qint64 records = 0;
        double start = 0;
        QPointF at;
    };
    static QRectF around(QPointF p);
    static QPointF along(const Dot& dot, double fraction);

    std::vector<Dot> dots_;
    QRectF area_;
    double now_ = 0;
};

}  // namespace ks::ui
