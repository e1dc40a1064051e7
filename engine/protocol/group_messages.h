#pragma once
// The consumer group protocol (Kafka's classic protocol) and the offset requests consumers use.
#include <map>
#include <optional>
#include <string>
#include <vector>

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
    std::vector<TopicPartition> owned;     // partitions it owns (cooperative protocols)
};
struct JoinGroupRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
    std::string memberId;                  // empty on the first join
    std::optional<std::string> groupInstanceId;
    std::int32_t sessionTimeoutMs = 45000;
    std::int32_t rebalanceTimeoutMs = 300000;
    std::vector<JoinGroupProtocol> protocols;
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
};
struct SyncGroupRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
    std::int32_t generationId = -1;
    std::string memberId;
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
};
struct HeartbeatResponse {
    std::int64_t correlationId = 0;
    KafkaError error = KafkaError::NONE;
};
struct LeaveGroupRequest {
    std::int64_t correlationId = 0;
    std::string groupId;
    std::string memberId;
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
// ListOffsets: earliest (-2), latest (-1) or the first offset at or after a timestamp.
struct ListOffsetsRequest {
    std::int64_t correlationId = 0;
    std::map<TopicPartition, std::int64_t> timestamps;
};
struct ListOffsetsResponse {
    std::int64_t correlationId = 0;
    std::map<TopicPartition, std::pair<KafkaError, Offset>> offsets;
};

}  // namespace ks
