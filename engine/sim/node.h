#pragma once
// Nodes are state machines: they act only when a message arrives or a timer fires, and they do
// everything (send, set timers, draw random numbers, report events) through their NodeContext.
// They never read a clock or a global random source, so a run is replayed exactly by its seed.
#include <cstdint>
#include <string>
#include <vector>

#include "core/rng.h"
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
    // A controller learned that the metadata entry at `offset` is committed.
    virtual void onMetadataCommitted(NodeId /*controller*/, Offset /*offset*/, const MetadataEntry&) {}
    virtual void onQuorumLeader(NodeId /*controller*/, std::int32_t /*epoch*/) {}
    // A producer got an answer for records [baseOffset, baseOffset+count) with acks.
    virtual void onProduceAcked(NodeId, const TopicPartition&, Offset, const StoredBatch&, int /*acks*/) {}
    // Consumer groups: rebalances, ownership, processing and commits.
    virtual void onGroup(const GroupObservation&) {}
};

class NodeContext {
public:
    virtual ~NodeContext() = default;
    virtual SimTime now() const = 0;
    virtual void send(NodeId to, Message message) = 0;
    // Calls the node's onTimer(token) at `at` (or later, if the node is paused then).
    virtual void setTimer(SimTime at, std::uint64_t token) = 0;
    virtual Rng& rng() = 0;
    virtual void emit(EventKind kind, std::string text, std::vector<std::string> subjects = {},
                      bool verbose = false) = 0;
    virtual ClusterObserver& observer() = 0;
};

class Node {
public:
    virtual ~Node() = default;
    virtual NodeId id() const = 0;
    virtual void start(NodeContext& ctx) = 0;
    virtual void onMessage(NodeContext& ctx, NodeId from, Message message) = 0;
    virtual void onTimer(NodeContext& ctx, std::uint64_t token) = 0;
};

std::string brokerSubject(BrokerId id);
std::string partitionSubject(const TopicPartition& tp);

}  // namespace ks
