// What the main window's actions do: each ends in a command sent to the runtime (or a clock control).
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <algorithm>

#include "dialogs/broker_removal.h"
#include "dialogs/consumer_dialog.h"
#include "dialogs/link_dialog.h"
#include "dialogs/network_dialog.h"
#include "dialogs/producer_dialog.h"
#include "dialogs/new_cluster_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "dialogs/topic_dialog.h"
#include "main_window.h"
#include "runtime_bridge.h"
#include "speed_steps.h"

namespace ks::ui {
namespace {

QString topicOf(const QString& partition) { return partition.left(partition.lastIndexOf(u'-')); }

struct NodeActionText {
    QAction* MainActions::*action;
    NodeAction kind;
    const char* verb;      // nothing selected
    const char* verbNode;  // %1: the selected node
};

constexpr NodeActionText kNodeActions[] = {
    {&MainActions::kill, NodeAction::Kill, QT_TRANSLATE_NOOP("ks::ui::MainWindow", "&Kill"),
     QT_TRANSLATE_NOOP("ks::ui::MainWindow", "&Kill %1")},
    {&MainActions::restart, NodeAction::Restart, QT_TRANSLATE_NOOP("ks::ui::MainWindow", "&Restart"),
     QT_TRANSLATE_NOOP("ks::ui::MainWindow", "&Restart %1")},
    {&MainActions::pauseNode, NodeAction::Pause, QT_TRANSLATE_NOOP("ks::ui::MainWindow", "&Pause (GC-style freeze)"),
     QT_TRANSLATE_NOOP("ks::ui::MainWindow", "&Pause (GC-style freeze) %1")},
    {&MainActions::resumeNode, NodeAction::Resume, QT_TRANSLATE_NOOP("ks::ui::MainWindow", "Res&ume"),
     QT_TRANSLATE_NOOP("ks::ui::MainWindow", "Res&ume %1")},
};

}  // namespace

void MainWindow::runCommand(const QString& command) {
    if (command.isEmpty()) return;
    bridge_->submit(command);
    statusBar()->showMessage(tr("Sent: %1").arg(command), 4000);
}

Subject MainWindow::selectedNode() const {
    switch (selected_.kind) {
    case Subject::Kind::Broker:
    case Subject::Kind::Controller:
    case Subject::Kind::ZooKeeper:
    case Subject::Kind::Consumer:
    case Subject::Kind::Client: return selected_;
    case Subject::Kind::Partition: return selected_.replicaBroker >= 0 ? Subject::broker(selected_.replicaBroker) : Subject{};
    default: return {};
    }
}

int MainWindow::nodeIdOf(const Subject& node) const {
    if (node.kind == Subject::Kind::Client) return bridge_->clientNode(node.name.toStdString());
    if (node.kind == Subject::Kind::Consumer) {
        const ConsumerSnapshot* c = bridge_->snapshot() ? bridge_->snapshot()->consumer(node.name.toStdString()) : nullptr;
        return c ? c->node : -1;
    }
    return node.id();
}

QString MainWindow::nodeLabel(int nodeId) const {
    if (const auto& s = bridge_->snapshot()) {
        for (const BrokerSnapshot& b : s->brokers)
            if (b.id == nodeId) return tr("broker %1").arg(nodeId);
        for (const ControllerSnapshot& c : s->controllers)
            if (c.id == nodeId) return (c.kind == "zookeeper" ? tr("ZooKeeper %1") : tr("controller %1")).arg(nodeId);
        for (const ProducerSnapshot& p : s->producers)
            if (bridge_->clientNode(p.clientId) == nodeId) return QString::fromStdString(p.clientId);
        for (const ConsumerSnapshot& c : s->consumers)
            if (c.node == nodeId) return tr("consumer %1").arg(QString::fromStdString(c.clientId));
    }
    return tr("node %1").arg(nodeId);
}

void MainWindow::refreshActions() {
    const auto& snapshot = bridge_->snapshot();
    const bool running = snapshot != nullptr;
    const Subject node = selectedNode();
    const int id = node.isNone() ? -1 : nodeIdOf(node);
    const QString label = id < 0 ? QString() : nodeLabel(id);
    for (const NodeActionText& n : kNodeActions) {
        QAction* action = actions_.*(n.action);
        action->setEnabled(running && nodeActionApplies(*snapshot, node, n.kind));
        action->setText(id < 0 ? tr(n.verb) : tr(n.verbNode).arg(label));
    }
    actions_.isolate->setEnabled(running && id >= 0);
    actions_.isolate->setText(id < 0 ? tr("&Isolate from everyone") : tr("&Isolate from everyone %1").arg(label));
    const BrokerSnapshot* broker = nullptr;
    if (running && node.kind == Subject::Kind::Broker)
        for (const BrokerSnapshot& b : snapshot->brokers)
            if (b.id == node.id()) broker = &b;
    const bool brokerUp = broker && broker->state != "stopped";
    actions_.slowFollower->setEnabled(brokerUp);
    actions_.slowFollower->setChecked(broker && broker->replicaFetchDelay > 0);
    actions_.slowFollower->setText(broker ? tr("Slo&w follower %1").arg(label) : tr("Slo&w follower"));
    actions_.diskFull->setEnabled(brokerUp && !broker->diskFull);
    actions_.diskFull->setText(broker ? tr("Fill the &disk of %1").arg(label) : tr("Fill the &disk"));
    for (QAction* action : {actions_.cutLink, actions_.network, actions_.addBroker, actions_.createTopic}) action->setEnabled(running);
    actions_.healAll->setEnabled(running && (!snapshot->cutLinks.empty() || !snapshot->isolated.empty() || !snapshot->slowLinks.empty()));
    actions_.deleteTopic->setEnabled(running && !snapshot->topics.empty());
    actions_.electLeader->setEnabled(running && selected_.kind == Subject::Kind::Partition);
    actions_.addConsumer->setEnabled(running);
    actions_.decommission->setEnabled(running && node.kind == Subject::Kind::Broker);
    actions_.decommission->setText(node.kind == Subject::Kind::Broker ? tr("&Decommission %1").arg(label) : tr("&Decommission broker"));
    actions_.removeBroker->setEnabled(running && node.kind == Subject::Kind::Broker && snapshot->brokers.size() > 1);
    actions_.removeBroker->setText(node.kind == Subject::Kind::Broker ? tr("Remo&ve %1…").arg(label) : tr("Remo&ve broker…"));
    const bool consumer = running && selected_.kind == Subject::Kind::Consumer &&
                          nodeState(*snapshot, selected_) == QLatin1String("running");
    actions_.removeConsumer->setEnabled(consumer);
    actions_.removeConsumer->setText(consumer ? tr("Re&move consumer %1").arg(selected_.name) : tr("Re&move consumer"));
    actions_.addProducer->setEnabled(running);
    const ProducerSnapshot* producer =
        running && selected_.kind == Subject::Kind::Client ? snapshot->producer(selected_.name.toStdString()) : nullptr;
    const bool removable = producer && producer->state != "closing";
    actions_.removeProducer->setEnabled(removable);
    actions_.removeProducer->setText(removable ? tr("Remove pro&ducer %1").arg(selected_.name) : tr("Remove pro&ducer"));
    actions_.electLeader->setText(selected_.kind == Subject::Kind::Partition
                                      ? tr("&Elect preferred leader of %1").arg(selected_.name)
                                      : tr("&Elect preferred leader"));
}

void MainWindow::nodeAction(NodeAction action) { runCommand(nodeCommand(selectedNode(), action)); }

void MainWindow::isolateSelected() {
    const int id = nodeIdOf(selectedNode());
    if (id >= 0) runCommand(isolateCommand(id));
}

void MainWindow::openLinkDialog() {
    const auto& s = bridge_->snapshot();
    if (!s) return;
    std::vector<LinkDialog::Node> nodes;
    for (const BrokerSnapshot& b : s->brokers) nodes.emplace_back(b.id, tr("broker %1").arg(b.id));
    for (const ControllerSnapshot& c : s->controllers)
        nodes.emplace_back(c.id, (c.kind == "zookeeper" ? tr("ZooKeeper %1") : tr("controller %1")).arg(c.id));
    for (const ProducerSnapshot& p : s->producers)
        if (const int id = bridge_->clientNode(p.clientId); id >= 0) nodes.emplace_back(id, QString::fromStdString(p.clientId));
    for (const ConsumerSnapshot& c : s->consumers) nodes.emplace_back(c.node, tr("consumer %1").arg(QString::fromStdString(c.clientId)));
    openLinkDialogFor(nodes, nodeIdOf(selectedNode()), -1, false);
}

void MainWindow::openLinkDialogFor(const std::vector<std::pair<int, QString>>& nodes, int from, int to, bool slow) {
    LinkDialog dialog(nodes, from, this);
    if (to >= 0) dialog.toBox()->setCurrentIndex(std::max(0, dialog.toBox()->findData(to)));
    if (slow) dialog.chooseSlow();
    if (dialog.exec() == QDialog::Accepted) runCommand(dialog.command());
}

void MainWindow::toggleSlowFollower(bool slow) {
    if (selectedNode().kind == Subject::Kind::Broker) runCommand(slowFollowerCommand(selectedNode().id(), slow ? seconds(40) : 0));
}

void MainWindow::fillDisk() {
    if (selectedNode().kind == Subject::Kind::Broker) runCommand(diskFullCommand(selectedNode().id()));
}

void MainWindow::openNetworkDialog() {
    NetworkDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) runCommand(dialog.command());
}

