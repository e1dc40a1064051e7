// The data panels inside the window: their docks and shortcuts, a broker killed through the
// Faults action showing up in the Brokers table, the Topics table and the Broker metrics, and a table
// in a hidden dock rebuilt (and a hidden chart redrawn) only when it comes into view or is exported.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <qcustomplot.h>

#include "gui_test_support.h"
#include "main_window.h"
#include "panels/charts_panel.h"
#include "panels/cluster_tables.h"
#include "panels/data_panels.h"
#include "panels/metrics_panel.h"
#include "panels/table_panel.h"
#include "runtime_bridge.h"
#include "dialogs/shortcuts_dialog.h"
#include "session/table_export.h"
#include "subject.h"

using namespace ks;
using namespace ks::ui;

using namespace ks::ui::testing;

namespace {

// Whether any of `dock` is on screen: Qt keeps a dock behind another tab visible but moves it out of
// the window.
bool onScreen(const QDockWidget* dock) { return dock->isVisible() && !dock->visibleRegion().isEmpty(); }

// Whether `model` holds the rows a table built from the bridge's latest snapshot holds, in any order.
bool showsLatest(const TopicsTableModel& model, const RuntimeBridge& bridge) {
    TopicsTableModel fresh;
    fresh.update(*bridge.snapshot());
    std::map<QString, TableRow> expected;
    for (const TableRow& row : fresh.rows()) expected.emplace(row.key, row);
    std::map<QString, TableRow> shown;
    for (const TableRow& row : model.rows()) shown.emplace(row.key, row);
    return shown == expected;
}

}  // namespace

