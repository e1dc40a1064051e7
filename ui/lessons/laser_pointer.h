#pragma once
// The lesson's laser pointer: a pulsing red dot on each item the narration names, riding on the
// item (it moves with it) and put back when the scene rebuilds the item.
#include <QGraphicsObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace ks::ui {

class TopologyScene;

class LaserDot : public QGraphicsObject {
    Q_OBJECT

public:
    static constexpr double kRadius = 12;
    explicit LaserDot(QGraphicsItem* target);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void setPhase(double phase);

private:
    double phase_ = 0;
};

class LaserPointer : public QObject {
    Q_OBJECT

public:
    explicit LaserPointer(TopologyScene* scene, QObject* parent = nullptr);

    // Points at these subjects' items ("broker:2", ...); an empty list puts the pointer away.
    void pointAt(const QStringList& subjects);
    const QStringList& subjects() const { return subjects_; }
    // The dots now in the scene.
    QList<LaserDot*> dots() const;
    // Puts dots back on items the scene rebuilt; called after every frame.
    void refresh();

private:
    void place();

    TopologyScene* scene_;
    QStringList subjects_;
    QList<QPointer<LaserDot>> dots_;
    QTimer pulse_;
    double phase_ = 0;
};

}  // namespace ks::ui
