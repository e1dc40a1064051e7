#pragma once
// The requests and responses nodes exchange, shaped after Kafka's protocol so that a wire-protocol
// front end can map onto them later.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/text.h"
#include "core/types.h"
#include "log/partition_log.h"
#include "log/record_batch.h"
#include "metadata/image.h"
#include "metadata/records.h"
#include "protocol/errors.h"
#include "protocol/group_messages.h"
#include "protocol/zookeeper_messages.h"

namespace ks {

// A metadata snapshot's id (KIP-630): the offset it ends at (exclusive) and the epoch of its last record.
struct SnapshotId {
    Offset endOffset = 0;
    std::int32_t epoch = 0;
    std::string str() const { return std::to_string(endOffset) + "-" + std::to_string(epoch); }
};

using CorrelationId = std::int64_t;

// --- Produce ---
struct ProducePartitionData {
    TopicPartition tp;
    SharedBatchData records;
};
struct ProduceRequest {
    CorrelationId correlationId = 0;
    std::int16_t acks = -1;             // 0, 1 or -1 (all)
    std::int32_t timeoutMs = 30000;
    std::vector<ProducePartitionData> partitions;
};
struct ProducePartitionResponse {
    TopicPartition tp;
    KafkaError error = KafkaError::NONE;
    Offset baseOffset = -1;
};
struct ProduceResponse {
    CorrelationId correlationId = 0;
    std::vector<ProducePartitionResponse> partitions;
};

// --- Fetch (followers; consumers later) ---
struct FetchPartition {
    TopicPartition tp;
    Offset fetchOffset = 0;
    LeaderEpoch currentLeaderEpoch = -1;
    LeaderEpoch lastFetchedEpoch = -1;
};
struct FetchRequest {
    CorrelationId correlationId = 0;
    NodeId replicaId = kNoNode;         // the follower broker; kNoNode for a consumer
    std::int32_t maxWaitMs = 500;
    std::int32_t minBytes = 1;          // fetch.min.bytes: the answer waits (up to maxWaitMs) for this much
    std::int32_t maxBytes = 1048576;
    std::string rackId;                 // a consumer's client.rack (KIP-392: it may read from a follower)
    std::vector<FetchPartition> partitions;
};
struct FetchPartitionResponse {
    TopicPartition tp;
    KafkaError error = KafkaError::NONE;
    Offset highWatermark = -1;
    Offset logStartOffset = -1;
    std::optional<EpochEndOffset> divergingEpoch;
    BrokerId preferredReadReplica = kNoNode;   // KIP-392: read this partition from that replica instead
    std::vector<StoredBatch> records;
};
struct FetchResponse {
    CorrelationId correlationId = 0;
    std::vector<FetchPartitionResponse> partitions;
};

// --- Metadata for clients ---
struct MetadataRequest {
    CorrelationId correlationId = 0;
};
struct PartitionMetadata {
    KafkaError error = KafkaError::NONE;
    std::int32_t partition = 0;
    BrokerId leader = kNoNode;
    LeaderEpoch leaderEpoch = -1;
    std::vector<BrokerId> replicas;
    std::vector<BrokerId> isr;
};
struct TopicMetadata {
    std::string name;
    std::vector<PartitionMetadata> partitions;
};
struct MetadataResponse {
    CorrelationId correlationId = 0;
    std::vector<BrokerId> brokers;
    NodeId controllerId = kNoNode;
    std::vector<TopicMetadata> topics;
};

// --- Broker lifecycle with the controller (KRaft) ---
struct BrokerRegistrationRequest {
    BrokerId brokerId = kNoNode;
};
struct BrokerRegistrationResponse {
    KafkaError error = KafkaError::NONE;
    std::int64_t brokerEpoch = -1;
    NodeId leaderHint = kNoNode;        // with NOT_CONTROLLER: the active controller, if known
};
struct BrokerHeartbeatRequest {
    BrokerId brokerId = kNoNode;
    std::int64_t brokerEpoch = -1;
    Offset currentMetadataOffset = -1;
    bool offlineLogDirs = false;    // KIP-858: a log dir of this broker failed
};
struct BrokerHeartbeatResponse {
    KafkaError error = KafkaError::NONE;
    bool isCaughtUp = false;
    bool isFenced = true;
    NodeId leaderHint = kNoNode;
};

// A broker (an observer of the metadata quorum) fetches committed metadata records.
struct MetadataFetchRequest {
    NodeId replicaId = kNoNode;
    Offset fetchOffset = 0;
    std::int32_t maxWaitMs = 500;
};
struct MetadataFetchResponse {
    KafkaError error = KafkaError::NONE;
    Offset baseOffset = 0;
    Offset highWatermark = 0;
    std::vector<MetadataRecord> records;
    NodeId leaderHint = kNoNode;
    // The fetch offset is below the log start: the records are gone, fetch this snapshot (KIP-630).
    std::optional<SnapshotId> snapshotId;
};

struct AlterPartitionItem {
    TopicPartition tp;
    LeaderEpoch leaderEpoch = 0;
    PartitionEpoch partitionEpoch = 0;
    std::vector<BrokerId> newIsr;
};
struct AlterPartitionRequest {
    BrokerId brokerId = kNoNode;
    std::int64_t brokerEpoch = -1;
    std::vector<AlterPartitionItem> partitions;
};
struct AlterPartitionResult {
    TopicPartition tp;
    KafkaError error = KafkaError::NONE;
    BrokerId leader = kNoNode;
    LeaderEpoch leaderEpoch = 0;
    PartitionEpoch partitionEpoch = 0;
    std::vector<BrokerId> isr;
};
struct AlterPartitionResponse {
    KafkaError error = KafkaError::NONE;
    std::vector<AlterPartitionResult> partitions;
};

// --- Admin ---
struct CreateTopicsRequest {
    CorrelationId correlationId = 0;
    std::string name;
    std::int32_t numPartitions = -1;
    std::int32_t replicationFactor = -1;
    std::map<std::string, std::string> configs;
};
struct DeleteTopicsRequest {
    CorrelationId correlationId = 0;
    std::string name;
};
struct AlterConfigsRequest {
    CorrelationId correlationId = 0;
    std::string topic;  // empty: cluster-wide
    std::map<std::string, std::string> configs;
};
// Preferred leader election (kafka-leader-election --election-type PREFERRED).
struct ElectLeadersRequest {
    CorrelationId correlationId = 0;
    TopicPartition tp;
};
// Move a partition to other brokers (kafka-reassign-partitions, KIP-455).
struct AlterPartitionReassignmentsRequest {
    CorrelationId correlationId = 0;
    TopicPartition tp;
    std::vector<BrokerId> targetReplicas;
};
// Remove a stopped broker's registration for good (kafka-cluster.sh unregister; KRaft only).
struct UnregisterBrokerRequest {
    CorrelationId correlationId = 0;
    BrokerId brokerId = kNoNode;
};
struct AdminResponse {
    CorrelationId correlationId = 0;
    KafkaError error = KafkaError::NONE;
    Text message;                  // the response's ErrorMessage (docs/ENGINE-TEXT.md)
    NodeId leaderHint = kNoNode;
};

// --- The KRaft controller quorum (KIP-595: Raft with pull-based replication) ---
struct MetadataEntry {
    std::int32_t epoch = 0;             // the Raft epoch (term) it was written in
    MetadataRecord record;
};
// A snapshot of the metadata log (KIP-630): the image the committed records [0, endOffset) build.
struct MetadataSnapshot {
    SnapshotId id;
    std::shared_ptr<const MetadataImage> image;
};
// Asks the quorum leader for its latest snapshot (a voter, or a broker observing the log).
struct FetchSnapshotRequest {
    NodeId replicaId = kNoNode;
    SnapshotId snapshotId;
    bool voter = false;                 // from the quorum (not a broker); a combined node has both
};
struct FetchSnapshotResponse {
    KafkaError error = KafkaError::NONE;
    bool voter = false;                 // echoes the request's
    std::int32_t epoch = 0;             // the leader's Raft epoch
    NodeId leaderId = kNoNode;
    MetadataSnapshot snapshot;
};
// Sent by a candidate, and (preVote) by a prospective candidate that asks before it bumps the epoch (KIP-996).
struct VoteRequest {
    std::int32_t candidateEpoch = 0;
    NodeId candidateId = kNoNode;
    std::int32_t lastOffsetEpoch = 0;
    Offset lastOffset = 0;              // the candidate's log end offset
    bool preVote = false;
};
struct VoteResponse {
    std::int32_t epoch = 0;
    bool voteGranted = false;
    bool preVote = false;
    NodeId leaderId = kNoNode;
};
struct BeginQuorumEpochRequest {
    std::int32_t epoch = 0;
    NodeId leaderId = kNoNode;
};
struct QuorumFetchRequest {
    NodeId replicaId = kNoNode;
    std::int32_t epoch = 0;             // the leader epoch the follower knows
    Offset fetchOffset = 0;
    std::int32_t lastFetchedEpoch = -1;
    std::int32_t maxWaitMs = 500;
    Offset knownHighWatermark = 0;      // the leader answers at once when it has committed more
};
struct QuorumFetchResponse {
    KafkaError error = KafkaError::NONE;
    std::int32_t epoch = 0;
    NodeId leaderId = kNoNode;
    Offset baseOffset = 0;
    Offset highWatermark = 0;
    std::optional<EpochEndOffset> divergingEpoch;
    std::vector<MetadataEntry> entries;
    // The fetch offset is below the leader's log start: fetch this snapshot first (KIP-630).
    std::optional<SnapshotId> snapshotId;
};

// The connection to `peer` closed: the process behind it died (a cut link or a paused process
// closes nothing; requests then time out).
struct Disconnected {
    NodeId peer = kNoNode;
};

using Message = std::variant<ProduceRequest, ProduceResponse, FetchRequest, FetchResponse, MetadataRequest,
                             MetadataResponse, BrokerRegistrationRequest, BrokerRegistrationResponse,
                             BrokerHeartbeatRequest, BrokerHeartbeatResponse, MetadataFetchRequest,
                             MetadataFetchResponse, AlterPartitionRequest, AlterPartitionResponse,
                             CreateTopicsRequest, DeleteTopicsRequest, AlterConfigsRequest, AdminResponse, Disconnected,
                             VoteRequest, VoteResponse, BeginQuorumEpochRequest, QuorumFetchRequest,
                             QuorumFetchResponse, ElectLeadersRequest, AlterPartitionReassignmentsRequest,
                             FindCoordinatorRequest, FindCoordinatorResponse, JoinGroupRequest, JoinGroupResponse,
                             SyncGroupRequest, SyncGroupResponse, HeartbeatRequest, HeartbeatResponse,
                             LeaveGroupRequest, LeaveGroupResponse, OffsetCommitRequest, OffsetCommitResponse,
                             OffsetFetchRequest, OffsetFetchResponse, ListOffsetsRequest, ListOffsetsResponse,
                             ZkRequest, ZkResponse, ZkWatchEvent, LeaderAndIsrRequest, UpdateMetadataRequest,
                             FetchSnapshotRequest, FetchSnapshotResponse, StopReplicaRequest, UnregisterBrokerRequest>;

const char* messageName(const Message& message);
// The name of the Message alternative with this index.
const char* messageName(std::size_t index);
// The NOT_CONTROLLER answer to a request only the controller serves (with the controller to ask
// instead, if known); nothing for any other message.
std::optional<Message> notControllerAnswer(const Message& request, NodeId controllerHint);

}  // namespace ks
