#pragma once
// Export as CSV for every table of the window: each table's context menu has "Export as CSV…", and
// File → Export table as CSV has an entry per table. The file holds what the table shows: the
// rows as filtered and sorted, the visible columns in their order, a header row (session/csv.h).
#include <QList>
#include <QObject>

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
    // is suggested.
    void add(QTableView* view, const QString& title, const QString& fileName, const char* shortcut);
    // The File → Export table as CSV entries, in the order added.
    const QList<QAction*>& menuActions() const { return menuActions_; }

    // Writes what `view` shows to `path`: an empty string, or what went wrong.
    static QString exportTo(const QTableView& view, const QString& path);

private:
    void exportWithDialog(QTableView* view, const QString& title, const QString& fileName);

    QMainWindow* window_;
    ExportLocation* location_;
    QList<QAction*> menuActions_;
};

}  // namespace ks::ui
