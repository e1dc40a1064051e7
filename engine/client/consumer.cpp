#include "client/consumer.h"

#include <algorithm>

namespace ks {
namespace {

enum TimerKind : std::uint64_t {
    kHeartbeat = 1,
    kProcess,
    kRequestTimeout,
    kFindRetry,
    kMetadataRetry,
    kMetadataAge,
    kWake,
};
constexpr std::uint64_t token(TimerKind kind, std::uint64_t id = 0) { return (static_cast<std::uint64_t>(kind) << 56) | id; }
constexpr SimTime kMetadataRequestTimeout = seconds(1);

bool isCoordinatorError(KafkaError e) {
    return e == KafkaError::NOT_COORDINATOR || e == KafkaError::COORDINATOR_NOT_AVAILABLE ||
           e == KafkaError::COORDINATOR_LOAD_IN_PROGRESS;
}

std::string describeRanges(const std::map<TopicPartition, std::pair<Offset, Offset>>& ranges) {
    std::string out;
    for (const auto& [tp, r] : ranges)
        out += (out.empty() ? "" : ", ") + tp.str() + " @" + std::to_string(r.first) +
               (r.second - 1 > r.first ? ".." + std::to_string(r.second - 1) : "");
    return out;
}

std::string describeOffsets(const std::map<TopicPartition, Offset>& offsets) {
    std::string out;
    for (const auto& [tp, o] : offsets) out += (out.empty() ? "" : ", ") + tp.str() + "=" + std::to_string(o);
    return out;
}

std::vector<TopicPartition> minus(const std::vector<TopicPartition>& a, const std::vector<TopicPartition>& b) {
    std::vector<TopicPartition> out;
    for (const auto& tp : a)
        if (std::find(b.begin(), b.end(), tp) == b.end()) out.push_back(tp);
    return out;
}

}  // namespace

const char* offsetResetName(OffsetReset reset) {
    switch (reset) {
    case OffsetReset::Earliest: return "earliest";
    case OffsetReset::Latest: return "latest";
    case OffsetReset::None: return "none";
    }
    return "?";
}

const char* commitModeName(CommitMode mode) {
    switch (mode) {
    case CommitMode::None: return "none";
    case CommitMode::AfterProcessing: return "after";
    case CommitMode::BeforeProcessing: return "before";
    }
    return "?";
}

// A consumer uses the cooperative protocol only when every assignor it lists supports it.
RebalanceProtocol ConsumerConfig::rebalanceProtocol() const {
    if (assignors.empty()) return RebalanceProtocol::Eager;
    return std::all_of(assignors.begin(), assignors.end(), supportsCooperative) ? RebalanceProtocol::Cooperative
                                                                               : RebalanceProtocol::Eager;
}

Consumer::Consumer(ConsumerConfig config) : config_(std::move(config)) {}

void Consumer::emit(NodeContext& ctx, EventKind kind, Text text, bool verbose,
                    std::vector<std::string> extraSubjects) const {
    std::vector<std::string> subjects{"consumer:" + config_.clientId};
    if (!config_.groupId.empty()) subjects.push_back("group:" + config_.groupId);
    subjects.insert(subjects.end(), extraSubjects.begin(), extraSubjects.end());
    ctx.emit(kind, EngineText::tr("%1: %2").args(config_.clientId, std::move(text)), std::move(subjects), verbose);
}

std::vector<TopicPartition> Consumer::ownedList() const {
    std::vector<TopicPartition> out;
    for (const auto& [tp, p] : owned_) out.push_back(tp);
    return out;
}

std::string Consumer::memberState() const {
    if (app_ == App::Failed) return "failed: " + fatal_.str();
    if (app_ == App::Closed) return "closed";
    if (!config_.usesGroupManagement()) return "standalone";
    if (coordinator_ == kNoNode && member_ != Member::Stable) return "finding coordinator";
    switch (member_) {
    case Member::Unjoined: return "unjoined";
    case Member::Joining: return "joining";
    case Member::Syncing: return "syncing";
    case Member::Stable: return rejoinNeeded_ ? "rejoin pending" : "stable";
    }
    return "?";
}

std::string Consumer::appState() const {
    switch (app_) {
    case App::Polling: return "polling";
    case App::Processing: return "processing";
    case App::Committing: return "committing";
    case App::Closing: return "closing";
    case App::Closed: return "closed";
    case App::Failed: return "failed";
    }
    return "?";
}

SimTime Consumer::backoff(int attempts) const {
    SimTime b = config_.retryBackoff;
    for (int i = 1; i < attempts && b < config_.retryBackoffMax; ++i) b *= 2;
    return std::min(b, config_.retryBackoffMax);
}

// The next broker in turn (metadata's live brokers, else bootstrap.servers), skipping any that
// refused a connection a moment ago when there is another.
NodeId Consumer::anyBroker(NodeContext& ctx) {
    const std::vector<BrokerId>& pool = liveBrokers_.empty() ? config_.bootstrap : liveBrokers_;
    if (pool.empty()) return kNoNode;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        const NodeId candidate = pool[bootstrapIndex_++ % pool.size()];
        if (!brokerBackingOff(ctx, candidate)) return candidate;
    }
    return pool[bootstrapIndex_++ % pool.size()];
}

void Consumer::setRequestTimer(NodeContext& ctx, std::int64_t correlationId, SimTime timeout) {
    ctx.setTimer(ctx.now() + timeout, token(kRequestTimeout, static_cast<std::uint64_t>(correlationId)));
}

// ---------------------------------------------------------------- lifecycle

void Consumer::start(NodeContext& ctx) {
    lastPoll_ = ctx.now();
    nextAutoCommit_ = ctx.now() + config_.autoCommitInterval;
    // The membership (joined to the rest with "; "), then its settings (with ", ").
    std::vector<Text> membership;
    if (!config_.manualAssignment.empty()) {
        for (const TopicPartition& tp : config_.manualAssignment) owned_[tp];
        membership.push_back(EngineText::tr("assigned %1 by hand (no group membership)")
            .args(formatPartitions(config_.manualAssignment)));
        if (!config_.groupId.empty()) membership.push_back(EngineText::tr("commits to group %1").args(config_.groupId));
    } else {
        std::string topics;
        for (const auto& t : config_.topics) topics += (topics.empty() ? "" : ", ") + t;
        if (config_.usesGroupManagement()) {
            std::string assignors;
            for (const auto& a : config_.assignors) assignors += (assignors.empty() ? "" : ",") + a;
            const bool eager = config_.rebalanceProtocol() == RebalanceProtocol::Eager;
            Text subscribes = config_.groupInstanceId
                                  ? (eager ? EngineText::tr("subscribes to [%1] in group %2 (assignor %3, eager "
                                                            "rebalancing, static member %4)")
                                           : EngineText::tr("subscribes to [%1] in group %2 (assignor %3, cooperative "
                                                            "rebalancing, static member %4)"))
                                        .args(topics, config_.groupId, assignors, *config_.groupInstanceId)
                                  : (eager ? EngineText::tr("subscribes to [%1] in group %2 (assignor %3, eager "
                                                            "rebalancing)")
                                           : EngineText::tr("subscribes to [%1] in group %2 (assignor %3, cooperative "
                                                            "rebalancing)"))
                                        .args(topics, config_.groupId, assignors);
            membership.push_back(std::move(subscribes));
        } else {
            membership.push_back(EngineText::tr("reads every partition of [%1] (no group)").args(topics));
        }
    }
    std::vector<Text> settings{Text::data(std::string("auto.offset.reset=") + offsetResetName(config_.autoOffsetReset))};
    if (!config_.groupId.empty())
        settings.push_back(config_.enableAutoCommit
                               ? EngineText::tr("auto-commit every %1").args(formatDuration(config_.autoCommitInterval))
                               : Text::data("enable.auto.commit=false"));
    if (config_.commitMode != CommitMode::None) {
        const bool after = config_.commitMode == CommitMode::AfterProcessing;
        settings.push_back(config_.commitAsync ? (after ? EngineText::tr("commits (async) after processing "
                                                                         "(at-least-once)")
                                                        : EngineText::tr("commits (async) before processing "
                                                                         "(at-most-once)"))
                                               : (after ? EngineText::tr("commits after processing (at-least-once)")
                                                        : EngineText::tr("commits before processing (at-most-once)")));
    }
    if (config_.processingPerRecord > 0)
        settings.push_back(EngineText::tr("processing %1 per record")
            .args(formatDuration(config_.processingPerRecord)));
    membership.push_back(Text::join(std::move(settings), ", "));
    emit(ctx, EventKind::Client, EngineText::tr("consumer started: %1").args(Text::join(std::move(membership), "; ")));
    requestMetadata(ctx);
    ctx.setTimer(ctx.now() + config_.metadataMaxAge, token(kMetadataAge));
    ctx.setTimer(ctx.now() + config_.heartbeatInterval, token(kHeartbeat, ++heartbeatTimerSeq_));
    runApp(ctx);
}

