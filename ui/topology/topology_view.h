#pragma once
// The view of the topology scene: fits the picture to the window (or zooms by hand with Ctrl+wheel),
// shows exact numbers in tooltips, selects on click, opens context menus, and cuts links by dragging
// from one node to another.
#include <QGraphicsView>

#include "subject.h"

class QGraphicsLineItem;

namespace ks::ui {

class TopologyScene;
class TopologyItem;

class TopologyView : public QGraphicsView {
    Q_OBJECT

public:
    // Fitting never enlarges past this, so a small cluster does not turn into a few huge boxes.
    static constexpr double kMaxFitScale = 1.6;

    explicit TopologyView(TopologyScene* scene, QWidget* parent = nullptr);

    TopologyScene* topologyScene() const { return scene_; }
    TopologyItem* topologyItemAt(const QPoint& viewportPos) const;
    bool isFitting() const { return fitting_; }

public Q_SLOTS:
    void fitToWindow();
    void zoomBy(double factor);

Q_SIGNALS:
    void subjectClicked(const ks::ui::Subject& subject);
    void contextMenuRequested(const ks::ui::Subject& subject, const QPoint& globalPos);
    void linkDragged(int fromNode, int toNode, const QPoint& globalPos);

protected:
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void applyFit();
    int nodeAt(const QPoint& viewportPos) const;

    TopologyScene* scene_;
    bool fitting_ = true;
    int dragFrom_ = -1;
    QPoint pressPos_;
    QGraphicsLineItem* rubber_ = nullptr;
};

}  // namespace ks::ui
