// Clients and brokers coming and going in the window, on the offscreen platform: a producer is added
// through the same action and dialog the Cluster menu uses, shows in the view with its own lines and
// in the inspector, sends through the producer panel, and is removed again through the remove action;
// a broker that hosts replicas is emptied and removed through the Remove broker action.

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include "dialogs/broker_removal.h"
#include "dialogs/producer_dialog.h"
#include "gui_test_support.h"
#include "inspector/inspector_widget.h"
#include "main_actions.h"
#include "main_window.h"
#include "records/producer_panel.h"
#include "records/record_docks.h"
#include "runtime_bridge.h"
#include "topology/link_item.h"
#include "topology/producer_item.h"
#include "topology/topology_scene.h"

using namespace ks;
using namespace ks::ui;
using namespace ks::ui::testing;

namespace {

// The partitions `producer` has a visible line to.
QSet<QString> linesOf(const TopologyScene& scene, const QString& producer) {
    QSet<QString> ends;
    const QString prefix = Subject::client(producer).key() + u'|';
    for (const auto& [key, link] : scene.produceLinks())
        if (key.startsWith(prefix) && link->isVisible()) ends.insert(Subject::parse(key.mid(prefix.size())).name);
    return ends;
}

}  // namespace

class TestGuiClients : public QObject {
    Q_OBJECT

private slots:
    void addingAProducerShowsItInTheViewAndInspector();
    void producerDialogValidatesTheName();
    void removingABrokerMovesItsReplicasAwayFirst();
};

void TestGuiClients::addingAProducerShowsItInTheViewAndInspector() {
    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    QVERIFY(advance(window, seconds(2)));
    const TopologyScene& scene = *window.scene();
    QVERIFY(scene.producer(QStringLiteral("producer-1")));
    QVERIFY(!scene.producer(QStringLiteral("billing")));

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ProducerDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("billing"));
        dialog->acksBox()->setCurrentIndex(dialog->acksBox()->findData(QStringLiteral("1")));
        dialog->lingerBox()->setValue(20);
        dialog->partitionerBox()->setCurrentIndex(dialog->partitionerBox()->findData(QStringLiteral("round-robin")));
        QVERIFY(dialog->isValid());
        QCOMPARE(dialog->command(), QStringLiteral("producer add billing acks=1 linger.ms=20 partitioner=round-robin"));
        dialog->accept();
    });
    QVERIFY(window.actions().addProducer->isEnabled());
    window.actions().addProducer->trigger();
    QVERIFY(advance(window, seconds(1)));
    ProducerItem* billing = scene.producer(QStringLiteral("billing"));
    QVERIFY(billing);
    QVERIFY(billing->view().node > 1001);
    QCOMPARE(window.bridge()->clientNode("billing"), billing->view().node);
    QVERIFY(linesOf(scene, QStringLiteral("billing")).isEmpty());

    // The producer panel sends through the chosen producer; its round-robin partitioner spreads three
    // records without a key over the three partitions of orders, and the view draws a line to each.
    ProducerPanel* panel = window.recordDocks()->producer();
    auto* producers = panel->findChild<QComboBox*>(QStringLiteral("producerClient"));
    QVERIFY(producers);
    QVERIFY(QTest::qWaitFor([&] { return producers->findText(QStringLiteral("billing")) >= 0; }, kTimeoutMs));
    RecordToProduce record;
    record.producer = "billing";
    record.topic = "orders";
    record.value = "bill";
    panel->load(record);
    QCOMPARE(producers->currentText(), QStringLiteral("billing"));
    for (int i = 0; i < 3; ++i) QVERIFY(panel->send());
    QVERIFY(advance(window, seconds(1)));
    const ProducerSnapshot* sent = window.bridge()->snapshot()->producer("billing");
    QVERIFY(sent);
    QCOMPARE(sent->acked, 3);
    QCOMPARE(sent->acks, 1);
    QCOMPARE(sent->partitioner, std::string("round-robin"));
    QCOMPARE(linesOf(scene, QStringLiteral("billing")),
             (QSet<QString>{QStringLiteral("orders-0"), QStringLiteral("orders-1"), QStringLiteral("orders-2")}));
    QVERIFY(!linesOf(scene, QStringLiteral("producer-1")).isEmpty());

    window.select(Subject::client(QStringLiteral("billing")));
    QCOMPARE(window.inspector()->value(QStringLiteral("Acknowledged")), QStringLiteral("3"));
    QCOMPARE(window.inspector()->value(QStringLiteral("acks")), QStringLiteral("1"));
    QCOMPARE(window.inspector()->value(QStringLiteral("partitioner")), QStringLiteral("round-robin"));

    QVERIFY(window.actions().removeProducer->isEnabled());
    window.actions().removeProducer->trigger();
    QVERIFY(advance(window, seconds(1)));
    QVERIFY(!scene.producer(QStringLiteral("billing")));
    QVERIFY(linesOf(scene, QStringLiteral("billing")).isEmpty());
    QVERIFY(scene.producer(QStringLiteral("producer-1")));
    QVERIFY(QTest::qWaitFor([&] { return producers->findText(QStringLiteral("billing")) < 0; }, kTimeoutMs));
}

void TestGuiClients::producerDialogValidatesTheName() {
    const QStringList taken{QStringLiteral("producer-1"), QStringLiteral("reader-1")};
    ProducerDialog dialog(taken);
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("producer-2"));
    QVERIFY(dialog.isValid());
    dialog.nameEdit()->setText(QStringLiteral("reader-1"));
    QVERIFY(!dialog.isValid());
    dialog.nameEdit()->setText(QStringLiteral("a b"));
    QVERIFY(!dialog.isValid());
    dialog.nameEdit()->setText(QString());
    QVERIFY(!dialog.isValid());
    dialog.nameEdit()->setText(QStringLiteral("audit"));
    QVERIFY(dialog.isValid());
}

void TestGuiClients::removingABrokerMovesItsReplicasAwayFirst() {
    MainWindow window(pausedOptions());
    window.show();
    QVERIFY(started(window));
    window.bridge()->submit(QStringLiteral("broker add"));
    QVERIFY(advance(window, seconds(5)));
    const TopologyScene& scene = *window.scene();
    QVERIFY(scene.broker(4));
    QVERIFY(BrokerRemoval::partitionsOn(*window.bridge()->snapshot(), 3) > 0);
    window.select(Subject::broker(3));
    QVERIFY(window.actions().removeBroker->isEnabled());
    window.bridge()->setSpeed(runtime::kAsFastAsPossible);
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Broker 3")));
        box->button(QMessageBox::Yes)->click();
    });
    window.actions().removeBroker->trigger();
    QVERIFY(window.findChild<QProgressDialog*>(QStringLiteral("brokerRemovalProgress")));
    QVERIFY(QTest::qWaitFor([&] { return !scene.broker(3); }, kTimeoutMs));
    window.bridge()->pause();
    const ClusterSnapshot& s = *window.bridge()->snapshot();
    QVERIFY(std::none_of(s.brokers.begin(), s.brokers.end(), [](const BrokerSnapshot& b) { return b.id == 3; }));
    QCOMPARE(BrokerRemoval::partitionsOn(s, 3), 0);
    QVERIFY(scene.broker(4));
}

QTEST_MAIN(TestGuiClients)
#include "test_gui_clients.moc"
