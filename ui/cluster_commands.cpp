#include "cluster_commands.h"

#include <algorithm>

#include "sim_time_text.h"

namespace ks::ui {
namespace {

const char* actionWord(NodeAction action) {
    switch (action) {
    case NodeAction::Kill: return "kill";
    case NodeAction::Restart: return "restart";
    case NodeAction::Pause: return "pause";
    case NodeAction::Resume: return "resume";
    }
    return "";
}

}  // namespace

QString nodeCommand(const Subject& node, NodeAction action) {
    const QString word = QLatin1String(actionWord(action));
    if (node.kind == Subject::Kind::Broker) return QStringLiteral("broker %1 %2").arg(word, node.name);
    if (node.kind == Subject::Kind::Controller) return QStringLiteral("controller %1 %2").arg(word, node.name);
    if (node.kind == Subject::Kind::ZooKeeper) return QStringLiteral("zookeeper %1 %2").arg(word, node.name);
    if (node.kind == Subject::Kind::Consumer && action != NodeAction::Restart)
        return QStringLiteral("consumer %1 %2").arg(word, node.name);
    return {};
}

QString nodeState(const ClusterSnapshot& snapshot, const Subject& node) {
    const int id = node.id();
    if (node.kind == Subject::Kind::Broker) {
        auto it = std::find_if(snapshot.brokers.begin(), snapshot.brokers.end(), [&](const BrokerSnapshot& b) { return b.id == id; });
        if (it != snapshot.brokers.end()) return QString::fromStdString(it->state);
    }
    if (node.kind == Subject::Kind::Controller || node.kind == Subject::Kind::ZooKeeper) {
        auto it = std::find_if(snapshot.controllers.begin(), snapshot.controllers.end(),
                               [&](const ControllerSnapshot& c) { return c.id == id; });
        if (it != snapshot.controllers.end()) return QString::fromStdString(it->state);
    }
    if (node.kind == Subject::Kind::Consumer) {
        if (const ConsumerSnapshot* c = snapshot.consumer(node.name.toStdString()))
            return c->appState == "closed" ? QStringLiteral("closed") : QString::fromStdString(c->process);
    }
    return {};
}

bool nodeActionApplies(const ClusterSnapshot& snapshot, const Subject& node, NodeAction action) {
    if (nodeCommand(node, action).isEmpty()) return false;
    const QString state = nodeState(snapshot, node);
    if (state.isEmpty()) return false;
    const bool stopped = state == QLatin1String("stopped") || state == QLatin1String("closed");
    const bool paused = state == QLatin1String("paused");
    switch (action) {
    case NodeAction::Kill: return !stopped;
    case NodeAction::Restart: return stopped;
    case NodeAction::Pause: return !stopped && !paused;
    case NodeAction::Resume: return paused;
    }
    return false;
}

QString isolateCommand(NodeId node) { return QStringLiteral("isolate %1").arg(node); }

QString cutLinkCommand(NodeId from, NodeId to, bool oneWay) {
    return QStringLiteral("link cut %1 %2%3").arg(from).arg(to).arg(oneWay ? QStringLiteral(" oneway=true") : QString());
}

QString healLinkCommand(NodeId a, NodeId b) { return QStringLiteral("link heal %1 %2").arg(a).arg(b); }

QString slowLinkCommand(NodeId from, NodeId to, SimTime latency, SimTime jitter, int lossPercent, bool oneWay) {
    return QStringLiteral("link slow %1 %2 latency=%3 jitter=%4 loss=%5%6")
        .arg(from)
        .arg(to)
        .arg(formatDuration(latency), formatDuration(jitter))
        .arg(lossPercent)
        .arg(oneWay ? QStringLiteral(" oneway=true") : QString());
}

QString slowFollowerCommand(int broker, SimTime delay) {
    if (delay <= 0) return QStringLiteral("broker normal %1").arg(broker);
    return QStringLiteral("broker slow %1 delay=%2").arg(broker).arg(formatDuration(delay));
}

QString diskFullCommand(int broker) { return QStringLiteral("broker disk-full %1").arg(broker); }

QString healAllCommand() { return QStringLiteral("heal all"); }

QString addBrokerCommand() { return QStringLiteral("broker add"); }

QString decommissionCommand(int broker) { return QStringLiteral("broker decommission %1").arg(broker); }

QString networkCommand(SimTime latency, SimTime jitter, int lossPercent) {
    return QStringLiteral("network latency=%1 jitter=%2 loss=%3").arg(formatDuration(latency), formatDuration(jitter)).arg(lossPercent);
}

QString createTopicCommand(const QString& name, int partitions, int replicationFactor,
                           const std::map<QString, QString>& configs) {
    QString command = QStringLiteral("topic create %1 partitions=%2 rf=%3").arg(name).arg(partitions).arg(replicationFactor);
    for (const auto& [key, value] : configs) command += QStringLiteral(" %1=%2").arg(key, value);
    return command;
}

QString deleteTopicCommand(const QString& name) { return QStringLiteral("topic delete %1").arg(name); }

QString addConsumerCommand(const QString& name, const QString& topic, const QString& group, const QString& assignor,
                           const QString& offsetReset) {
    QString command = QStringLiteral("consumer add %1 topic=%2").arg(name, topic);
    if (!group.isEmpty()) command += QStringLiteral(" group=%1").arg(group);
    if (!assignor.isEmpty()) command += QStringLiteral(" assignor=%1").arg(assignor);
    if (!offsetReset.isEmpty()) command += QStringLiteral(" auto.offset.reset=%1").arg(offsetReset);
    return command;
}

QString removeConsumerCommand(const QString& name) { return QStringLiteral("consumer remove %1").arg(name); }

QString addProducerCommand(const QString& name, const QString& acks, int lingerMs, const QString& partitioner) {
    return QStringLiteral("producer add %1 acks=%2 linger.ms=%3 partitioner=%4").arg(name, acks).arg(lingerMs).arg(partitioner);
}

QString removeProducerCommand(const QString& name) { return QStringLiteral("producer remove %1").arg(name); }

QString removeBrokerCommand(int broker) { return QStringLiteral("broker remove %1").arg(broker); }

QString electPreferredLeaderCommand(const QString& partition) {
    return QStringLiteral("leader elect preferred %1").arg(partition);
}

}  // namespace ks::ui
