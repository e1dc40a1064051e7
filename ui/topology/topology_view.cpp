#include "topology_view.h"

#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QHelpEvent>
#include <QToolTip>
#include <QWheelEvent>

#include "topology_item.h"
#include "topology_scene.h"
#include "topology_style.h"
#include "wire_layer_item.h"

namespace ks::ui {
namespace {
constexpr int kDragThreshold = 8;
}

TopologyView::TopologyView(TopologyScene* scene, QWidget* parent) : QGraphicsView(scene, parent), scene_(scene) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene_, &TopologyScene::layoutChanged, this, [this] {
        if (fitting_) applyFit();
    });
}

TopologyItem* TopologyView::topologyItemAt(const QPoint& viewportPos) const {
    for (QGraphicsItem* item : items(viewportPos)) {
        for (QGraphicsItem* up = item; up; up = up->parentItem())
            if (auto* topology = dynamic_cast<TopologyItem*>(up)) return topology;
    }
    return nullptr;
}

int TopologyView::nodeAt(const QPoint& viewportPos) const {
    for (QGraphicsItem* item : items(viewportPos)) {
        for (QGraphicsItem* up = item; up; up = up->parentItem())
            if (auto* topology = dynamic_cast<TopologyItem*>(up); topology && topology->nodeId() >= 0) return topology->nodeId();
    }
    return -1;
}

void TopologyView::fitToWindow() {
    fitting_ = true;
    applyFit();
}

void TopologyView::zoomBy(double factor) {
    fitting_ = false;
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.05, 6.0);
    scale(next / current, next / current);
    scene_->setZoom(next);
}

void TopologyView::applyFit() {
    const QRectF rect = sceneRect();
    if (rect.isEmpty()) return;
    const QSizeF area = viewport()->size();
    const double s = std::min({area.width() / rect.width(), area.height() / rect.height(), kMaxFitScale});
    setTransform(QTransform::fromScale(s, s));
    centerOn(rect.center());
    scene_->setZoom(s);
}

bool TopologyView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const WireLayerItem* wire = scene_->wireLayer();
        const QString message = wire->isVisible() ? wire->toolTipAt(mapToScene(help->pos())) : QString();
        if (!message.isEmpty())
            QToolTip::showText(help->globalPos(), message, viewport());
        else if (TopologyItem* item = topologyItemAt(help->pos()))
            QToolTip::showText(help->globalPos(), item->toolTipText(), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void TopologyView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    scene_->setViewportSize(viewport()->size());
    if (fitting_) applyFit();
}

void TopologyView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    pressPos_ = event->position().toPoint();
    dragFrom_ = nodeAt(pressPos_);
    TopologyItem* item = topologyItemAt(pressPos_);
    Q_EMIT subjectClicked(item ? item->subject() : Subject{});
    event->accept();
}

void TopologyView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (dragFrom_ < 0 || !(event->buttons() & Qt::LeftButton) || (pos - pressPos_).manhattanLength() < kDragThreshold) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    if (!rubber_) {
        rubber_ = new QGraphicsLineItem;
        rubber_->setPen(QPen(style::kCut, 3, Qt::DashLine, Qt::RoundCap));
        rubber_->setZValue(100);
        scene_->addItem(rubber_);
    }
    TopologyItem* from = scene_->nodeItem(dragFrom_);
    const QPointF start = from ? from->sceneBoundingRect().center() : mapToScene(pressPos_);
    rubber_->setLine(QLineF(start, mapToScene(pos)));
    viewport()->setCursor(nodeAt(pos) >= 0 && nodeAt(pos) != dragFrom_ ? Qt::CrossCursor : Qt::ForbiddenCursor);
    event->accept();
}

void TopologyView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !rubber_) {
        dragFrom_ = -1;
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    delete rubber_;
    rubber_ = nullptr;
    viewport()->unsetCursor();
    const int to = nodeAt(event->position().toPoint());
    if (to >= 0 && to != dragFrom_) Q_EMIT linkDragged(dragFrom_, to, event->globalPosition().toPoint());
    dragFrom_ = -1;
    event->accept();
}

void TopologyView::contextMenuEvent(QContextMenuEvent* event) {
    TopologyItem* item = topologyItemAt(event->pos());
    const Subject subject = item ? item->subject() : Subject{};
    Q_EMIT subjectClicked(subject);
    Q_EMIT contextMenuRequested(subject, event->globalPos());
    event->accept();
}

}  // namespace ks::ui
