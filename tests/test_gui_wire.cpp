// The messages on the wire in the topology view: at slow speed each message in flight is a dot on
// the line between its sender's and its receiver's cards, with a tooltip saying what it is; at high
// speed the links show rates instead; the View menu's toggle hides them.
#include <QAction>
#include <QtTest>

#include "gui_test_support.h"
#include "main_window.h"
#include "runtime_bridge.h"
#include "topology/topology_item.h"
#include "topology/topology_scene.h"
#include "topology/wire_layer_item.h"

using namespace ks;
using namespace ks::ui;
using namespace ks::ui::testing;

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + d * t).length();
}

}  // namespace

class TestGuiWire : public QObject {
    Q_OBJECT

private slots:
    void slowSpeedShowsEachMessageOnItsLink() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(started(window));
        QVERIFY(advance(window, seconds(4)));
        TopologyScene& scene = *window.scene();
        WireLayerItem& wire = *scene.wireLayer();
        // Paused at 1× (slow): step event by event until the snapshot has messages in flight.
        for (int step = 0; step < 200 && wire.dots().empty(); ++step) {
            const std::uint64_t before = window.bridge()->snapshot()->eventsProcessed;
            window.bridge()->stepEvent();
            QVERIFY(QTest::qWaitFor([&] { return window.bridge()->snapshot()->eventsProcessed > before; }, kTimeoutMs));
        }
        QCOMPARE(wire.mode(), WireLayerItem::Mode::Dots);
        QVERIFY(wire.isVisible());
        QVERIFY(!wire.dots().empty());
        const SimTime now = window.bridge()->snapshot()->time;
        for (const WireLayerItem::Dot& dot : wire.dots()) {
            const WireMessageSnapshot& m = wire.message(dot);
            QVERIFY(m.sentAt <= now && now < m.deliverAt);
            TopologyItem* from = scene.nodeItem(m.from);
            TopologyItem* to = scene.nodeItem(m.to);
            QVERIFY2(from && to, m.kind.c_str());
            // On the line between the two cards (each direction runs a few pixels to its side), and
            // as far along it as the message is along its way.
            const QPointF a = from->sceneBoundingRect().center();
            const QPointF b = to->sceneBoundingRect().center();
            QVERIFY2(distanceToSegment(dot.at, a, b) < 6, m.kind.c_str());
            const double expected = static_cast<double>(now - m.sentAt) / static_cast<double>(m.deliverAt - m.sentAt);
            QVERIFY(std::abs(dot.fraction - expected) < 1e-9);
            const QString tip = wire.toolTipAt(dot.at);
            QVERIFY2(tip.contains(QString::fromStdString(m.kind)), qPrintable(tip));
        }
        // No counters in this mode; the toggle in the View menu hides the layer.
        QAction* toggle = window.findChild<QAction*>(QStringLiteral("wire"));
        QVERIFY(toggle && toggle->isChecked() && !toggle->shortcut().isEmpty());
        toggle->setChecked(false);
        QVERIFY(!wire.isVisible());
        toggle->setChecked(true);
        QVERIFY(wire.isVisible());
    }

    void highSpeedShowsRatesOnTheLinks() {
        MainWindow window(pausedOptions());
        window.show();
        QVERIFY(started(window));
        TopologyScene& scene = *window.scene();
        WireLayerItem& wire = *scene.wireLayer();
        window.bridge()->setSpeed(1000);
        window.bridge()->togglePlay();
        QVERIFY(QTest::qWaitFor([&] { return window.bridge()->clock().playing && window.bridge()->snapshot()->time > seconds(5); },
                                kTimeoutMs));
        QVERIFY(QTest::qWaitFor([&] { return wire.mode() == WireLayerItem::Mode::Counters && !wire.links().empty(); }, kTimeoutMs));
        QVERIFY(wire.dots().empty());
        // A follower fetching from a leader: a link between two brokers with a Fetch rate.
        bool fetch = false;
        for (const WireLayerItem::Link& l : wire.links()) {
            const WireLinkSnapshot& s = wire.link(l);
            if (scene.broker(s.from) && scene.broker(s.to) && wire.counterText(l).startsWith(QStringLiteral("Fetch ")) &&
                wire.counterText(l).contains(QStringLiteral("/s")))
                fetch = true;
        }
        QVERIFY(fetch);
        window.bridge()->togglePlay();
    }
};

QTEST_MAIN(TestGuiWire)
#include "test_gui_wire.moc"
