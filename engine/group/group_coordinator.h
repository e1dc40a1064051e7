#pragma once
// Kafka's group coordinator (the classic protocol), one per broker. The coordinator of a group is
// the leader of __consumer_offsets partition abs(hash(group.id)) % offsets.topic.num.partitions. It
// keeps each group's members, generation and state (Empty, PreparingRebalance,
// CompletingRebalance, Stable, Dead) and answers FindCoordinator, JoinGroup, SyncGroup, Heartbeat,
// LeaveGroup, OffsetCommit and OffsetFetch with Kafka's errors. Committed offsets and the group's
// metadata are real records in the broker's own __consumer_offsets log, appended with acks=all
// through the broker's produce path, so they replicate like any record; a broker that becomes
// leader of such a partition loads its groups from the log, and the members carry on with it.
//
// The broker also routes ListOffsets here (answered from the partitions the broker leads).
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "log/partition_log.h"
#include "metadata/image.h"
#include "protocol/messages.h"
#include "sim/node.h"

namespace ks {

enum class GroupState { Empty, PreparingRebalance, CompletingRebalance, Stable, Dead };
const char* groupStateName(GroupState state);

// What the coordinator needs from the broker that hosts it.
struct GroupCoordinatorHost {
    BrokerId id = kNoNode;
    const MetadataImage* image = nullptr;
    // The log of a partition this broker leads, with its leader epoch; nullptr / -1 otherwise.
    std::function<const PartitionLog*(const TopicPartition&)> leaderLog;
    std::function<LeaderEpoch(const TopicPartition&)> leaderEpoch;
    // Appends records as if a producer sent them with acks=all; the answer comes to onAppendDone.
    std::function<void(NodeContext&, ProduceRequest)> append;
    // Asks the controller to create a topic (the answer is not needed: it shows in the metadata).
    std::function<void(NodeContext&, CreateTopicsRequest)> createTopic;
};

struct PendingReply {
    NodeId node = kNoNode;
    std::int64_t correlationId = 0;
};

struct GroupMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::string clientId;
    NodeId node = kNoNode;
    std::int32_t sessionTimeoutMs = 45000;
    std::int32_t rebalanceTimeoutMs = 300000;
    std::vector<JoinGroupProtocol> protocols;
    std::vector<TopicPartition> assignment;
    std::optional<PendingReply> awaitingJoin;
    std::optional<PendingReply> awaitingSync;
    SimTime lastHeartbeat = 0;
    bool isNew = false;
    bool expiryArmed = false;

    std::vector<std::string> subscription() const;
};

struct CommittedOffset {
    Offset offset = -1;
    SimTime commitTime = 0;
};

struct Group {
    std::string id;
    std::int32_t partition = 0;            // of __consumer_offsets
    GroupState state = GroupState::Empty;
    std::int32_t generation = 0;
    std::string protocol;                  // the chosen assignor
    std::string leader;
    std::map<std::string, GroupMember> members;
    std::map<std::string, std::string> staticMembers;   // group.instance.id -> member id
    std::map<std::string, SimTime> pendingMembers;      // member ids handed out with MEMBER_ID_REQUIRED
    std::map<TopicPartition, CommittedOffset> offsets;
    // The rebalance in progress.
    SimTime rebalanceStarted = 0;
    std::uint64_t joinSeq = 0;
    bool initialDelay = false;
    bool newMemberAdded = false;
    std::int64_t initialDelayRemainingMs = 0;

    std::int32_t rebalanceTimeoutMs() const;
    bool allMembersJoined() const;
};

class GroupCoordinator {
public:
    // The broker routes timer tokens in [kTimerBase, kTimerEnd) here.
    static constexpr std::uint64_t kTimerBase = 0x10ULL << 56;
    static constexpr std::uint64_t kTimerEnd = 0x11ULL << 56;

    explicit GroupCoordinator(GroupCoordinatorHost host);
    // A checkpoint's copy of a broker: the coordinator copied with it works for the copy.
    void rebind(GroupCoordinatorHost host) { host_ = std::move(host); }

    static bool handles(const Message& message);
    void onMessage(NodeContext& ctx, NodeId from, Message message);
    void onTimer(NodeContext& ctx, std::uint64_t token);
    // The broker's metadata changed: take over or give up __consumer_offsets partitions.
    void onMetadata(NodeContext& ctx);
    // The answer to an append made through host.append.
    void onAppendDone(NodeContext& ctx, const ProduceResponse& response);

