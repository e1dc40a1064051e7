#pragma once
// The consumer group protocol (Kafka's classic protocol) and the offset requests consumers use.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/text.h"
#include "core/types.h"
#include "protocol/errors.h"

namespace ks {

struct FindCoordinatorRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
};
struct FindCoordinatorResponse {
    std::int64_t correlationId = 0;
    KafkaError error = KafkaError::NONE;
    BrokerId coordinator = kNoNode;
};

struct JoinGroupProtocol {
    std::string name;                      // the assignor: range, roundrobin, sticky, cooperative-sticky
    std::vector<std::string> topics;       // the member's subscription
    std::vector<TopicPartition> owned;     // partitions it owns (sticky assignors)
    std::int32_t generation = -1;          // the generation it owned them in

    bool operator==(const JoinGroupProtocol&) const = default;
};
struct JoinGroupRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
    std::string clientId;                  // client.id (Kafka's request header); member ids start with it
    std::string memberId;                  // empty on the first join
    std::optional<std::string> groupInstanceId;
    std::int32_t sessionTimeoutMs = 45000;
    std::int32_t rebalanceTimeoutMs = 300000;
    std::vector<JoinGroupProtocol> protocols;
    Text reason;                           // KIP-800: why the member (re)joins
};
struct JoinGroupMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    JoinGroupProtocol metadata;
};
struct JoinGroupResponse {
    std::int64_t correlationId = 0;
    KafkaError error = KafkaError::NONE;
    std::int32_t generationId = -1;
    std::string protocolName;
    std::string leader;
    std::string memberId;
    std::vector<JoinGroupMember> members;  // only for the leader
    // A static member that rejoined a stable group: keep the current assignment (KIP-345).
    bool skipAssignment = false;
};
struct SyncGroupRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
    std::int32_t generationId = -1;
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::map<std::string, std::vector<TopicPartition>> assignments;   // only from the leader
};
struct SyncGroupResponse {
    std::int64_t correlationId = 0;
    KafkaError error = KafkaError::NONE;
    std::vector<TopicPartition> assignment;
};
struct HeartbeatRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
    std::int32_t generationId = -1;
    std::string memberId;
    std::optional<std::string> groupInstanceId;
};
struct HeartbeatResponse {
    std::int64_t correlationId = 0;
    KafkaError error = KafkaError::NONE;
};
struct LeaveGroupRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
    std::string memberId;
    Text reason;                           // KIP-800
};
struct LeaveGroupResponse {
    std::int64_t correlationId = 0;
    KafkaError error = KafkaError::NONE;
};
struct OffsetCommitRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
    std::int32_t generationId = -1;        // -1 for a standalone consumer
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::map<TopicPartition, Offset> offsets;
};
struct OffsetCommitResponse {
    std::int64_t correlationId = 0;
    std::map<TopicPartition, KafkaError> errors;
};
struct OffsetFetchRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
    std::vector<TopicPartition> partitions;
};
struct OffsetFetchResponse {
    std::int64_t correlationId = 0;
    KafkaError error = KafkaError::NONE;
    std::map<TopicPartition, Offset> offsets;  // -1: no committed offset
};
// ListOffsets: earliest (-2), latest (-1: the high watermark, what a consumer may read) or the first
// offset whose record's timestamp is at or after a timestamp (in simulated milliseconds).
constexpr std::int64_t kListEarliest = -2;
constexpr std::int64_t kListLatest = -1;
struct ListOffsetsRequest {
    std::int64_t correlationId = 0;
    std::map<TopicPartition, std::int64_t> timestamps;
};
struct ListOffsetsResponse {
    std::int64_t correlationId = 0;
    // -1 for a timestamp no record reaches.
    std::map<TopicPartition, std::pair<KafkaError, Offset>> offsets;
};

}  // namespace ks
