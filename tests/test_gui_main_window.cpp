// The window on the offscreen platform: it starts the default cluster, kills a broker through the
// same action the menu uses and shows the new leader in the view and the inspector, links events to
// the view, validates topics, lists every shortcut, fits 1024×768, and keeps its state.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "dialogs/consumer_dialog.h"
#include "gui_test_support.h"
#include "dialogs/shortcuts_dialog.h"
#include "dialogs/topic_dialog.h"
#include "events/event_filter_model.h"
#include "events/event_log_dock.h"
#include "events/event_log_model.h"
#include "inspector/inspector_widget.h"
#include "main_window.h"
#include "runtime_bridge.h"
#include "status_panel.h"
#include "topology/broker_item.h"
#include "topology/consumer_item.h"
#include "topology/group_item.h"
#include "topology/groups_panel_item.h"
#include "topology/link_item.h"
#include "topology/replica_item.h"
#include "topology/topology_scene.h"
#include "topology/topology_view.h"

using namespace ks;
using namespace ks::ui;
using namespace ks::ui::testing;

namespace {

int leaderOf(const TopologyScene& scene, const QString& partition) {
    const ReplicaItem* leader = scene.leaderReplica(partition);
    return leader ? leader->view().broker : -1;
}

// The partitions `consumer` has a line from.
QSet<QString> linesOf(const TopologyScene& scene, const QString& consumer) {
    QSet<QString> partitions;
    const QString prefix = Subject::consumer(consumer).key() + u'|';
    for (const auto& [key, link] : scene.consumeLinks())
        if (key.startsWith(prefix) && link->isVisible()) partitions.insert(Subject::parse(key.mid(prefix.size()).section(u'@', 0, 0)).name);
    return partitions;
}

QList<QAction*> menuActions(const QMenuBar* bar) {
    QList<QAction*> out;
    std::function<void(const QList<QAction*>&)> walk = [&](const QList<QAction*>& actions) {
        for (QAction* a : actions) {
            if (a->isSeparator()) continue;
            if (a->menu()) walk(a->menu()->actions());
            else out << a;
        }
    };
    walk(bar->actions());
    return out;
}

}  // namespace

class TestGuiMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startsWithAClusterThatMoves();
    void addingAConsumerChangesTheAssignmentLines();
    void killingTheLeaderShowsTheNewLeader();
    void clickingAnEventHighlightsItsSubject();
    void cutLinksAreDrawnAndHealed();
    void topicDialogValidatesAndCreates();
    void everyActionHasAShortcutInHelp();
    void fitsAt1024x768AndScalesFonts();
    void windowStateAndSettingsPersist();

private:
    QTemporaryDir settingsDir_;
};

void TestGuiMainWindow::initTestCase() {
    QVERIFY(settingsDir_.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KafkascopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_main_window"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
}

void TestGuiMainWindow::startsWithAClusterThatMoves() {
    MainWindow::Options options;
    options.persistSettings = false;
    MainWindow window(options);
    window.show();
    QVERIFY(started(window));
    TopologyScene& scene = *window.scene();
    QVERIFY(scene.broker(1) && scene.broker(2) && scene.broker(3));
    QVERIFY(scene.controller(101) && scene.controller(102) && scene.controller(103));
    QVERIFY(scene.producer(QStringLiteral("producer-1")));
    for (int p = 0; p < 3; ++p) QVERIFY(leaderOf(scene, QStringLiteral("orders-%1").arg(p)) > 0);
    QVERIFY(window.actions().backgroundProducer->isChecked());
    // Playing at real time: within two seconds the producer has records acknowledged, and its lines show.
    QVERIFY(QTest::qWaitFor([&] { return window.bridge()->snapshot()->producers.front().acked > 0; }, kTimeoutMs));
    QVERIFY(QTest::qWaitFor([&] { return !scene.produceLinks().empty(); }, kTimeoutMs));
    QVERIFY(window.bridge()->clock().playing);
    QVERIFY(window.statusPanel()->text().contains(QStringLiteral("active controller: 10")));
    GroupItem* group = scene.group(QStringLiteral("analytics"));
    QVERIFY(group);
    QCOMPARE(group->members().size(), std::size_t(2));
    QVERIFY(QTest::qWaitFor([&] { return !scene.consumeLinks().empty(); }, kTimeoutMs));
}

// Adds a consumer through the same action and dialog the Cluster menu uses; the range assignor then
// gives each of the three consumers one partition, and the lines follow.
void TestGuiMainWindow::addingAConsumerChangesTheAssignmentLines() {
    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    QVERIFY(advance(window, seconds(8)));
    const TopologyScene& scene = *window.scene();
    const QSet<QString> before = linesOf(scene, QStringLiteral("analytics-1"));
    QCOMPARE(before, (QSet<QString>{QStringLiteral("orders-0"), QStringLiteral("orders-1")}));
    QCOMPARE(linesOf(scene, QStringLiteral("analytics-2")), QSet<QString>{QStringLiteral("orders-2")});

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ConsumerDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("analytics-3"));
        dialog->groupBox()->setEditText(QStringLiteral("analytics"));
        QVERIFY(dialog->isValid());
        dialog->accept();
    });
    window.actions().addConsumer->trigger();
    QVERIFY(advance(window, seconds(10)));
    QCOMPARE(window.scene()->group(QStringLiteral("analytics"))->members().size(), std::size_t(3));
    QCOMPARE(linesOf(scene, QStringLiteral("analytics-1")), QSet<QString>{QStringLiteral("orders-0")});
    QCOMPARE(linesOf(scene, QStringLiteral("analytics-2")), QSet<QString>{QStringLiteral("orders-1")});
    QCOMPARE(linesOf(scene, QStringLiteral("analytics-3")), QSet<QString>{QStringLiteral("orders-2")});
    QVERIFY(scene.consumer(QStringLiteral("analytics-1"))->color() != scene.consumer(QStringLiteral("analytics-3"))->color());

    window.select(Subject::consumer(QStringLiteral("analytics-3")));
    QCOMPARE(window.inspector()->value(QStringLiteral("Group")), QStringLiteral("analytics"));
    QVERIFY(window.actions().removeConsumer->isEnabled());
    window.actions().removeConsumer->trigger();
    QVERIFY(advance(window, seconds(10)));
    QCOMPARE(scene.consumer(QStringLiteral("analytics-3"))->view().appState, QStringLiteral("closed"));
    QVERIFY(linesOf(scene, QStringLiteral("analytics-3")).isEmpty());
    QCOMPARE(linesOf(scene, QStringLiteral("analytics-1")), before);
    QVERIFY(!window.actions().removeConsumer->isEnabled());
}

