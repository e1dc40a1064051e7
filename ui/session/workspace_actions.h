#pragma once
// The window's actions for workspaces, picture export and the KRaft/ZooKeeper comparison, created in
// one place with their text, shortcut and object name (like MainActions).
class QAction;
class QObject;

namespace ks::ui {

struct WorkspaceActions {
    QAction* open;
    QAction* save;
    QAction* saveAs;
    QAction* exportPng;
    QAction* exportSvg;
    QAction* compare;

    static WorkspaceActions create(QObject* parent);
};

}  // namespace ks::ui
