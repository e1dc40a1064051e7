// CSV export (session/csv.h, session/table_export.h): tricky cells survive a round trip through an
// RFC 4180 reader, and a real panel's export holds exactly the rows its table shows, filtered and
// sorted, with its visible columns; a file that cannot be written is an error, not a crash.
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "gui_test_support.h"
#include "panels/data_panels.h"
#include "panels/table_panel.h"
#include "session/csv.h"
#include "session/table_export.h"

using namespace ks;
using namespace ks::ui;
using namespace ks::ui::testing;

namespace {

// An RFC 4180 reader, written here independently of the writer.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!row.isEmpty() || !field.isEmpty()) rows << (row << field);
    return rows;
}

QString readUtf8(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

// What a view shows: the header, then each row of its model in order, visible columns only.
QList<QStringList> shownRows(const QTableView& view) {
    QList<int> columns;
    for (int visual = 0; visual < view.horizontalHeader()->count(); ++visual) {
        const int logical = view.horizontalHeader()->logicalIndex(visual);
        if (!view.isColumnHidden(logical)) columns << logical;
    }
    QList<QStringList> rows;
    QStringList header;
    for (int c : columns) header << view.model()->headerData(c, Qt::Horizontal).toString();
    rows << header;
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        QStringList cells;
        for (int c : columns) cells << view.model()->index(r, c).data().toString();
        rows << cells;
    }
    return rows;
}

}  // namespace

class TestGuiCsvExport : public QObject {
    Q_OBJECT

private slots:
    void trickyCellsRoundTrip() {
        const QStringList cells{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                QStringLiteral("two\nlines"), QStringLiteral("cr\r\nlf"), QString(), QStringLiteral(" spaced "),
                                QStringLiteral("\"\""), QStringLiteral("Zoë, 日本語 → ✓")};
        const QString row = csvRow(cells);
        QVERIFY(row.endsWith(QStringLiteral("\r\n")));
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(parseCsv(row), QList<QStringList>{cells});

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tricky.csv"));
        QCOMPARE(writeCsvFile(path, csvRow({QStringLiteral("h1"), QStringLiteral("h2")}) + row), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Zo\xc3\xab"));   // UTF-8
        const QList<QStringList> back = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[1], cells);
    }

    void modelExportFollowsTheProxyOrder() {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("name"), QStringLiteral("lag, records")});
        for (const auto& [name, lag] : {std::pair{"b", "2"}, std::pair{"a", "10"}, std::pair{"c", "7"}, std::pair{"skip", "0"}})
            model.appendRow({new QStandardItem(QLatin1String(name)), new QStandardItem(QLatin1String(lag))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRegularExpression(QStringLiteral("^[abc]$"));
        proxy.setFilterKeyColumn(0);
        proxy.sort(0, Qt::DescendingOrder);
        const QList<QStringList> rows = parseCsv(modelCsv(proxy, {0, 1}));
        const QList<QStringList> expected{{QStringLiteral("name"), QStringLiteral("lag, records")},
                                          {QStringLiteral("c"), QStringLiteral("7")},
                                          {QStringLiteral("b"), QStringLiteral("2")},
                                          {QStringLiteral("a"), QStringLiteral("10")}};
        QCOMPARE(rows, expected);
        QCOMPARE(parseCsv(modelCsv(proxy, {1})).first(), QStringList{QStringLiteral("lag, records")});
    }

    void everyTableIsOfferedForExport() {
        MainWindow window(pausedOptions());
        QList<QAction*> inMenu;
        for (QAction* a : window.menuBar()->actions())
            if (a->menu() && a->text().remove(u'&') == QStringLiteral("File"))
                for (QAction* entry : a->menu()->actions())
                    if (entry->menu() && entry->menu()->objectName() == QStringLiteral("exportTablesMenu")) inMenu = entry->menu()->actions();
        QCOMPARE(inMenu, window.tableExport()->menuActions());
        QCOMPARE(inMenu.size(), 7);
        const QList<QTableView*> views = window.findChildren<QTableView*>();
        int offered = 0;
        for (QTableView* view : views) {
            if (view->objectName() == QStringLiteral("producerHeaders")) continue;   // where the user types a record's headers
            const QList<QAction*> actions = view->actions();
            const bool hasAction = std::any_of(actions.begin(), actions.end(),
                                               [](QAction* a) { return a->objectName() == QStringLiteral("exportCsv"); });
            QVERIFY2(hasAction, qPrintable(view->objectName()));
            QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
            ++offered;
        }
        QCOMPARE(offered, 7);
    }

    void aPanelExportsWhatItShows() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(started(window));
        QVERIFY(advance(window, seconds(5)));
        DataPanels& panels = *window.dataPanels();
        panels.bringTablesUpToDate();   // their docks are tabs behind the event log
        QTemporaryDir dir;

        // Topics: filtered to one topic and sorted by the partition column, descending.
        TablePanel* topics = panels.topicsPanel();
        QTableView* view = topics->view(0);
        topics->filter()->setText(QStringLiteral("orders"));
        view->sortByColumn(0, Qt::DescendingOrder);
        QVERIFY(view->model()->rowCount() > 1);
        QVERIFY(view->model()->rowCount() < topics->proxy(0)->sourceModel()->rowCount());   // __consumer_offsets is filtered out
        const QString path = dir.filePath(QStringLiteral("topics.csv"));
        const QList<QStringList> expected = shownRows(*view);
        QCOMPARE(TableExport::exportTo(*view, path), QString());
        QCOMPARE(parseCsv(readUtf8(path)), expected);
        QVERIFY(expected[1][0] > expected[2][0]);

        // A hidden column is left out; a moved one stands where it is shown.
        view->setColumnHidden(1, true);
        view->horizontalHeader()->moveSection(2, 0);
        const QList<QStringList> rearranged = shownRows(*view);
        QCOMPARE(rearranged[0].size(), expected[0].size() - 1);
        QCOMPARE(TableExport::exportTo(*view, path), QString());
        QCOMPARE(parseCsv(readUtf8(path)), rearranged);

        // The consumer groups' per-partition lag.
        QTableView* lag = panels.groupsPanel()->view(2);
        QVERIFY(lag->model()->rowCount() > 0);
        const QString lagPath = dir.filePath(QStringLiteral("lag.csv"));
        QCOMPARE(TableExport::exportTo(*lag, lagPath), QString());
        QCOMPARE(parseCsv(readUtf8(lagPath)), shownRows(*lag));
    }

    void aFileThatCannotBeWrittenIsAnError() {
        QTableView view;
        QStandardItemModel model(1, 1);
        view.setModel(&model);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/table.csv"));
        const QString error = TableExport::exportTo(view, path);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestGuiCsvExport)
#include "test_gui_csv_export.moc"
