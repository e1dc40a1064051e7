// Which brokers belong to the cluster, and removing one for good (decommissioning's last step).
#include <algorithm>

#include "client/admin_client.h"
#include "cluster/cluster.h"

namespace ks {
namespace {
// How long a ZooKeeper-mode removal waits for the broker's ephemeral /brokers/ids znode to go: its
// session must expire first (zookeeper.session.timeout.ms, 18 s), and the controller broker must hear of it.
constexpr SimTime kZnodeGoneLimit = seconds(60);
}  // namespace

std::vector<BrokerId> Cluster::brokerIds() const {
    std::vector<BrokerId> ids;
    for (BrokerId id = 1; id <= spec_.brokers; ++id)
        if (!removedBrokers_.count(id)) ids.push_back(id);
    return ids;
}

std::vector<std::string> Cluster::partitionsOn(BrokerId id) const {
    std::vector<std::string> out;
    auto holds = [&](const std::vector<BrokerId>& list) { return std::find(list.begin(), list.end(), id) != list.end(); };
    for (const auto& [name, topic] : metadata().topics())
        for (std::size_t p = 0; p < topic.partitions.size(); ++p) {
            const PartitionRegistration& reg = topic.partitions[p];
            if (holds(reg.replicas) || holds(reg.addingReplicas) || holds(reg.removingReplicas))
                out.push_back(TopicPartition{name, static_cast<std::int32_t>(p)}.str());
        }
    return out;
}

std::optional<Text> Cluster::removeBroker(BrokerId id) {
    if (removedBrokers_.count(id)) return EngineText::tr("broker %1 was already removed from the cluster").args(id);
    if (!isBroker(id)) return EngineText::tr("there is no broker %1").args(id);
    if (isCombined(id))
        return EngineText::tr("node %1 is a controller too (process.roles=broker,controller): removing it would change "
                              "the controller quorum, which is not simulated")
            .args(id);
    const std::vector<std::string> hosted = partitionsOn(id);
    if (!hosted.empty()) {
        std::string list;
        for (std::size_t i = 0; i < hosted.size() && i < 8; ++i) list += (i ? ", " : "") + hosted[i];
        const std::size_t more = hosted.size() > 8 ? hosted.size() - 8 : 0;
        return (more > 0
                    ? EngineText::tr("broker %1 still hosts replicas of %2 partition(s): %3 and %4 more; move them "
                                     "away first "
                                     "('partition reassign TOPIC-P [IDS]', or 'broker decommission %1' for all of them), then "
                                     "remove it")
                    : EngineText::tr("broker %1 still hosts replicas of %2 partition(s): %3; move them away first "
                                     "('partition "
                                     "reassign TOPIC-P [IDS]', or 'broker decommission %1' for all of them), then remove it"))
            .args(id, hosted.size(), list, more);
    }
    if (brokerIds().size() == 1) return EngineText::tr("broker %1 is the cluster's last broker").args(id);
    if (sim_.state(id) != NodeState::Dead) {
        sim_.emit(EventKind::Fault,
                  EngineText::tr("broker %1 shut down to be removed from the cluster (it hosts no replicas)").args(id),
                  {brokerSubject(id)});
        sim_.kill(id);
        elections_.onBrokerLost(id, sim_.now());
    }
    if (spec_.zookeeperMode) {
        // Its session ends and ZooKeeper deletes its ephemeral /brokers/ids znode; the controller
        // broker watches that path and drops it from the live brokers.
        const SimTime deadline = sim_.now() + kZnodeGoneLimit;
        auto gone = [&] {
            const Broker* controllerBroker = broker(activeController());
            return controllerBroker && !controllerBroker->metadata().isUnfenced(id);
        };
        while (!gone() && sim_.now() < deadline) sim_.runUntil(std::min(deadline, sim_.now() + millis(100)));
        if (!gone())
            return EngineText::tr("broker %1 is stopped, but no controller broker saw its /brokers/ids znode go "
                                  "within %2; "
                                  "try 'broker remove %1' again later")
                .args(id, formatDuration(kZnodeGoneLimit));
    } else {
        const AdminResult result = runAdmin([&](AdminClient& admin, NodeContext& ctx) {
            UnregisterBrokerRequest request;
            request.brokerId = id;
            return admin.submit(ctx, request);
        });
        if (!result.ok() && result.error != KafkaError::BROKER_ID_NOT_REGISTERED)
            return EngineText::tr("broker %1 is stopped, but unregistering it failed: %2: %3")
                .args(id, errorName(result.error), result.message);
    }
    removedBrokers_.insert(id);
    sim_.emit(EventKind::Cluster,
              (spec_.zookeeperMode ? EngineText::tr("broker %1 removed from the cluster (its /brokers/ids znode is "
                                                    "gone)")
                                   : EngineText::tr("broker %1 removed from the cluster (unregistered by the "
                                                    "controller)"))
                  .args(id),
              {brokerSubject(id)});
    return std::nullopt;
}

}  // namespace ks
