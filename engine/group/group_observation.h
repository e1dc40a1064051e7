#pragma once
// What group coordinators and consumers tell the observers (the invariant checker and its group
// ledger) about consumer groups: rebalances, ownership, processing and commits.
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/text.h"
#include "core/types.h"

namespace ks {

// The coordinator moved a group to PreparingRebalance.
struct GroupRebalanceStarted {
    std::string group;
    std::int32_t generation = 0;           // the generation being left
    Text reason;
    BrokerId coordinator = kNoNode;
};
// The coordinator stored the leader's assignment: the group is Stable in `generation` (or Empty
// when no member is left).
struct GroupStabilized {
    std::string group;
    std::int32_t generation = 0;
    std::string protocol;                  // the assignor
    std::map<std::string, std::vector<TopicPartition>> assignment;   // member id -> partitions
    std::map<std::string, std::string> clientIds;                    // member id -> client.id
    BrokerId coordinator = kNoNode;
};
// The coordinator wrote a committed offset (once __consumer_offsets acknowledged it).
struct OffsetCommitApplied {
    std::string group;
    TopicPartition tp;
    Offset offset = 0;
    BrokerId coordinator = kNoNode;
};
// A consumer started owning partitions (onPartitionsAssigned) in a generation.
struct PartitionsAssigned {
    std::string group;
    std::string clientId;
    std::string memberId;
    std::int32_t generation = -1;
    std::vector<TopicPartition> partitions;
};
// A consumer stopped owning partitions: revoked (it gave them up) or lost (it learned it was no
// longer a member, so it must not commit them).
struct PartitionsRevoked {
    std::string group;
    std::string clientId;
    std::string memberId;
    std::vector<TopicPartition> partitions;
    bool lost = false;
};
// A consumer finished processing the records [from, to) of a partition.
struct RecordsProcessed {
    std::string group;
    std::string clientId;
    TopicPartition tp;
    Offset from = 0;
    Offset to = 0;
};
// A consumer's position was set on purpose (auto.offset.reset, seek): the records below it are not
// expected to be processed.
struct PositionJumped {
    std::string group;
    std::string clientId;
    TopicPartition tp;
    Offset offset = 0;
};
// When a consumer commits relative to its processing.
enum class CommitKind {
    AfterProcessing,    // auto-commit and commit-after-processing (at-least-once)
    BeforeProcessing,   // commit right after poll (at-most-once)
    Manual,             // a user's command: commits the position, processed or not
};
struct OffsetsCommitSent {
    std::string group;
    std::string clientId;
    std::map<TopicPartition, Offset> offsets;
    CommitKind kind = CommitKind::AfterProcessing;
};
// A consumer process died (killed): it owns nothing any more.
struct ConsumerStopped {
    std::string group;
    std::string clientId;
};

using GroupObservation = std::variant<GroupRebalanceStarted, GroupStabilized, OffsetCommitApplied, PartitionsAssigned,
                                      PartitionsRevoked, RecordsProcessed, PositionJumped, OffsetsCommitSent,
                                      ConsumerStopped>;

}  // namespace ks