void Consumer::fail(NodeContext& ctx, Text why) {
    if (app_ == App::Failed || app_ == App::Closed) return;
    std::vector<TopicPartition> mine = ownedList();
    if (!mine.empty() && config_.usesGroupManagement())
        ctx.observer().onGroup(PartitionsRevoked{config_.groupId, config_.clientId, memberId_, mine, true});
    owned_.clear();
    buffers_.clear();
    app_ = App::Failed;
    fatal_ = why;
    emit(ctx, EventKind::Client, EngineText::tr("FAILED: %1 (the application stops here)").args(std::move(why)));
}

void Consumer::close(NodeContext& ctx) {
    if (app_ == App::Closed || app_ == App::Failed) return;
    closeRequested_ = true;
    runApp(ctx);
}

void Consumer::onTimer(NodeContext& ctx, std::uint64_t t) {
    const std::uint64_t id = t & ((1ULL << 56) - 1);
    if (app_ == App::Closed || app_ == App::Failed) return;
    switch (static_cast<TimerKind>(t >> 56)) {
    case kHeartbeat:
        if (id != heartbeatTimerSeq_) return;
        if ((app_ == App::Processing || app_ == App::Committing) && generation_ >= 0 &&
            ctx.now() - lastPoll_ > config_.maxPollInterval)
            pollTimeoutExpired(ctx);
        if (heartbeatCorrelation_ != 0 &&
            ctx.now() - heartbeatSentAt_ > std::min(config_.sessionTimeout, config_.requestTimeout))
            markCoordinatorUnknown(ctx, EngineText::tr("no heartbeat response within session.timeout.ms"));
        if (heartbeatCorrelation_ == 0) sendHeartbeat(ctx);
        if (awaitedCommit_ != 0 && ctx.now() > syncCommitDeadline_) {
            ++stats_.commitFailures;
            commits_.erase(awaitedCommit_);
            emit(ctx, EventKind::Client, EngineText::tr("commitSync() gave up after default.api.timeout.ms (%1): "
                                                        "TimeoutException")
                .args(formatDuration(config_.apiTimeout)));
            finishSyncCommit(ctx);
        }
        if (app_ == App::Closed || app_ == App::Failed) return;
        ctx.setTimer(ctx.now() + config_.heartbeatInterval, token(kHeartbeat, ++heartbeatTimerSeq_));
        break;
    case kProcess:
        if (batch_ && batch_->seq == id && app_ == App::Processing) processNext(ctx);
        break;
    case kRequestTimeout:
        failRequest(ctx, static_cast<std::int64_t>(id));
        break;
    case kFindRetry:
        findRetryScheduled_ = false;
        findCoordinator(ctx);
        break;
    case kMetadataRetry:
        metadataRetryScheduled_ = false;
        requestMetadata(ctx);
        break;
    case kMetadataAge:
        requestMetadata(ctx);
        ctx.setTimer(ctx.now() + config_.metadataMaxAge, token(kMetadataAge));
        break;
    case kWake:
        runApp(ctx);
        break;
    }
}

void Consumer::onMessage(NodeContext& ctx, NodeId from, Message message) {
    if (app_ == App::Closed || app_ == App::Failed) return;
    std::visit(
        [&](auto&& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, MetadataResponse>) handleMetadata(ctx, m);
            else if constexpr (std::is_same_v<T, FetchResponse>) handleFetchResponse(ctx, from, std::move(m));
            else if constexpr (std::is_same_v<T, FindCoordinatorResponse>) {
                if (m.correlationId != findCorrelation_) return;
                findCorrelation_ = 0;
                if (m.error == KafkaError::NONE) {
                    coordinator_ = m.coordinator;
                    emit(ctx, EventKind::Group, EngineText::tr("group coordinator is broker %1")
                        .args(coordinator_), true);
                    flushCommits(ctx);
                    if (generation_ >= 0 && member_ == Member::Stable) sendHeartbeat(ctx);
                    wake(ctx);
                } else {
                    emit(ctx, EventKind::Group, EngineText::tr("FindCoordinator: %1; retrying")
                        .args(errorName(m.error)), true);
                    scheduleFind(ctx);
                }
            } else if constexpr (std::is_same_v<T, JoinGroupResponse>) handleJoinResponse(ctx, m);
            else if constexpr (std::is_same_v<T, SyncGroupResponse>) handleSyncResponse(ctx, m);
            else if constexpr (std::is_same_v<T, HeartbeatResponse>) handleHeartbeatResponse(ctx, m);
            else if constexpr (std::is_same_v<T, OffsetCommitResponse>) handleCommitResponse(ctx, m);
            else if constexpr (std::is_same_v<T, OffsetFetchResponse>) handleOffsetFetchResponse(ctx, m);
            else if constexpr (std::is_same_v<T, ListOffsetsResponse>) handleListOffsetsResponse(ctx, m);
            else if constexpr (std::is_same_v<T, Disconnected>) handleDisconnected(ctx, m.peer);
        },
        std::move(message));
}

// ---------------------------------------------------------------- the application loop

void Consumer::wake(NodeContext& ctx) { runApp(ctx); }

void Consumer::runApp(NodeContext& ctx) {
    if (inAppLoop_) {
        wakeRequested_ = true;
        return;
    }
    inAppLoop_ = true;
    do {
        wakeRequested_ = false;
        while (app_ == App::Polling && pollOnce(ctx)) {}
    } while (wakeRequested_ && app_ == App::Polling);
    inAppLoop_ = false;
}

// One call of poll(): group work, auto-commit, positions, fetches, then records for the
// application. Returns true when the application finished a batch at once and polls again.
bool Consumer::pollOnce(NodeContext& ctx) {
    lastPoll_ = ctx.now();
    if (closeRequested_) {
        app_ = App::Closing;
        const bool canCommit = !config_.groupId.empty() && config_.enableAutoCommit &&
                               (!config_.usesGroupManagement() || generation_ >= 0);
        const std::int64_t waitFor =
            canCommit ? sendCommit(ctx, consumedPositions(), CommitKind::AfterProcessing, true) : 0;
        if (waitFor) {
            waitForCommit(waitFor, AfterCommit::Close);
            return false;
        }
        finishClose(ctx);
        return false;
    }
    if (!groupStep(ctx)) return false;
    if (!config_.groupId.empty() && config_.enableAutoCommit && ctx.now() >= nextAutoCommit_) {
        nextAutoCommit_ = ctx.now() + config_.autoCommitInterval;
        if (!config_.usesGroupManagement() || (generation_ >= 0 && member_ == Member::Stable))
            sendCommit(ctx, consumedPositions(), CommitKind::AfterProcessing, false);
    }
    ensurePositions(ctx);
    sendFetches(ctx);

    // Records for the application: at most max.poll.records, partitions taken in turn.
    std::vector<TopicPartition> order = ownedList();
    std::map<TopicPartition, std::pair<Offset, Offset>> taken;
    std::int64_t need = config_.maxPollRecords;
    Batch batch;
    for (std::size_t i = 0; i < order.size() && need > 0; ++i) {
        const TopicPartition& tp = order[(roundRobin_ + i) % order.size()];
        auto b = buffers_.find(tp);
        ConsumerPartition& part = owned_[tp];
        if (b == buffers_.end() || part.position < 0 || b->second.from != part.position) continue;
        auto& batches = b->second.batches;
        const Offset start = part.position;
        while (need > 0 && !batches.empty()) {
            const StoredBatch& front = batches.front();
            if (front.nextOffset() <= part.position) {
                batches.pop_front();
                continue;
            }
            const Offset from = std::max(part.position, front.baseOffset);
            const Offset take = std::min<Offset>(need, front.nextOffset() - from);
            part.position = from + take;
            need -= take;
            if (part.position >= front.nextOffset()) batches.pop_front();
        }
        b->second.from = part.position;
        if (batches.empty()) buffers_.erase(b);
        if (part.position > start) {
            taken[tp] = {start, part.position};
            batch.ranges.push_back(PollRange{tp, start, part.position});
            batch.total += part.position - start;
        }
    }
    if (!order.empty()) roundRobin_ = (roundRobin_ + 1) % order.size();
    if (batch.total == 0) {
        // poll() would return at the next auto-commit deadline at the latest.
        if (!config_.groupId.empty() && config_.enableAutoCommit && autoCommitWake_ != nextAutoCommit_) {
            autoCommitWake_ = nextAutoCommit_;
            ctx.setTimer(nextAutoCommit_, token(kWake));
        }
        return false;
    }
    sendFetches(ctx);
    stats_.polled += batch.total;
    batch.seq = ++batchSeq_;
    batch_ = std::move(batch);
    emit(ctx, EventKind::Client, EngineText::tr("poll() returned %1 record(s): %2")
        .args(batch_->total, describeRanges(taken)),
         true);
    if (config_.commitMode == CommitMode::BeforeProcessing) {
        const std::int64_t waitFor =
            sendCommit(ctx, consumedPositions(), CommitKind::BeforeProcessing, !config_.commitAsync);
        if (waitFor && !config_.commitAsync) {
            waitForCommit(waitFor, AfterCommit::Process);
            return false;
        }
    }
    app_ = App::Processing;
    if (config_.processingPerRecord > 0) {
        ctx.setTimer(ctx.now() + config_.processingPerRecord, token(kProcess, batch_->seq));
        return false;
    }
    for (const PollRange& r : batch_->ranges)
        ctx.observer().onGroup(RecordsProcessed{config_.groupId, config_.clientId, r.tp, r.from, r.to});
    stats_.processed += batch_->total;
    finishBatch(ctx);
    return app_ == App::Polling;
}

