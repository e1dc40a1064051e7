#include "group/group_coordinator.h"

#include <algorithm>
#include <cstdlib>

#include "group/assignors.h"
#include "group/group_records.h"

namespace ks {
namespace {

constexpr SimTime kOffsetsTopicRetry = seconds(5);

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// What an append error means to a committing member (Kafka's GroupMetadataManager mapping).
KafkaError commitError(KafkaError appendError) {
    switch (appendError) {
    case KafkaError::NONE: return KafkaError::NONE;
    case KafkaError::UNKNOWN_TOPIC_OR_PARTITION:
    case KafkaError::NOT_ENOUGH_REPLICAS:
    case KafkaError::NOT_ENOUGH_REPLICAS_AFTER_APPEND:
        return KafkaError::COORDINATOR_NOT_AVAILABLE;
    case KafkaError::NOT_LEADER_OR_FOLLOWER:
        return KafkaError::NOT_COORDINATOR;
    default:
        return appendError;
    }
}

// The first offset below the high watermark whose record is at or after `timestamp`; -1 if none.
Offset offsetForTimestamp(const PartitionLog& log, SimTime timestamp) {
    for (const LogSegment& segment : log.segments()) {
        if (segment.maxTimestamp < timestamp) continue;
        for (const StoredBatch& batch : segment.batches) {
            for (std::uint32_t i = 0; i < batch.count; ++i) {
                const Offset offset = batch.baseOffset + i;
                if (offset < log.logStartOffset()) continue;
                if (offset >= log.highWatermark()) return -1;
                if (batch.data->timestamp(batch.first + i) >= timestamp) return offset;
            }
        }
    }
    return -1;
}

}  // namespace

const char* groupStateName(GroupState state) {
    switch (state) {
    case GroupState::Empty: return "Empty";
    case GroupState::PreparingRebalance: return "PreparingRebalance";
    case GroupState::CompletingRebalance: return "CompletingRebalance";
    case GroupState::Stable: return "Stable";
    case GroupState::Dead: return "Dead";
    }
    return "?";
}

std::vector<std::string> GroupMember::subscription() const {
    std::vector<std::string> topics;
    for (const JoinGroupProtocol& p : protocols)
        for (const std::string& t : p.topics)
            if (std::find(topics.begin(), topics.end(), t) == topics.end()) topics.push_back(t);
    std::sort(topics.begin(), topics.end());
    return topics;
}

std::int32_t Group::rebalanceTimeoutMs() const {
    std::int32_t timeout = 0;
    for (const auto& [id, m] : members) timeout = std::max(timeout, m.rebalanceTimeoutMs);
    return timeout;
}

bool Group::allMembersJoined() const {
    if (!pendingMembers.empty()) return false;
    return std::all_of(members.begin(), members.end(), [](const auto& m) { return m.second.awaitingJoin.has_value(); });
}

GroupCoordinator::GroupCoordinator(GroupCoordinatorHost host) : host_(std::move(host)) {}

bool GroupCoordinator::handles(const Message& message) {
    return std::holds_alternative<FindCoordinatorRequest>(message) || std::holds_alternative<JoinGroupRequest>(message) ||
           std::holds_alternative<SyncGroupRequest>(message) || std::holds_alternative<HeartbeatRequest>(message) ||
           std::holds_alternative<LeaveGroupRequest>(message) || std::holds_alternative<OffsetCommitRequest>(message) ||
           std::holds_alternative<OffsetFetchRequest>(message) || std::holds_alternative<ListOffsetsRequest>(message);
}

void GroupCoordinator::onMessage(NodeContext& ctx, NodeId from, Message message) {
    std::visit(
        [&](auto&& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, FindCoordinatorRequest>) handleFindCoordinator(ctx, from, m);
            else if constexpr (std::is_same_v<T, JoinGroupRequest>) handleJoinGroup(ctx, from, std::move(m));
            else if constexpr (std::is_same_v<T, SyncGroupRequest>) handleSyncGroup(ctx, from, std::move(m));
            else if constexpr (std::is_same_v<T, HeartbeatRequest>) handleHeartbeat(ctx, from, m);
            else if constexpr (std::is_same_v<T, LeaveGroupRequest>) handleLeaveGroup(ctx, from, m);
            else if constexpr (std::is_same_v<T, OffsetCommitRequest>) handleOffsetCommit(ctx, from, m);
            else if constexpr (std::is_same_v<T, OffsetFetchRequest>) handleOffsetFetch(ctx, from, m);
            else if constexpr (std::is_same_v<T, ListOffsetsRequest>) handleListOffsets(ctx, from, m);
        },
        std::move(message));
}

const Group* GroupCoordinator::group(const std::string& id) const {
    auto it = groups_.find(id);
    return it == groups_.end() ? nullptr : &it->second;
}

std::int64_t GroupCoordinator::brokerConfig(const char* key) const { return std::atoll(host_.image->config("", key).c_str()); }

void GroupCoordinator::emit(NodeContext& ctx, const Group& group, Text text, bool verbose) const {
    ctx.emit(EventKind::Group, EngineText::tr("group %1: %2").args(group.id, std::move(text)),
             {"group:" + group.id, brokerSubject(host_.id)}, verbose);
}

std::string GroupCoordinator::describeMember(const Group& group, const std::string& memberId) const {
    auto it = group.members.find(memberId);
    if (it == group.members.end()) return memberId;
    return it->second.clientId + " (" + memberId + ")";
}

void GroupCoordinator::setTimer(NodeContext& ctx, SimTime at, TimerAction action) {
    const std::uint64_t id = nextTimer_++;
    timers_.emplace(id, std::move(action));
    ctx.setTimer(at, kTimerBase | id);
}

// ---------------------------------------------------------------- which groups are ours

std::optional<std::int32_t> GroupCoordinator::partitionFor(const std::string& groupId) const {
    const TopicImage* topic = host_.image->topic(kConsumerOffsetsTopic);
    if (!topic || topic->partitions.empty()) return std::nullopt;
    return offsetsPartitionFor(groupId, static_cast<std::int32_t>(topic->partitions.size()));
}

std::optional<KafkaError> GroupCoordinator::validate(const std::string& groupId) const {
    const auto partition = partitionFor(groupId);
    if (!partition) return KafkaError::COORDINATOR_NOT_AVAILABLE;
    if (!owned_.count(*partition)) return KafkaError::NOT_COORDINATOR;
    return std::nullopt;
}

