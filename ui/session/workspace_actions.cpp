#include "session/workspace_actions.h"

#include <QAction>
#include <QKeySequence>
#include <QObject>

namespace ks::ui {

QAction* makeWindowAction(QObject* parent, const char* name, const QString& text, const char* key, const QString& tip) {
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(QKeySequence(QString::fromLatin1(key)));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

WorkspaceActions WorkspaceActions::create(QObject* p) {
    WorkspaceActions a{};
    a.open = makeWindowAction(p, "openWorkspace", tr("&Open workspace…"), "Ctrl+O",
                  tr("Open a .kscope workspace: its run is replayed to exactly where it was saved"));
    a.save = makeWindowAction(p, "saveWorkspace", tr("&Save workspace"), "Ctrl+S",
                  tr("Save the seed, every command with its time, the window layout and lesson progress"));
    a.saveAs = makeWindowAction(p, "saveWorkspaceAs", tr("Save workspace &as…"), "Ctrl+Alt+S", tr("Save the workspace under a new name"));
    a.exportPng = makeWindowAction(p, "exportPng", tr("Export view as P&NG…"), "Ctrl+Shift+G", tr("The whole topology view as a PNG picture"));
    a.exportSvg = makeWindowAction(p, "exportSvg", tr("Export view as S&VG…"), "Ctrl+Shift+V", tr("The whole topology view as an SVG drawing"));
    a.compare = makeWindowAction(p, "compareModes", tr("Compare &KRaft and ZooKeeper…"), "Ctrl+Shift+M",
                     tr("Run this session once in each mode and compare how fast each recovered from its faults"));
    return a;
}

}  // namespace ks::ui