    const std::map<std::string, Group>& groups() const { return groups_; }
    const Group* group(const std::string& id) const;
    // The __consumer_offsets partitions this broker coordinates (partition -> leader epoch).
    const std::map<std::int32_t, LeaderEpoch>& ownedPartitions() const { return owned_; }

private:
    enum class TimerKind : std::uint64_t { HeartbeatExpiry = 1, PendingMemberExpiry, JoinDeadline, InitialDelay };
    struct TimerAction {
        TimerKind kind = TimerKind::HeartbeatExpiry;
        std::string group;
        std::string member;
        std::uint64_t seq = 0;
    };
    enum class AppendKind { Commit, StoreGroup };
    struct PendingAppend {
        AppendKind kind = AppendKind::Commit;
        std::string group;
        std::int32_t generation = 0;
        std::optional<PendingReply> reply;
        std::map<TopicPartition, Offset> offsets;
        std::string clientId;
    };

    void handleFindCoordinator(NodeContext& ctx, NodeId from, const FindCoordinatorRequest& request);
    void handleJoinGroup(NodeContext& ctx, NodeId from, JoinGroupRequest request);
    void handleSyncGroup(NodeContext& ctx, NodeId from, SyncGroupRequest request);
    void handleHeartbeat(NodeContext& ctx, NodeId from, const HeartbeatRequest& request);
    void handleLeaveGroup(NodeContext& ctx, NodeId from, const LeaveGroupRequest& request);
    void handleOffsetCommit(NodeContext& ctx, NodeId from, const OffsetCommitRequest& request);
    void handleOffsetFetch(NodeContext& ctx, NodeId from, const OffsetFetchRequest& request);
    void handleListOffsets(NodeContext& ctx, NodeId from, const ListOffsetsRequest& request);

    std::optional<KafkaError> validate(const std::string& groupId) const;
    std::optional<std::int32_t> partitionFor(const std::string& groupId) const;
    Group& getOrCreate(const std::string& groupId);
    bool supportsProtocols(const Group& group, const std::vector<JoinGroupProtocol>& protocols) const;
    std::string selectProtocol(const Group& group) const;
    std::string newMemberId(NodeContext& ctx, const std::string& prefix);

    void addMemberAndRebalance(NodeContext& ctx, Group& group, NodeId from, const JoinGroupRequest& request,
                               const std::string& memberId);
    void updateMemberAndRebalance(NodeContext& ctx, Group& group, GroupMember& member, NodeId from,
                                  const JoinGroupRequest& request);
    void maybePrepareRebalance(NodeContext& ctx, Group& group, Text reason);
    void prepareRebalance(NodeContext& ctx, Group& group, Text reason);
    void tryCompleteJoin(NodeContext& ctx, Group& group);
    void completeJoin(NodeContext& ctx, Group& group);
    void removeMember(NodeContext& ctx, Group& group, const std::string& memberId, Text reason);
    void replyJoin(NodeContext& ctx, const Group& group, GroupMember& member);
    void propagateAssignment(NodeContext& ctx, Group& group, KafkaError error);
    void touch(NodeContext& ctx, Group& group, GroupMember& member);
    void armExpiry(NodeContext& ctx, Group& group, GroupMember& member, SimTime at);

    void storeGroup(NodeContext& ctx, Group& group, std::optional<PendingReply> reply);
    void appendRecords(NodeContext& ctx, const Group& group, const std::vector<std::pair<std::string, std::optional<std::string>>>& records,
                       PendingAppend pending);
    void load(NodeContext& ctx, std::int32_t partition, LeaderEpoch epoch);
    void unload(NodeContext& ctx, std::int32_t partition);
    void maybeCreateOffsetsTopic(NodeContext& ctx);

    void setTimer(NodeContext& ctx, SimTime at, TimerAction action);
    std::int64_t brokerConfig(const char* key) const;
    void emit(NodeContext& ctx, const Group& group, Text text, bool verbose = false) const;
    std::string describeMember(const Group& group, const std::string& memberId) const;

    GroupCoordinatorHost host_;
    std::map<std::string, Group> groups_;
    std::map<std::int32_t, LeaderEpoch> owned_;
    std::map<std::uint64_t, TimerAction> timers_;
    std::uint64_t nextTimer_ = 1;
    std::map<std::int64_t, PendingAppend> appends_;
    std::int64_t nextAppend_ = 1;
    SimTime offsetsTopicRequestedAt_ = -1;
};

}  // namespace ks
