#pragma once
// The producer panel and the message browser as docks of the main window, with the Records menu
// that shows them and holds their actions, each with a keyboard shortcut.
#include <QObject>

#include "api/records.h"
#include "dialogs/shortcuts_dialog.h"

class QAction;
class QDockWidget;
class QMainWindow;
class QMenuBar;

namespace ks::ui {

class MessageBrowser;
class ProducerPanel;
class RuntimeBridge;

class RecordDocks : public QObject {
    Q_OBJECT

public:
    // Both docks start hidden: the producer on the right, the browser tabbed with `bottomNeighbour`.
    RecordDocks(RuntimeBridge* bridge, QMainWindow* window, QDockWidget* bottomNeighbour);

    ProducerPanel* producer() const { return producer_; }
    MessageBrowser* browser() const { return browser_; }
    QDockWidget* producerDock() const { return producerDock_; }
    QDockWidget* browserDock() const { return browserDock_; }
    // Adds the Records menu just before the bar's last menu (Help); returns it for the shortcut list.
    ShortcutsDialog::Group addMenu(QMenuBar* bar);
    // Shows the browser at the record the producer panel wrote last.
    void showLastProduced();

private:
    QAction* action(const QString& text, const char* shortcut, const QString& name);

    QMainWindow* window_;
    ProducerPanel* producer_;
    MessageBrowser* browser_;
    QDockWidget* producerDock_;
    QDockWidget* browserDock_;
    QList<QAction*> actions_;
    std::optional<ProduceReply> lastProduced_;
};

}  // namespace ks::ui
