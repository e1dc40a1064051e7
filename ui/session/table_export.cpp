#include "session/table_export.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

#include "session/csv.h"
#include "session/export_location.h"

namespace ks::ui {

TableExport::TableExport(QMainWindow* window, ExportLocation* location) : QObject(window), window_(window), location_(location) {}

void TableExport::add(QTableView* view, const QString& title, const QString& fileName, const char* shortcut,
                      std::function<void()> bringUpToDate) {
    if (bringUpToDate) bringUpToDate_.insert(view, std::move(bringUpToDate));
    auto* inMenu = new QAction(tr("%1…").arg(title), this);
    inMenu->setObjectName(QStringLiteral("exportCsv_") + view->objectName());
    inMenu->setShortcut(QKeySequence(QLatin1String(shortcut)));
    inMenu->setToolTip(tr("Save the rows the table %1 shows, as filtered and sorted, as a CSV file").arg(title));
    connect(inMenu, &QAction::triggered, this, [this, view, title, fileName] { exportWithDialog(view, title, fileName); });
    menuActions_ << inMenu;

    auto* inContext = new QAction(tr("Export as CSV…"), view);
    inContext->setObjectName(QStringLiteral("exportCsv"));
    connect(inContext, &QAction::triggered, this, [this, view, title, fileName] { exportWithDialog(view, title, fileName); });
    view->addAction(inContext);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString TableExport::exportTable(const QTableView* view, const QString& path) const {
    const auto bringUpToDate = bringUpToDate_.constFind(view);
    if (bringUpToDate != bringUpToDate_.constEnd()) (*bringUpToDate)();
    return exportTo(*view, path);
}

QString TableExport::exportTo(const QTableView& view, const QString& path) { return writeCsvFile(path, tableViewCsv(view)); }

void TableExport::exportWithDialog(QTableView* view, const QString& title, const QString& fileName) {
    const QString path = location_->ask(window_, tr("Export %1 as CSV").arg(title), fileName, tr("CSV tables (*.csv)"));
    if (path.isEmpty()) return;
    const QString error = exportTable(view, path);
    if (!error.isEmpty()) {
        QMessageBox::warning(window_, tr("Export %1 as CSV").arg(title), error);
        return;
    }
    window_->statusBar()->showMessage(tr("Saved %n row(s) of %1 to %2", nullptr, view->model()->rowCount()).arg(title, path), 10000);
}

}  // namespace ks::ui