void MainWindow::openTopicDialog() {
    const auto& s = bridge_->snapshot();
    if (!s) return;
    QStringList topics;
    for (const TopicSnapshot& t : s->topics) topics << QString::fromStdString(t.name);
    TopicDialog dialog(topics, static_cast<int>(s->brokers.size()), this);
    if (dialog.exec() == QDialog::Accepted) runCommand(dialog.command());
}

void MainWindow::deleteTopic() {
    const auto& s = bridge_->snapshot();
    if (!s || s->topics.empty()) return;
    QStringList topics;
    for (const TopicSnapshot& t : s->topics) topics << QString::fromStdString(t.name);
    const int current = selected_.kind == Subject::Kind::Partition ? std::max<int>(0, topics.indexOf(topicOf(selected_.name))) : 0;
    bool ok = false;
    const QString topic = QInputDialog::getItem(this, tr("Delete topic"), tr("Delete which topic? Its records are gone for good."),
                                                topics, current, false, &ok);
    if (ok) runCommand(deleteTopicCommand(topic));
}

void MainWindow::electLeader() {
    if (selected_.kind == Subject::Kind::Partition) runCommand(electPreferredLeaderCommand(selected_.name));
}

void MainWindow::openConsumerDialog() {
    const auto& s = bridge_->snapshot();
    if (!s) return;
    QStringList topics;
    for (const TopicSnapshot& t : s->topics)
        if (t.name.rfind("__", 0) != 0) topics << QString::fromStdString(t.name);
    QStringList groups;
    for (const GroupSnapshot& g : s->groups) groups << QString::fromStdString(g.groupId);
    QStringList consumers;
    for (const ConsumerSnapshot& c : s->consumers) consumers << QString::fromStdString(c.clientId);
    ConsumerDialog dialog(topics, groups, consumers, this);
    if (selected_.kind == Subject::Kind::Group) dialog.groupBox()->setEditText(selected_.name);
    if (dialog.exec() == QDialog::Accepted) runCommand(dialog.command());
}

