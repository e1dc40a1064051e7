#include "metrics/election_recorder.h"

namespace ks {

void ElectionRecorder::onPartitionState(const TopicPartition& tp, const PartitionRegistration& reg, bool unclean,
                                        SimTime now) {
    auto [it, fresh] = partitions_.try_emplace(tp, Leadership{reg.leader, reg.leaderEpoch});
    // A new partition (or one of a topic deleted and created again) gets its first leader: no election.
    const bool newLeader = !fresh && reg.leaderEpoch > it->second.epoch && reg.leader != kNoNode;
    if (fresh || reg.leaderEpoch < it->second.epoch) leaderLostAt_.erase(tp);
    if (reg.leader == kNoNode) {
        leaderLostAt_.try_emplace(tp, now);
    } else if (newLeader) {
        ++metrics_.leaderElections;
        if (unclean) ++metrics_.uncleanLeaderElections;
        auto lost = leaderLostAt_.find(tp);
        if (lost != leaderLostAt_.end()) {
            metrics_.leaderElectionTime += now - lost->second;
            leaderLostAt_.erase(lost);
        }
    }
    it->second = Leadership{reg.leader, reg.leaderEpoch};
}

void ElectionRecorder::onBrokerLost(BrokerId id, SimTime now) {
    for (const auto& [tp, leadership] : partitions_)
        if (leadership.leader == id) leaderLostAt_.try_emplace(tp, now);
}

void ElectionRecorder::onBrokerBack(BrokerId id) {
    for (const auto& [tp, leadership] : partitions_)
        if (leadership.leader == id) leaderLostAt_.erase(tp);
}

}  // namespace ks
