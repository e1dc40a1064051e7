#pragma once
// Counts leader elections from the committed partition states (KRaft records or ZooKeeper's
// partition znodes alike) for kafka.controller:type=ControllerStats. An election's time runs from
// when the partition lost its leader (a fault took the leader's broker away, or the controller
// committed it leaderless) to the commit of the new leader; a planned move (preferred election,
// reassignment) loses nothing and takes 0 ms.
#include <map>

#include "metadata/image.h"
#include "metrics/metrics.h"

namespace ks {

class ElectionRecorder {
public:
    // A partition's state as the quorum committed it at `now`.
    void onPartitionState(const TopicPartition& tp, const PartitionRegistration& reg, bool unclean, SimTime now);
    // A fault (kill, pause, isolation) took broker `id` away at `now`: the partitions it leads have
    // no working leader from then on.
    void onBrokerLost(BrokerId id, SimTime now);
    // Broker `id` works again (resumed, reachable): the partitions it still leads never lost it.
    void onBrokerBack(BrokerId id);
    const ControllerMetrics& metrics() const { return metrics_; }

private:
    struct Leadership {
        BrokerId leader = kNoNode;
        LeaderEpoch epoch = 0;
    };
    std::map<TopicPartition, Leadership> partitions_;
    std::map<TopicPartition, SimTime> leaderLostAt_;
    ControllerMetrics metrics_;
};

}  // namespace ks
