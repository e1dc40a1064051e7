#pragma once
// The window's actions for workspaces, picture export and the KRaft/ZooKeeper comparison, created in
// one place with their text, shortcut and object name (like MainActions).
#include <QCoreApplication>

class QAction;
class QObject;
class QString;

namespace ks::ui {

// One window-wide action with its object name, text, shortcut and tip.
QAction* makeWindowAction(QObject* parent, const char* name, const QString& text, const char* key, const QString& tip);

struct WorkspaceActions {
    QAction* open;
    QAction* save;
    QAction* saveAs;
    QAction* exportPng;
    QAction* exportSvg;
    QAction* compare;

    static WorkspaceActions create(QObject* parent);

    // WorkspaceActions::tr: the actions' texts, in the context "ks::ui::WorkspaceActions" (last: the
    // macro ends with 'private:').
    Q_DECLARE_TR_FUNCTIONS(ks::ui::WorkspaceActions)
};

}  // namespace ks::ui