void Consumer::processNext(NodeContext& ctx) {
    Batch& b = *batch_;
    std::int64_t index = b.done;
    for (const PollRange& r : b.ranges) {
        if (index < r.to - r.from) {
            const Offset offset = r.from + index;
            ctx.observer().onGroup(RecordsProcessed{config_.groupId, config_.clientId, r.tp, offset, offset + 1});
            break;
        }
        index -= r.to - r.from;
    }
    ++b.done;
    ++stats_.processed;
    if (b.done < b.total) {
        ctx.setTimer(ctx.now() + config_.processingPerRecord, token(kProcess, b.seq));
        return;
    }
    finishBatch(ctx);
    runApp(ctx);
}

void Consumer::finishBatch(NodeContext& ctx) {
    batch_.reset();
    app_ = App::Polling;
    if (config_.commitMode != CommitMode::AfterProcessing) return;
    const std::int64_t waitFor = sendCommit(ctx, consumedPositions(), CommitKind::AfterProcessing, !config_.commitAsync);
    if (waitFor && !config_.commitAsync) waitForCommit(waitFor, AfterCommit::Poll);
}

// ---------------------------------------------------------------- group membership

// The group's part of poll(). Returns false while the application must wait (a commit before
// rejoining).
bool Consumer::groupStep(NodeContext& ctx) {
    if (!config_.usesGroupManagement()) return true;
    if (pendingSync_) {
        const PendingSync sync = *pendingSync_;
        pendingSync_.reset();
        applyAssignment(ctx, sync);
    }
    if (coordinator_ == kNoNode) {
        findCoordinator(ctx);
        return true;
    }
    if (member_ == Member::Joining || member_ == Member::Syncing) return true;
    if (!(rejoinNeeded_ || member_ == Member::Unjoined)) return true;
    // onJoinPrepare: commit what was consumed, then (eager) give everything up.
    if (!joinPrepared_) {
        joinPrepared_ = true;
        if (generationLost_) {
            generationLost_ = false;
            revoke(ctx, ownedList(), true, EngineText::tr("no longer a member of generation it owned them in"));
        } else if (config_.enableAutoCommit && generation_ >= 0 && !owned_.empty()) {
            const std::int64_t waitFor = sendCommit(ctx, consumedPositions(), CommitKind::AfterProcessing, true);
            if (waitFor) {
                waitForCommit(waitFor, AfterCommit::Join);
                return false;
            }
        }
    }
    if (config_.rebalanceProtocol() == RebalanceProtocol::Eager && !owned_.empty())
        revoke(ctx, ownedList(), false, EngineText::tr("eager rebalancing: every member gives up all its partitions "
                                                       "before rejoining"));
    sendJoin(ctx);
    return true;
}

void Consumer::findCoordinator(NodeContext& ctx) {
    if (findCorrelation_ != 0 || findRetryScheduled_ || coordinator_ != kNoNode) return;
    const NodeId broker = anyBroker(ctx);
    if (broker == kNoNode) return;
    findCorrelation_ = nextCorrelation();
    ctx.send(broker, FindCoordinatorRequest{findCorrelation_, config_.groupId});
    setRequestTimer(ctx, findCorrelation_, kMetadataRequestTimeout);
}

void Consumer::markCoordinatorUnknown(NodeContext& ctx, Text why) {
    if (coordinator_ == kNoNode) return;
    emit(ctx, EventKind::Group,
         EngineText::tr("lost its group coordinator (broker %1): %2; looking it up again")
             .args(coordinator_, std::move(why)),
         !coordinatorConfirmed_);
    coordinator_ = kNoNode;
    coordinatorConfirmed_ = false;
    heartbeatCorrelation_ = 0;
    if (member_ == Member::Joining || member_ == Member::Syncing) {
        member_ = generation_ >= 0 ? Member::Stable : Member::Unjoined;
        joinCorrelation_ = 0;
        syncCorrelation_ = 0;
        rejoinNeeded_ = true;
        joinPrepared_ = true;
    }
    if (offsetFetchCorrelation_ != 0) {
        offsetFetchCorrelation_ = 0;
        awaitingCommitted_.clear();
    }
    std::vector<std::int64_t> ids;
    for (const auto& [id, c] : commits_) ids.push_back(id);
    for (std::int64_t id : ids) {
        CommitInFlight c = std::move(commits_.at(id));
        commits_.erase(id);
        if (c.sync) {
            unsentCommits_.push_back(std::move(c));
        } else {
            ++stats_.commitFailures;
            emit(ctx, EventKind::Client, EngineText::tr("async commit of %1 failed: the coordinator went away")
                .args(describeOffsets(c.offsets)));
        }
    }
    scheduleFind(ctx);
}

void Consumer::scheduleFind(NodeContext& ctx) {
    if (findCorrelation_ != 0 || findRetryScheduled_ || coordinator_ != kNoNode) return;
    findRetryScheduled_ = true;
    ctx.setTimer(ctx.now() + backoff(++findAttempts_), token(kFindRetry));
}

void Consumer::confirmCoordinator() {
    coordinatorConfirmed_ = true;
    findAttempts_ = 0;
}

bool Consumer::brokerBackingOff(NodeContext& ctx, BrokerId broker) const {
    auto it = brokerBackoff_.find(broker);
    return it != brokerBackoff_.end() && it->second.second > ctx.now();
}

void Consumer::noteBrokerFailure(NodeContext& ctx, BrokerId broker) {
    auto& [attempts, until] = brokerBackoff_[broker];
    until = ctx.now() + backoff(++attempts);
    ctx.setTimer(until, token(kWake));
}

void Consumer::requestRejoin(NodeContext& ctx, Text why) {
    if (!config_.usesGroupManagement()) return;
    if (!rejoinNeeded_) {
        rejoinNeeded_ = true;
        rejoinReason_ = why;
        joinPrepared_ = false;
    }
    wake(ctx);
}

void Consumer::resetGeneration(bool resetMemberId) {
    generation_ = -1;
    if (resetMemberId) memberId_.clear();
    member_ = Member::Unjoined;
    isLeader_ = false;
    rejoinNeeded_ = true;
    joinPrepared_ = false;
    generationLost_ = !owned_.empty();
    heartbeatCorrelation_ = 0;
}

void Consumer::sendJoin(NodeContext& ctx) {
    JoinGroupRequest request;
    request.correlationId = nextCorrelation();
    request.groupId = config_.groupId;
    request.clientId = config_.clientId;
    request.memberId = memberId_;
    request.groupInstanceId = config_.groupInstanceId;
    request.sessionTimeoutMs = static_cast<std::int32_t>(config_.sessionTimeout / kMicrosPerMilli);
    request.rebalanceTimeoutMs = static_cast<std::int32_t>(config_.maxPollInterval / kMicrosPerMilli);
    request.reason = rejoinReason_;
    const bool cooperative = config_.rebalanceProtocol() == RebalanceProtocol::Cooperative;
    for (const std::string& name : config_.assignors) {
        JoinGroupProtocol p;
        p.name = name;
        p.topics = config_.topics;
        std::sort(p.topics.begin(), p.topics.end());
        if (cooperative) {
            p.owned = ownedList();
            p.generation = generation_;
        } else if (name == "sticky") {
            p.owned = lastAssignment_;
            p.generation = lastAssignmentGeneration_;
        }
        request.protocols.push_back(std::move(p));
    }
    joinCorrelation_ = request.correlationId;
    member_ = Member::Joining;
    rejoinNeeded_ = false;
    joinPrepared_ = false;
    if (!rejoinReason_.empty() && generation_ >= 0)
        emit(ctx, EventKind::Group, EngineText::tr("rejoins (JoinGroup): %1").args(rejoinReason_), true);
    rejoinReason_ = Text();
    setRequestTimer(ctx, joinCorrelation_, config_.maxPollInterval + seconds(5));
    ctx.send(coordinator_, std::move(request));
}