class TestGuiPanelsWindow : public QObject {
    Q_OBJECT

private slots:
    void docksHaveShortcutsInThePanelsMenu() {
        MainWindow window(pausedOptions());
        window.show();
        DataPanels* panels = window.dataPanels();
        QVERIFY(panels);
        QMenu* menu = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->menu() && a->text().remove(u'&') == QStringLiteral("Panels")) menu = a->menu();
        QVERIFY(menu);
        for (QAction* a : panels->menuActions())
            if (a) {
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
                QVERIFY(menu->actions().contains(a));
            }
        bool listed = false;
        for (const ShortcutsDialog::Group& g : window.shortcutGroups())
            if (g.second.contains(panels->followAction())) listed = true;
        QVERIFY(listed);
        // The shortcut brings its dock to the front of the tabs.
        panels->chartsDock()->toggleViewAction()->trigger();
        if (!panels->chartsDock()->isVisible()) panels->chartsDock()->toggleViewAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return onScreen(panels->chartsDock()); }, kTimeoutMs));
    }

    void killingABrokerShowsInTheTablesAndMetrics() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return window.bridge()->hasFrame(); }, kTimeoutMs));
        QVERIFY(advance(window, seconds(3)));
        DataPanels& panels = *window.dataPanels();
        panels.bringTablesUpToDate();   // their docks are tabs behind the event log
        const int victim = window.bridge()->snapshot()->partition(TopicPartition{"orders", 0})->leader;
        const QString key = QString::number(victim);
        QCOMPARE(panels.brokers()->cellText(key, BrokersTableModel::State), QStringLiteral("running"));
        QVERIFY(panels.brokers()->cellText(key, BrokersTableModel::Leaders).toInt() > 0);
        QCOMPARE(panels.topics()->cellText(QStringLiteral("orders-0"), TopicsTableModel::Leader), key);
        // A selected row survives the updates.
        QTableView* view = panels.brokersPanel()->view(0);
        view->selectRow(0);
        const QString selected = view->currentIndex().sibling(view->currentIndex().row(), 0).data().toString();

        window.select(Subject::broker(victim));
        window.actions().kill->trigger();
        QVERIFY(advance(window, seconds(15)));
        panels.bringTablesUpToDate();
        QCOMPARE(panels.brokers()->cellText(key, BrokersTableModel::State), QStringLiteral("stopped"));
        QCOMPARE(panels.brokers()->cellText(key, BrokersTableModel::Leaders), QStringLiteral("0"));
        QVERIFY(panels.brokers()->cellText(key, BrokersTableModel::LedElsewhere).toInt() > 0);
        QVERIFY(panels.topics()->cellText(QStringLiteral("orders-0"), TopicsTableModel::Leader) != key);
        QCOMPARE(panels.topics()->cellText(QStringLiteral("orders-0"), TopicsTableModel::Status), QStringLiteral("under-replicated"));
        QCOMPARE(view->currentIndex().sibling(view->currentIndex().row(), 0).data().toString(), selected);

        MetricsPanel& metrics = *panels.metrics();
        QVERIFY(metrics.momentBox()->count() >= 2);
        bool killed = false;
        for (int i = 0; i < metrics.momentBox()->count(); ++i)
            if (metrics.momentBox()->itemText(i).contains(QStringLiteral("broker %1 killed").arg(victim))) {
                metrics.momentBox()->setCurrentIndex(i);
                killed = true;
            }
        QVERIFY(killed);
        const QString moved = metrics.movedLines().join(u'\n');
        QVERIFY2(moved.contains(QStringLiteral("LeaderElectionRateAndTimeMs")), qPrintable(moved));
        QVERIFY2(moved.contains(QStringLiteral("UnderReplicatedPartitions")), qPrintable(moved));
        QVERIFY(!panels.charts()->history().markers().empty());
    }

    void aHiddenTableIsRebuiltWhenShownOrExported() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(started(window));
        QVERIFY(advance(window, seconds(2)));
        DataPanels& panels = *window.dataPanels();
        TopicsTableModel& topics = *panels.topics();
        auto* logDock = window.findChild<QDockWidget*>(QStringLiteral("eventLogDock"));
        QVERIFY(logDock && onScreen(logDock));
        QVERIFY(!onScreen(panels.topicsDock()));   // a tab behind the event log
        QCOMPARE(topics.rowCount(), 0);                // never shown, never built
        panels.bringTablesUpToDate();
        QVERIFY(topics.rowCount() > 0);
        QVERIFY(showsLatest(topics, *window.bridge()));

        // Frames with new records arrive; the hidden table stays as it was.
        QSignalSpy changed(&topics, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&topics, &QAbstractItemModel::rowsInserted);
        QVERIFY(advance(window, seconds(5)));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(!showsLatest(topics, *window.bridge()));

        // Its tab comes forward: the rows are the latest frame's when the dock becomes visible,
        // before it is painted and without waiting for another frame.
        bool latestWhenShown = false;
        connect(panels.topicsDock(), &QDockWidget::visibilityChanged, this, [&](bool visible) {
            if (visible) latestWhenShown = showsLatest(topics, *window.bridge());
        });
        panels.topicsDock()->raise();
        QVERIFY(QTest::qWaitFor([&] { return onScreen(panels.topicsDock()); }, kTimeoutMs));
        QVERIFY(latestWhenShown);
        QVERIFY(changed.count() > 0);
        // While shown it follows every frame.
        QVERIFY(advance(window, seconds(2)));
        QVERIFY(showsLatest(topics, *window.bridge()));

        // Hidden again and stale; exporting it writes the latest frame.
        logDock->raise();
        QVERIFY(QTest::qWaitFor([&] { return !onScreen(panels.topicsDock()); }, kTimeoutMs));
        QVERIFY(advance(window, seconds(5)));
        QVERIFY(!showsLatest(topics, *window.bridge()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("topics.csv"));
        QCOMPARE(window.tableExport()->exportTable(panels.topicsPanel()->view(0), path), QString());
        QVERIFY(showsLatest(topics, *window.bridge()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).count(QStringLiteral("\r\n")), topics.rowCount() + 1);   // a header, then every row
    }

    void hiddenChartsAndMetricsWaitUntilShown() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(started(window));
        QVERIFY(advance(window, seconds(2)));
        DataPanels& panels = *window.dataPanels();
        QVERIFY(!onScreen(panels.chartsDock()) && !onScreen(panels.metricsDock()));
        panels.bringTablesUpToDate();
        panels.charts()->refresh();
        // How many points the plotted "orders in" graph has, and how many the history holds.
        auto plotted = [&] { return panels.charts()->graphs(ChartsPanel::Chart::Throughput).at(QStringLiteral("orders in"))->dataCount(); };
        auto recorded = [&] { return static_cast<int>(panels.charts()->history().recordsInRate().at(QStringLiteral("orders")).keys.size()); };
        QCOMPARE(plotted(), recorded());
        QSignalSpy metricsChanged(panels.metrics()->model(), &QAbstractItemModel::dataChanged);

        // Frames arrive: the history and the tracker read them, the hidden chart and table wait.
        QVERIFY(advance(window, seconds(5)));
        QVERIFY(plotted() < recorded());
        QCOMPARE(metricsChanged.count(), 0);

        panels.chartsDock()->raise();
        QVERIFY(QTest::qWaitFor([&] { return onScreen(panels.chartsDock()); }, kTimeoutMs));
        QCOMPARE(plotted(), recorded());
        panels.metricsDock()->raise();
        QVERIFY(QTest::qWaitFor([&] { return onScreen(panels.metricsDock()); }, kTimeoutMs));
        QVERIFY(metricsChanged.count() > 0);
    }

    void fitsAt1024x768() {
        MainWindow window(pausedOptions());
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DataPanels& panels = *window.dataPanels();
        for (QDockWidget* dock : {panels.topicsDock(), panels.brokersDock(), panels.groupsDock(), panels.chartsDock(), panels.metricsDock()}) {
            dock->show();
            dock->raise();
            QCoreApplication::processEvents();
            QVERIFY(window.width() <= 1024 && window.height() <= 768);
            QVERIFY2(dock->widget()->height() >= 100, qPrintable(dock->objectName()));
        }
    }
};

QTEST_MAIN(TestGuiPanelsWindow)
#include "test_gui_panels_window.moc"
