#pragma once
// An immutable picture of the cluster at one simulated instant: all the GUI and the text output
// read. Nothing in it points into the engine.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/types.h"

namespace ks {

struct ReplicaSnapshot {
    BrokerId broker = kNoNode;
    bool isLeader = false;
    bool inIsr = false;
    bool online = false;           // its broker is running
    Offset logStartOffset = 0;
    Offset logEndOffset = 0;
    Offset highWatermark = 0;
    std::int64_t lag = 0;          // offsets behind the leader's LEO
    std::int64_t sizeBytes = 0;
    std::size_t segments = 0;
    LeaderEpoch latestEpoch = -1;
};

struct PartitionSnapshot {
    TopicPartition tp;
    BrokerId leader = kNoNode;
    LeaderEpoch leaderEpoch = 0;
    PartitionEpoch partitionEpoch = 0;
    std::vector<BrokerId> replicas;
    std::vector<BrokerId> isr;
    std::vector<BrokerId> addingReplicas;      // a reassignment in progress
    std::vector<BrokerId> removingReplicas;
    std::vector<ReplicaSnapshot> replicaStates;
    Offset highWatermark = 0;      // the leader's (or, offline, the highest any replica has)
    Offset logEndOffset = 0;
    Offset logStartOffset = 0;
    bool offline = false;
    bool underReplicated = false;
};

struct BrokerSnapshot {
    BrokerId id = kNoNode;
    std::string state;             // running, fenced, registering, paused, stopped
    int leaderCount = 0;
    int replicaCount = 0;
    std::int64_t sizeBytes = 0;
};

// A node of the quorum: a KRaft controller, or in ZooKeeper mode a ZooKeeper server (then the
// controller is a broker: ClusterSnapshot::activeController).
struct ControllerSnapshot {
    NodeId id = kNoNode;
    std::string kind;              // "controller" or "zookeeper"
    std::string role;              // the Raft role: leader, follower, candidate, prospective, unattached; stopped
    bool active = false;           // KRaft: the quorum leader, which is the active controller
    std::string state;             // running, paused, stopped
    std::int32_t epoch = 0;        // the Raft epoch (term)
    Offset highWatermark = 0;      // the commit index this controller knows
    std::size_t logLength = 0;
};

struct TopicSnapshot {
    std::string name;
    int partitions = 0;
    int replicationFactor = 0;
    std::map<std::string, std::string> configs;
};

struct ProducerSnapshot {
    std::string clientId;
    std::int64_t sent = 0;
    std::int64_t acked = 0;
    std::int64_t failed = 0;
    std::int64_t retries = 0;
};

struct ClusterSnapshot {
    SimTime time = 0;
    std::uint64_t seed = 0;
    std::string mode;              // "kraft" or "zookeeper"
    NodeId activeController = kNoNode;   // KRaft: a controller id; ZooKeeper mode: the controller broker
    Offset metadataOffset = 0;     // committed metadata records
    std::uint64_t eventsProcessed = 0;
    std::vector<BrokerSnapshot> brokers;
    std::vector<ControllerSnapshot> controllers;
    std::vector<TopicSnapshot> topics;
    std::vector<PartitionSnapshot> partitions;
    std::vector<ProducerSnapshot> producers;
    std::vector<std::pair<NodeId, NodeId>> cutLinks;
    std::vector<NodeId> isolated;

    const PartitionSnapshot* partition(const TopicPartition& tp) const;
    int underReplicatedCount() const;
    int offlineCount() const;
};

}  // namespace ks