void Consumer::handleJoinResponse(NodeContext& ctx, const JoinGroupResponse& response) {
    if (response.correlationId != joinCorrelation_ || member_ != Member::Joining) return;
    joinCorrelation_ = 0;
    member_ = generation_ >= 0 ? Member::Stable : Member::Unjoined;
    switch (response.error) {
    case KafkaError::NONE:
        break;
    case KafkaError::MEMBER_ID_REQUIRED:
        memberId_ = response.memberId;
        rejoinNeeded_ = true;
        joinPrepared_ = true;
        sendJoin(ctx);
        return;
    case KafkaError::UNKNOWN_MEMBER_ID:
        resetGeneration(true);
        requestRejoin(ctx, EngineText::tr("JoinGroup answered UNKNOWN_MEMBER_ID"));
        return;
    case KafkaError::ILLEGAL_GENERATION:
        resetGeneration(false);
        requestRejoin(ctx, EngineText::tr("JoinGroup answered ILLEGAL_GENERATION"));
        return;
    case KafkaError::REBALANCE_IN_PROGRESS:
        requestRejoin(ctx, EngineText::tr("JoinGroup answered REBALANCE_IN_PROGRESS"));
        return;
    default:
        if (isCoordinatorError(response.error)) {
            rejoinNeeded_ = true;
            joinPrepared_ = true;
            markCoordinatorUnknown(ctx, EngineText::tr("JoinGroup answered %1").args(errorName(response.error)));
            return;
        }
        fail(ctx, EngineText::tr("JoinGroup failed with %1").args(errorName(response.error)));
        return;
    }
    confirmCoordinator();
    generation_ = response.generationId;
    memberId_ = response.memberId;
    protocol_ = response.protocolName;
    isLeader_ = response.leader == memberId_ && !response.skipAssignment;
    member_ = Member::Syncing;
    ++stats_.rebalances;
    SyncGroupRequest sync;
    sync.correlationId = nextCorrelation();
    sync.groupId = config_.groupId;
    sync.generationId = generation_;
    sync.memberId = memberId_;
    sync.groupInstanceId = config_.groupInstanceId;
    if (isLeader_) {
        std::vector<AssignorMember> members;
        std::set<std::string> topics;
        for (const JoinGroupMember& jm : response.members) {
            AssignorMember am;
            am.memberId = jm.memberId;
            am.groupInstanceId = jm.groupInstanceId;
            am.topics = jm.metadata.topics;
            am.owned = jm.metadata.owned;
            am.ownedGeneration = jm.metadata.generation;
            topics.insert(am.topics.begin(), am.topics.end());
            members.push_back(std::move(am));
        }
        std::map<std::string, int> counts;
        assignedTopicCounts_.clear();
        for (const std::string& t : topics) {
            auto l = leaders_.find(t);
            const int n = l == leaders_.end() ? 0 : static_cast<int>(l->second.size());
            assignedTopicCounts_[t] = n;
            if (n > 0) counts[t] = n;
        }
        sync.assignments = assign(protocol_, members, counts);
        std::string text;
        for (const auto& [m, parts] : sync.assignments) text += (text.empty() ? "" : ", ") + m + " " + formatPartitions(parts);
        emit(ctx, EventKind::Group,
             EngineText::tr("leader of generation %1: assigned with %2: %3").args(generation_, protocol_, text));
        if (topics.size() > counts.size()) requestMetadata(ctx);
    }
    syncCorrelation_ = sync.correlationId;
    setRequestTimer(ctx, syncCorrelation_, config_.requestTimeout);
    ctx.send(coordinator_, std::move(sync));
}

void Consumer::handleSyncResponse(NodeContext& ctx, const SyncGroupResponse& response) {
    if (response.correlationId != syncCorrelation_ || member_ != Member::Syncing) return;
    syncCorrelation_ = 0;
    switch (response.error) {
    case KafkaError::NONE:
        member_ = Member::Stable;
        pendingSync_ = PendingSync{generation_, response.assignment};
        wake(ctx);
        return;
    case KafkaError::REBALANCE_IN_PROGRESS:
        member_ = Member::Stable;
        requestRejoin(ctx, EngineText::tr("SyncGroup answered REBALANCE_IN_PROGRESS"));
        return;
    case KafkaError::UNKNOWN_MEMBER_ID:
        resetGeneration(true);
        requestRejoin(ctx, EngineText::tr("SyncGroup answered UNKNOWN_MEMBER_ID"));
        return;
    case KafkaError::ILLEGAL_GENERATION:
        resetGeneration(false);
        requestRejoin(ctx, EngineText::tr("SyncGroup answered ILLEGAL_GENERATION"));
        return;
    default:
        if (isCoordinatorError(response.error)) {
            member_ = Member::Stable;
            rejoinNeeded_ = true;
            joinPrepared_ = true;
            markCoordinatorUnknown(ctx, EngineText::tr("SyncGroup answered %1").args(errorName(response.error)));
            return;
        }
        fail(ctx, EngineText::tr("SyncGroup failed with %1").args(errorName(response.error)));
    }
}

void Consumer::applyAssignment(NodeContext& ctx, const PendingSync& sync) {
    if (sync.generation != generation_) return;
    std::vector<TopicPartition> assigned = sync.assignment;
    std::sort(assigned.begin(), assigned.end());
    const std::vector<TopicPartition> before = ownedList();
    const std::vector<TopicPartition> revoked = minus(before, assigned);
    const std::vector<TopicPartition> added = minus(assigned, before);
    if (!revoked.empty()) {
        if (config_.enableAutoCommit) {
            std::map<TopicPartition, Offset> positions = consumedPositions(&revoked);
            sendCommit(ctx, std::move(positions), CommitKind::AfterProcessing, false);
        }
        revoke(ctx, revoked, false, EngineText::tr("cooperative rebalancing: they move to another member"));
    }
    for (const TopicPartition& tp : added) owned_[tp];
    lastAssignment_ = assigned;
    lastAssignmentGeneration_ = generation_;
    joinPrepared_ = false;
    ctx.observer().onGroup(PartitionsAssigned{config_.groupId, config_.clientId, memberId_, generation_, assigned});
    std::vector<Text> parts{EngineText::tr("generation %1 of %2: owns %3")
        .args(generation_, config_.groupId, formatPartitions(assigned))};
    if (!before.empty() || !revoked.empty()) {
        if (!added.empty()) parts.push_back(EngineText::tr("newly assigned %1").args(formatPartitions(added)));
        if (!revoked.empty()) parts.push_back(EngineText::tr("revoked %1").args(formatPartitions(revoked)));
    }
    Text text = Text::join(std::move(parts), ", ");
    if (assigned.empty()) text = EngineText::tr("%1 (idle: the group has more consumers than partitions)")
        .args(std::move(text));
    emit(ctx, EventKind::Group, std::move(text));
    if (!revoked.empty()) {
        requestRejoin(ctx, EngineText::tr("revoked %1; rejoining so that they can be assigned elsewhere (cooperative, "
                                          "second round)")
            .args(formatPartitions(revoked)));
    }
    if (isLeader_) {
        for (const auto& [topic, count] : assignedTopicCounts_) {
            auto l = leaders_.find(topic);
            const int now = l == leaders_.end() ? 0 : static_cast<int>(l->second.size());
            if (now != count) {
                requestRejoin(ctx, EngineText::tr("the partition count of %1 changed").args(topic));
                break;
            }
        }
    }
}

