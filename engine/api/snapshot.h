#pragma once
// An immutable picture of the cluster at one simulated instant: all the GUI and the text output
// read. Nothing in it points into the engine.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/text.h"
#include "core/types.h"
#include "metrics/metrics.h"

namespace ks {

struct ReplicaSnapshot {
    BrokerId broker = kNoNode;
    bool isLeader = false;
    bool inIsr = false;
    bool online = false;           // its broker is running and its log dir is online
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
    std::int64_t sizeBytes = 0;    // the leader's log (offline: the largest replica's)
};

struct BrokerSnapshot {
    BrokerId id = kNoNode;
    std::string state;             // running, fenced, registering, paused, stopped
    int leaderCount = 0;
    int replicaCount = 0;
    std::int64_t sizeBytes = 0;
    SimTime replicaFetchDelay = 0; // a slow follower: its fetchers wait this long between fetches
    bool diskFull = false;         // its disk has no space left
    bool logDirOffline = false;    // a write failed on the full disk: its replicas are offline
    // Partition skew: the partitions whose preferred leader (first replica) this broker is, and how
    // many of them another broker leads (Kafka's leader imbalance; preferred leader election fixes it).
    int preferredLeaderCount = 0;
    int preferredNotLeading = 0;
    int underReplicatedLeaders = 0;   // UnderReplicatedPartitions: under-replicated partitions it leads
    BrokerMetrics metrics{};          // cumulative counters (engine/metrics/metrics.h)
    bool combined = false;         // process.roles=broker,controller: this process is a controller too
    // The active controller's view of it (state above is the broker's own): KRaft "unfenced",
    // "fenced" or "unregistered"; ZooKeeper mode "registered" (in /brokers/ids) or "unregistered";
    // "" with no active controller.
    std::string controllerView;
    SimTime sinceHeartbeat = -1;   // KRaft: since the active controller last heard its heartbeat (-1: never)
};

// A link with conditions of its own (link slow), one direction.
struct LinkConditionSnapshot {
    NodeId from = kNoNode;
    NodeId to = kNoNode;
    SimTime latency = 0;
    SimTime jitter = 0;
    double loss = 0.0;
};

// A node of the quorum: a KRaft controller, or in ZooKeeper mode a ZooKeeper server (then the
// controller is a broker: ClusterSnapshot::activeController).
struct ControllerSnapshot {
    NodeId id = kNoNode;
    std::string kind;              // "controller" or "zookeeper"
    std::string role;              // the Raft role: leader, follower, candidate, prospective, unattached; stopped
    bool active = false;           // KRaft: the quorum leader, which is the active controller
    std::string state;             // running, paused, stopped
    bool combined = false;         // process.roles=broker,controller: this process is a broker too
    std::int32_t epoch = 0;        // the Raft epoch (term)
    Offset highWatermark = 0;      // the commit index this controller knows
    std::size_t logLength = 0;     // the log end offset
    Offset logStartOffset = 0;     // entries before it were deleted after a snapshot
    // The latest metadata snapshot's id (KIP-630): the offset it ends at and the epoch of its last record.
    Offset snapshotEndOffset = -1;  // -1: no snapshot yet
    std::int32_t snapshotEpoch = -1;
};

struct TopicSnapshot {
    std::string name;
    int partitions = 0;
    int replicationFactor = 0;
    std::map<std::string, std::string> configs;
    TopicCounters counters{};      // summed over every broker: records and bytes in and out
};

// What one producer wrote to one partition.
struct ProducerPartitionSnapshot {
    TopicPartition tp;
    std::int64_t records = 0;      // records its partitioner put into the partition
    std::int64_t acked = 0;
    SimTime lastAppend = -1;       // when it last chose the partition
};

// A producer client (closed producers are gone).
struct ProducerSnapshot {
    std::string clientId;
    std::int64_t sent = 0;
    std::int64_t acked = 0;
    std::int64_t failed = 0;
    std::int64_t retries = 0;
    NodeId node = kNoNode;
    std::string state;             // running, paused, closing (close(): waiting for its last records)
    int acks = -1;                 // its acks config (-1: all)
    SimTime linger = 0;            // linger.ms
    std::int32_t batchSize = 0;    // batch.size
    std::string partitioner;       // sticky, round-robin
    std::vector<ProducerPartitionSnapshot> partitions;
};

// A consumer as it sees itself: what it owns, where it reads, what it did.
struct ConsumerPartitionSnapshot {
    TopicPartition tp;
    Offset position = -1;          // the next offset poll() returns (-1: not known yet)
    Offset committed = -1;         // the last committed offset this consumer knows of
    Offset highWatermark = -1;     // as of its last fetch
    BrokerId readFrom = kNoNode;   // the replica it fetches from: the leader, or (client.rack, KIP-392) a follower
    std::int64_t lag = 0;          // highWatermark - position (Kafka's records-lag)
    Text error;                    // e.g. no committed offset with auto.offset.reset=none
};

struct ConsumerSnapshot {
    std::string clientId;          // client.id: the name in scenarios
    NodeId node = kNoNode;
    std::string group;             // group.id ("" : none)
    std::string groupInstanceId;   // static membership ("" : dynamic)
    std::string memberId;
    std::int32_t generation = -1;
    std::string process;           // running, paused, stopped (killed)
    std::string memberState;       // standalone, finding coordinator, unjoined, joining, syncing, stable, ...
    std::string appState;          // polling, processing, committing, closing, closed, failed
    Text failure;                  // why it failed (memberState "failed: ..." has it in English)
    std::string assignors;         // partition.assignment.strategy
    std::string rebalanceProtocol; // eager, cooperative
    BrokerId coordinator = kNoNode;
    std::vector<ConsumerPartitionSnapshot> partitions;   // what it owns now
    std::int64_t polled = 0;
    std::int64_t processed = 0;
    std::int64_t commits = 0;
    std::int64_t commitFailures = 0;
    std::int64_t rebalances = 0;
};

struct GroupMemberSnapshot {
    std::string memberId;
    std::string clientId;
    std::string groupInstanceId;   // "" : dynamic member
    std::vector<TopicPartition> assignment;
    bool leader = false;
    bool idle = false;             // assigned nothing: more consumers than partitions
};

// One partition the group reads (kafka-consumer-groups --describe).
struct GroupPartitionSnapshot {
    TopicPartition tp;
    std::string owner;             // client.id of the member it is assigned to ("" : none)
    Offset position = -1;          // the owner's position (-1: unknown)
    Offset committed = -1;         // the group's committed offset (-1: none)
    Offset logEndOffset = 0;       // the high watermark: the end consumers may read (Kafka's LOG-END-OFFSET)
    std::int64_t lag = 0;          // logEndOffset - committed (no commit: - log start offset)
    SimTime lagTime = 0;           // age of the oldest unconsumed record (0: none)
    std::int64_t processed = 0;    // records the group's consumers processed, repeats counted
    std::int64_t duplicates = 0;   // records processed more than once (at-least-once)
    std::int64_t skipped = 0;      // records below the committed offset never processed (at-most-once)
};

struct RebalanceMemberSnapshot {
    std::string clientId;
    std::vector<TopicPartition> revoked;
    std::vector<TopicPartition> lost;      // revoked without a chance to commit
    std::vector<TopicPartition> assigned;  // newly assigned
};

struct RebalanceSnapshot {
    SimTime start = 0;
    SimTime end = -1;              // -1: still running
    std::int32_t fromGeneration = 0;
    std::int32_t generation = -1;
    Text reason;                   // English: reason.str(); the window translates it (docs/ENGINE-TEXT.md)
    BrokerId coordinator = kNoNode;
    std::vector<RebalanceMemberSnapshot> members;
};

struct GroupSnapshot {
    std::string groupId;
    std::string state;             // Empty, PreparingRebalance, CompletingRebalance, Stable, Dead; Unknown: no live coordinator has it
    std::int32_t generation = 0;
    BrokerId coordinator = kNoNode;
    TopicPartition offsetsPartition;   // the __consumer_offsets partition its coordinator leads
    std::string protocol;          // the assignor in use
    std::string rebalanceProtocol; // eager, cooperative
    std::string leader;            // member id of the group leader
    std::vector<GroupMemberSnapshot> members;
    std::vector<GroupPartitionSnapshot> partitions;
    std::int64_t lag = 0;
    SimTime lagTime = 0;           // the oldest unconsumed record's age over all partitions
    std::int64_t processed = 0;
    std::int64_t duplicates = 0;
    std::int64_t skipped = 0;
    std::vector<RebalanceSnapshot> rebalances;

