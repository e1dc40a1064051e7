#include "raft/raft_replica.h"

#include <algorithm>

namespace ks {
namespace {

enum TimerKind : std::uint64_t { kElection = 1, kFetchRetry, kCheckQuorum, kParkedFetch };

std::uint64_t token(TimerKind kind, std::uint64_t id) { return RaftReplica::kTimerBase | (static_cast<std::uint64_t>(kind) << 48) | id; }

}  // namespace

const char* raftRoleName(RaftRole role) {
    switch (role) {
    case RaftRole::Unattached: return "unattached";
    case RaftRole::Follower: return "follower";
    case RaftRole::Prospective: return "prospective";
    case RaftRole::Candidate: return "candidate";
    case RaftRole::Leader: return "leader";
    }
    return "?";
}

RaftReplica::RaftReplica(NodeId id, std::vector<NodeId> voters, std::shared_ptr<QuorumStorage> storage,
                         RaftListener& listener, RaftConfig config)
    : id_(id), voters_(std::move(voters)), storage_(std::move(storage)), listener_(&listener), config_(config) {}

void RaftReplica::emit(NodeContext& ctx, Text text, bool verbose) const {
    Text who = config_.label == "zookeeper" ? EngineText::tr("zookeeper %1: %2") : EngineText::tr("controller %1: %2");
    ctx.emit(EventKind::Controller, std::move(who).args(id_, std::move(text)),
             {config_.label + ":" + std::to_string(id_)}, verbose);
}

std::int32_t RaftReplica::lastEpoch() const {
    if (!storage_->entries.empty()) return storage_->entries.back().epoch;
    return storage_->snapshot ? storage_->snapshot->id.epoch : 0;
}

EpochEndOffset RaftReplica::endOffsetForEpoch(std::int32_t epoch) const {
    const auto& entries = storage_->entries;
    Offset end = storage_->logStartOffset;
    std::int32_t found = -1;
    if (storage_->snapshot) {
        if (storage_->snapshot->id.epoch > epoch) return {-1, -1};
        found = storage_->snapshot->id.epoch;
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].epoch > epoch) break;
        found = entries[i].epoch;
        end = storage_->logStartOffset + static_cast<Offset>(i) + 1;
    }
    if (found < 0) return {epoch == 0 ? 0 : -1, 0};
    return {found, end};
}

SimTime RaftReplica::randomElectionTimeout(NodeContext& ctx) const {
    return config_.electionTimeout + ctx.rng().between(0, config_.electionTimeout);
}

void RaftReplica::resetElectionTimer(NodeContext& ctx, SimTime timeout) {
    ++electionGeneration_;
    ctx.setTimer(ctx.now() + timeout, token(kElection, electionGeneration_));
}

void RaftReplica::start(NodeContext& ctx) {
    role_ = RaftRole::Unattached;
    leaderId_ = kNoNode;
    // A snapshot holds committed records only.
    highWatermark_ = storage_->logStartOffset;
    if (voters_.size() == 1) {
        storage_->epoch += 1;
        storage_->votedFor = id_;
        becomeLeader(ctx);
        return;
    }
    resetElectionTimer(ctx, randomElectionTimeout(ctx));
}

bool RaftReplica::handle(NodeContext& ctx, NodeId from, Message& message) {
    if (auto* m = std::get_if<VoteRequest>(&message)) handleVote(ctx, from, *m);
    else if (auto* m = std::get_if<VoteResponse>(&message)) handleVoteResponse(ctx, from, *m);
    else if (auto* m = std::get_if<BeginQuorumEpochRequest>(&message)) handleBeginEpoch(ctx, *m);
    else if (auto* m = std::get_if<QuorumFetchRequest>(&message)) handleFetch(ctx, from, *m);
    else if (auto* m = std::get_if<QuorumFetchResponse>(&message)) handleFetchResponse(ctx, from, std::move(*m));
    else if (auto* m = std::get_if<FetchSnapshotRequest>(&message)) handleFetchSnapshot(ctx, from, *m);
    else if (auto* m = std::get_if<FetchSnapshotResponse>(&message)) handleFetchSnapshotResponse(ctx, from, std::move(*m));
    else return false;
    return true;
}

