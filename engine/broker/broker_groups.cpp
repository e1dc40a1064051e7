// The broker's side of consumers: what its GroupCoordinator may see and do, and rack-aware reads
// from followers (KIP-392).
#include "broker/broker.h"

#include <algorithm>
#include <cstdlib>

#include "broker/racks.h"

namespace ks {

GroupCoordinatorHost Broker::makeCoordinatorHost() {
    GroupCoordinatorHost host;
    host.id = config_.id;
    host.image = &image_;
    host.leaderLog = [this](const TopicPartition& tp) -> const PartitionLog* {
        auto it = replicas_.find(tp);
        return it != replicas_.end() && it->second.isLeader ? it->second.log : nullptr;
    };
    host.leaderEpoch = [this](const TopicPartition& tp) -> LeaderEpoch {
        auto it = replicas_.find(tp);
        return it != replicas_.end() && it->second.isLeader ? it->second.leaderEpoch : -1;
    };
    // Offset commits and group metadata are produced to the broker's own partition with acks=all;
    // finishProduce hands the answer back to the coordinator instead of sending it.
    host.append = [this](NodeContext& ctx, ProduceRequest request) { handleProduce(ctx, id(), std::move(request)); };
    host.createTopic = [this](NodeContext& ctx, CreateTopicsRequest request) { ctx.send(controller(), std::move(request)); };
    return host;
}

// Kafka's RackAwareReplicaSelector: with replica.selector.class set, a consumer whose client.rack
// differs from the leader's rack is sent to the in-sync replica in its own rack that has the most
// of the log (and at least the offset it asks for).
BrokerId Broker::preferredReadReplica(const ReplicaState& r, const std::string& rack, Offset fetchOffset) const {
    if (rack.empty() || brokerRack(id()) == rack) return kNoNode;
    if (image_.config("", "replica.selector.class").find("RackAwareReplicaSelector") == std::string::npos) return kNoNode;
    BrokerId best = kNoNode;
    Offset bestEnd = -1;
    for (BrokerId b : r.replicas) {
        if (b == id() || brokerRack(b) != rack || std::find(r.isr.begin(), r.isr.end(), b) == r.isr.end()) continue;
        auto f = r.followers.find(b);
        if (f == r.followers.end() || f->second.logEndOffset < fetchOffset || f->second.logEndOffset <= bestEnd) continue;
        best = b;
        bestEnd = f->second.logEndOffset;
    }
    return best;
}

void Broker::wakeParkedFollowerReads(NodeContext& ctx) {
    const bool consumerWaiting = std::any_of(parkedFetches_.begin(), parkedFetches_.end(),
                                             [](const auto& p) { return p.second.request.replicaId == kNoNode; });
    if (consumerWaiting) wakeParkedFetches(ctx);
}

}  // namespace ks