    const GroupPartitionSnapshot* partition(const TopicPartition& tp) const;
    const GroupMemberSnapshot* memberByClient(const std::string& clientId) const;
};

// What the messages on the wire are about, for colouring them: the data path (Produce; Fetch by
// followers and consumers), the control plane (controllers, the metadata quorum, ZooKeeper), consumer
// groups, and the rest (client Metadata, connections closing).
enum class WireCategory { Produce, Fetch, Controller, Group, Other };
const char* wireCategoryName(WireCategory category);

// Messages of one kind on a link over the snapshot's window.
struct WireKindCount {
    std::string kind;              // Kafka's API name: Produce, FetchResponse, BrokerHeartbeat, Vote, ...
    WireCategory category = WireCategory::Other;
    int delivered = 0;             // arrived within the window
    int lost = 0;                  // dropped by the link (cut, isolated, loss) within the window
};

// One direction between two nodes that carried messages recently or has some in flight.
struct WireLinkSnapshot {
    NodeId from = kNoNode;
    NodeId to = kNoNode;
    std::int64_t inFlight = 0;
    std::vector<WireKindCount> recent;   // most delivered first
};

// One message on the wire.
struct WireMessageSnapshot {
    NodeId from = kNoNode;
    NodeId to = kNoNode;
    std::string kind;
    WireCategory category = WireCategory::Other;
    SimTime sentAt = 0;
    SimTime deliverAt = 0;         // lost: when it would have arrived
    bool lost = false;             // the link dropped it: it never arrives
    TopicPartition partition;      // the first partition it carries (topic "" : none or not known)
    int partitions = 0;            // how many partitions it carries
};

struct WireSnapshot {
    static constexpr std::size_t kMaxMessages = 400;
    SimTime window = 0;            // the span of simulated time the links' recent counts cover, up to 1 s
    std::int64_t inFlight = 0;     // every message in flight (the list below may hold fewer)
    std::vector<WireLinkSnapshot> links;          // by (from, to)
    // Messages in flight and lost ones still on their way to nowhere, newest first, at most
    // kMaxMessages and only from the network's latest sends (so fewer than inFlight when the wire is busy).
    std::vector<WireMessageSnapshot> messages;
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
    std::vector<ConsumerSnapshot> consumers;
    std::vector<GroupSnapshot> groups;
    ControllerMetrics controllerMetrics{};
    std::vector<std::pair<NodeId, NodeId>> cutLinks;
    std::vector<NodeId> isolated;
    std::vector<LinkConditionSnapshot> slowLinks;
    WireSnapshot wire;

    const PartitionSnapshot* partition(const TopicPartition& tp) const;
    int underReplicatedCount() const;
    int offlineCount() const;
    const GroupSnapshot* group(const std::string& groupId) const;
    const ConsumerSnapshot* consumer(const std::string& clientId) const;
    const ProducerSnapshot* producer(const std::string& clientId) const;
};

}  // namespace ks