void RaftReplica::handleTimer(NodeContext& ctx, std::uint64_t t) {
    const auto kind = static_cast<TimerKind>((t >> 48) & 0xff);
    const std::uint64_t id = t & ((1ULL << 48) - 1);
    switch (kind) {
    case kElection:
        if (id != electionGeneration_) return;
        if (role_ == RaftRole::Leader) return;
        if (role_ == RaftRole::Follower && lastLeaderContact_ >= 0 &&
            ctx.now() - lastLeaderContact_ < config_.fetchTimeout) {
            resetElectionTimer(ctx, config_.fetchTimeout - (ctx.now() - lastLeaderContact_));
            return;
        }
        if (role_ == RaftRole::Follower)
            emit(ctx, EngineText::tr("no word from leader %1 for %2 (controller.quorum.fetch.timeout.ms)")
                .args(leaderId_, formatDuration(config_.fetchTimeout)));
        if ((role_ == RaftRole::Prospective || role_ == RaftRole::Candidate) && !reportedNoQuorum_) {
            reportedNoQuorum_ = true;
            emit(ctx, (config_.label == "controller"
                           ? EngineText::tr("cannot reach a majority (%1 of %2 voters): nothing can be committed, so broker "
                                            "fencing, partition leader elections, ISR changes and topic changes wait until a "
                                            "quorum is back")
                           : EngineText::tr("cannot reach a majority (%1 of %2 voters): nothing can be committed, so ZooKeeper "
                                            "cannot serve writes, sessions or watches until a quorum is back"))
                          .args(majority(), voters_.size()));
        }
        becomeProspective(ctx);
        break;
    case kFetchRetry:
        if (id != fetchGeneration_) return;
        fetchInFlight_ = false;
        sendFetch(ctx);
        break;
    case kCheckQuorum: {
        if (role_ != RaftRole::Leader || id != electionGeneration_) return;
        int heard = 1;
        for (const auto& [voter, state] : voterStates_)
            if (state.lastFetch >= 0 && ctx.now() - state.lastFetch <= config_.fetchTimeout * 3 / 2) ++heard;
        if (heard < majority()) {
            emit(ctx, EngineText::tr("resigns as quorum leader: heard from only %1 of %2 voters within %3")
                .args(heard, voters_.size(), formatDuration(config_.fetchTimeout * 3 / 2)));
            becomeUnattached(ctx, storage_->epoch);
            return;
        }
        ctx.setTimer(ctx.now() + config_.fetchTimeout / 2, token(kCheckQuorum, electionGeneration_));
        break;
    }
    case kParkedFetch: {
        auto it = parked_.find(id);
        if (it == parked_.end()) return;
        QuorumFetchResponse response;
        buildFetchResponse(it->second.request, response);
        ctx.send(it->second.from, std::move(response));
        parked_.erase(it);
        break;
    }
    }
}

void RaftReplica::onDisconnected(NodeContext& ctx, NodeId peer) {
    if (role_ == RaftRole::Follower && peer == leaderId_ && fetchInFlight_) {
        ++fetchGeneration_;
        ctx.setTimer(ctx.now() + millis(100), token(kFetchRetry, fetchGeneration_));
    }
}

// ---------------------------------------------------------------- roles

void RaftReplica::becomeUnattached(NodeContext& ctx, std::int32_t epoch) {
    const bool wasLeader = role_ == RaftRole::Leader;
    if (epoch > storage_->epoch) {
        storage_->epoch = epoch;
        storage_->votedFor = kNoNode;
    }
    role_ = RaftRole::Unattached;
    leaderId_ = kNoNode;
    parked_.clear();
    if (wasLeader) listener_->onLoseLeadership(ctx);
    resetElectionTimer(ctx, randomElectionTimeout(ctx));
}