Group& GroupCoordinator::getOrCreate(const std::string& groupId) {
    auto [it, fresh] = groups_.try_emplace(groupId);
    if (fresh) {
        it->second.id = groupId;
        it->second.partition = partitionFor(groupId).value_or(0);
    }
    return it->second;
}

void GroupCoordinator::onMetadata(NodeContext& ctx) {
    const TopicImage* topic = host_.image->topic(kConsumerOffsetsTopic);
    std::map<std::int32_t, LeaderEpoch> now;
    if (topic) {
        for (std::size_t p = 0; p < topic->partitions.size(); ++p) {
            const TopicPartition tp{kConsumerOffsetsTopic, static_cast<std::int32_t>(p)};
            const LeaderEpoch epoch = host_.leaderEpoch(tp);
            if (epoch >= 0) now[static_cast<std::int32_t>(p)] = epoch;
        }
    }
    std::vector<std::int32_t> lost;
    for (const auto& [p, epoch] : owned_) {
        auto it = now.find(p);
        if (it == now.end() || it->second != epoch) lost.push_back(p);
    }
    for (std::int32_t p : lost) unload(ctx, p);
    for (const auto& [p, epoch] : now)
        if (!owned_.count(p)) load(ctx, p, epoch);
}

void GroupCoordinator::load(NodeContext& ctx, std::int32_t partition, LeaderEpoch epoch) {
    owned_[partition] = epoch;
    const TopicPartition tp{kConsumerOffsetsTopic, partition};
    const PartitionLog* log = host_.leaderLog(tp);
    if (!log) return;
    std::map<std::string, std::optional<StoredGroup>> stored;
    std::map<std::string, std::map<TopicPartition, CommittedOffset>> offsets;
    std::int64_t records = 0;
    for (const StoredBatch& batch : log->read(log->logStartOffset(), SIZE_MAX, log->logEndOffset())) {
        for (std::uint32_t i = 0; i < batch.count; ++i) {
            ++records;
            const auto key = batch.data->key(batch.first + i);
            if (!key) continue;
            const auto parsed = parseGroupRecordKey(*key);
            if (!parsed) continue;
            const auto value = batch.data->value(batch.first + i);
            if (parsed->kind == GroupRecordKey::Kind::Group) {
                stored[parsed->group] = value ? decodeGroup(*value) : std::nullopt;
            } else if (value) {
                offsets[parsed->group][parsed->tp] =
                    CommittedOffset{std::atoll(std::string(*value).c_str()), batch.data->timestamp(batch.first + i)};
            } else {
                offsets[parsed->group].erase(parsed->tp);
            }
        }
    }
    std::set<std::string> names;
    for (const auto& [name, g] : stored) names.insert(name);
    for (const auto& [name, o] : offsets) names.insert(name);
    std::vector<Text> summary;
    for (const std::string& name : names) {
        Group& group = groups_[name];
        group = Group{};
        group.id = name;
        group.partition = partition;
        if (auto o = offsets.find(name); o != offsets.end()) group.offsets = o->second;
        auto s = stored.find(name);
        if (s != stored.end() && s->second) {
            group.generation = s->second->generation;
            group.protocol = s->second->protocol;
            group.leader = s->second->leader;
            for (const StoredMember& sm : s->second->members) {
                GroupMember m;
                m.memberId = sm.memberId;
                m.groupInstanceId = sm.groupInstanceId;
                m.clientId = sm.clientId;
                m.sessionTimeoutMs = sm.sessionTimeoutMs;
                m.rebalanceTimeoutMs = sm.rebalanceTimeoutMs;
                m.protocols.push_back(JoinGroupProtocol{group.protocol, sm.topics, {}, -1});
                m.assignment = sm.assignment;
                if (m.groupInstanceId) group.staticMembers[*m.groupInstanceId] = m.memberId;
                group.members.emplace(m.memberId, std::move(m));
            }
        }
        group.state = group.members.empty() ? GroupState::Empty : GroupState::Stable;
        for (auto& [id, member] : group.members) touch(ctx, group, member);
        summary.push_back(EngineText::tr("%1 (%2, generation %3, %4 member(s), %5 committed offset(s))")
                              .args(name, groupStateName(group.state), group.generation, group.members.size(),
                                    group.offsets.size()));
    }
    std::vector<std::string> subjects{brokerSubject(host_.id), partitionSubject(tp)};
    for (const std::string& name : names) subjects.push_back("group:" + name);
    ctx.emit(EventKind::Group,
             EngineText::tr("broker %1 is now group coordinator for %2 (leader epoch %3): %4")
                 .args(host_.id, tp.str(), epoch,
                   names.empty() ? EngineText::tr("no groups in its %1 record(s)").args(records)
                                 : EngineText::tr("loaded %1 from %2 record(s)")
                                     .args(Text::join(std::move(summary), "; "), records)),
             std::move(subjects), names.empty());
}

void GroupCoordinator::unload(NodeContext& ctx, std::int32_t partition) {
    owned_.erase(partition);
    for (auto it = groups_.begin(); it != groups_.end();) {
        Group& group = it->second;
        if (group.partition != partition) {
            ++it;
            continue;
        }
        group.state = GroupState::Dead;
        for (auto& [id, member] : group.members) {
            if (member.awaitingJoin) {
                JoinGroupResponse r;
                r.correlationId = member.awaitingJoin->correlationId;
                r.error = KafkaError::NOT_COORDINATOR;
                r.memberId = id;
                ctx.send(member.awaitingJoin->node, std::move(r));
            }
            if (member.awaitingSync) {
                SyncGroupResponse r;
                r.correlationId = member.awaitingSync->correlationId;
                r.error = KafkaError::NOT_COORDINATOR;
                ctx.send(member.awaitingSync->node, std::move(r));
            }
        }
        emit(ctx, group,
             EngineText::tr("broker %1 is no longer its coordinator (it does not lead %2-%3 any more)")
                 .args(host_.id, std::string(kConsumerOffsetsTopic), partition));
        it = groups_.erase(it);
    }
}

