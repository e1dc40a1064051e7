// Faults beyond kill, pause and cut: a slow link, a slow follower, a full disk; and what the
// snapshot shows of them.
#include <cmath>

#include "cluster/cluster.h"
#include "controller/controller.h"

namespace ks {

bool Cluster::isConsumerNode(NodeId id) const {
    for (const auto& [name, config] : consumers_)
        if (config.id == id) return true;
    return false;
}

NodeId Cluster::consumerNode(const std::string& name) const {
    auto it = consumers_.find(name);
    return it == consumers_.end() ? kNoNode : it->second.id;
}

std::optional<Text> Cluster::slowLink(NodeId a, NodeId b, const LinkConfig& config, bool bothWays) {
    if (!isNode(a)) return EngineText::tr("there is no node %1").args(a);
    if (!isNode(b)) return EngineText::tr("there is no node %1").args(b);
    if (a == b) return EngineText::tr("a link needs two different nodes");
    sim_.network().setLink(a, b, config);
    if (bothWays) sim_.network().setLink(b, a, config);
    sim_.emit(EventKind::Fault,
              (bothWays ? EngineText::tr("link %1 ⇹ %2 slowed: latency %3, jitter %4, loss %5%")
                        : EngineText::tr("link %1 → %2 slowed: latency %3, jitter %4, loss %5% (one way: %2 → %1 "
                                         "stays as it was)"))
                  .args(nodeText(a), nodeText(b), formatDuration(config.latency), formatDuration(config.jitter),
                        static_cast<int>(std::lround(config.loss * 100))),
              {"link:" + std::to_string(a) + "-" + std::to_string(b)});
    return std::nullopt;
}

std::optional<Text> Cluster::slowFollower(BrokerId id, SimTime delay) {
    if (!isBroker(id)) return EngineText::tr("there is no broker %1 (brokers are 1..%2)").args(id, spec_.brokers);
    if (sim_.state(id) == NodeState::Dead) return EngineText::tr("broker %1 is stopped").args(id);
    if (delay < 0) return EngineText::tr("the delay cannot be negative");
    sim_.emit(EventKind::Fault,
              delay > 0 ? EngineText::tr("broker %1 is a slow follower: its replica fetchers wait %2 between fetches")
                              .args(id, formatDuration(delay))
                        : EngineText::tr("broker %1's replica fetchers are back to normal").args(id),
              {brokerSubject(id)});
    sim_.act(id, [&](NodeContext& ctx) { brokerNode(id)->setReplicaFetchDelay(ctx, delay); });
    return std::nullopt;
}

std::optional<Text> Cluster::fillDisk(BrokerId id) {
    if (!isBroker(id)) return EngineText::tr("there is no broker %1 (brokers are 1..%2)").args(id, spec_.brokers);
    if (sim_.state(id) == NodeState::Dead) return EngineText::tr("broker %1 is stopped").args(id);
    if (broker(id)->diskFull()) return EngineText::tr("broker %1's disk is already full").args(id);
    sim_.emit(EventKind::Fault,
              EngineText::tr("broker %1's disk is full: its next write fails (a restart after freeing space heals it)")
                  .args(id),
              {brokerSubject(id)});
    sim_.act(id, [&](NodeContext& ctx) { brokerNode(id)->fillDisk(ctx); });
    return std::nullopt;
}

void Cluster::snapshotFaults(ClusterSnapshot& s) const {
    for (BrokerSnapshot& b : s.brokers) {
        const Broker* node = sim_.state(b.id) == NodeState::Dead ? nullptr : broker(b.id);
        if (!node) continue;
        b.replicaFetchDelay = node->replicaFetchDelay();
        b.diskFull = node->diskFull();
        b.logDirOffline = node->logDirOffline();
    }
    const NodeId active = s.activeController;
    const auto* controller = spec_.zookeeperMode ? nullptr : sim_.nodeAs<Controller>(active);
    const Broker* controllerBroker = spec_.zookeeperMode ? broker(active) : nullptr;
    if (controller || controllerBroker) {
        const MetadataImage& image = controller ? controller->image() : controllerBroker->metadata();
        for (BrokerSnapshot& b : s.brokers) {
            const bool registered = image.brokers().count(b.id) > 0;
            b.controllerView = !registered || (controllerBroker && !image.isUnfenced(b.id)) ? "unregistered"
                               : controllerBroker                                         ? "registered"
                               : image.isUnfenced(b.id)                                   ? "unfenced"
                                                                                          : "fenced";
            if (!controller) continue;
            auto hb = controller->heartbeats().find(b.id);
            if (hb != controller->heartbeats().end()) b.sinceHeartbeat = sim_.now() - hb->second.lastHeartbeat;
        }
    }
    for (PartitionSnapshot& p : s.partitions)
        for (ReplicaSnapshot& r : p.replicaStates)
            if (r.online && s.brokers[static_cast<std::size_t>(r.broker - 1)].logDirOffline) r.online = false;
    for (const auto& [link, config] : sim_.network().overrides())
        s.slowLinks.push_back(LinkConditionSnapshot{link.first, link.second, config.latency, config.jitter, config.loss});
}

}  // namespace ks
