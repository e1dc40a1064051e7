#pragma once
// The event log dock: the log in plain language, filters by kind, and a command line that takes any
// scenario command ("broker kill 2", "print partitions"). Clicking an event highlights what it is
// about in the topology view.
#include <QDockWidget>

class QAction;
class QLineEdit;
class QListView;

namespace ks::ui {

class EventFilterModel;
class EventLogModel;

class EventLogDock : public QDockWidget {
    Q_OBJECT

public:
    EventLogDock(EventLogModel* model, QWidget* parent = nullptr);

    EventFilterModel* filter() const { return filter_; }
    QListView* list() const { return list_; }
    QLineEdit* commandLine() const { return command_; }
    // The checkable filter actions, one per kind plus "routine detail", with their shortcuts.
    const QList<QAction*>& filterActions() const { return filterActions_; }
    // Selects the row and highlights what it is about, as a click does.
    void activateRow(int sourceRow);

Q_SIGNALS:
    void subjectsActivated(const QStringList& subjects);
    void commandEntered(const QString& command);

private:
    void addFilter(const QString& name, const QString& label, const QList<int>& kinds, int shortcutDigit);
    void keepAtBottom();

    EventLogModel* model_;
    EventFilterModel* filter_;
    QListView* list_;
    QLineEdit* command_;
    QList<QAction*> filterActions_;
    bool atBottom_ = true;
};

}  // namespace ks::ui