void MainWindow::removeSelectedBroker() {
    if (selectedNode().kind != Subject::Kind::Broker) return;
    auto* removal = new BrokerRemoval(bridge_, selectedNode().id(), this);
    connect(removal, &BrokerRemoval::finished, this, [this](bool, const QString& message) { statusBar()->showMessage(message, 8000); });
    removal->start();
}

void MainWindow::openProducerDialog() {
    const auto& s = bridge_->snapshot();
    if (!s) return;
    QStringList taken;
    for (const ProducerSnapshot& p : s->producers) taken << QString::fromStdString(p.clientId);
    for (const ConsumerSnapshot& c : s->consumers) taken << QString::fromStdString(c.clientId);
    ProducerDialog dialog(taken, this);
    if (dialog.exec() == QDialog::Accepted) runCommand(dialog.command());
}

void MainWindow::newCluster() {
    NewClusterDialog dialog(bridge_->config(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    runtime::RuntimeConfig config = dialog.config();
    config.speed = speedBox_->currentData().toDouble();
    config.producer = bridge_->backgroundProducer();
    config.startPlaying = true;
    bridge_->restart(config);
}

void MainWindow::saveScenario() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save session as scenario"), QStringLiteral("session.scenario"),
                                                      tr("Scenarios (*.scenario)"));
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(bridge_->scenarioText().toUtf8()) < 0) {
        QMessageBox::warning(this, tr("Save session"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Saved %1 — replay it with: kafkascope-cli run --seed %2 %1").arg(path).arg(bridge_->config().seed), 10000);
}

void MainWindow::savePicture() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save picture"), QStringLiteral("kafkascope.png"), tr("Pictures (*.png)"));
    if (path.isEmpty()) return;
    if (!grab().save(path)) QMessageBox::warning(this, tr("Save picture"), tr("Cannot write %1").arg(path));
}

void MainWindow::changeSpeed(int steps) {
    speedBox_->setCurrentIndex(std::clamp(speedBox_->currentIndex() + steps, 0, speedBox_->count() - 1));
}

void MainWindow::changeProducerRate(int steps) {
    runtime::BackgroundProducer producer = bridge_->backgroundProducer();
    const std::vector<int>& rates = producerSteps();
    const auto at = std::lower_bound(rates.begin(), rates.end(), producer.recordsPerTick);
    const int index = std::clamp(static_cast<int>(at - rates.begin()) + steps, 0, static_cast<int>(rates.size()) - 1);
    producer.recordsPerTick = rates[static_cast<std::size_t>(index)];
    producer.enabled = true;
    bridge_->setBackgroundProducer(producer);
    statusBar()->showMessage(tr("Background producer: %1 record(s) every 100 ms").arg(producer.recordsPerTick), 4000);
}

void MainWindow::toggleProducer(bool on) {
    runtime::BackgroundProducer producer = bridge_->backgroundProducer();
    producer.enabled = on;
    bridge_->setBackgroundProducer(producer);
}

void MainWindow::showShortcuts() {
    ShortcutsDialog dialog(shortcutGroups(), this);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Kafkascope"),
        tr("<h3>Kafkascope</h3><p>A small Kafka cluster simulated inside this window: brokers with replicated "
           "partitions, a KRaft controller quorum and producers, on a simulated clock and network. The same seed "
           "and the same commands always give the same run (seed %1).</p>")
            .arg(bridge_->config().seed));
}