void TestGuiMainWindow::killingTheLeaderShowsTheNewLeader() {
    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    QVERIFY(advance(window, seconds(2)));
    const QString partition = QStringLiteral("orders-0");
    const int before = leaderOf(*window.scene(), partition);
    QVERIFY(before > 0);
    QCOMPARE(before, window.bridge()->snapshot()->partition(TopicPartition{"orders", 0})->leader);

    window.select(Subject::broker(before));
    QVERIFY(window.actions().kill->isEnabled());
    QVERIFY(!window.actions().restart->isEnabled());
    QVERIFY(window.actions().kill->text().contains(QStringLiteral("broker %1").arg(before)));
    window.actions().kill->trigger();
    QVERIFY(advance(window, seconds(15)));

    const int after = leaderOf(*window.scene(), partition);
    QVERIFY2(after > 0 && after != before, qPrintable(QStringLiteral("leader before %1, after %2").arg(before).arg(after)));
    QCOMPARE(window.scene()->broker(before)->view().state, QStringLiteral("stopped"));
    for (ReplicaItem* r : window.scene()->replicasOf(partition))
        if (r->view().broker == before) QCOMPARE(r->look(), ReplicaItem::Look::Down);
    QVERIFY(window.actions().restart->isEnabled());

    window.select(Subject::partition(partition));
    QCOMPARE(window.inspector()->value(QStringLiteral("Leader")), QString::number(after));
    QVERIFY(window.inspector()->value(QStringLiteral("Leader epoch")).toInt() >= 1);
    QVERIFY(!window.inspector()->value(QStringLiteral("ISR")).contains(QString::number(before)));
    QVERIFY(window.statusPanel()->text().contains(
        QStringLiteral("under-replicated: %1").arg(window.bridge()->snapshot()->underReplicatedCount())));
}

void TestGuiMainWindow::clickingAnEventHighlightsItsSubject() {
    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    window.bridge()->submit(QStringLiteral("broker pause 2"));
    QVERIFY(QTest::qWaitFor([&] { return window.scene()->broker(2)->view().state == QLatin1String("paused"); }, kTimeoutMs));
    int row = -1;
    for (int i = 0; i < window.eventLog()->rowCount(); ++i)
        if (window.eventLog()->subjects(i).contains(QStringLiteral("broker:2"))) row = i;
    QVERIFY(row >= 0);
    QListView* list = window.eventLogDock()->list();
    const QModelIndex index = window.eventLogDock()->filter()->mapFromSource(window.eventLog()->index(row));
    QVERIFY(index.isValid());
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QVERIFY(window.scene()->broker(2)->isHighlighted());
    QVERIFY(!window.scene()->broker(1)->isHighlighted());
    window.actions().clearMarks->trigger();
    QVERIFY(!window.scene()->broker(2)->isHighlighted());
}

void TestGuiMainWindow::cutLinksAreDrawnAndHealed() {
    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    window.bridge()->submit(QStringLiteral("link cut 1 3"));
    window.bridge()->submit(QStringLiteral("link cut 2 103 oneway=true"));
    QVERIFY(QTest::qWaitFor([&] { return window.scene()->cutLinks().size() == 2; }, kTimeoutMs));
    QVERIFY(window.scene()->cutLinks().count(QStringLiteral("1-3")));
    QVERIFY(window.scene()->cutLinks().at(QStringLiteral("2-103"))->toolTipText().contains(QStringLiteral("one way")));
    QVERIFY(window.actions().healAll->isEnabled());
    window.actions().healAll->trigger();
    QVERIFY(QTest::qWaitFor([&] { return window.scene()->cutLinks().empty(); }, kTimeoutMs));
}