void Consumer::revoke(NodeContext& ctx, const std::vector<TopicPartition>& partitions, bool lost, Text why) {
    if (partitions.empty()) return;
    for (const TopicPartition& tp : partitions) {
        owned_.erase(tp);
        buffers_.erase(tp);
        awaitingCommitted_.erase(tp);
        pendingResets_.erase(tp);
        pendingResetWhy_.erase(tp);
        resetsInFlight_.erase(tp);
    }
    ctx.observer().onGroup(PartitionsRevoked{config_.groupId, config_.clientId, memberId_, partitions, lost});
    emit(ctx, EventKind::Group,
         (lost ? EngineText::tr("lost %1: %2 (onPartitionsLost: nothing is committed for them)")
              : EngineText::tr("revoked %1: %2"))
             .args(formatPartitions(partitions), std::move(why)),
         !lost && config_.rebalanceProtocol() == RebalanceProtocol::Eager);
}

void Consumer::sendHeartbeat(NodeContext& ctx) {
    if (!config_.usesGroupManagement() || coordinator_ == kNoNode || generation_ < 0 || heartbeatCorrelation_ != 0) return;
    if (member_ != Member::Stable && member_ != Member::Syncing) return;
    HeartbeatRequest request;
    request.correlationId = nextCorrelation();
    request.groupId = config_.groupId;
    request.generationId = generation_;
    request.memberId = memberId_;
    request.groupInstanceId = config_.groupInstanceId;
    heartbeatCorrelation_ = request.correlationId;
    heartbeatSentAt_ = ctx.now();
    ctx.send(coordinator_, std::move(request));
}

void Consumer::handleHeartbeatResponse(NodeContext& ctx, const HeartbeatResponse& response) {
    if (response.correlationId != heartbeatCorrelation_) return;
    heartbeatCorrelation_ = 0;
    if (member_ == Member::Joining) return;
    if (!isCoordinatorError(response.error)) confirmCoordinator();
    switch (response.error) {
    case KafkaError::NONE:
        return;
    case KafkaError::REBALANCE_IN_PROGRESS:
        if (!rejoinNeeded_)
            emit(ctx, EventKind::Group, EngineText::tr("heartbeat answered REBALANCE_IN_PROGRESS: it rejoins at its "
                                                       "next poll()"), true);
        requestRejoin(ctx, EngineText::tr("the group is rebalancing"));
        return;
    case KafkaError::ILLEGAL_GENERATION:
    case KafkaError::UNKNOWN_MEMBER_ID:
        emit(ctx, EventKind::Group,
             EngineText::tr("heartbeat answered %1: it is no longer a member of generation %2; it rejoins")
                 .args(errorName(response.error), generation_));
        resetGeneration(response.error == KafkaError::UNKNOWN_MEMBER_ID);
        wake(ctx);
        return;
    case KafkaError::FENCED_INSTANCE_ID:
        fail(ctx, EngineText::tr("FENCED_INSTANCE_ID: another consumer with group.instance.id %1 took its place")
            .args(config_.groupInstanceId.value_or("?")));
        return;
    default:
        if (isCoordinatorError(response.error))
            markCoordinatorUnknown(ctx, EngineText::tr("heartbeat answered %1").args(errorName(response.error)));
    }
}

void Consumer::pollTimeoutExpired(NodeContext& ctx) {
    emit(ctx, EventKind::Group,
         (config_.groupInstanceId
              ? EngineText::tr("consumer poll timeout has expired: %1 since its last poll(), more than "
                               "max.poll.interval.ms "
                               "(%2); as a static member it sends no LeaveGroup (session.timeout.ms removes it). Processing "
                               "a batch of up to max.poll.records takes too long.")
              : EngineText::tr("consumer poll timeout has expired: %1 since its last poll(), more than "
                               "max.poll.interval.ms "
                               "(%2); it leaves the group. Processing a batch of up to max.poll.records takes too long."))
             .args(formatDuration(ctx.now() - lastPoll_), formatDuration(config_.maxPollInterval)));
    if (!config_.groupInstanceId) sendLeave(ctx, EngineText::tr("consumer poll timeout has expired"));
    resetGeneration(true);
}

void Consumer::sendLeave(NodeContext& ctx, Text reason) {
    if (coordinator_ == kNoNode || memberId_.empty()) return;
    LeaveGroupRequest request;
    request.correlationId = nextCorrelation();
    request.groupId = config_.groupId;
    request.memberId = memberId_;
    request.reason = std::move(reason);
    leaveCorrelation_ = request.correlationId;
    ctx.send(coordinator_, std::move(request));
}

// ---------------------------------------------------------------- offsets

std::map<TopicPartition, Offset> Consumer::consumedPositions(const std::vector<TopicPartition>* only) const {
    std::map<TopicPartition, Offset> out;
    for (const auto& [tp, p] : owned_) {
        if (p.position < 0) continue;
        if (only && std::find(only->begin(), only->end(), tp) == only->end()) continue;
        out[tp] = p.position;
    }
    return out;
}

void Consumer::setPosition(NodeContext& ctx, const TopicPartition& tp, Offset offset, bool jump) {
    ConsumerPartition& p = owned_[tp];
    p.position = offset;
    p.error = {};
    buffers_.erase(tp);
    if (jump && !config_.groupId.empty())
        ctx.observer().onGroup(PositionJumped{config_.groupId, config_.clientId, tp, offset});
}

void Consumer::ensurePositions(NodeContext& ctx) {
    std::vector<TopicPartition> committed;
    for (const auto& [tp, p] : owned_) {
        if (p.position >= 0 || !p.error.empty() || awaitingCommitted_.count(tp) || pendingResets_.count(tp)) continue;
        if (config_.groupId.empty()) {
            resetPosition(ctx, tp, config_.autoOffsetReset == OffsetReset::Earliest ? kListEarliest : kListLatest,
                          EngineText::tr("no group, so no committed offset"));
            if (config_.autoOffsetReset == OffsetReset::None) {
                owned_[tp].error = EngineText::tr("no committed offset and auto.offset.reset=none");
                pendingResets_.erase(tp);
            }
        } else {
            committed.push_back(tp);
        }
    }
    if (!committed.empty() && offsetFetchCorrelation_ == 0) {
        if (coordinator_ == kNoNode) {
            findCoordinator(ctx);
        } else {
            OffsetFetchRequest request;
            request.correlationId = nextCorrelation();
            request.groupId = config_.groupId;
            request.partitions = committed;
            offsetFetchCorrelation_ = request.correlationId;
            awaitingCommitted_.insert(committed.begin(), committed.end());
            setRequestTimer(ctx, offsetFetchCorrelation_, config_.requestTimeout);
            ctx.send(coordinator_, std::move(request));
        }
    }
    sendListOffsets(ctx);
}

void Consumer::handleOffsetFetchResponse(NodeContext& ctx, const OffsetFetchResponse& response) {
    if (response.correlationId != offsetFetchCorrelation_) return;
    offsetFetchCorrelation_ = 0;
    const std::set<TopicPartition> asked = std::move(awaitingCommitted_);
    awaitingCommitted_.clear();
    if (response.error != KafkaError::NONE) {
        if (isCoordinatorError(response.error))
            markCoordinatorUnknown(ctx, EngineText::tr("OffsetFetch answered %1").args(errorName(response.error)));
        wake(ctx);
        return;
    }
    std::string resumed;
    for (const TopicPartition& tp : asked) {
        auto p = owned_.find(tp);
        if (p == owned_.end() || p->second.position >= 0) continue;
        auto o = response.offsets.find(tp);
        const Offset committed = o == response.offsets.end() ? -1 : o->second;
        if (committed >= 0) {
            p->second.committed = committed;
            setPosition(ctx, tp, committed, false);
            resumed += (resumed.empty() ? "" : ", ") + tp.str() + "@" + std::to_string(committed);
            continue;
        }
        switch (config_.autoOffsetReset) {
        case OffsetReset::Earliest:
            resetPosition(ctx, tp, kListEarliest, EngineText::tr("no committed offset; auto.offset.reset=earliest"));
            break;
        case OffsetReset::Latest:
            resetPosition(ctx, tp, kListLatest, EngineText::tr("no committed offset; auto.offset.reset=latest"));
            break;
        case OffsetReset::None:
            p->second.error = EngineText::tr("no committed offset and auto.offset.reset=none (NoOffsetForPartitionException)");
            emit(ctx, EventKind::Client,
                 EngineText::tr("ERROR: %1 has no committed offset and auto.offset.reset=none: poll() throws "
                                "NoOffsetForPartitionException; it reads nothing from %1 until a seek").args(tp.str()),
                 false, {partitionSubject(tp)});
            break;
        }
    }
    if (!resumed.empty()) emit(ctx, EventKind::Client, EngineText::tr("resumes at the committed offsets: %1")
        .args(resumed), true);
    wake(ctx);
}

