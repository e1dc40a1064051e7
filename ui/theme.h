#pragma once
// The window's looks: light (the default), dark, and projector (high contrast: black on white, thick
// strong colours). A theme sets the application palette and the topology view's colours
// (topology/topology_style.h) together.
#include <QString>
#include <QStringList>

class QGraphicsScene;

namespace ks::ui {

enum class Theme { Light, Dark, Projector };

QString themeKey(Theme theme);               // "light", "dark", "projector": the QSettings value
Theme themeFromKey(const QString& key);      // unknown keys give Light
// Sets the palette and the view colours, and repaints `scene` (its cached items too).
void applyTheme(Theme theme, QGraphicsScene* scene);

}  // namespace ks::ui
