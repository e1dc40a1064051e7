#pragma once
// Nodes are state machines: they act only when a message arrives or a timer fires, and they do
// everything (send, set timers, draw random numbers, report events) through their NodeContext.
// They never read a clock or a global random source, so a run is replayed exactly by its seed.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/rng.h"
#include "core/text.h"
#include "core/types.h"
#include "group/group_observation.h"
#include "protocol/messages.h"
#include "sim/events.h"

namespace ks {

// Hooks the invariant checkers listen on. Nodes call them at the moments that matter.
class ClusterObserver {
public:
    virtual ~ClusterObserver() = default;
    virtual void onAppend(BrokerId, const TopicPartition&, const StoredBatch&, bool /*asLeader*/) {}
    virtual void onHighWatermark(BrokerId, const TopicPartition&, LeaderEpoch, Offset /*hw*/) {}
    virtual void onBecomeLeader(BrokerId, const TopicPartition&, LeaderEpoch) {}
    virtual void onTruncate(BrokerId, const TopicPartition&, Offset /*to*/, std::int64_t /*removed*/) {}
    // The broker stopped being a replica and deleted its log (a reassignment moved it, or the topic went).
    virtual void onReplicaDeleted(BrokerId, const TopicPartition&) {}
    // A controller learned that the metadata entry at `offset` is committed.
    virtual void onMetadataCommitted(NodeId /*controller*/, Offset /*offset*/, const MetadataEntry&) {}
    virtual void onQuorumLeader(NodeId /*controller*/, std::int32_t /*epoch*/) {}
    // A controller wrote a snapshot of the metadata log, or (loaded) took one from the quorum leader.
    virtual void onMetadataSnapshot(NodeId /*controller*/, const MetadataSnapshot&, bool /*loaded*/) {}
    // A node took over as the active controller (KRaft: the quorum leader; ZooKeeper mode: the
    // broker that created /controller), and when it is ready to act (ZooKeeper mode: state loaded).
    virtual void onActiveController(NodeId /*controller*/, bool /*ready*/) {}
    // A broker acts on a partition's new leader epoch (as its leader or a follower).
    virtual void onReplicaLeaderEpoch(BrokerId, const TopicPartition&, LeaderEpoch) {}
    // A producer got an answer for records [baseOffset, baseOffset+count) with acks.
    virtual void onProduceAcked(NodeId, const TopicPartition&, Offset, const StoredBatch&, int /*acks*/) {}
    // Consumer groups: rebalances, ownership, processing and commits.
    virtual void onGroup(const GroupObservation&) {}
};

// Hands every hook to several observers, in the order they were added.
class ObserverFanout final : public ClusterObserver {
public:
    void add(ClusterObserver* observer) { observers_.push_back(observer); }
    void remove(ClusterObserver* observer);
    void onAppend(BrokerId b, const TopicPartition& tp, const StoredBatch& batch, bool leader) override;
    void onHighWatermark(BrokerId b, const TopicPartition& tp, LeaderEpoch e, Offset hw) override;
    void onBecomeLeader(BrokerId b, const TopicPartition& tp, LeaderEpoch e) override;
    void onTruncate(BrokerId b, const TopicPartition& tp, Offset to, std::int64_t removed) override;
    void onReplicaDeleted(BrokerId b, const TopicPartition& tp) override;
    void onMetadataCommitted(NodeId c, Offset offset, const MetadataEntry& entry) override;
    void onQuorumLeader(NodeId c, std::int32_t epoch) override;
    void onMetadataSnapshot(NodeId c, const MetadataSnapshot& snapshot, bool loaded) override;
    void onActiveController(NodeId c, bool ready) override;
    void onReplicaLeaderEpoch(BrokerId b, const TopicPartition& tp, LeaderEpoch e) override;
    void onProduceAcked(NodeId p, const TopicPartition& tp, Offset o, const StoredBatch& batch, int acks) override;
    void onGroup(const GroupObservation& observation) override;

private:
    std::vector<ClusterObserver*> observers_;
};

// A timer a node set, so that it can cancel it (see NodeContext::cancelTimer).
struct TimerId {
    std::uint32_t slot = UINT32_MAX;
    std::uint64_t seq = 0;
};

class NodeContext {
public:
    virtual ~NodeContext() = default;
    virtual SimTime now() const = 0;
    virtual void send(NodeId to, Message message) = 0;
    // Calls the node's onTimer(token) at `at` (or later, if the node is paused then).
    virtual TimerId setTimer(SimTime at, std::uint64_t token) = 0;
    // The timer will not fire. A timer that fired or was cancelled already, or that waits for a
    // paused node, is left alone: a node's onTimer must still ignore a timer it no longer needs.
    // Cancelling never changes the order of the other events, only saves dispatching one that
    // would have done nothing.
    virtual void cancelTimer(TimerId timer) = 0;
    virtual Rng& rng() = 0;
    virtual void emit(EventKind kind, Text text, std::vector<std::string> subjects = {},
                      bool verbose = false) = 0;
    virtual ClusterObserver& observer() = 0;
};

// Copies what several owners share (a broker and the cluster share the broker's disk) once, while a
// whole simulation is copied for a checkpoint, so the copies share it again.
class CloneMap {
public:
    template <class T>
    std::shared_ptr<T> copy(const std::shared_ptr<T>& original) {
        if (!original) return nullptr;
        std::shared_ptr<void>& made = copies_[original.get()];
        if (!made) made = std::make_shared<T>(*original);
        return std::static_pointer_cast<T>(made);
    }

private:
    std::map<const void*, std::shared_ptr<void>> copies_;
};

class Node {
public:
    virtual ~Node() = default;
    virtual NodeId id() const = 0;
    virtual void start(NodeContext& ctx) = 0;
    virtual void onMessage(NodeContext& ctx, NodeId from, Message message) = 0;
    virtual void onTimer(NodeContext& ctx, std::uint64_t token) = 0;
    // An independent copy of this node's whole state, for a checkpoint; nullptr when the node is in
    // the middle of something a copy cannot take over (a ZooKeeper request waiting for its answer).
    virtual std::unique_ptr<Node> clone(CloneMap& shared) const = 0;
};

std::string brokerSubject(BrokerId id);
std::string partitionSubject(const TopicPartition& tp);

}  // namespace ks