void Consumer::resetPosition(NodeContext& ctx, const TopicPartition& tp, std::int64_t timestamp, Text why) {
    (void)ctx;
    owned_[tp].position = -1;
    buffers_.erase(tp);
    pendingResets_[tp] = timestamp;
    pendingResetWhy_[tp] = why;
    resetsInFlight_.erase(tp);
}

void Consumer::sendListOffsets(NodeContext& ctx) {
    std::map<BrokerId, ListOffsetsRequest> requests;
    bool needMetadata = false;
    for (const auto& [tp, timestamp] : pendingResets_) {
        if (resetsInFlight_.count(tp)) continue;
        auto l = leaders_.find(tp.topic);
        const BrokerId leader = l != leaders_.end() && tp.partition < static_cast<std::int32_t>(l->second.size())
                                    ? l->second[static_cast<std::size_t>(tp.partition)]
                                    : kNoNode;
        if (leader == kNoNode) {
            needMetadata = true;
            continue;
        }
        if (brokerBackingOff(ctx, leader)) continue;
        requests[leader].timestamps[tp] = timestamp;
    }
    for (auto& [broker, request] : requests) {
        request.correlationId = nextCorrelation();
        std::vector<TopicPartition> tps;
        for (const auto& [tp, ts] : request.timestamps) {
            tps.push_back(tp);
            resetsInFlight_.insert(tp);
        }
        listOffsetsInFlight_[request.correlationId] = tps;
        setRequestTimer(ctx, request.correlationId, config_.requestTimeout);
        ctx.send(broker, std::move(request));
    }
    if (needMetadata) requestMetadata(ctx);
}

void Consumer::handleListOffsetsResponse(NodeContext& ctx, const ListOffsetsResponse& response) {
    auto it = listOffsetsInFlight_.find(response.correlationId);
    if (it == listOffsetsInFlight_.end()) return;
    listOffsetsInFlight_.erase(it);
    bool retry = false;
    for (const auto& [tp, result] : response.offsets) {
        if (!resetsInFlight_.erase(tp)) continue;
        auto pending = pendingResets_.find(tp);
        if (pending == pendingResets_.end() || !owns(tp)) continue;
        const auto [error, offset] = result;
        if (error != KafkaError::NONE) {
            retry = true;
            continue;
        }
        const Text why = pendingResetWhy_[tp];
        if (offset < 0) {
            pending->second = kListLatest;
            pendingResetWhy_[tp] = EngineText::tr("no record at or after that time: to the end");
            continue;
        }
        pendingResets_.erase(pending);
        pendingResetWhy_.erase(tp);
        setPosition(ctx, tp, offset, true);
        emit(ctx, EventKind::Client, EngineText::tr("%1 position set to offset %2 (%3)").args(tp.str(), offset, why),
             false, {partitionSubject(tp)});
    }
    if (retry) {
        requestMetadata(ctx);
        ctx.setTimer(ctx.now() + config_.retryBackoff, token(kWake));
    }
    wake(ctx);
}

std::int64_t Consumer::sendCommit(NodeContext& ctx, std::map<TopicPartition, Offset> offsets, CommitKind kind, bool sync) {
    if (offsets.empty() || config_.groupId.empty()) return 0;
    if (config_.usesGroupManagement() && generation_ < 0) {
        ++stats_.commitFailures;
        emit(ctx, EventKind::Client,
             EngineText::tr("commit of %1 failed: CommitFailedException (it is not a member of the group right now; "
                            "another member may process these records again)").args(describeOffsets(offsets)));
        return 0;
    }
    ctx.observer().onGroup(OffsetsCommitSent{config_.groupId, config_.clientId, offsets, kind});
    if (sync) syncCommitDeadline_ = ctx.now() + config_.apiTimeout;
    CommitInFlight commit{std::move(offsets), kind, sync, generation_};
    const std::int64_t id = nextCorrelation();
    if (coordinator_ == kNoNode) {
        unsentCommits_.push_back(std::move(commit));
        findCoordinator(ctx);
        return sync ? -id : 0;
    }
    OffsetCommitRequest request;
    request.correlationId = id;
    request.groupId = config_.groupId;
    request.generationId = config_.usesGroupManagement() ? generation_ : -1;
    request.memberId = config_.usesGroupManagement() ? memberId_ : std::string();
    request.groupInstanceId = config_.groupInstanceId;
    request.offsets = commit.offsets;
    commits_.emplace(id, std::move(commit));
    setRequestTimer(ctx, id, config_.requestTimeout);
    ctx.send(coordinator_, std::move(request));
    return id;
}

void Consumer::flushCommits(NodeContext& ctx) {
    std::vector<CommitInFlight> unsent = std::move(unsentCommits_);
    unsentCommits_.clear();
    for (CommitInFlight& c : unsent) {
        const bool awaited = c.sync && awaitedCommit_ != 0;
        if (config_.usesGroupManagement() && generation_ < 0) {
            ++stats_.commitFailures;
            emit(ctx, EventKind::Client, EngineText::tr("commit of %1 failed: CommitFailedException")
                .args(describeOffsets(c.offsets)));
            if (awaited) finishSyncCommit(ctx);
            continue;
        }
        OffsetCommitRequest request;
        request.correlationId = nextCorrelation();
        request.groupId = config_.groupId;
        request.generationId = config_.usesGroupManagement() ? generation_ : -1;
        request.memberId = config_.usesGroupManagement() ? memberId_ : std::string();
        request.groupInstanceId = config_.groupInstanceId;
        request.offsets = c.offsets;
        if (awaited) awaitedCommit_ = request.correlationId;
        setRequestTimer(ctx, request.correlationId, config_.requestTimeout);
        const std::int64_t id = request.correlationId;
        ctx.send(coordinator_, std::move(request));
        commits_.emplace(id, std::move(c));
    }
}

void Consumer::waitForCommit(std::int64_t correlationId, AfterCommit next) {
    awaitedCommit_ = correlationId;
    afterCommit_ = next;
    if (app_ != App::Closing) app_ = App::Committing;
}

void Consumer::handleCommitResponse(NodeContext& ctx, const OffsetCommitResponse& response) {
    auto it = commits_.find(response.correlationId);
    if (it == commits_.end()) return;
    CommitInFlight commit = std::move(it->second);
    commits_.erase(it);
    const bool awaited = response.correlationId == awaitedCommit_;
    KafkaError error = KafkaError::NONE;
    for (const auto& [tp, e] : response.errors)
        if (e != KafkaError::NONE) error = e;
    if (error == KafkaError::NONE) {
        ++stats_.commits;
        for (const auto& [tp, offset] : commit.offsets) {
            auto p = owned_.find(tp);
            if (p != owned_.end()) p->second.committed = offset;
        }
        emit(ctx, EventKind::Client, EngineText::tr("committed %1").args(describeOffsets(commit.offsets)), true);
        if (awaited) finishSyncCommit(ctx);
        return;
    }
    const bool retriable = isCoordinatorError(error) || error == KafkaError::REQUEST_TIMED_OUT;
    if (retriable && commit.sync && awaited && ctx.now() < syncCommitDeadline_) {
        unsentCommits_.push_back(std::move(commit));
        if (isCoordinatorError(error)) markCoordinatorUnknown(ctx, EngineText::tr("OffsetCommit answered %1")
            .args(errorName(error)));
        else flushCommits(ctx);
        return;
    }
    ++stats_.commitFailures;
    const bool rebalanced = error == KafkaError::ILLEGAL_GENERATION || error == KafkaError::UNKNOWN_MEMBER_ID ||
                            error == KafkaError::REBALANCE_IN_PROGRESS;
    emit(ctx, EventKind::Client,
         (rebalanced ? EngineText::tr("commit of %1 failed: %2 (CommitFailedException: the group rebalanced; the "
                                      "partitions' "
                                      "next owner starts from the last committed offset and processes these records again)")
                     : EngineText::tr("commit of %1 failed: %2"))
             .args(describeOffsets(commit.offsets), errorName(error)));
    if (isCoordinatorError(error)) markCoordinatorUnknown(ctx, EngineText::tr("OffsetCommit answered %1")
        .args(errorName(error)));
    if (error == KafkaError::ILLEGAL_GENERATION || error == KafkaError::UNKNOWN_MEMBER_ID) {
        if (commit.generation == generation_ && member_ != Member::Joining) {
            resetGeneration(error == KafkaError::UNKNOWN_MEMBER_ID);
        }
    } else if (error == KafkaError::FENCED_INSTANCE_ID) {
        fail(ctx, EngineText::tr("FENCED_INSTANCE_ID on commit"));
        return;
    }
    if (awaited) finishSyncCommit(ctx);
}

