#pragma once
// File → Export the topology view as a picture: the whole scene (not only the part scrolled into
// view), as PNG at twice the screen resolution or as SVG that stays sharp at any size.
#include <QImage>
#include <QString>

class QGraphicsScene;

namespace ks::ui {

// The whole scene drawn at `scale` times its size; a null image when it would be too large.
QImage sceneImage(QGraphicsScene* scene, qreal scale);

// Each returns an empty string, or what went wrong.
QString exportScenePng(QGraphicsScene* scene, const QString& path);
QString exportSceneSvg(QGraphicsScene* scene, const QString& path, const QString& title);

}  // namespace ks::ui
