#pragma once
// Export as CSV for every table of the window: each table's context menu has "Export as CSV…", and
// File → Export table as CSV has an entry per table. The file holds what the table shows: the
// rows as filtered and sorted, the visible columns in their order, a header row (session/csv.h).
// A table that is only kept up to date while it is on screen gives a function that brings it up to
// date, called before every export, so a table in a hidden dock exports the latest frame.
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

class QAction;
class QMainWindow;
class QTableView;

namespace ks::ui {

class ExportLocation;

class TableExport : public QObject {
    Q_OBJECT

public:
    TableExport(QMainWindow* window, ExportLocation* location);

    // Offers `view` for export under `title` (what File → Export lists, with `shortcut`); `fileName`
    // is suggested. `bringUpToDate`, when given, runs before each export of `view`.
    void add(QTableView* view, const QString& title, const QString& fileName, const char* shortcut,
             std::function<void()> bringUpToDate = {});
    // The File → Export table as CSV entries, in the order added.
    const QList<QAction*>& menuActions() const { return menuActions_; }

    // Brings `view` (one added here) up to date and writes what it shows to `path`, as the menu
    // entries and the context menu do after asking where: an empty string, or what went wrong.
    QString exportTable(const QTableView* view, const QString& path) const;
    // Writes what `view` shows to `path` as it stands: an empty string, or what went wrong.
    static QString exportTo(const QTableView& view, const QString& path);

private:
    void exportWithDialog(QTableView* view, const QString& title, const QString& fileName);

    QMainWindow* window_;
    ExportLocation* location_;
    QList<QAction*> menuActions_;
    QHash<const QTableView*, std::function<void()>> bringUpToDate_;
};

}  // namespace ks::ui