void GroupCoordinator::maybeCreateOffsetsTopic(NodeContext& ctx) {
    if (offsetsTopicRequestedAt_ >= 0 && ctx.now() - offsetsTopicRequestedAt_ < kOffsetsTopicRetry) return;
    offsetsTopicRequestedAt_ = ctx.now();
    int live = 0;
    for (const auto& [id, reg] : host_.image->brokers())
        if (!reg.fenced) ++live;
    const auto partitions = static_cast<std::int32_t>(brokerConfig("offsets.topic.num.partitions"));
    const auto configured = static_cast<std::int32_t>(brokerConfig("offsets.topic.replication.factor"));
    const std::int32_t rf = std::max(1, std::min(configured, live));
    CreateTopicsRequest request;
    request.name = kConsumerOffsetsTopic;
    request.numPartitions = partitions;
    request.replicationFactor = rf;
    request.configs = {{"cleanup.policy", "compact"}, {"segment.bytes", "104857600"}};
    ctx.emit(EventKind::Group,
             rf < configured
                 ? EngineText::tr("broker %1: the first FindCoordinator; asking the controller to create %2 with "
                                  "offsets.topic.num.partitions=%3, replication factor %4 (offsets.topic.replication.factor=%5 "
                                  "capped to the %6 live broker(s)), cleanup.policy=compact")
                       .args(host_.id, kConsumerOffsetsTopic, partitions, rf, configured, live)
                 : EngineText::tr("broker %1: the first FindCoordinator; asking the controller to create %2 with "
                                  "offsets.topic.num.partitions=%3, replication factor %4, cleanup.policy=compact")
                       .args(host_.id, kConsumerOffsetsTopic, partitions, rf),
             {brokerSubject(host_.id), "topic:" + std::string(kConsumerOffsetsTopic)});
    host_.createTopic(ctx, std::move(request));
}

// ---------------------------------------------------------------- FindCoordinator

void GroupCoordinator::handleFindCoordinator(NodeContext& ctx, NodeId from, const FindCoordinatorRequest& request) {
    FindCoordinatorResponse response;
    response.correlationId = request.correlationId;
    const TopicImage* topic = host_.image->topic(kConsumerOffsetsTopic);
    if (request.groupId.empty()) {
        response.error = KafkaError::INVALID_GROUP_ID;
    } else if (!topic || topic->partitions.empty()) {
        response.error = KafkaError::COORDINATOR_NOT_AVAILABLE;
        if (!host_.image->brokers().empty()) maybeCreateOffsetsTopic(ctx);
    } else {
        const std::int32_t p = offsetsPartitionFor(request.groupId, static_cast<std::int32_t>(topic->partitions.size()));
        const BrokerId leader = topic->partitions[static_cast<std::size_t>(p)].leader;
        if (leader == kNoNode) response.error = KafkaError::COORDINATOR_NOT_AVAILABLE;
        else response.coordinator = leader;
    }
    ctx.send(from, response);
}

// ---------------------------------------------------------------- JoinGroup

bool GroupCoordinator::supportsProtocols(const Group& group, const std::vector<JoinGroupProtocol>& protocols) const {
    if (protocols.empty()) return false;
    if (group.members.empty()) return true;
    for (const JoinGroupProtocol& p : protocols) {
        const bool everyone = std::all_of(group.members.begin(), group.members.end(), [&](const auto& m) {
            return std::any_of(m.second.protocols.begin(), m.second.protocols.end(),
                               [&](const JoinGroupProtocol& q) { return q.name == p.name; });
        });
        if (everyone) return true;
    }
    return false;
}

// Kafka's vote: the protocols every member supports; each member votes for the first of those in
// its own order of preference; the most votes win.
std::string GroupCoordinator::selectProtocol(const Group& group) const {
    std::vector<std::string> candidates;
    for (const auto& [id, m] : group.members) {
        for (const JoinGroupProtocol& p : m.protocols) {
            if (std::find(candidates.begin(), candidates.end(), p.name) != candidates.end()) continue;
            const bool everyone = std::all_of(group.members.begin(), group.members.end(), [&](const auto& other) {
                return std::any_of(other.second.protocols.begin(), other.second.protocols.end(),
                                   [&](const JoinGroupProtocol& q) { return q.name == p.name; });
            });
            if (everyone) candidates.push_back(p.name);
        }
    }
    std::map<std::string, int> votes;
    for (const auto& [id, m] : group.members) {
        for (const JoinGroupProtocol& p : m.protocols) {
            if (std::find(candidates.begin(), candidates.end(), p.name) == candidates.end()) continue;
            ++votes[p.name];
            break;
        }
    }
    std::string best;
    int bestVotes = -1;
    for (const std::string& c : candidates) {
        if (votes[c] > bestVotes) {
            best = c;
            bestVotes = votes[c];
        }
    }
    return best;
}

std::string GroupCoordinator::newMemberId(NodeContext& ctx, const std::string& prefix) {
    static const char* hex = "0123456789abcdef";
    std::string suffix;
    const std::uint64_t bits = ctx.rng().next();
    for (int i = 0; i < 8; ++i) suffix += hex[(bits >> (i * 4)) & 0xF];
    return prefix + "-" + suffix;
}

