// Faults a broker suffers from outside: a slow replica fetcher, a full disk.
#include "broker/broker.h"

#include <algorithm>

#include "zookeeper/zk_broker_agent.h"

namespace ks {

void Broker::setReplicaFetchDelay(NodeContext& ctx, SimTime delay) {
    replicaFetchDelay_ = delay;
    if (delay > 0) return;
    // Back to normal: a fetcher waiting out the old delay fetches now.
    for (auto& [leader, fetcher] : fetchers_) {
        if (!fetcher.delayed) continue;
        fetcher.delayed = false;
        sendFetch(ctx, leader);
    }
}

void Broker::fillDisk(NodeContext& ctx) {
    (void)ctx;
    diskFull_ = true;
}

bool Broker::hostsReplica(const TopicPartition& tp) const {
    const PartitionRegistration* reg = image_.partition(tp);
    return reg && std::find(reg->replicas.begin(), reg->replicas.end(), id()) != reg->replicas.end();
}

void Broker::failLogDir(NodeContext& ctx, const TopicPartition& tp) {
    logDirOffline_ = true;
    ctx.emit(EventKind::Replication,
             EngineText::tr("broker %1: writing %2 failed: no space left on device → its log dir is offline with its "
                            "%3 replica(s); requests for them get KAFKA_STORAGE_ERROR")
                 .args(id(), tp.str(), replicas_.size()),
             {brokerSubject(id()), partitionSubject(tp)});
    std::vector<TopicPartition> offline;
    for (const auto& [p, r] : replicas_) offline.push_back(p);
    for (const TopicPartition& p : offline) failProduceWaiters(ctx, p, KafkaError::KAFKA_STORAGE_ERROR);
    replicas_.clear();
    alterPartitionInFlight_.clear();
    wakeParkedFetches(ctx);
    coordinator_.onMetadata(ctx);
    // Tell the controller, which moves leadership away and drops these replicas from their ISRs.
    // (KRaft: in its next heartbeat, at once unless one is in flight.)
    if (zk_)
        zk_->reportLogDirFailure(ctx);
    else if (!heartbeatInFlight_)
        sendHeartbeat(ctx);
}

}  // namespace ks