void MainWindow::showContextMenu(const Subject& subject, const QPoint& globalPos) {
    QMenu menu(this);
    const MainActions& a = actions_;
    const Subject node = selectedNode();
    if (node.kind == Subject::Kind::Consumer) {
        menu.addSection(tr("Consumer %1").arg(node.name));
        for (QAction* action : {a.kill, a.pauseNode, a.resumeNode, a.removeConsumer, a.isolate, a.cutLink}) menu.addAction(action);
    } else if (!node.isNone()) {
        menu.addSection(nodeLabel(nodeIdOf(node)));
        if (node.kind != Subject::Kind::Client)
            for (QAction* action : {a.kill, a.restart, a.pauseNode, a.resumeNode}) menu.addAction(action);
        if (node.kind == Subject::Kind::Broker)
            for (QAction* action : {a.decommission, a.removeBroker, a.slowFollower, a.diskFull}) menu.addAction(action);
        menu.addAction(a.isolate);
        menu.addAction(a.cutLink);
        menu.addAction(a.healAll);
    }
    if (subject.kind == Subject::Kind::Group) {
        menu.addSection(tr("Group %1").arg(subject.name));
        menu.addAction(a.addConsumer);
    }
    if (subject.kind == Subject::Kind::Client) {
        menu.addSeparator();
        menu.addAction(a.removeProducer);
        menu.addAction(a.addProducer);
        menu.addSeparator();
        for (QAction* action : {a.backgroundProducer, a.producerFaster, a.producerSlower}) menu.addAction(action);
    }
    if (subject.kind == Subject::Kind::Partition) {
        menu.addSection(tr("Partition %1").arg(subject.name));
        menu.addAction(a.electLeader);
        menu.addAction(a.deleteTopic);
    }
    if (subject.isNone()) {
        for (QAction* action : {a.createTopic, a.addConsumer, a.addProducer, a.addBroker, a.healAll, a.network, a.fit})
            menu.addAction(action);
    }
    menu.exec(globalPos);
}

void MainWindow::showLinkMenu(int from, int to, const QPoint& globalPos) {
    const QString a = nodeLabel(from);
    const QString b = nodeLabel(to);
    QMenu menu(this);
    QAction* both = menu.addAction(tr("Cut the link %1 ⇹ %2").arg(a, b));
    QAction* oneWay = menu.addAction(tr("Cut one way: %1 cannot reach %2").arg(a, b));
    menu.addSeparator();
    QAction* slow = menu.addAction(tr("Slow the link %1 ⇹ %2 (latency 200 ms, jitter 50 ms)").arg(a, b));
    QAction* slowCustom = menu.addAction(tr("Slow the link… (choose latency, jitter, loss)"));
    menu.addSeparator();
    QAction* heal = menu.addAction(tr("Heal the link %1 ⇹ %2").arg(a, b));
    QAction* chosen = menu.exec(globalPos);
    if (chosen == both) runCommand(cutLinkCommand(from, to, false));
    else if (chosen == oneWay) runCommand(cutLinkCommand(from, to, true));
    else if (chosen == slow) runCommand(slowLinkCommand(from, to, millis(200), millis(50), 0, false));
    else if (chosen == slowCustom) openLinkDialogFor({{from, a}, {to, b}}, from, to, true);
    else if (chosen == heal) runCommand(healLinkCommand(from, to));
}

}  // namespace ks::ui