void GroupCoordinator::handleJoinGroup(NodeContext& ctx, NodeId from, JoinGroupRequest request) {
    auto fail = [&](KafkaError error, const std::string& memberId) {
        JoinGroupResponse r;
        r.correlationId = request.correlationId;
        r.error = error;
        r.memberId = memberId;
        ctx.send(from, std::move(r));
    };
    if (request.groupId.empty()) return fail(KafkaError::INVALID_GROUP_ID, request.memberId);
    if (auto error = validate(request.groupId)) return fail(*error, request.memberId);
    if (request.sessionTimeoutMs < brokerConfig("group.min.session.timeout.ms") ||
        request.sessionTimeoutMs > brokerConfig("group.max.session.timeout.ms"))
        return fail(KafkaError::INVALID_SESSION_TIMEOUT, request.memberId);
    auto existing = groups_.find(request.groupId);
    if (existing == groups_.end() && !request.memberId.empty()) return fail(KafkaError::UNKNOWN_MEMBER_ID, request.memberId);
    Group& group = getOrCreate(request.groupId);
    if (group.state == GroupState::Dead) return fail(KafkaError::COORDINATOR_NOT_AVAILABLE, request.memberId);
    if (!supportsProtocols(group, request.protocols)) {
        std::vector<std::string> names;
        for (const auto& p : request.protocols) names.push_back(p.name);
        emit(ctx, group,
             EngineText::tr("%1 offers assignor(s) %2, which not every member supports: INCONSISTENT_GROUP_PROTOCOL")
                 .args(request.clientId, joinNames(names)));
        return fail(KafkaError::INCONSISTENT_GROUP_PROTOCOL, request.memberId);
    }

    if (request.memberId.empty()) {
        const std::string memberId = newMemberId(ctx, request.groupInstanceId.value_or(request.clientId));
        if (request.groupInstanceId && group.staticMembers.count(*request.groupInstanceId)) {
            // KIP-345: a static member restarted; it takes its old place under a new member id.
            const std::string oldId = group.staticMembers[*request.groupInstanceId];
            GroupMember member = std::move(group.members.at(oldId));
            group.members.erase(oldId);
            member.memberId = memberId;
            member.node = from;
            member.clientId = request.clientId;
            member.protocols = request.protocols;
            member.sessionTimeoutMs = request.sessionTimeoutMs;
            member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
            member.awaitingJoin.reset();
            member.awaitingSync.reset();
            member.expiryArmed = false;
            group.staticMembers[*request.groupInstanceId] = memberId;
            const bool wasLeader = group.leader == oldId;
            if (wasLeader) group.leader = memberId;
            GroupMember& placed = group.members.emplace(memberId, std::move(member)).first->second;
            touch(ctx, group, placed);
            if (group.state == GroupState::Stable || group.state == GroupState::CompletingRebalance) {
                emit(ctx, group,
                     EngineText::tr("static member %1 (group.instance.id=%2) rejoined as %3 in place of %4: no rebalance, it "
                                    "keeps %5")
                         .args(request.clientId, *request.groupInstanceId, memberId, oldId, formatPartitions(placed.assignment)));
                JoinGroupResponse r;
                r.correlationId = request.correlationId;
                r.generationId = group.generation;
                r.protocolName = group.protocol;
                r.leader = group.leader;
                r.memberId = memberId;
                r.skipAssignment = true;
                ctx.send(from, std::move(r));
                return;
            }
            placed.awaitingJoin = PendingReply{from, request.correlationId};
            tryCompleteJoin(ctx, group);
            return;
        }
        if (request.groupInstanceId) {
            addMemberAndRebalance(ctx, group, from, request, memberId);
            return;
        }
        // KIP-394: a new dynamic member first gets its member id, then joins with it.
        group.pendingMembers[memberId] = ctx.now() + millis(request.sessionTimeoutMs);
        setTimer(ctx, ctx.now() + millis(request.sessionTimeoutMs),
                 TimerAction{TimerKind::PendingMemberExpiry, group.id, memberId, 0});
        return fail(KafkaError::MEMBER_ID_REQUIRED, memberId);
    }

    if (group.pendingMembers.count(request.memberId)) {
        addMemberAndRebalance(ctx, group, from, request, request.memberId);
        return;
    }
    if (request.groupInstanceId) {
        auto s = group.staticMembers.find(*request.groupInstanceId);
        if (s != group.staticMembers.end() && s->second != request.memberId)
            return fail(KafkaError::FENCED_INSTANCE_ID, request.memberId);
        if (s == group.staticMembers.end()) return fail(KafkaError::UNKNOWN_MEMBER_ID, request.memberId);
    }
    auto it = group.members.find(request.memberId);
    if (it == group.members.end()) return fail(KafkaError::UNKNOWN_MEMBER_ID, request.memberId);
    GroupMember& member = it->second;
    switch (group.state) {
    case GroupState::PreparingRebalance:
        updateMemberAndRebalance(ctx, group, member, from, request);
        return;
    case GroupState::CompletingRebalance:
        if (member.protocols == request.protocols) {
            member.awaitingJoin = PendingReply{from, request.correlationId};
            member.node = from;
            replyJoin(ctx, group, member);
        } else {
            updateMemberAndRebalance(ctx, group, member, from, request);
        }
        return;
    case GroupState::Stable:
        if (group.leader == member.memberId || member.protocols != request.protocols) {
            updateMemberAndRebalance(ctx, group, member, from, request);
        } else {
            member.awaitingJoin = PendingReply{from, request.correlationId};
            member.node = from;
            replyJoin(ctx, group, member);
        }
        return;
    case GroupState::Empty:
    case GroupState::Dead:
        return fail(KafkaError::UNKNOWN_MEMBER_ID, request.memberId);
    }
}

void GroupCoordinator::addMemberAndRebalance(NodeContext& ctx, Group& group, NodeId from,
                                             const JoinGroupRequest& request, const std::string& memberId) {
    GroupMember member;
    member.memberId = memberId;
    member.groupInstanceId = request.groupInstanceId;
    member.clientId = request.clientId;
    member.node = from;
    member.sessionTimeoutMs = request.sessionTimeoutMs;
    member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    member.protocols = request.protocols;
    member.awaitingJoin = PendingReply{from, request.correlationId};
    member.isNew = true;
    if (group.state == GroupState::PreparingRebalance && group.generation == 0) group.newMemberAdded = true;
    if (group.leader.empty()) group.leader = memberId;
    if (member.groupInstanceId) group.staticMembers[*member.groupInstanceId] = memberId;
    group.pendingMembers.erase(memberId);
    GroupMember& placed = group.members.emplace(memberId, std::move(member)).first->second;
    touch(ctx, group, placed);
    emit(ctx, group,
         request.groupInstanceId
             ? (request.reason.empty()
                    ? EngineText::tr("%1 joins as %2 (static member, group.instance.id=%3)")
                          .args(request.clientId, memberId, *request.groupInstanceId)
                    : EngineText::tr("%1 joins as %2 (static member, group.instance.id=%3): %4")
                          .args(request.clientId, memberId, *request.groupInstanceId, request.reason))
             : (request.reason.empty() ? EngineText::tr("%1 joins as %2").args(request.clientId, memberId)
                                       : EngineText::tr("%1 joins as %2: %3")
                                           .args(request.clientId, memberId, request.reason)));
    maybePrepareRebalance(ctx, group, EngineText::tr("new member %1 (%2) joined").args(request.clientId, memberId));
}

