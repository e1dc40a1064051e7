#include "laser_pointer.h"

#include <QPainter>

#include "topology/topology_item.h"
#include "topology/topology_scene.h"
#include "topology/topology_style.h"

namespace ks::ui {
namespace {
constexpr int kPulseMs = 60;
constexpr double kPulseStep = 0.06;
}  // namespace

LaserDot::LaserDot(QGraphicsItem* target) : QGraphicsObject(target) {
    const QRectF r = target->boundingRect();
    setPos(r.left() + kRadius, r.top() + kRadius);
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF LaserDot::boundingRect() const {
    const double outer = kRadius * 2.6;
    return QRectF(-outer, -outer, 2 * outer, 2 * outer);
}

void LaserDot::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    QColor ring = style::kHighlight;
    ring.setAlphaF(0.8 * (1.0 - phase_));
    painter->setPen(QPen(ring, 3));
    painter->setBrush(Qt::NoBrush);
    const double r = kRadius * (1.0 + 1.5 * phase_);
    painter->drawEllipse(QPointF(0, 0), r, r);
    QRadialGradient glow(QPointF(0, 0), kRadius);
    glow.setColorAt(0, QColor(0xff, 0xe0, 0xe0));
    glow.setColorAt(0.35, QColor(0xff, 0x20, 0x20));
    glow.setColorAt(1, QColor(0xd0, 0x00, 0x00, 0));
    painter->setPen(Qt::NoPen);
    painter->setBrush(glow);
    painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
}

void LaserDot::setPhase(double phase) {
    phase_ = phase;
    update();
}

LaserPointer::LaserPointer(TopologyScene* scene, QObject* parent) : QObject(parent), scene_(scene) {
    pulse_.setInterval(kPulseMs);
    connect(&pulse_, &QTimer::timeout, this, [this] {
        phase_ = phase_ + kPulseStep >= 1.0 ? 0.0 : phase_ + kPulseStep;
        for (LaserDot* dot : dots()) dot->setPhase(phase_);
    });
}

void LaserPointer::pointAt(const QStringList& subjects) {
    subjects_ = subjects;
    place();
}

QList<LaserDot*> LaserPointer::dots() const {
    QList<LaserDot*> out;
    for (const QPointer<LaserDot>& dot : dots_)
        if (dot) out << dot;
    return out;
}

void LaserPointer::refresh() {
    if (subjects_.isEmpty()) return;
    // An item the scene rebuilt took its dot with it.
    if (dots().size() != dots_.size() || dots_.isEmpty()) place();
}

void LaserPointer::place() {
    for (LaserDot* dot : dots()) delete dot;
    dots_.clear();
    if (!subjects_.isEmpty()) {
        const QList<TopologyItem*> items = scene_->setHighlighted(subjects_);
        for (TopologyItem* item : items) dots_ << new LaserDot(item);
    }
    if (dots_.isEmpty()) pulse_.stop();
    else if (!pulse_.isActive()) pulse_.start();
}

}  // namespace ks::ui
