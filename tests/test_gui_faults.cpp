// The window's newer faults on the offscreen platform, through the same actions the menus, context
// menus and shortcuts use: a slow follower leaves the ISR and rejoins, a full disk moves leadership
// and shows on the broker card and in the inspector, a slow link is drawn and healed, and a consumer
// is a link end (drag, link dialog, isolate).
#include <QAction>
#include <QComboBox>
#include <QRadioButton>
#include <QtTest>

#include "dialogs/link_dialog.h"
#include "gui_test_support.h"
#include "inspector/inspector_widget.h"
#include "main_window.h"
#include "runtime_bridge.h"
#include "topology/broker_item.h"
#include "topology/consumer_item.h"
#include "topology/link_item.h"
#include "topology/replica_item.h"
#include "topology/topology_scene.h"

using namespace ks;
using namespace ks::ui;
using namespace ks::ui::testing;

namespace {

const PartitionSnapshot& orders0(MainWindow& window) { return *window.bridge()->snapshot()->partition(TopicPartition{"orders", 0}); }

bool inIsr(const PartitionSnapshot& p, int broker) { return std::find(p.isr.begin(), p.isr.end(), broker) != p.isr.end(); }

// A broker that follows orders-0.
int followerOf(const PartitionSnapshot& p) {
    for (BrokerId b : p.replicas)
        if (b != p.leader) return b;
    return -1;
}

}  // namespace

class TestGuiFaults : public QObject {
    Q_OBJECT

private slots:
    void slowFollowerLeavesAndRejoinsTheIsr() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(started(window));
        QVERIFY(advance(window, seconds(2)));
        const int follower = followerOf(orders0(window));
        QVERIFY(follower > 0);
        QVERIFY(!window.actions().slowFollower->isEnabled());   // nothing selected
        window.select(Subject::broker(follower));
        QVERIFY(window.actions().slowFollower->isEnabled());
        QVERIFY(!window.actions().slowFollower->isChecked());
        window.actions().slowFollower->trigger();   // checks it: slow
        QVERIFY(advance(window, seconds(50)));
        QVERIFY(!inIsr(orders0(window), follower));
        QVERIFY(window.scene()->broker(follower)->view().replicaFetchDelay > 0);
        QVERIFY(window.scene()->broker(follower)->toolTipText().contains(QStringLiteral("Slow follower")));
        for (ReplicaItem* r : window.scene()->replicasOf(QStringLiteral("orders-0")))
            if (r->view().broker == follower) QCOMPARE(r->look(), ReplicaItem::Look::OutOfSync);
        QVERIFY(window.actions().slowFollower->isChecked());
        window.actions().slowFollower->trigger();   // unchecks it: back to normal
        QVERIFY(advance(window, seconds(3)));
        QVERIFY(inIsr(orders0(window), follower));
        QCOMPARE(window.inspector()->value(QStringLiteral("Replica fetchers")), QStringLiteral("normal"));
    }

    void fullDiskMovesLeadershipUntilARestart() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(started(window));
        QVERIFY(advance(window, seconds(2)));
        const int leader = orders0(window).leader;
        window.select(Subject::broker(leader));
        QVERIFY(window.actions().diskFull->isEnabled());
        window.actions().diskFull->trigger();
        QVERIFY(advance(window, seconds(5)));   // the background producer writes; the write fails
        const PartitionSnapshot& p = orders0(window);
        QVERIFY(p.leader != leader && p.leader != kNoNode);
        QVERIFY(!inIsr(p, leader));
        QVERIFY(window.scene()->broker(leader)->view().logDirOffline);
        QVERIFY(!window.actions().diskFull->isEnabled());
        QVERIFY(window.inspector()->value(QStringLiteral("Log dir")).startsWith(QStringLiteral("offline")));
        window.actions().kill->trigger();
        QVERIFY(advance(window, seconds(1)));
        window.actions().restart->trigger();
        QVERIFY(advance(window, seconds(20)));
        QVERIFY(inIsr(orders0(window), leader));
        QVERIFY(!window.scene()->broker(leader)->view().logDirOffline);
    }

    void slowLinksAreDrawnAndHealed() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(started(window));
        window.bridge()->submit(QStringLiteral("link slow 1 3 latency=300ms jitter=20ms"));
        QVERIFY(QTest::qWaitFor([&] { return window.scene()->slowLinks().size() == 1; }, kTimeoutMs));
        LinkItem* link = window.scene()->slowLinks().at(QStringLiteral("1-3"));
        QCOMPARE(link->kind(), LinkItem::Kind::Slow);
        QVERIFY(link->isVisible());
        QVERIFY(link->toolTipText().contains(QStringLiteral("300ms")));
        window.actions().healAll->trigger();
        QVERIFY(QTest::qWaitFor([&] { return window.scene()->slowLinks().empty(); }, kTimeoutMs));
    }

    void consumersAreLinkEnds() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(started(window));
        QVERIFY(advance(window, seconds(3)));
        const ConsumerSnapshot& c = window.bridge()->snapshot()->consumers.front();
        TopologyItem* item = window.scene()->nodeItem(c.node);
        QVERIFY(item);   // a drag can start or end on it
        QCOMPARE(item->subject().kind, Subject::Kind::Consumer);
        LinkDialog dialog({{1, QStringLiteral("broker 1")}, {c.node, QStringLiteral("consumer")}}, c.node, nullptr);
        dialog.toBox()->setCurrentIndex(0);
        dialog.chooseSlow();
        QCOMPARE(dialog.command(), QStringLiteral("link slow %1 1 latency=200ms jitter=50ms loss=0").arg(c.node));
        window.select(Subject::consumer(QString::fromStdString(c.clientId)));
        QVERIFY(window.actions().isolate->isEnabled());
        window.actions().isolate->trigger();
        QVERIFY(QTest::qWaitFor([&] {
            const auto& iso = window.bridge()->snapshot()->isolated;
            return std::find(iso.begin(), iso.end(), c.node) != iso.end();
        }, kTimeoutMs));
    }
};

QTEST_MAIN(TestGuiFaults)
#include "test_gui_faults.moc"
