#pragma once
// The records the group coordinator writes to __consumer_offsets, as readable text (Kafka writes
// binary schemas; the idea is the same). Two kinds, both keyed so that compaction would keep the
// latest per key:
//
//   key  offset:GROUP:TOPIC-P     value  OFFSET                  a committed offset
//   key  group:GROUP              value  the group's metadata    generation, protocol, leader, members
//
// A record with no value (a tombstone) deletes what its key names.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace ks {

inline constexpr const char* kConsumerOffsetsTopic = "__consumer_offsets";

// Java's String.hashCode over the UTF-16 code units of `text` (given as UTF-8).
std::int32_t javaStringHash(std::string_view text);
// Kafka's partitionFor: Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions.
std::int32_t offsetsPartitionFor(std::string_view groupId, std::int32_t partitions);

struct StoredMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::string clientId;
    std::int32_t sessionTimeoutMs = 45000;
    std::int32_t rebalanceTimeoutMs = 300000;
    std::vector<std::string> topics;
    std::vector<TopicPartition> assignment;
};

struct StoredGroup {
    std::int32_t generation = 0;
    std::string protocol;          // the assignor the group uses ("" when empty)
    std::string leader;
    std::vector<StoredMember> members;
};

std::string offsetKey(const std::string& group, const TopicPartition& tp);
std::string groupKey(const std::string& group);

// What a key in __consumer_offsets names.
struct GroupRecordKey {
    enum class Kind { Offset, Group } kind = Kind::Offset;
    std::string group;
    TopicPartition tp;             // for Kind::Offset
};
std::optional<GroupRecordKey> parseGroupRecordKey(std::string_view key);

std::string encodeGroup(const StoredGroup& group);
std::optional<StoredGroup> decodeGroup(std::string_view value);

}  // namespace ks