void RaftReplica::becomeFollower(NodeContext& ctx, std::int32_t epoch, NodeId leader, bool heardFromLeader) {
    if (leader == id_) {
        becomeUnattached(ctx, epoch);
        return;
    }
    const bool wasLeader = role_ == RaftRole::Leader;
    const bool changed = role_ != RaftRole::Follower || leaderId_ != leader || epoch != storage_->epoch;
    if (epoch > storage_->epoch) {
        storage_->epoch = epoch;
        storage_->votedFor = kNoNode;
    }
    role_ = RaftRole::Follower;
    leaderId_ = leader;
    // Only the leader's own word counts as contact; a hint from another voter may be stale.
    lastLeaderContact_ = heardFromLeader ? ctx.now() : -1;
    if (heardFromLeader) reportedNoQuorum_ = false;
    parked_.clear();
    if (wasLeader) listener_->onLoseLeadership(ctx);
    if (changed) {
        emit(ctx, EngineText::tr("follows quorum leader %1 in epoch %2").args(leader, epoch), true);
        fetchInFlight_ = false;
        ++fetchGeneration_;
        sendFetch(ctx);
    }
    resetElectionTimer(ctx, config_.fetchTimeout);
}

void RaftReplica::becomeProspective(NodeContext& ctx) {
    role_ = RaftRole::Prospective;
    leaderId_ = kNoNode;
    votes_.clear();
    votes_[id_] = true;
    emit(ctx, EngineText::tr("asks the other voters for a pre-vote for epoch %1")
        .args(storage_->epoch + 1), reportedNoQuorum_);
    for (NodeId voter : voters_)
        if (voter != id_)
            ctx.send(voter, VoteRequest{storage_->epoch + 1, id_, lastEpoch(), logEndOffset(), true});
    resetElectionTimer(ctx, randomElectionTimeout(ctx));
}

void RaftReplica::becomeCandidate(NodeContext& ctx) {
    role_ = RaftRole::Candidate;
    storage_->epoch += 1;
    storage_->votedFor = id_;
    votes_.clear();
    votes_[id_] = true;
    emit(ctx, EngineText::tr("stands for election as quorum leader in epoch %1")
        .args(storage_->epoch), reportedNoQuorum_);
    for (NodeId voter : voters_)
        if (voter != id_) ctx.send(voter, VoteRequest{storage_->epoch, id_, lastEpoch(), logEndOffset(), false});
    resetElectionTimer(ctx, randomElectionTimeout(ctx));
}

void RaftReplica::becomeLeader(NodeContext& ctx) {
    role_ = RaftRole::Leader;
    reportedNoQuorum_ = false;
    leaderId_ = id_;
    voterStates_.clear();
    for (NodeId voter : voters_)
        if (voter != id_) voterStates_[voter] = VoterState{};
    ++electionGeneration_;
    ctx.observer().onQuorumLeader(id_, storage_->epoch);
    const auto votes = std::count_if(votes_.begin(), votes_.end(), [](const auto& v) { return v.second; });
    emit(ctx, voters_.size() == 1 ? EngineText::tr("is the quorum leader (a 1-voter quorum) in epoch %1")
        .args(storage_->epoch)
                                  : EngineText::tr("won the election: quorum leader in epoch %1 with %2 of %3 votes")
                                        .args(storage_->epoch, votes, voters_.size()));
    for (NodeId voter : voters_)
        if (voter != id_) ctx.send(voter, BeginQuorumEpochRequest{storage_->epoch, id_});
    if (voters_.size() > 1) ctx.setTimer(ctx.now() + config_.fetchTimeout / 2, token(kCheckQuorum, electionGeneration_));
    append(ctx, LeaderChangeRecord{id_, storage_->epoch});
    listener_->onBecomeLeader(ctx);
}

// ---------------------------------------------------------------- votes

bool RaftReplica::candidateLogIsUpToDate(std::int32_t candidateLastEpoch, Offset candidateLastOffset) const {
    if (candidateLastEpoch != lastEpoch()) return candidateLastEpoch > lastEpoch();
    return candidateLastOffset >= logEndOffset();
}