void GroupCoordinator::updateMemberAndRebalance(NodeContext& ctx, Group& group, GroupMember& member, NodeId from,
                                                const JoinGroupRequest& request) {
    const bool changed = member.protocols != request.protocols;
    member.protocols = request.protocols;
    member.node = from;
    member.awaitingJoin = PendingReply{from, request.correlationId};
    member.sessionTimeoutMs = request.sessionTimeoutMs;
    member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    touch(ctx, group, member);
    Text reason = !request.reason.empty() ? EngineText::tr("%1 (%2) rejoined: %3")
        .args(member.clientId, member.memberId, request.reason)
                  : changed ? EngineText::tr("%1 (%2) rejoined with new metadata")
                      .args(member.clientId, member.memberId)
                            : EngineText::tr("%1 (%2) rejoined").args(member.clientId, member.memberId);
    maybePrepareRebalance(ctx, group, std::move(reason));
}

void GroupCoordinator::maybePrepareRebalance(NodeContext& ctx, Group& group, Text reason) {
    if (group.state == GroupState::Stable || group.state == GroupState::CompletingRebalance ||
        group.state == GroupState::Empty)
        prepareRebalance(ctx, group, reason);
    else if (group.state == GroupState::PreparingRebalance)
        tryCompleteJoin(ctx, group);
}

void GroupCoordinator::prepareRebalance(NodeContext& ctx, Group& group, Text reason) {
    if (group.state == GroupState::CompletingRebalance) {
        for (auto& [id, m] : group.members) m.assignment.clear();
        propagateAssignment(ctx, group, KafkaError::REBALANCE_IN_PROGRESS);
    }
    const bool initial = group.state == GroupState::Empty;
    group.state = GroupState::PreparingRebalance;
    group.rebalanceStarted = ctx.now();
    group.initialDelay = initial;
    group.newMemberAdded = false;
    const std::uint64_t seq = ++group.joinSeq;
    const std::int64_t timeoutMs = group.rebalanceTimeoutMs();
    if (initial) {
        const std::int64_t delay = brokerConfig("group.initial.rebalance.delay.ms");
        group.initialDelayRemainingMs = std::max<std::int64_t>(timeoutMs - delay, 0);
        setTimer(ctx, ctx.now() + millis(delay), TimerAction{TimerKind::InitialDelay, group.id, {}, seq});
    } else {
        setTimer(ctx, ctx.now() + millis(timeoutMs), TimerAction{TimerKind::JoinDeadline, group.id, {}, seq});
    }
    emit(ctx, group,
         (initial ? EngineText::tr("PreparingRebalance (coordinator broker %1, leaving generation %2): %3; waiting "
                                  "group.initial.rebalance.delay.ms (%4) for more members")
                       .args(host_.id, group.generation, reason,
                             formatDuration(millis(brokerConfig("group.initial.rebalance.delay.ms"))))
                 : EngineText::tr("PreparingRebalance (coordinator broker %1, leaving generation %2): %3; members rejoin "
                                  "at their next heartbeat or poll")
                       .args(host_.id, group.generation, reason)));
    ctx.observer().onGroup(GroupRebalanceStarted{group.id, group.generation, reason, host_.id});
    if (!initial) tryCompleteJoin(ctx, group);
}

void GroupCoordinator::tryCompleteJoin(NodeContext& ctx, Group& group) {
    if (group.state != GroupState::PreparingRebalance || group.initialDelay) return;
    if (group.allMembersJoined()) completeJoin(ctx, group);
}

void GroupCoordinator::completeJoin(NodeContext& ctx, Group& group) {
    std::vector<std::string> dropped;
    for (const auto& [id, m] : group.members)
        if (!m.awaitingJoin && !m.groupInstanceId) dropped.push_back(id);
    for (const std::string& id : dropped) {
        const GroupMember& m = group.members.at(id);
        emit(ctx, group,
             EngineText::tr("%1 removed: it did not rejoin within the rebalance timeout (max.poll.interval.ms = %2)")
                 .args(describeMember(group, id), formatDuration(millis(m.rebalanceTimeoutMs))));
        if (m.groupInstanceId) group.staticMembers.erase(*m.groupInstanceId);
        group.members.erase(id);
    }
    const bool anyJoined = std::any_of(group.members.begin(), group.members.end(),
                                       [](const auto& m) { return m.second.awaitingJoin.has_value(); });
    if (!group.members.empty() && !anyJoined) {
        const std::uint64_t seq = ++group.joinSeq;
        setTimer(ctx, ctx.now() + millis(group.rebalanceTimeoutMs()), TimerAction{TimerKind::JoinDeadline, group.id, {}, seq});
        return;
    }
    ++group.generation;
    ++group.joinSeq;
    group.initialDelay = false;
    if (group.members.empty()) {
        group.state = GroupState::Empty;
        group.protocol.clear();
        group.leader.clear();
        emit(ctx, group, EngineText::tr("Empty at generation %1 (no members left)").args(group.generation));
        ctx.observer().onGroup(GroupStabilized{group.id, group.generation, "", {}, {}, host_.id});
        storeGroup(ctx, group, std::nullopt);
        return;
    }
    group.protocol = selectProtocol(group);
    if (!group.members.count(group.leader) || !group.members.at(group.leader).awaitingJoin) {
        for (const auto& [id, m] : group.members) {
            if (m.awaitingJoin) {
                group.leader = id;
                break;
            }
        }
    }
    group.state = GroupState::CompletingRebalance;
    std::string names;
    for (const auto& [id, m] : group.members)
        names += (names.empty() ? "" : ", ") + m.clientId + (id == group.leader ? " (leader)" : "");
    emit(ctx, group,
         EngineText::tr("CompletingRebalance: generation %1, assignor %2, members %3; the leader computes the "
                        "assignment and sends it in SyncGroup").args(group.generation, group.protocol, names));
    for (auto& [id, m] : group.members) {
        if (!m.awaitingJoin) continue;
        replyJoin(ctx, group, m);
        m.isNew = false;
        touch(ctx, group, m);
    }
}

