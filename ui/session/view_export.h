#pragma once
// File → Export the topology view as a picture: the whole scene (not only the part scrolled into
// view), as PNG at twice the screen resolution or as SVG that stays sharp at any size.
#include <QString>

class QGraphicsScene;

namespace ks::ui {

// Each returns an empty string, or what went wrong.
QString exportScenePng(QGraphicsScene* scene, const QString& path);
QString exportSceneSvg(QGraphicsScene* scene, const QString& path, const QString& title);

}  // namespace ks::ui