void RaftReplica::handleVote(NodeContext& ctx, NodeId from, const VoteRequest& request) {
    VoteResponse response;
    response.preVote = request.preVote;
    if (request.preVote) {
        const bool leaderAlive = role_ == RaftRole::Leader ||
                                 (role_ == RaftRole::Follower && ctx.now() - lastLeaderContact_ < config_.fetchTimeout);
        response.epoch = storage_->epoch;
        response.leaderId = leaderId_;
        response.voteGranted = request.candidateEpoch > storage_->epoch && !leaderAlive &&
                               candidateLogIsUpToDate(request.lastOffsetEpoch, request.lastOffset);
        ctx.send(from, response);
        return;
    }
    if (request.candidateEpoch > storage_->epoch) becomeUnattached(ctx, request.candidateEpoch);
    response.epoch = storage_->epoch;
    response.leaderId = leaderId_;
    if (request.candidateEpoch == storage_->epoch &&
        (storage_->votedFor == kNoNode || storage_->votedFor == request.candidateId) &&
        role_ != RaftRole::Leader && candidateLogIsUpToDate(request.lastOffsetEpoch, request.lastOffset)) {
        storage_->votedFor = request.candidateId;
        response.voteGranted = true;
        emit(ctx, EngineText::tr("votes for controller %1 in epoch %2")
            .args(request.candidateId, request.candidateEpoch), true);
        resetElectionTimer(ctx, randomElectionTimeout(ctx));
    }
    ctx.send(from, response);
}

void RaftReplica::handleVoteResponse(NodeContext& ctx, NodeId from, const VoteResponse& response) {
    if (response.epoch > storage_->epoch) {
        if (response.leaderId != kNoNode) becomeFollower(ctx, response.epoch, response.leaderId, false);
        else becomeUnattached(ctx, response.epoch);
        return;
    }
    const bool counting = response.preVote ? role_ == RaftRole::Prospective
                                           : role_ == RaftRole::Candidate && response.epoch == storage_->epoch;
    if (!counting) return;
    votes_[from] = response.voteGranted;
    const auto granted = std::count_if(votes_.begin(), votes_.end(), [](const auto& v) { return v.second; });
    const auto rejected = static_cast<std::ptrdiff_t>(votes_.size()) - granted;
    if (granted >= majority()) {
        if (response.preVote) becomeCandidate(ctx);
        else becomeLeader(ctx);
    } else if (rejected >= majority()) {
        if (response.preVote && response.leaderId != kNoNode) {
            becomeFollower(ctx, storage_->epoch, response.leaderId, false);
        } else {
            role_ = RaftRole::Unattached;
            resetElectionTimer(ctx, randomElectionTimeout(ctx) + ctx.rng().between(0, config_.electionBackoffMax));
        }
    }
}

void RaftReplica::handleBeginEpoch(NodeContext& ctx, const BeginQuorumEpochRequest& request) {
    if (request.epoch < storage_->epoch) return;
    if (request.epoch == storage_->epoch && role_ == RaftRole::Leader) return;
    becomeFollower(ctx, request.epoch, request.leaderId, true);
}

// ---------------------------------------------------------------- replication

Offset RaftReplica::append(NodeContext& ctx, MetadataRecord record) {
    storage_->entries.push_back(MetadataEntry{storage_->epoch, std::move(record)});
    const Offset offset = logEndOffset() - 1;
    maybeAdvanceHighWatermark(ctx);
    answerParkedFetches(ctx);
    return offset;
}

void RaftReplica::sendFetch(NodeContext& ctx) {
    if (role_ != RaftRole::Follower || fetchInFlight_ || leaderId_ == kNoNode) return;
    fetchInFlight_ = true;
    ++fetchGeneration_;
    ctx.send(leaderId_, QuorumFetchRequest{id_, storage_->epoch, logEndOffset(), lastEpoch(), config_.fetchMaxWaitMs,
                                           highWatermark_});
    ctx.setTimer(ctx.now() + millis(config_.fetchMaxWaitMs) + config_.fetchTimeout, token(kFetchRetry, fetchGeneration_));
}