void GroupCoordinator::replyJoin(NodeContext& ctx, const Group& group, GroupMember& member) {
    JoinGroupResponse r;
    r.correlationId = member.awaitingJoin->correlationId;
    r.generationId = group.generation;
    r.protocolName = group.protocol;
    r.leader = group.leader;
    r.memberId = member.memberId;
    if (member.memberId == group.leader) {
        for (const auto& [id, m] : group.members) {
            JoinGroupMember jm;
            jm.memberId = id;
            jm.groupInstanceId = m.groupInstanceId;
            for (const JoinGroupProtocol& p : m.protocols)
                if (p.name == group.protocol) jm.metadata = p;
            r.members.push_back(std::move(jm));
        }
    }
    ctx.send(member.awaitingJoin->node, std::move(r));
    member.awaitingJoin.reset();
}

// ---------------------------------------------------------------- SyncGroup

void GroupCoordinator::handleSyncGroup(NodeContext& ctx, NodeId from, SyncGroupRequest request) {
    auto reply = [&](KafkaError error, std::vector<TopicPartition> assignment = {}) {
        SyncGroupResponse r;
        r.correlationId = request.correlationId;
        r.error = error;
        r.assignment = std::move(assignment);
        ctx.send(from, std::move(r));
    };
    if (auto error = validate(request.groupId)) return reply(*error);
    auto g = groups_.find(request.groupId);
    if (g == groups_.end()) return reply(KafkaError::UNKNOWN_MEMBER_ID);
    Group& group = g->second;
    if (group.state == GroupState::Dead) return reply(KafkaError::COORDINATOR_NOT_AVAILABLE);
    if (request.groupInstanceId) {
        auto s = group.staticMembers.find(*request.groupInstanceId);
        if (s != group.staticMembers.end() && s->second != request.memberId) return reply(KafkaError::FENCED_INSTANCE_ID);
    }
    auto it = group.members.find(request.memberId);
    if (it == group.members.end()) return reply(KafkaError::UNKNOWN_MEMBER_ID);
    if (request.generationId != group.generation) return reply(KafkaError::ILLEGAL_GENERATION);
    GroupMember& member = it->second;
    switch (group.state) {
    case GroupState::Empty:
    case GroupState::Dead:
        return reply(KafkaError::UNKNOWN_MEMBER_ID);
    case GroupState::PreparingRebalance:
        return reply(KafkaError::REBALANCE_IN_PROGRESS);
    case GroupState::Stable:
        touch(ctx, group, member);
        return reply(KafkaError::NONE, member.assignment);
    case GroupState::CompletingRebalance:
        member.awaitingSync = PendingReply{from, request.correlationId};
        member.node = from;
        if (request.memberId != group.leader) return;
        for (auto& [id, m] : group.members) {
            auto a = request.assignments.find(id);
            m.assignment = a == request.assignments.end() ? std::vector<TopicPartition>{} : a->second;
        }
        storeGroup(ctx, group, PendingReply{from, request.correlationId});
        return;
    }
}

void GroupCoordinator::propagateAssignment(NodeContext& ctx, Group& group, KafkaError error) {
    for (auto& [id, m] : group.members) {
        if (!m.awaitingSync) continue;
        SyncGroupResponse r;
        r.correlationId = m.awaitingSync->correlationId;
        r.error = error;
        if (error == KafkaError::NONE) r.assignment = m.assignment;
        ctx.send(m.awaitingSync->node, std::move(r));
        m.awaitingSync.reset();
        touch(ctx, group, m);
    }
}

void GroupCoordinator::storeGroup(NodeContext& ctx, Group& group, std::optional<PendingReply> reply) {
    StoredGroup stored;
    stored.generation = group.generation;
    stored.protocol = group.protocol;
    stored.leader = group.leader;
    for (const auto& [id, m] : group.members) {
        StoredMember sm;
        sm.memberId = id;
        sm.groupInstanceId = m.groupInstanceId;
        sm.clientId = m.clientId;
        sm.sessionTimeoutMs = m.sessionTimeoutMs;
        sm.rebalanceTimeoutMs = m.rebalanceTimeoutMs;
        sm.topics = m.subscription();
        sm.assignment = m.assignment;
        stored.members.push_back(std::move(sm));
    }
    PendingAppend pending;
    pending.kind = AppendKind::StoreGroup;
    pending.group = group.id;
    pending.generation = group.generation;
    pending.reply = reply;
    appendRecords(ctx, group, {{groupKey(group.id), encodeGroup(stored)}}, std::move(pending));
}

void GroupCoordinator::appendRecords(NodeContext& ctx, const Group& group,
                                     const std::vector<std::pair<std::string, std::optional<std::string>>>& records,
                                     PendingAppend pending) {
    auto data = std::make_shared<RecordBatchData>();
    for (const auto& [key, value] : records) {
        ProducerRecord record;
        record.key = key;
        record.value = value;
        data->append(record, ctx.now());
    }
    ProduceRequest request;
    request.correlationId = nextAppend_++;
    request.acks = -1;
    request.timeoutMs = static_cast<std::int32_t>(brokerConfig("offsets.commit.timeout.ms"));
    request.partitions.push_back({TopicPartition{kConsumerOffsetsTopic, group.partition}, std::move(data)});
    appends_.emplace(request.correlationId, std::move(pending));
    host_.append(ctx, std::move(request));
}