void Consumer::finishClose(NodeContext& ctx) {
    std::vector<TopicPartition> mine = ownedList();
    if (!mine.empty() && config_.usesGroupManagement())
        ctx.observer().onGroup(PartitionsRevoked{config_.groupId, config_.clientId, memberId_, mine, false});
    owned_.clear();
    buffers_.clear();
    const bool dynamic = config_.usesGroupManagement() && !config_.groupInstanceId;
    if (dynamic) sendLeave(ctx, EngineText::tr("the consumer is being closed"));
    app_ = App::Closed;
    emit(ctx, EventKind::Group,
         dynamic ? EngineText::tr("closed (LeaveGroup sent: the group rebalances without it)")
         : config_.usesGroupManagement()
             ? EngineText::tr("closed (a static member sends no LeaveGroup: its partitions wait for it until "
                              "session.timeout.ms)")
             : EngineText::tr("closed"));
}

void Consumer::finishSyncCommit(NodeContext& ctx) {
    awaitedCommit_ = 0;
    const AfterCommit next = afterCommit_;
    afterCommit_ = AfterCommit::Poll;
    std::erase_if(unsentCommits_, [](const CommitInFlight& c) { return c.sync; });
    if (next == AfterCommit::Close || app_ == App::Closing) {
        finishClose(ctx);
        return;
    }
    switch (next) {
    case AfterCommit::Process:
        app_ = App::Processing;
        if (config_.processingPerRecord > 0) {
            ctx.setTimer(ctx.now() + config_.processingPerRecord, token(kProcess, batch_->seq));
            return;
        }
        for (const PollRange& r : batch_->ranges)
            ctx.observer().onGroup(RecordsProcessed{config_.groupId, config_.clientId, r.tp, r.from, r.to});
        stats_.processed += batch_->total;
        finishBatch(ctx);
        runApp(ctx);
        return;
    case AfterCommit::Join:
    case AfterCommit::Poll:
    case AfterCommit::Close:
        app_ = App::Polling;
        runApp(ctx);
        return;
    }
}

std::optional<Text> Consumer::commit(NodeContext& ctx) {
    if (app_ == App::Closed || app_ == App::Failed) return EngineText::tr("%1 is not running").args(config_.clientId);
    if (config_.groupId.empty()) return EngineText::tr("%1 has no group.id: there is nowhere to commit")
        .args(config_.clientId);
    std::map<TopicPartition, Offset> positions = consumedPositions();
    if (positions.empty()) return EngineText::tr("%1 has no position to commit yet").args(config_.clientId);
    emit(ctx, EventKind::Client, EngineText::tr("commitSync() of its positions %1 (a manual commit)")
        .args(describeOffsets(positions)));
    sendCommit(ctx, std::move(positions), CommitKind::Manual, false);
    return std::nullopt;
}

std::optional<Text> Consumer::seek(NodeContext& ctx, const TopicPartition& tp, Offset offset) {
    if (app_ == App::Closed || app_ == App::Failed) return EngineText::tr("%1 is not running").args(config_.clientId);
    if (!owns(tp)) return EngineText::tr("%1 is not assigned %2 (it owns %3)")
        .args(config_.clientId, tp.str(), formatPartitions(ownedList()));
    if (offset < 0) return EngineText::tr("an offset is 0 or more");
    pendingResets_.erase(tp);
    pendingResetWhy_.erase(tp);
    resetsInFlight_.erase(tp);
    setPosition(ctx, tp, offset, true);
    emit(ctx, EventKind::Client, EngineText::tr("seek(%1, %2): the next poll() reads from offset %2")
        .args(tp.str(), offset),
         false, {partitionSubject(tp)});
    wake(ctx);
    return std::nullopt;
}

std::optional<Text> Consumer::seekToBeginning(NodeContext& ctx, const TopicPartition& tp) {
    if (!owns(tp)) return EngineText::tr("%1 is not assigned %2 (it owns %3)")
        .args(config_.clientId, tp.str(), formatPartitions(ownedList()));
    resetPosition(ctx, tp, kListEarliest, EngineText::tr("seekToBeginning"));
    wake(ctx);
    return std::nullopt;
}

std::optional<Text> Consumer::seekToEnd(NodeContext& ctx, const TopicPartition& tp) {
    if (!owns(tp)) return EngineText::tr("%1 is not assigned %2 (it owns %3)")
        .args(config_.clientId, tp.str(), formatPartitions(ownedList()));
    resetPosition(ctx, tp, kListLatest, EngineText::tr("seekToEnd"));
    wake(ctx);
    return std::nullopt;
}

std::optional<Text> Consumer::seekToTimestamp(NodeContext& ctx, const TopicPartition& tp, SimTime timestamp) {
    if (!owns(tp)) return EngineText::tr("%1 is not assigned %2 (it owns %3)")
        .args(config_.clientId, tp.str(), formatPartitions(ownedList()));
    resetPosition(ctx, tp, timestamp / kMicrosPerMilli,
                  EngineText::tr("offsetsForTimes: the first record at or after %1").args(formatTime(timestamp)));
    wake(ctx);
    return std::nullopt;
}

// ---------------------------------------------------------------- fetching and metadata

BrokerId Consumer::readReplica(const TopicPartition& tp) const {
    if (auto pref = preferred_.find(tp); pref != preferred_.end()) return pref->second.first;
    auto l = leaders_.find(tp.topic);
    if (l == leaders_.end() || tp.partition >= static_cast<std::int32_t>(l->second.size())) return kNoNode;
    return l->second[static_cast<std::size_t>(tp.partition)];
}

void Consumer::sendFetches(NodeContext& ctx) {
    std::map<BrokerId, FetchRequest> requests;
    bool needMetadata = false;
    std::set<TopicPartition> fetching;
    for (const auto& [id, f] : fetches_)
        for (const auto& [tp, o] : f.offsets) fetching.insert(tp);
    for (const auto& [tp, p] : owned_) {
        if (p.position < 0 || !p.error.empty() || fetching.count(tp) || buffers_.count(tp)) continue;
        auto l = leaders_.find(tp.topic);
        const BrokerId leader = l != leaders_.end() && tp.partition < static_cast<std::int32_t>(l->second.size())
                                    ? l->second[static_cast<std::size_t>(tp.partition)]
                                    : kNoNode;
        if (leader == kNoNode) {
            needMetadata = true;
            continue;
        }
        BrokerId target = leader;
        if (auto pref = preferred_.find(tp); pref != preferred_.end()) {
            if (pref->second.second > ctx.now()) target = pref->second.first;
            else preferred_.erase(pref);
        }
        if (fetchingFrom_.count(target) || brokerBackingOff(ctx, target)) continue;
        FetchRequest& request = requests[target];
        request.partitions.push_back(FetchPartition{tp, p.position, -1, -1});
    }
    for (auto& [broker, request] : requests) {
        request.correlationId = nextCorrelation();
        request.replicaId = kNoNode;
        request.maxWaitMs = static_cast<std::int32_t>(config_.fetchMaxWait / kMicrosPerMilli);
        request.minBytes = config_.fetchMinBytes;
        request.maxBytes = config_.fetchMaxBytes;
        request.rackId = config_.clientRack;
        FetchInFlight f;
        f.broker = broker;
        for (const FetchPartition& fp : request.partitions) f.offsets[fp.tp] = fp.fetchOffset;
        fetches_.emplace(request.correlationId, std::move(f));
        fetchingFrom_.insert(broker);
        setRequestTimer(ctx, request.correlationId, config_.fetchMaxWait + config_.requestTimeout);
        ctx.send(broker, std::move(request));
    }
    if (needMetadata) requestMetadata(ctx);
}