bool RaftReplica::buildFetchResponse(const QuorumFetchRequest& request, QuorumFetchResponse& out) const {
    out.epoch = storage_->epoch;
    out.leaderId = leaderId_;
    out.highWatermark = highWatermark_;
    out.baseOffset = request.fetchOffset;
    out.entries.clear();
    out.snapshotId.reset();
    // Below the log start, or diverging from a record the snapshot replaced: the fetcher needs the snapshot.
    const auto& snapshot = storage_->snapshot;
    if (snapshot && (request.fetchOffset < storage_->logStartOffset ||
                     (request.fetchOffset > 0 && request.lastFetchedEpoch < snapshot->id.epoch))) {
        out.snapshotId = snapshot->id;
        return true;
    }
    if (request.lastFetchedEpoch >= 0 && request.fetchOffset > 0) {
        const EpochEndOffset eo = endOffsetForEpoch(request.lastFetchedEpoch);
        if (eo.endOffset < request.fetchOffset || eo.epoch < request.lastFetchedEpoch) {
            out.divergingEpoch = eo;
            return true;
        }
    }
    const Offset end = logEndOffset();
    for (Offset o = request.fetchOffset; o < end; ++o) out.entries.push_back(entryAt(o));
    return !out.entries.empty();
}

void RaftReplica::handleFetch(NodeContext& ctx, NodeId from, const QuorumFetchRequest& request) {
    QuorumFetchResponse response;
    response.epoch = storage_->epoch;
    response.leaderId = leaderId_;
    if (role_ != RaftRole::Leader || request.epoch > storage_->epoch) {
        response.error = request.epoch > storage_->epoch ? KafkaError::UNKNOWN_LEADER_EPOCH : KafkaError::NOT_LEADER_OR_FOLLOWER;
        ctx.send(from, response);
        return;
    }
    if (request.epoch < storage_->epoch) {
        response.error = KafkaError::FENCED_LEADER_EPOCH;
        ctx.send(from, response);
        return;
    }
    auto voter = voterStates_.find(from);
    if (voter != voterStates_.end()) {
        voter->second.lastFetch = ctx.now();
        voter->second.logEndOffset = request.fetchOffset;
    }
    const bool ready = buildFetchResponse(request, response);
    if (!response.divergingEpoch && !response.snapshotId && voter != voterStates_.end()) maybeAdvanceHighWatermark(ctx);
    response.highWatermark = highWatermark_;
    if (ready || request.maxWaitMs <= 0 || request.knownHighWatermark < highWatermark_) {
        ctx.send(from, std::move(response));
        return;
    }
    const std::uint64_t parkId = nextParkId_++;
    parked_[parkId] = ParkedFetch{from, request};
    ctx.setTimer(ctx.now() + millis(request.maxWaitMs), token(kParkedFetch, parkId));
}

void RaftReplica::answerParkedFetches(NodeContext& ctx) {
    for (auto& [parkId, parked] : parked_) {
        QuorumFetchResponse response;
        buildFetchResponse(parked.request, response);
        ctx.send(parked.from, std::move(response));
    }
    parked_.clear();
}

void RaftReplica::handleFetchResponse(NodeContext& ctx, NodeId from, QuorumFetchResponse response) {
    if (role_ != RaftRole::Follower || from != leaderId_) return;
    fetchInFlight_ = false;
    if (response.epoch > storage_->epoch) {
        if (response.leaderId != kNoNode) becomeFollower(ctx, response.epoch, response.leaderId, response.leaderId == from);
        else becomeUnattached(ctx, response.epoch);
        return;
    }
    if (response.error != KafkaError::NONE) {
        ++fetchGeneration_;
        ctx.setTimer(ctx.now() + millis(100), token(kFetchRetry, fetchGeneration_));
        return;
    }
    lastLeaderContact_ = ctx.now();
    auto& entries = storage_->entries;
    if (response.snapshotId) {
        sendFetchSnapshot(ctx, *response.snapshotId);
        return;
    }
    if (response.divergingEpoch) {
        const EpochEndOffset mine = endOffsetForEpoch(response.divergingEpoch->epoch);
        const Offset to = std::max<Offset>(highWatermark_, std::min(response.divergingEpoch->endOffset, mine.endOffset));
        if (to < logEndOffset()) {
            emit(ctx, EngineText::tr("truncated %1 uncommitted metadata record(s) that diverged from leader %2")
                .args(logEndOffset() - to, from));
            entries.resize(static_cast<std::size_t>(to - storage_->logStartOffset));
        }
        sendFetch(ctx);
        return;
    }
    if (response.baseOffset == logEndOffset())
        for (auto& e : response.entries) entries.push_back(std::move(e));
    setHighWatermark(ctx, std::min(response.highWatermark, logEndOffset()));
    sendFetch(ctx);
}