void GroupCoordinator::onAppendDone(NodeContext& ctx, const ProduceResponse& response) {
    auto it = appends_.find(response.correlationId);
    if (it == appends_.end()) return;
    PendingAppend pending = std::move(it->second);
    appends_.erase(it);
    const KafkaError appendError = response.partitions.empty() ? KafkaError::NOT_LEADER_OR_FOLLOWER : response.partitions.front().error;
    auto g = groups_.find(pending.group);
    if (pending.kind == AppendKind::Commit) {
        KafkaError error = commitError(appendError);
        if (g == groups_.end() && error == KafkaError::NONE) error = KafkaError::NOT_COORDINATOR;
        if (error == KafkaError::NONE) {
            Group& group = g->second;
            std::string text;
            for (const auto& [tp, offset] : pending.offsets) {
                group.offsets[tp] = CommittedOffset{offset, ctx.now()};
                ctx.observer().onGroup(OffsetCommitApplied{group.id, tp, offset, host_.id});
                text += (text.empty() ? "" : ", ") + tp.str() + "=" + std::to_string(offset);
            }
            emit(ctx, group, pending.clientId.empty() ? EngineText::tr("committed %1").args(text)
                                                      : EngineText::tr("committed %1 (from %2)")
                                                          .args(text, pending.clientId), true);
        }
        if (pending.reply) {
            OffsetCommitResponse r;
            r.correlationId = pending.reply->correlationId;
            for (const auto& [tp, offset] : pending.offsets) r.errors[tp] = error;
            ctx.send(pending.reply->node, std::move(r));
        }
        return;
    }
    if (g == groups_.end()) {
        if (pending.reply) {
            SyncGroupResponse r;
            r.correlationId = pending.reply->correlationId;
            r.error = KafkaError::NOT_COORDINATOR;
            ctx.send(pending.reply->node, std::move(r));
        }
        return;
    }
    Group& group = g->second;
    if (group.state != GroupState::CompletingRebalance || group.generation != pending.generation) return;
    if (appendError != KafkaError::NONE) {
        for (auto& [id, m] : group.members) m.assignment.clear();
        const KafkaError error = appendError == KafkaError::NOT_LEADER_OR_FOLLOWER ? KafkaError::NOT_COORDINATOR
                                                                                 : KafkaError::REBALANCE_IN_PROGRESS;
        propagateAssignment(ctx, group, error);
        prepareRebalance(ctx, group, EngineText::tr("storing the assignment failed: %1").args(errorName(appendError)));
        return;
    }
    group.state = GroupState::Stable;
    std::string text;
    GroupStabilized stable{group.id, group.generation, group.protocol, {}, {}, host_.id};
    for (const auto& [id, m] : group.members) {
        text += (text.empty() ? "" : ", ") + m.clientId + " " + formatPartitions(m.assignment);
        stable.assignment[id] = m.assignment;
        stable.clientIds[id] = m.clientId;
    }
    emit(ctx, group,
         EngineText::tr("Stable at generation %1 after %2: %3")
             .args(group.generation, formatDuration(ctx.now() - group.rebalanceStarted), text));
    ctx.observer().onGroup(stable);
    propagateAssignment(ctx, group, KafkaError::NONE);
}

// ---------------------------------------------------------------- Heartbeat and LeaveGroup

void GroupCoordinator::touch(NodeContext& ctx, Group& group, GroupMember& member) {
    member.lastHeartbeat = ctx.now();
    if (!member.expiryArmed) armExpiry(ctx, group, member, ctx.now() + millis(member.sessionTimeoutMs));
}

void GroupCoordinator::armExpiry(NodeContext& ctx, Group& group, GroupMember& member, SimTime at) {
    member.expiryArmed = true;
    setTimer(ctx, at, TimerAction{TimerKind::HeartbeatExpiry, group.id, member.memberId, 0});
}

void GroupCoordinator::handleHeartbeat(NodeContext& ctx, NodeId from, const HeartbeatRequest& request) {
    auto reply = [&](KafkaError error) { ctx.send(from, HeartbeatResponse{request.correlationId, error}); };
    if (auto error = validate(request.groupId)) return reply(*error);
    auto g = groups_.find(request.groupId);
    if (g == groups_.end()) return reply(KafkaError::UNKNOWN_MEMBER_ID);
    Group& group = g->second;
    if (request.groupInstanceId) {
        auto s = group.staticMembers.find(*request.groupInstanceId);
        if (s != group.staticMembers.end() && s->second != request.memberId) return reply(KafkaError::FENCED_INSTANCE_ID);
    }
    auto it = group.members.find(request.memberId);
    if (it == group.members.end()) return reply(KafkaError::UNKNOWN_MEMBER_ID);
    if (request.generationId != group.generation) return reply(KafkaError::ILLEGAL_GENERATION);
    switch (group.state) {
    case GroupState::Empty:
    case GroupState::Dead:
        return reply(KafkaError::UNKNOWN_MEMBER_ID);
    case GroupState::PreparingRebalance:
        touch(ctx, group, it->second);
        return reply(KafkaError::REBALANCE_IN_PROGRESS);
    case GroupState::CompletingRebalance:
    case GroupState::Stable:
        touch(ctx, group, it->second);
        return reply(KafkaError::NONE);
    }
}

void GroupCoordinator::handleLeaveGroup(NodeContext& ctx, NodeId from, const LeaveGroupRequest& request) {
    auto reply = [&](KafkaError error) { ctx.send(from, LeaveGroupResponse{request.correlationId, error}); };
    if (auto error = validate(request.groupId)) return reply(*error);
    auto g = groups_.find(request.groupId);
    if (g == groups_.end()) return reply(KafkaError::UNKNOWN_MEMBER_ID);
    Group& group = g->second;
    if (group.pendingMembers.erase(request.memberId)) {
        tryCompleteJoin(ctx, group);
        return reply(KafkaError::NONE);
    }
    if (!group.members.count(request.memberId)) return reply(KafkaError::UNKNOWN_MEMBER_ID);
    removeMember(ctx, group, request.memberId,
                 request.reason.empty()
                     ? EngineText::tr("%1 left the group").args(describeMember(group, request.memberId))
                     : EngineText::tr("%1 left the group (%2)")
                         .args(describeMember(group, request.memberId), request.reason));
    reply(KafkaError::NONE);
}

void GroupCoordinator::removeMember(NodeContext& ctx, Group& group, const std::string& memberId, Text reason) {
    auto it = group.members.find(memberId);
    if (it == group.members.end()) return;
    if (it->second.awaitingJoin) {
        JoinGroupResponse r;
        r.correlationId = it->second.awaitingJoin->correlationId;
        r.error = KafkaError::UNKNOWN_MEMBER_ID;
        ctx.send(it->second.awaitingJoin->node, std::move(r));
    }
    if (it->second.groupInstanceId) group.staticMembers.erase(*it->second.groupInstanceId);
    group.members.erase(it);
    if (group.leader == memberId) group.leader = group.members.empty() ? std::string() : group.members.begin()->first;
    emit(ctx, group, reason);
    switch (group.state) {
    case GroupState::Stable:
    case GroupState::CompletingRebalance:
        prepareRebalance(ctx, group, reason);
        break;
    case GroupState::PreparingRebalance:
        tryCompleteJoin(ctx, group);
        break;
    case GroupState::Empty:
    case GroupState::Dead:
        break;
    }
}

// ---------------------------------------------------------------- timers

