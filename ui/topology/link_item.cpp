#include "link_item.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {
namespace {

constexpr double kHitWidth = 10;
constexpr double kCornerRadius = 14;

void drawArrowHead(QPainter* painter, QPointF tip, QPointF from, const QColor& color) {
    const QLineF line(from, tip);
    const double angle = qDegreesToRadians(-line.angle());
    const double size = 11;
    const QPointF a = tip - QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size);
    const QPointF b = tip - QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({tip, a, b}));
}

}  // namespace

LinkItem::LinkItem(Kind kind, Subject subject) : kind_(kind), subject_(std::move(subject)), color_(style::kProducer) {
    setZValue(kind == Kind::Cut || kind == Kind::Slow ? 30 : 20);
}

void LinkItem::setColor(const QColor& color) {
    if (color == color_) return;
    color_ = color;
    update();
}

void LinkItem::setEnds(QPointF from, QPointF to) { setRoute({from, to}, (from + to) / 2); }

void LinkItem::setCurve(QPointF from, QPointF control, QPointF to) {
    const QVector<QPointF> points{from, control, to};
    if (points == points_) return;
    prepareGeometryChange();
    points_ = points;
    path_ = QPainterPath(from);
    path_.quadTo(control, to);
    label_ = path_.pointAtPercent(0.5);
    route_ = path_.toSubpathPolygons().value(0);
}

void LinkItem::setRoute(const QVector<QPointF>& points, QPointF label) {
    if (points == points_ && label == label_) return;
    prepareGeometryChange();
    points_ = points;
    label_ = label;
    path_ = QPainterPath(points.value(0));
    for (int i = 1; i < points.size(); ++i) {
        if (i + 1 == points.size()) {
            path_.lineTo(points[i]);
            break;
        }
        const QPointF corner = points[i];
        const QLineF in(points[i - 1], corner);
        const QLineF out(corner, points[i + 1]);
        const double r = std::min({kCornerRadius, in.length() / 2, out.length() / 2});
        path_.lineTo(in.pointAt(1 - r / std::max(in.length(), 1e-9)));
        path_.quadTo(corner, out.pointAt(r / std::max(out.length(), 1e-9)));
    }
    route_ = path_.toSubpathPolygons().value(0);
}

void LinkItem::setRate(double recordsPerSecond, bool active) {
    rate_ = recordsPerSecond;
    const QString label = active ? QStringLiteral("%1/s").arg(rate_, 0, 'f', rate_ < 10 ? 1 : 0) : QString();
    const double width = active ? std::clamp(1.5 + std::round(std::log10(1 + rate_) * 2) / 2 * 1.2, 1.5, 5.0) : 1.2;
    if (label == rateLabel_ && active == active_ && width == width_) return;
    rateLabel_ = label;
    active_ = active;
    width_ = width;
    update();
}

void LinkItem::setLabel(const QString& label) {
    if (label == rateLabel_) return;
    rateLabel_ = label;
    update();
}

void LinkItem::setOneWay(bool oneWay) {
    if (oneWay == oneWay_) return;
    oneWay_ = oneWay;
    update();
}

QString LinkItem::toolTipText() const {
    if (kind_ == Kind::Cut || kind_ == Kind::Slow) return description_;
    return description_ + TopologyText::tr("<br>%1 records per simulated second (smoothed)").arg(rate_, 0, 'f', 1);
}

QRectF LinkItem::boundingRect() const { return path_.boundingRect().adjusted(-40, -24, 40, 24); }

QPainterPath LinkItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(kHitWidth);
    return stroker.createStroke(path_);
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool text = option->levelOfDetailFromTransform(painter->worldTransform()) >= style::kTextDetail;
    if (kind_ == Kind::Cut) {
        painter->setPen(QPen(style::kCut, 3.5, Qt::DashLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path_);
        if (oneWay_) drawArrowHead(painter, path_.pointAtPercent(0.62), path_.pointAtPercent(0.5), style::kCut);
        const QPointF mid = path_.pointAtPercent(0.5);
        painter->setPen(QPen(style::kCut, 2));
        painter->setBrush(style::kCard);
        painter->drawEllipse(mid, 13, 13);
        if (text) {
            painter->setFont(style::bodyFont());
            painter->drawText(QRectF(mid.x() - 13, mid.y() - 13, 26, 26), Qt::AlignCenter, QStringLiteral("✂"));
        }
    } else if (kind_ == Kind::Slow) {
        painter->setPen(QPen(style::kSlowLink, 3.5, Qt::DotLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path_);
        if (oneWay_) drawArrowHead(painter, path_.pointAtPercent(0.62), path_.pointAtPercent(0.5), style::kSlowLink);
        if (text) {
            const QPointF mid = path_.pointAtPercent(0.5);
            const QRectF box(mid.x() - 42, mid.y() - 10, 84, 20);
            painter->setPen(QPen(style::kSlowLink, 1.5));
            painter->setBrush(style::kCard);
            painter->drawRoundedRect(box, 9, 9);
            painter->setFont(style::smallFont());
            painter->drawText(box, Qt::AlignCenter, rateLabel_);
        }
    } else {
        QColor color = color_;
        color.setAlpha(active_ ? 200 : 90);
        painter->setPen(QPen(color, width_, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path_);
        drawArrowHead(painter, points_.value(points_.size() - 1), path_.pointAtPercent(0.99), color);
        if (text && active_ && kind_ == Kind::Produce) {
            if (rateLabel_ != rateText_.text()) {
                rateText_.setText(rateLabel_);
                rateText_.prepare(QTransform(), style::smallFont());
            }
            painter->setFont(style::smallFont());
            const QRectF box(label_.x() - 22, label_.y() - 9, 44, 18);
            painter->setPen(Qt::NoPen);
            painter->setBrush(style::kLabelFill);
            painter->drawRect(box);
            painter->setPen(style::kProducer);
            const QSizeF size = rateText_.size();
            painter->drawStaticText(QPointF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2), rateText_);
        }
    }
    if (isHighlighted() || isChosen()) {
        painter->setPen(QPen(isHighlighted() ? style::kHighlight : style::kSelection, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path_);
    }
}

}  // namespace ks::ui