void RaftReplica::sendFetchSnapshot(NodeContext& ctx, const SnapshotId& id) {
    fetchInFlight_ = true;
    ++fetchGeneration_;
    ctx.send(leaderId_, FetchSnapshotRequest{id_, id, true});
    ctx.setTimer(ctx.now() + config_.fetchTimeout, token(kFetchRetry, fetchGeneration_));
}

void RaftReplica::handleFetchSnapshot(NodeContext& ctx, NodeId from, const FetchSnapshotRequest& request) {
    FetchSnapshotResponse response;
    response.voter = request.voter;
    response.epoch = storage_->epoch;
    response.leaderId = leaderId_;
    if (role_ != RaftRole::Leader) response.error = KafkaError::NOT_LEADER_OR_FOLLOWER;
    else if (!storage_->snapshot || storage_->snapshot->id.endOffset < request.snapshotId.endOffset)
        response.error = KafkaError::SNAPSHOT_NOT_FOUND;
    else response.snapshot = *storage_->snapshot;
    ctx.send(from, std::move(response));
}

void RaftReplica::handleFetchSnapshotResponse(NodeContext& ctx, NodeId from, FetchSnapshotResponse response) {
    if (role_ != RaftRole::Follower || from != leaderId_ || !fetchInFlight_) return;
    fetchInFlight_ = false;
    if (response.epoch > storage_->epoch) {
        if (response.leaderId != kNoNode) becomeFollower(ctx, response.epoch, response.leaderId, response.leaderId == from);
        else becomeUnattached(ctx, response.epoch);
        return;
    }
    if (response.error != KafkaError::NONE || response.snapshot.id.endOffset <= highWatermark_) {
        ++fetchGeneration_;
        ctx.setTimer(ctx.now() + millis(100), token(kFetchRetry, fetchGeneration_));
        return;
    }
    lastLeaderContact_ = ctx.now();
    // The snapshot replaces the whole log: everything in it is committed, and what this voter had past
    // the high watermark it knew diverged from the leader or is older than the snapshot.
    storage_->entries.clear();
    storage_->logStartOffset = response.snapshot.id.endOffset;
    storage_->snapshot = response.snapshot;
    highWatermark_ = response.snapshot.id.endOffset;
    listener_->onSnapshotLoaded(ctx, *storage_->snapshot);
    sendFetch(ctx);
}

const MetadataSnapshot& RaftReplica::writeSnapshot(std::shared_ptr<const MetadataImage> image, Offset endOffset) {
    auto& entries = storage_->entries;
    const std::int32_t epoch = entryAt(endOffset - 1).epoch;
    entries.erase(entries.begin(), entries.begin() + (endOffset - storage_->logStartOffset));
    storage_->logStartOffset = endOffset;
    storage_->snapshot = MetadataSnapshot{SnapshotId{endOffset, epoch}, std::move(image)};
    return *storage_->snapshot;
}

void RaftReplica::maybeAdvanceHighWatermark(NodeContext& ctx) {
    if (role_ != RaftRole::Leader) return;
    std::vector<Offset> ends{logEndOffset()};
    for (const auto& [voter, state] : voterStates_) ends.push_back(state.logEndOffset);
    std::sort(ends.begin(), ends.end(), std::greater<>());
    const Offset majorityEnd = ends[static_cast<std::size_t>(majority() - 1)];
    if (majorityEnd <= highWatermark_) return;
    if (entryAt(majorityEnd - 1).epoch != storage_->epoch) return;
    setHighWatermark(ctx, majorityEnd);
    answerParkedFetches(ctx);
}

void RaftReplica::setHighWatermark(NodeContext& ctx, Offset hw) {
    if (hw <= highWatermark_) return;
    highWatermark_ = hw;
    listener_->onCommit(ctx, hw);
}

}  // namespace ks