void GroupCoordinator::onTimer(NodeContext& ctx, std::uint64_t token) {
    auto t = timers_.find(token - kTimerBase);
    if (t == timers_.end()) return;
    const TimerAction action = std::move(t->second);
    timers_.erase(t);
    auto g = groups_.find(action.group);
    if (g == groups_.end()) return;
    Group& group = g->second;
    switch (action.kind) {
    case TimerKind::HeartbeatExpiry: {
        auto it = group.members.find(action.member);
        if (it == group.members.end()) return;
        GroupMember& m = it->second;
        m.expiryArmed = false;
        const SimTime deadline = m.lastHeartbeat + millis(m.sessionTimeoutMs);
        if (m.awaitingJoin || m.awaitingSync || ctx.now() < deadline) {
            armExpiry(ctx, group, m, std::max(deadline, ctx.now() + millis(m.sessionTimeoutMs) / 10));
            return;
        }
        removeMember(ctx, group, action.member,
                     EngineText::tr("%1 removed: no heartbeat within session.timeout.ms (%2)")
                         .args(describeMember(group, action.member), formatDuration(millis(m.sessionTimeoutMs))));
        return;
    }
    case TimerKind::PendingMemberExpiry:
        if (group.pendingMembers.erase(action.member)) tryCompleteJoin(ctx, group);
        return;
    case TimerKind::JoinDeadline:
        if (group.state == GroupState::PreparingRebalance && action.seq == group.joinSeq) completeJoin(ctx, group);
        return;
    case TimerKind::InitialDelay: {
        if (group.state != GroupState::PreparingRebalance || action.seq != group.joinSeq) return;
        if (group.newMemberAdded && group.initialDelayRemainingMs > 0) {
            group.newMemberAdded = false;
            const std::int64_t delay =
                std::min<std::int64_t>(brokerConfig("group.initial.rebalance.delay.ms"), group.initialDelayRemainingMs);
            group.initialDelayRemainingMs -= delay;
            setTimer(ctx, ctx.now() + millis(delay), TimerAction{TimerKind::InitialDelay, group.id, {}, action.seq});
            return;
        }
        group.initialDelay = false;
        if (group.allMembersJoined()) {
            completeJoin(ctx, group);
        } else {
            const std::uint64_t seq = ++group.joinSeq;
            setTimer(ctx, ctx.now() + millis(group.rebalanceTimeoutMs()), TimerAction{TimerKind::JoinDeadline, group.id, {}, seq});
        }
        return;
    }
    }
}

// ---------------------------------------------------------------- offsets

void GroupCoordinator::handleOffsetCommit(NodeContext& ctx, NodeId from, const OffsetCommitRequest& request) {
    auto reply = [&](KafkaError error) {
        OffsetCommitResponse r;
        r.correlationId = request.correlationId;
        for (const auto& [tp, offset] : request.offsets) r.errors[tp] = error;
        ctx.send(from, std::move(r));
    };
    if (auto error = validate(request.groupId)) return reply(*error);
    auto g = groups_.find(request.groupId);
    if (g == groups_.end()) {
        if (request.generationId >= 0) return reply(KafkaError::ILLEGAL_GENERATION);
        g = groups_.find(getOrCreate(request.groupId).id);
    }
    Group& group = g->second;
    if (group.state == GroupState::Dead) return reply(KafkaError::COORDINATOR_NOT_AVAILABLE);
    if (request.groupInstanceId) {
        auto s = group.staticMembers.find(*request.groupInstanceId);
        if (s != group.staticMembers.end() && s->second != request.memberId) return reply(KafkaError::FENCED_INSTANCE_ID);
    }
    std::string clientId;
    if (!(request.generationId < 0 && group.state == GroupState::Empty)) {
        auto it = group.members.find(request.memberId);
        if (it == group.members.end()) return reply(KafkaError::UNKNOWN_MEMBER_ID);
        if (request.generationId != group.generation) return reply(KafkaError::ILLEGAL_GENERATION);
        if (group.state == GroupState::CompletingRebalance) return reply(KafkaError::REBALANCE_IN_PROGRESS);
        touch(ctx, group, it->second);
        clientId = it->second.clientId;
    }
    std::vector<std::pair<std::string, std::optional<std::string>>> records;
    for (const auto& [tp, offset] : request.offsets) records.emplace_back(offsetKey(group.id, tp), std::to_string(offset));
    PendingAppend pending;
    pending.kind = AppendKind::Commit;
    pending.group = group.id;
    pending.generation = group.generation;
    pending.reply = PendingReply{from, request.correlationId};
    pending.offsets = request.offsets;
    pending.clientId = clientId;
    appendRecords(ctx, group, records, std::move(pending));
}

void GroupCoordinator::handleOffsetFetch(NodeContext& ctx, NodeId from, const OffsetFetchRequest& request) {
    OffsetFetchResponse r;
    r.correlationId = request.correlationId;
    if (auto error = validate(request.groupId)) {
        r.error = *error;
    } else {
        auto g = groups_.find(request.groupId);
        for (const TopicPartition& tp : request.partitions) {
            Offset offset = -1;
            if (g != groups_.end()) {
                auto o = g->second.offsets.find(tp);
                if (o != g->second.offsets.end()) offset = o->second.offset;
            }
            r.offsets[tp] = offset;
        }
    }
    ctx.send(from, std::move(r));
}

void GroupCoordinator::handleListOffsets(NodeContext& ctx, NodeId from, const ListOffsetsRequest& request) {
    ListOffsetsResponse r;
    r.correlationId = request.correlationId;
    for (const auto& [tp, timestamp] : request.timestamps) {
        const PartitionLog* log = host_.leaderLog(tp);
        if (!log) {
            r.offsets[tp] = {host_.image->partition(tp) ? KafkaError::NOT_LEADER_OR_FOLLOWER
                                                        : KafkaError::UNKNOWN_TOPIC_OR_PARTITION,
                             -1};
            continue;
        }
        Offset offset = -1;
        if (timestamp == kListEarliest) offset = log->logStartOffset();
        else if (timestamp == kListLatest) offset = log->highWatermark();
        else offset = offsetForTimestamp(*log, millis(timestamp));
        r.offsets[tp] = {KafkaError::NONE, offset};
    }
    ctx.send(from, std::move(r));
}

}  // namespace ks