void TestGuiMainWindow::topicDialogValidatesAndCreates() {
    const QStringList existing{QStringLiteral("orders")};
    QVERIFY(!TopicDialog::nameProblem(QStringLiteral("orders"), existing).isEmpty());
    QVERIFY(!TopicDialog::nameProblem(QStringLiteral("no spaces"), existing).isEmpty());
    QVERIFY(!TopicDialog::nameProblem(QStringLiteral(".."), existing).isEmpty());
    QVERIFY(!TopicDialog::nameProblem(QString(250, u'a'), existing).isEmpty());
    QVERIFY(TopicDialog::nameProblem(QStringLiteral("payments.v2_eu-1"), existing).isEmpty());

    TopicDialog dialog(existing, 3);
    QVERIFY(!dialog.isValid());
    dialog.nameEdit()->setText(QStringLiteral("payments"));
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.replicationBox()->maximum(), 3);
    dialog.replicationBox()->setValue(2);
    QCOMPARE(dialog.minInsyncBox()->maximum(), 2);
    dialog.partitionsBox()->setValue(2);
    QCOMPARE(dialog.command(), QStringLiteral("topic create payments partitions=2 rf=2 min.insync.replicas=2"));

    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    window.bridge()->submit(dialog.command());
    QVERIFY(QTest::qWaitFor([&] { return window.scene()->replicasOf(QStringLiteral("payments-1")).size() == 2; }, kTimeoutMs));
}

void TestGuiMainWindow::everyActionHasAShortcutInHelp() {
    MainWindow window(pausedOptions());
    QSet<QAction*> listed;
    int count = 0;
    for (const auto& [menu, actions] : window.shortcutGroups()) {
        for (QAction* a : actions) {
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(plainText(a) + QStringLiteral(" has no shortcut")));
            listed.insert(a);
            ++count;
        }
    }
    for (QAction* a : menuActions(window.menuBar()))
        QVERIFY2(listed.contains(a), qPrintable(plainText(a) + QStringLiteral(" is in a menu but not in Help → Keyboard shortcuts")));
    QSet<QString> keys;
    for (QAction* a : listed)
        for (const QKeySequence& k : a->shortcuts()) {
            QVERIFY2(!keys.contains(k.toString()), qPrintable(k.toString() + QStringLiteral(" is used twice")));
            keys.insert(k.toString());
        }
    ShortcutsDialog dialog(window.shortcutGroups());
    QCOMPARE(dialog.table()->rowCount(), count);
    QCOMPARE(dialog.table()->item(0, 2)->text().isEmpty(), false);
}

void TestGuiMainWindow::fitsAt1024x768AndScalesFonts() {
    MainWindow window(pausedOptions());
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(started(window));
    QVERIFY(advance(window, seconds(1)));
    QTest::qWait(50);
    TopologyView* view = window.view();
    const QRect shown = view->mapFromScene(view->scene()->sceneRect()).boundingRect();
    QVERIFY2(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown), "the whole cluster is visible");
    QVERIFY2(view->transform().m11() >= 0.8, "text in the view stays readable at 1024×768");

    const double before = QApplication::font().pointSizeF();
    window.actions().projector->trigger();
    QCOMPARE(window.fontScale(), MainWindow::kProjectorFontScale);
    QVERIFY(QApplication::font().pointSizeF() > before * 1.5);
    window.actions().zoomReset->trigger();
    QCOMPARE(QApplication::font().pointSizeF(), before);
    QVERIFY(!window.actions().projector->isChecked());
}

void TestGuiMainWindow::windowStateAndSettingsPersist() {
    {
        MainWindow::Options options = pausedOptions();
        options.persistSettings = true;
        MainWindow window(options);
        window.show();
        QVERIFY(started(window));
        window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"))->toggleViewAction()->trigger();
        window.setFontScale(1.3);
        window.findChild<QAction*>(QStringLiteral("filterReplication"))->setChecked(false);
        window.actions().slower->trigger();
        window.actions().wire->trigger();
        window.close();
    }
    MainWindow::Options options = pausedOptions();
    options.persistSettings = true;
    MainWindow window(options);
    window.show();
    QVERIFY(started(window));
    QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"))->isVisible());
    QCOMPARE(window.fontScale(), 1.3);
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("filterReplication"))->isChecked());
    QVERIFY(QTest::qWaitFor([&] { return window.bridge()->clock().speed == 0.5; }, kTimeoutMs));
    QVERIFY(!window.actions().wire->isChecked());
    window.setFontScale(1.0);
    window.actions().wire->trigger();
    window.close();
}

QTEST_MAIN(TestGuiMainWindow)
#include "test_gui_main_window.moc"