void Consumer::handleFetchResponse(NodeContext& ctx, NodeId from, FetchResponse response) {
    auto it = fetches_.find(response.correlationId);
    if (it == fetches_.end()) return;
    const FetchInFlight inflight = std::move(it->second);
    fetches_.erase(it);
    fetchingFrom_.erase(inflight.broker);
    brokerBackoff_.erase(inflight.broker);
    bool failed = false;
    for (FetchPartitionResponse& pr : response.partitions) {
        auto asked = inflight.offsets.find(pr.tp);
        auto p = owned_.find(pr.tp);
        if (asked == inflight.offsets.end() || p == owned_.end() || p->second.position != asked->second) continue;
        if (pr.preferredReadReplica != kNoNode) {
            if (announcedReplica_[pr.tp] != pr.preferredReadReplica)
                emit(ctx, EventKind::Client,
                     EngineText::tr("%1: leader broker %2 sends it to broker %3, a replica in its rack %4 (fetch from "
                                    "follower, KIP-392)")
                         .args(pr.tp.str(), from, pr.preferredReadReplica, config_.clientRack),
                     false, {partitionSubject(pr.tp)});
            preferred_[pr.tp] = {pr.preferredReadReplica, ctx.now() + config_.metadataMaxAge};
            announcedReplica_[pr.tp] = pr.preferredReadReplica;
            continue;
        }
        auto pref = preferred_.find(pr.tp);
        if (pr.error != KafkaError::NONE && pref != preferred_.end() && pref->second.first == from) {
            emit(ctx, EventKind::Client,
                 EngineText::tr("fetch of %1 from follower broker %2: %3; back to the leader")
                     .args(pr.tp.str(), from, errorName(pr.error)),
                 true);
            preferred_.erase(pref);
            continue;
        }
        if (pr.error == KafkaError::OFFSET_OUT_OF_RANGE) {
            const Text why = EngineText::tr("offset %1 is out of range (log start %2, high watermark %3)")
                                 .args(asked->second, pr.logStartOffset, pr.highWatermark);
            if (config_.autoOffsetReset == OffsetReset::None) {
                p->second.error = EngineText::tr("%1 and auto.offset.reset=none").args(why);
                emit(ctx, EventKind::Client, EngineText::tr("ERROR: %1: %2 and auto.offset.reset=none")
                    .args(pr.tp.str(), why), false,
                     {partitionSubject(pr.tp)});
            } else {
                resetPosition(ctx, pr.tp,
                              config_.autoOffsetReset == OffsetReset::Earliest ? kListEarliest : kListLatest,
                              EngineText::tr("%1; auto.offset.reset=%2")
                                  .args(why, offsetResetName(config_.autoOffsetReset)));
            }
            continue;
        }
        if (pr.error != KafkaError::NONE) {
            failed = true;
            emit(ctx, EventKind::Client, EngineText::tr("fetch of %1 from broker %2: %3; refreshing metadata")
                .args(pr.tp.str(), from, errorName(pr.error)),
                 true);
            continue;
        }
        p->second.highWatermark = pr.highWatermark;
        if (pr.records.empty()) continue;
        Buffered& buffer = buffers_[pr.tp];
        buffer.from = asked->second;
        for (StoredBatch& b : pr.records) {
            if (b.nextOffset() <= asked->second) continue;
            if (b.baseOffset < asked->second) b = b.slice(asked->second, b.nextOffset());
            buffer.batches.push_back(std::move(b));
        }
        if (buffer.batches.empty()) buffers_.erase(pr.tp);
    }
    if (failed) {
        requestMetadata(ctx);
        ctx.setTimer(ctx.now() + config_.retryBackoff, token(kWake));
    } else {
        sendFetches(ctx);
    }
    wake(ctx);
}

void Consumer::requestMetadata(NodeContext& ctx) {
    if (metadataCorrelation_ != 0 || metadataRetryScheduled_) return;
    metadataBroker_ = anyBroker(ctx);
    if (metadataBroker_ == kNoNode) return;
    metadataCorrelation_ = nextCorrelation();
    ctx.send(metadataBroker_, MetadataRequest{metadataCorrelation_});
    setRequestTimer(ctx, metadataCorrelation_, kMetadataRequestTimeout);
}

void Consumer::handleMetadata(NodeContext& ctx, const MetadataResponse& response) {
    if (response.correlationId != metadataCorrelation_) return;
    metadataCorrelation_ = 0;
    auto retryLater = [&] {
        ++metadataAttempts_;
        metadataRetryScheduled_ = true;
        ctx.setTimer(ctx.now() + backoff(metadataAttempts_), token(kMetadataRetry));
    };
    if (response.brokers.empty()) {
        retryLater();
        return;
    }
    liveBrokers_ = response.brokers;
    leaders_.clear();
    bool missingLeader = false;
    for (const TopicMetadata& tm : response.topics) {
        auto& leaders = leaders_[tm.name];
        leaders.assign(tm.partitions.size(), kNoNode);
        for (const PartitionMetadata& pm : tm.partitions) {
            leaders[static_cast<std::size_t>(pm.partition)] = pm.leader;
            if (pm.leader == kNoNode && owns(TopicPartition{tm.name, pm.partition})) missingLeader = true;
        }
    }
    lastMetadata_ = ctx.now();
    bool missingTopic = false;
    for (const std::string& t : config_.topics)
        if (!leaders_.count(t)) missingTopic = true;
    if (!config_.usesGroupManagement() && config_.manualAssignment.empty()) {
        for (const std::string& t : config_.topics) {
            auto l = leaders_.find(t);
            if (l == leaders_.end()) continue;
            for (std::size_t p = 0; p < l->second.size(); ++p) owned_[TopicPartition{t, static_cast<std::int32_t>(p)}];
        }
    }
    if (isLeader_ && member_ == Member::Stable) {
        for (const auto& [topic, count] : assignedTopicCounts_) {
            auto l = leaders_.find(topic);
            const int now = l == leaders_.end() ? 0 : static_cast<int>(l->second.size());
            if (now != count) {
                emit(ctx, EventKind::Group, EngineText::tr("as the group leader it sees %1 now has %2 partition(s), "
                                                           "not %3: it triggers a rebalance")
                    .args(topic, now, count));
                requestRejoin(ctx, EngineText::tr("the partition count of %1 changed").args(topic));
                break;
            }
        }
        for (const auto& [topic, count] : assignedTopicCounts_)
            if (count == 0) missingTopic = true;
    }
    if (missingTopic || missingLeader) retryLater();
    else metadataAttempts_ = 0;
    wake(ctx);
}

void Consumer::handleDisconnected(NodeContext& ctx, NodeId peer) {
    noteBrokerFailure(ctx, peer);
    std::erase_if(preferred_, [&](const auto& p) { return p.second.first == peer; });
    if (peer == coordinator_) markCoordinatorUnknown(ctx, EngineText::tr("the connection to it closed"));
    std::vector<std::int64_t> lost;
    for (const auto& [id, f] : fetches_)
        if (f.broker == peer) lost.push_back(id);
    for (std::int64_t id : lost) fetches_.erase(id);
    if (!lost.empty()) {
        fetchingFrom_.erase(peer);
        requestMetadata(ctx);
    }
    std::vector<std::int64_t> lookups;
    for (const auto& [id, tps] : listOffsetsInFlight_) lookups.push_back(id);
    for (std::int64_t id : lookups) {
        for (const TopicPartition& tp : listOffsetsInFlight_[id]) resetsInFlight_.erase(tp);
        listOffsetsInFlight_.erase(id);
    }
    if (metadataCorrelation_ != 0 && metadataBroker_ == peer) {
        metadataCorrelation_ = 0;
        ++metadataAttempts_;
        metadataRetryScheduled_ = true;
        ctx.setTimer(ctx.now() + backoff(metadataAttempts_), token(kMetadataRetry));
    }
    if (findCorrelation_ != 0) {
        findCorrelation_ = 0;
        scheduleFind(ctx);
    }
}

void Consumer::failRequest(NodeContext& ctx, std::int64_t id) {
    if (id == metadataCorrelation_) {
        metadataCorrelation_ = 0;
        requestMetadata(ctx);
    } else if (id == findCorrelation_) {
        findCorrelation_ = 0;
        scheduleFind(ctx);
    } else if (id == joinCorrelation_ || id == syncCorrelation_ || id == offsetFetchCorrelation_) {
        markCoordinatorUnknown(ctx, EngineText::tr("a request to it timed out"));
    } else if (auto f = fetches_.find(id); f != fetches_.end()) {
        fetchingFrom_.erase(f->second.broker);
        fetches_.erase(f);
        requestMetadata(ctx);
        sendFetches(ctx);
    } else if (auto c = commits_.find(id); c != commits_.end()) {
        OffsetCommitResponse timedOut;
        timedOut.correlationId = id;
        for (const auto& [tp, o] : c->second.offsets) timedOut.errors[tp] = KafkaError::REQUEST_TIMED_OUT;
        handleCommitResponse(ctx, timedOut);
    } else if (auto l = listOffsetsInFlight_.find(id); l != listOffsetsInFlight_.end()) {
        for (const TopicPartition& tp : l->second) resetsInFlight_.erase(tp);
        listOffsetsInFlight_.erase(l);
        requestMetadata(ctx);
    }
    wake(ctx);
}

std::unique_ptr<Node> Consumer::clone(CloneMap&) const { return std::unique_ptr<Consumer>(new Consumer(*this)); }

}  // namespace ks
