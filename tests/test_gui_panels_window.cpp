// The data panels inside the window: their docks and shortcuts, and a broker killed through the
// Faults action showing up in the Brokers table, the Topics table and the Broker metrics.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QtTest>

#include "gui_test_support.h"
#include "main_window.h"
#include "panels/charts_panel.h"
#include "panels/cluster_tables.h"
#include "panels/data_panels.h"
#include "panels/metrics_panel.h"
#include "panels/table_panel.h"
#include "runtime_bridge.h"
#include "dialogs/shortcuts_dialog.h"
#include "subject.h"

using namespace ks;
using namespace ks::ui;

using namespace ks::ui::testing;

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
        QVERIFY(QTest::qWaitFor([&] { return panels->chartsDock()->isVisible() && !panels->chartsDock()->visibleRegion().isEmpty(); }, kTimeoutMs));
    }

    void killingABrokerShowsInTheTablesAndMetrics() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return window.bridge()->hasFrame(); }, kTimeoutMs));
        QVERIFY(advance(window, seconds(3)));
        DataPanels& panels = *window.dataPanels();
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
