// The broker's side of consumer groups: what its GroupCoordinator may see and do.
#include "broker/broker.h"

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

}  // namespace ks
