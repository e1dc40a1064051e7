#include "scene_helpers.h"
#include "topology_text.h"

namespace ks::ui::scene {

QString nodeName(const ClusterSnapshot& s, NodeId id, const std::map<std::string, NodeId>* clients) {
    for (const BrokerSnapshot& b : s.brokers)
        if (b.id == id) return TopologyText::tr("broker %1").arg(id);
    for (const ControllerSnapshot& c : s.controllers)
        if (c.id == id) return (c.kind == "zookeeper" ? TopologyText::tr("ZooKeeper %1") : TopologyText::tr("controller %1")).arg(id);
    if (clients)
        for (const auto& [client, node] : *clients)
            if (node == id) return QString::fromStdString(client);
    for (const ConsumerSnapshot& c : s.consumers)
        if (c.node == id) return TopologyText::tr("consumer %1").arg(QString::fromStdString(c.clientId));
    return TopologyText::tr("node %1").arg(id);
}

bool isolated(const ClusterSnapshot& s, NodeId id) {
    return std::find(s.isolated.begin(), s.isolated.end(), id) != s.isolated.end();
}

bool samePartition(const PartitionSnapshot& a, const PartitionSnapshot& b) {
    if (a.leader != b.leader || a.leaderEpoch != b.leaderEpoch || a.offline != b.offline || a.isr != b.isr ||
        a.replicaStates.size() != b.replicaStates.size())
        return false;
    for (std::size_t i = 0; i < a.replicaStates.size(); ++i) {
        const ReplicaSnapshot& x = a.replicaStates[i];
        const ReplicaSnapshot& y = b.replicaStates[i];
        if (x.broker != y.broker || x.isLeader != y.isLeader || x.inIsr != y.inIsr || x.online != y.online ||
            x.logStartOffset != y.logStartOffset || x.logEndOffset != y.logEndOffset || x.highWatermark != y.highWatermark ||
            x.lag != y.lag || x.sizeBytes != y.sizeBytes || x.segments != y.segments || x.latestEpoch != y.latestEpoch)
            return false;
    }
    return true;
}

bool isInternalTopic(const std::string& topic) { return topic.rfind("__", 0) == 0; }

}  // namespace ks::ui::scene
