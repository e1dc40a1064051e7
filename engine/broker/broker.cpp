#include "broker/broker.h"

#include "zookeeper/zk_broker_agent.h"

#include <algorithm>
#include <cstdlib>

namespace ks {
namespace {

enum TimerKind : std::uint64_t {
    kHeartbeatTimer = 1,
    kRegistrationTimer,
    kIsrCheckTimer,
    kRetentionTimer,
    kProduceTimeout,
    kParkedFetchTimeout,
    kFetcherTimeout,
    kMetadataFetchTimeout,
    kFetcherBackoff,
    kMetadataFetchBackoff,
    kFetcherDelay,
};

constexpr std::uint64_t token(TimerKind kind, std::uint64_t id = 0) { return (static_cast<std::uint64_t>(kind) << 56) | id; }
constexpr TimerKind timerKind(std::uint64_t t) { return static_cast<TimerKind>(t >> 56); }
constexpr std::uint64_t timerId(std::uint64_t t) { return t & ((1ULL << 56) - 1); }

constexpr SimTime kRequestTimeout = seconds(30);
constexpr SimTime kRegistrationRetry = seconds(1);
constexpr SimTime kFetchBackoff = seconds(1);  // replica.fetch.backoff.ms
constexpr SimTime kControllerBackoff = millis(100);
constexpr SimTime kAlterPartitionTimeout = seconds(5);

bool contains(const std::vector<BrokerId>& ids, BrokerId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

std::string describeRange(Offset first, Offset count) {
    if (count == 1) return std::to_string(first);
    return std::to_string(first) + ".." + std::to_string(first + count - 1);
}

}  // namespace

const char* brokerStateName(BrokerState state) {
    switch (state) {
    case BrokerState::Registering: return "registering";
    case BrokerState::Fenced: return "fenced";
    case BrokerState::Running: return "running";
    }
    return "?";
}

std::vector<BrokerId> ReplicaState::maximalIsr() const {
    std::vector<BrokerId> out = isr;
    if (pendingIsr)
        for (BrokerId id : *pendingIsr)
            if (!contains(out, id)) out.push_back(id);
    return out;
}

Broker::Broker(BrokerConfig config, std::shared_ptr<BrokerStorage> storage)
    : config_(std::move(config)), storage_(std::move(storage)) {
    if (!config_.metrics) config_.metrics = std::make_shared<BrokerMetrics>();
    if (!config_.zookeepers.empty()) zk_.emplace(*this, config_.zookeepers);
}

Broker::~Broker() = default;

std::unique_ptr<Node> Broker::clone(CloneMap& shared) const {
    if (zk_ && !zk_->cloneable()) return nullptr;
    std::unique_ptr<Broker> copy(new Broker(*this));
    copy->storage_ = shared.copy(storage_);
    for (auto& [tp, replica] : copy->replicas_)
        if (replica.log) replica.log = &copy->storage_->logs.at(tp);
    copy->config_.metrics = shared.copy(config_.metrics);
    copy->coordinator_.rebind(copy->makeCoordinatorHost());
    if (copy->zk_) copy->zk_->rebind(*copy);
    return copy;
}

NodeId Broker::controller() const {
    if (zk_) return zk_->controllerId();
    return config_.controllers[controllerIndex_ % config_.controllers.size()];
}

bool Broker::isZkController() const { return zk_ && zk_->controller().active(); }

std::int32_t Broker::zkControllerEpoch() const { return zk_ ? zk_->controller().epoch() : 0; }

void Broker::applyMetadata(NodeContext& ctx, const std::vector<MetadataRecord>& records) {
    for (const auto& record : records) image_.apply(record);
    caughtUpOnce_ = true;
    publishMetadata(ctx);
}

std::int64_t Broker::brokerConfig(const char* key) const { return std::atoll(image_.config("", key).c_str()); }

int Broker::minInsyncReplicas(const TopicPartition& tp) const {
    return std::atoi(image_.config(tp.topic, "min.insync.replicas").c_str());
}

void Broker::start(NodeContext& ctx) {
    if (zk_) {
        zk_->start(ctx);
    } else {
        ctx.emit(EventKind::Cluster, EngineText::tr("broker %1 starting, registering with the controller").args(id()),
                 {brokerSubject(id())});
        sendRegistration(ctx);
        sendMetadataFetch(ctx);
    }
    ctx.setTimer(ctx.now() + millis(brokerConfig("replica.lag.time.max.ms") / 2), token(kIsrCheckTimer));
    ctx.setTimer(ctx.now() + millis(brokerConfig("log.retention.check.interval.ms")), token(kRetentionTimer));
}

void Broker::onMessage(NodeContext& ctx, NodeId from, Message message) {
    if (zk_ && zk_->handle(ctx, from, message)) return;
    if (GroupCoordinator::handles(message)) return coordinator_.onMessage(ctx, from, std::move(message));
    std::visit(
        [&](auto&& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, ProduceRequest>) handleProduce(ctx, from, std::move(m));
            else if constexpr (std::is_same_v<T, FetchRequest>) handleFetch(ctx, from, std::move(m));
            else if constexpr (std::is_same_v<T, FetchResponse>) handleFetchResponse(ctx, from, std::move(m));
            else if constexpr (std::is_same_v<T, MetadataRequest>) handleMetadata(ctx, from, m);
            else if constexpr (std::is_same_v<T, MetadataFetchResponse>) handleMetadataFetchResponse(ctx, std::move(m));
            else if constexpr (std::is_same_v<T, FetchSnapshotResponse>) handleFetchSnapshotResponse(ctx, from, std::move(m));
            else if constexpr (std::is_same_v<T, BrokerHeartbeatResponse>) handleHeartbeatResponse(ctx, from, m);
            else if constexpr (std::is_same_v<T, AlterPartitionResponse>) handleAlterPartitionResponse(ctx, m);
            else if constexpr (std::is_same_v<T, Disconnected>) handleDisconnected(ctx, m.peer);
            else if constexpr (std::is_same_v<T, BrokerRegistrationResponse>) {
                if (state_ != BrokerState::Registering) return;
                if (!registrationInFlight_) return;
                registrationInFlight_ = false;
                if (m.error == KafkaError::NOT_CONTROLLER) {
                    followControllerHint(m.leaderHint, from);
                    ctx.setTimer(ctx.now() + kControllerBackoff, token(kRegistrationTimer, ++registrationGeneration_));
                    return;
                }
                if (m.error != KafkaError::NONE) return;
                brokerEpoch_ = m.brokerEpoch;
                state_ = BrokerState::Fenced;
                ctx.emit(EventKind::Cluster,
                         EngineText::tr("broker %1 registered with broker epoch %2; fenced until it catches up with the metadata "
                                        "log").args(id(), brokerEpoch_),
                         {brokerSubject(id())});
                sendHeartbeat(ctx);
            }
        },
        std::move(message));
}

void Broker::onTimer(NodeContext& ctx, std::uint64_t t) {
    if (t >= GroupCoordinator::kTimerBase && t < GroupCoordinator::kTimerEnd) return coordinator_.onTimer(ctx, t);
    if (zk_ && t >= ZkBrokerAgent::kTimerBase) {
        zk_->handleTimer(ctx, t);
        return;
    }
    switch (timerKind(t)) {
    case kHeartbeatTimer:
        if (timerId(t) == heartbeatGeneration_) sendHeartbeat(ctx);
        break;
    case kRegistrationTimer:
        if (state_ == BrokerState::Registering && timerId(t) == registrationGeneration_) {
            if (registrationInFlight_) controllerFailed(registrationTarget_);
            sendRegistration(ctx);
        }
        break;
    case kIsrCheckTimer:
        checkIsrShrink(ctx);
        ctx.setTimer(ctx.now() + millis(brokerConfig("replica.lag.time.max.ms") / 2), token(kIsrCheckTimer));
        break;
    case kRetentionTimer:
        applyRetention(ctx);
        ctx.setTimer(ctx.now() + millis(brokerConfig("log.retention.check.interval.ms")), token(kRetentionTimer));
        break;
    case kProduceTimeout: {
        auto it = pendingProduces_.find(timerId(t));
        if (it == pendingProduces_.end()) break;
        for (auto& [tp, waiters] : produceWaiters_) {
            for (auto w = waiters.begin(); w != waiters.end();) {
                if (w->produceId == it->first) {
                    it->second.results[w->index].error = KafkaError::REQUEST_TIMED_OUT;
                    w = waiters.erase(w);
                } else {
                    ++w;
                }
            }
        }
        it->second.remaining = 0;
        finishProduce(ctx, it->first);
        break;
    }
    case kParkedFetchTimeout: {
        auto it = parkedFetches_.find(timerId(t));
        if (it == parkedFetches_.end()) break;
        FetchResponse response;
        buildFetchResponse(ctx, it->second.from, it->second.request, false, &response);
        sendFetchResponse(ctx, it->second.from, it->second.request, it->second.arrived, std::move(response));
        parkedFetches_.erase(it);
        break;
    }
    case kFetcherTimeout: {
        const auto leader = static_cast<BrokerId>(timerId(t) >> 32);
        auto it = fetchers_.find(leader);
        if (it != fetchers_.end() && it->second.inFlight &&
            static_cast<std::uint32_t>(it->second.correlationId) == static_cast<std::uint32_t>(timerId(t))) {
            it->second.inFlight = false;
            sendFetch(ctx, leader);
        }
        break;
    }
    case kFetcherBackoff:
        sendFetch(ctx, static_cast<BrokerId>(timerId(t)));
        break;
    case kFetcherDelay:
        fetchers_[static_cast<BrokerId>(timerId(t))].delayed = false;
        sendFetch(ctx, static_cast<BrokerId>(timerId(t)));
        break;
    case kMetadataFetchBackoff:
        sendMetadataFetch(ctx);
        break;
    case kMetadataFetchTimeout:
        if (metadataFetchInFlight_ && timerId(t) == metadataFetchSeq_) {
            metadataFetchInFlight_ = false;
            controllerFailed(metadataFetchTarget_);
            sendMetadataFetch(ctx);
        }
        break;
    }
}

void Broker::handleDisconnected(NodeContext& ctx, NodeId peer) {
    auto f = fetchers_.find(peer);
    if (f != fetchers_.end() && f->second.inFlight) {
        f->second.inFlight = false;
        ctx.setTimer(ctx.now() + kFetchBackoff, token(kFetcherBackoff, static_cast<std::uint64_t>(peer)));
    }
    if (metadataFetchInFlight_ && peer == metadataFetchTarget_) {
        metadataFetchInFlight_ = false;
        controllerFailed(peer);
        ctx.setTimer(ctx.now() + kFetchBackoff, token(kMetadataFetchBackoff));
    }
}

// ---------------------------------------------------------------- controller traffic

void Broker::sendRegistration(NodeContext& ctx) {
    registrationInFlight_ = true;
    registrationTarget_ = controller();
    ctx.send(registrationTarget_, BrokerRegistrationRequest{id()});
    ctx.setTimer(ctx.now() + kRegistrationRetry, token(kRegistrationTimer, ++registrationGeneration_));
}

void Broker::followControllerHint(NodeId hint, NodeId from) {
    auto it = std::find(config_.controllers.begin(), config_.controllers.end(), hint);
    if (it == config_.controllers.end())
        controllerFailed(from);
    else
        controllerIndex_ = static_cast<std::size_t>(it - config_.controllers.begin());
}

void Broker::controllerFailed(NodeId which) {
    if (which == controller()) ++controllerIndex_;
}

void Broker::sendHeartbeat(NodeContext& ctx) {
    if (state_ == BrokerState::Registering) return;
    if (heartbeatInFlight_) controllerFailed(heartbeatTarget_);
    heartbeatInFlight_ = true;
    heartbeatTarget_ = controller();
    ctx.send(heartbeatTarget_, BrokerHeartbeatRequest{id(), brokerEpoch_, image_.offset(), logDirOffline_});
    ctx.setTimer(ctx.now() + millis(brokerConfig("broker.heartbeat.interval.ms")), token(kHeartbeatTimer, ++heartbeatGeneration_));
}

void Broker::handleHeartbeatResponse(NodeContext& ctx, NodeId from, const BrokerHeartbeatResponse& response) {
    // An answer to a request of this broker's previous life, or to an abandoned one, means nothing now.
    if (!heartbeatInFlight_ || state_ == BrokerState::Registering) return;
    heartbeatInFlight_ = false;
    if (response.error == KafkaError::NOT_CONTROLLER) {
        followControllerHint(response.leaderHint, from);
        ctx.setTimer(ctx.now() + kControllerBackoff, token(kHeartbeatTimer, ++heartbeatGeneration_));
        return;
    }
    if (response.error == KafkaError::STALE_BROKER_EPOCH) {
        ctx.emit(EventKind::Cluster,
                 EngineText::tr("broker %1: the controller no longer knows broker epoch %2; registering again")
                     .args(id(), brokerEpoch_),
                 {brokerSubject(id())});
        state_ = BrokerState::Registering;
        sendRegistration(ctx);
        return;
    }
    if (response.error != KafkaError::NONE) return;
    const BrokerState next = response.isFenced ? BrokerState::Fenced : BrokerState::Running;
    if (next != state_ && next == BrokerState::Running)
        ctx.emit(EventKind::Cluster, EngineText::tr("broker %1 is unfenced and serving").args(id()),
                 {brokerSubject(id())});
    state_ = next;
}

void Broker::sendMetadataFetch(NodeContext& ctx) {
    if (metadataFetchInFlight_) return;
    metadataFetchInFlight_ = true;
    ++metadataFetchSeq_;
    metadataFetchTarget_ = controller();
    const auto wait = static_cast<std::int32_t>(brokerConfig("replica.fetch.wait.max.ms"));
    ctx.send(metadataFetchTarget_, MetadataFetchRequest{id(), image_.offset() + 1, wait});
    ctx.setTimer(ctx.now() + millis(wait) + seconds(2), token(kMetadataFetchTimeout, metadataFetchSeq_));
}

void Broker::handleMetadataFetchResponse(NodeContext& ctx, MetadataFetchResponse response) {
    if (!metadataFetchInFlight_) return;
    if (response.error == KafkaError::NONE && response.snapshotId) {
        ++metadataFetchSeq_;
        ctx.send(metadataFetchTarget_, FetchSnapshotRequest{id(), *response.snapshotId});
        ctx.setTimer(ctx.now() + seconds(2), token(kMetadataFetchTimeout, metadataFetchSeq_));
        return;
    }
    metadataFetchInFlight_ = false;
    if (response.error == KafkaError::NONE && response.baseOffset == image_.offset() + 1) {
        for (const auto& record : response.records) image_.apply(record);
        if (!response.records.empty() || !caughtUpOnce_) {
            caughtUpOnce_ = true;
            publishMetadata(ctx);
            // A fenced broker tells the controller at once that it caught up, instead of at its next beat.
            if (state_ == BrokerState::Fenced && !response.records.empty()) sendHeartbeat(ctx);
        }
    } else if (response.error == KafkaError::NOT_CONTROLLER) {
        followControllerHint(response.leaderHint, metadataFetchTarget_);
        ctx.setTimer(ctx.now() + kControllerBackoff, token(kMetadataFetchBackoff));
        return;
    }
    sendMetadataFetch(ctx);
}

void Broker::handleFetchSnapshotResponse(NodeContext& ctx, NodeId from, FetchSnapshotResponse response) {
    if (!metadataFetchInFlight_ || from != metadataFetchTarget_) return;
    metadataFetchInFlight_ = false;
    if (response.error == KafkaError::NONE && response.snapshot.id.endOffset - 1 > image_.offset()) {
        ctx.emit(EventKind::Cluster,
                 EngineText::tr("broker %1 was behind the metadata log start (its image ends at offset %2); loaded "
                                "snapshot %3 from controller %4 into its metadata image")
                     .args(id(), image_.offset() + 1, response.snapshot.id.str(), from),
                 {brokerSubject(id())});
        image_ = *response.snapshot.image;
        caughtUpOnce_ = true;
        publishMetadata(ctx);
        if (state_ == BrokerState::Fenced) sendHeartbeat(ctx);
    } else if (response.error == KafkaError::NOT_LEADER_OR_FOLLOWER) {
        followControllerHint(response.leaderId, metadataFetchTarget_);
        ctx.setTimer(ctx.now() + kControllerBackoff, token(kMetadataFetchBackoff));
        return;
    }
    sendMetadataFetch(ctx);
}

// ---------------------------------------------------------------- applying metadata

void Broker::publishMetadata(NodeContext& ctx) {
    if (logDirOffline_) {
        // Every replica lived in the failed log dir: nothing to lead or follow until a restart.
        coordinator_.onMetadata(ctx);
        return;
    }
    for (auto it = replicas_.begin(); it != replicas_.end();) {
        const PartitionRegistration* reg = image_.partition(it->first);
        const TopicPartition tp = it->first;
        ++it;
        if (!reg || !contains(reg->replicas, id())) removeReplica(ctx, tp);
    }
    for (const auto& [name, topic] : image_.topics()) {
        for (std::size_t p = 0; p < topic.partitions.size(); ++p) {
            const PartitionRegistration& reg = topic.partitions[p];
            if (!contains(reg.replicas, id())) continue;
            TopicPartition tp{name, static_cast<std::int32_t>(p)};
            auto [it, created] = replicas_.try_emplace(tp);
            ReplicaState& r = it->second;
            LogConfig logConfig;
            logConfig.segmentBytes = std::atoll(image_.config(name, "segment.bytes").c_str());
            logConfig.segmentMs = std::atoll(image_.config(name, "segment.ms").c_str());
            logConfig.retentionMs = std::atoll(image_.config(name, "retention.ms").c_str());
            logConfig.retentionBytes = std::atoll(image_.config(name, "retention.bytes").c_str());
            if (created) {
                r.tp = tp;
                r.log = &storage_->logs.try_emplace(tp, logConfig).first->second;
            }
            r.log->setConfig(logConfig);
            r.replicas = reg.replicas;
            if (r.isLeader && reg.leader == id()) {
                std::erase_if(r.followers, [&](const auto& f) { return !contains(reg.replicas, f.first); });
                for (BrokerId f : reg.replicas)
                    if (f != id()) r.followers.try_emplace(f);
            }
            if (reg.leader == id()) {
                if (!r.isLeader || r.leaderEpoch < reg.leaderEpoch) becomeLeader(ctx, r, reg);
            } else if (r.isLeader || r.leaderEpoch < reg.leaderEpoch || created) {
                becomeFollower(ctx, r, reg);
            }
            if (reg.partitionEpoch > r.partitionEpoch && r.leaderEpoch == reg.leaderEpoch) {
                r.partitionEpoch = reg.partitionEpoch;
                countIsrChange(r, reg.isr);
                r.isr = reg.isr;
                r.pendingIsr.reset();
                alterPartitionInFlight_.erase(tp);
                if (r.isLeader) maybeIncrementHighWatermark(ctx, r);
            }
        }
    }
    coordinator_.onMetadata(ctx);
}

void Broker::becomeLeader(NodeContext& ctx, ReplicaState& r, const PartitionRegistration& reg) {
    const bool wasLeader = r.isLeader;
    r.isLeader = true;
    r.leader = id();
    r.leaderEpoch = reg.leaderEpoch;
    r.partitionEpoch = reg.partitionEpoch;
    r.isr = reg.isr;
    r.pendingIsr.reset();
    alterPartitionInFlight_.erase(r.tp);
    r.leaderEpochStartOffset = r.log->logEndOffset();
    r.log->assignEpoch(r.leaderEpoch, r.log->logEndOffset());
    r.followers.clear();
    for (BrokerId f : r.replicas) {
        if (f == id()) continue;
        FollowerState fs;
        fs.lastCaughtUpTime = contains(r.isr, f) ? ctx.now() : 0;
        r.followers[f] = fs;
    }
    if (!wasLeader) failProduceWaiters(ctx, r.tp, KafkaError::NOT_LEADER_OR_FOLLOWER);
    ctx.observer().onBecomeLeader(id(), r.tp, r.leaderEpoch);
    ctx.observer().onReplicaLeaderEpoch(id(), r.tp, r.leaderEpoch);
    ctx.emit(EventKind::Replication,
             EngineText::tr("broker %1: %2 leader at epoch %3 (LEO %4, HW %5, ISR %6)")
                 .args(id(), r.tp.str(), r.leaderEpoch, r.log->logEndOffset(), r.log->highWatermark(), formatIds(r.isr)),
             {brokerSubject(id()), partitionSubject(r.tp)});
    maybeIncrementHighWatermark(ctx, r);
}

void Broker::becomeFollower(NodeContext& ctx, ReplicaState& r, const PartitionRegistration& reg) {
    if (r.isLeader) failProduceWaiters(ctx, r.tp, KafkaError::NOT_LEADER_OR_FOLLOWER);
    r.isLeader = false;
    r.leader = reg.leader;
    r.leaderEpoch = reg.leaderEpoch;
    r.partitionEpoch = reg.partitionEpoch;
    r.isr = reg.isr;
    r.pendingIsr.reset();
    alterPartitionInFlight_.erase(r.tp);
    r.followers.clear();
    ctx.observer().onReplicaLeaderEpoch(id(), r.tp, r.leaderEpoch);
    if (reg.leader == kNoNode) {
        ctx.emit(EventKind::Replication,
                 EngineText::tr("broker %1: %2 has no leader (epoch %3); waiting")
                     .args(id(), r.tp.str(), r.leaderEpoch),
                 {brokerSubject(id()), partitionSubject(r.tp)}, true);
        return;
    }
    ctx.emit(EventKind::Replication,
             EngineText::tr("broker %1: %2 follows leader %3 at epoch %4")
                 .args(id(), r.tp.str(), reg.leader, r.leaderEpoch),
             {brokerSubject(id()), partitionSubject(r.tp)}, true);
    sendFetch(ctx, reg.leader);
}

void Broker::removeReplica(NodeContext& ctx, const TopicPartition& tp) {
    const bool topicGone = image_.partition(tp) == nullptr;
    failProduceWaiters(ctx, tp, topicGone ? KafkaError::UNKNOWN_TOPIC_OR_PARTITION : KafkaError::NOT_LEADER_OR_FOLLOWER);
    replicas_.erase(tp);
    alterPartitionInFlight_.erase(tp);
    storage_->logs.erase(tp);
    ctx.observer().onReplicaDeleted(id(), tp);
    ctx.emit(EventKind::Replication,
             (topicGone ? EngineText::tr("broker %1: %2 deleted (its topic is gone)")
                       : EngineText::tr("broker %1: %2 replica removed and its log deleted"))
                 .args(id(), tp.str()),
             {brokerSubject(id()), partitionSubject(tp)}, topicGone);
}

// ---------------------------------------------------------------- produce

void Broker::handleProduce(NodeContext& ctx, NodeId from, ProduceRequest request) {
    const std::uint64_t produceId = nextId_++;
    PendingProduce pending;
    pending.client = from;
    pending.correlationId = request.correlationId;
    pending.arrived = ctx.now();
    pending.results.resize(request.partitions.size());
    const bool validAcks = request.acks == 0 || request.acks == 1 || request.acks == -1;
    std::vector<TopicPartition> appended;
    for (std::size_t i = 0; i < request.partitions.size(); ++i) {
        ProducePartitionData& data = request.partitions[i];
        ProducePartitionResponse& result = pending.results[i];
        result.tp = data.tp;
        auto it = replicas_.find(data.tp);
        if (!validAcks) {
            result.error = KafkaError::INVALID_REQUIRED_ACKS;
            continue;
        }
        // A write to the full disk fails with an I/O error: the log dir goes offline (Kafka's
        // LogDirFailureChannel), and this and every later request for its partitions gets KAFKA_STORAGE_ERROR.
        if (diskFull_ && !logDirOffline_ && it != replicas_.end() && it->second.isLeader) failLogDir(ctx, data.tp);
        if (logDirOffline_ && hostsReplica(data.tp)) {
            result.error = KafkaError::KAFKA_STORAGE_ERROR;
            continue;
        }
        if (it == replicas_.end() || !it->second.isLeader) {
            result.error = image_.partition(data.tp) ? KafkaError::NOT_LEADER_OR_FOLLOWER
                                                     : KafkaError::UNKNOWN_TOPIC_OR_PARTITION;
            continue;
        }
        ReplicaState& r = it->second;
        const int minIsr = minInsyncReplicas(data.tp);
        if (request.acks == -1 && static_cast<int>(r.isr.size()) < minIsr) {
            result.error = KafkaError::NOT_ENOUGH_REPLICAS;
            // Kafka counts the unexpected append failures only, not NOT_LEADER_OR_FOLLOWER and the like.
            ++config_.metrics->topics[data.tp.topic].failedProduceRequests;
            continue;
        }
        if (static_cast<std::int64_t>(data.records->sizeInBytes()) >
            std::atoll(image_.config(data.tp.topic, "max.message.bytes").c_str())) {
            result.error = KafkaError::MESSAGE_TOO_LARGE;
            continue;
        }
        const StoredBatch stored = r.log->appendAsLeader(std::move(data.records), r.leaderEpoch, ctx.now());
        result.baseOffset = stored.baseOffset;
        TopicCounters& counters = config_.metrics->topics[r.tp.topic];
        counters.messagesIn += stored.count;
        counters.bytesIn += static_cast<std::int64_t>(stored.sizeInBytes());
        ctx.observer().onAppend(id(), r.tp, stored, true);
        appended.push_back(r.tp);
        if (request.acks == -1) {
            produceWaiters_[r.tp].push_back({stored.nextOffset(), produceId, i});
            ++pending.remaining;
        }
    }
    wakeParkedFetches(ctx, &appended);
    if (request.acks == 0 && from != id()) ++config_.metrics->produceRequests;   // answered by no response, at once
    if (request.acks != 0) pendingProduces_.emplace(produceId, std::move(pending));
    // With the leader alone in the ISR the HW moves at once, whatever the acks.
    for (const ProducePartitionData& data : request.partitions) {
        auto it = replicas_.find(data.tp);
        if (it != replicas_.end() && it->second.isLeader) maybeIncrementHighWatermark(ctx, it->second);
    }
    if (request.acks == 0) return;
    if (pendingProduces_.count(produceId)) {
        if (pendingProduces_[produceId].remaining == 0)
            finishProduce(ctx, produceId);
        else
            pendingProduces_[produceId].timeout =
                ctx.setTimer(ctx.now() + millis(request.timeoutMs), token(kProduceTimeout, produceId));
    }
}

void Broker::completeProduceWaiters(NodeContext& ctx, ReplicaState& r) {
    auto it = produceWaiters_.find(r.tp);
    if (it == produceWaiters_.end()) return;
    const Offset hw = r.log->highWatermark();
    const bool enoughReplicas = static_cast<int>(r.isr.size()) >= minInsyncReplicas(r.tp);
    std::vector<std::uint64_t> done;
    auto& waiters = it->second;
    auto w = waiters.begin();
    for (; w != waiters.end() && w->requiredOffset <= hw; ++w) {
        PendingProduce& p = pendingProduces_.at(w->produceId);
        if (!enoughReplicas) p.results[w->index].error = KafkaError::NOT_ENOUGH_REPLICAS_AFTER_APPEND;
        if (--p.remaining == 0) done.push_back(w->produceId);
    }
    waiters.erase(waiters.begin(), w);
    if (waiters.empty()) produceWaiters_.erase(it);
    for (std::uint64_t id : done) finishProduce(ctx, id);
}

void Broker::failProduceWaiters(NodeContext& ctx, const TopicPartition& tp, KafkaError error) {
    auto it = produceWaiters_.find(tp);
    if (it == produceWaiters_.end()) return;
    std::vector<std::uint64_t> done;
    for (const ProduceWaiter& w : it->second) {
        PendingProduce& p = pendingProduces_.at(w.produceId);
        p.results[w.index].error = error;
        if (--p.remaining == 0) done.push_back(w.produceId);
    }
    produceWaiters_.erase(it);
    for (std::uint64_t id : done) finishProduce(ctx, id);
}

void Broker::finishProduce(NodeContext& ctx, std::uint64_t produceId) {
    auto it = pendingProduces_.find(produceId);
    if (it == pendingProduces_.end()) return;
    ProduceResponse response{it->second.correlationId, std::move(it->second.results)};
    const NodeId client = it->second.client;
    const SimTime arrived = it->second.arrived;
    ctx.cancelTimer(it->second.timeout);
    pendingProduces_.erase(it);
    if (client == id()) return coordinator_.onAppendDone(ctx, response);
    ++config_.metrics->produceRequests;
    config_.metrics->produceTotalTime += ctx.now() - arrived;
    ctx.send(client, std::move(response));
}

// ---------------------------------------------------------------- fetch (leader side)

void Broker::handleFetch(NodeContext& ctx, NodeId from, FetchRequest request) {
    FetchResponse response;
    const bool ready = buildFetchResponse(ctx, from, request, true, &response);
    if (ready || request.maxWaitMs <= 0) {
        sendFetchResponse(ctx, from, request, ctx.now(), std::move(response));
        return;
    }
    const std::uint64_t parkId = nextId_++;
    const SimTime deadline = ctx.now() + millis(request.maxWaitMs);
    parkedFetches_.emplace(parkId, ParkedFetch{from, std::move(request), ctx.now(), ctx.setTimer(deadline, token(kParkedFetchTimeout, parkId))});
}

void Broker::sendFetchResponse(NodeContext& ctx, NodeId to, const FetchRequest& request, SimTime arrived,
                               FetchResponse response) {
    if (request.replicaId == kNoNode) {
        BrokerMetrics& m = *config_.metrics;
        ++m.fetchConsumerRequests;
        m.fetchConsumerTotalTime += ctx.now() - arrived;
        for (const FetchPartitionResponse& pr : response.partitions) {
            TopicCounters& counters = m.topics[pr.tp.topic];
            for (const StoredBatch& batch : pr.records) {
                counters.messagesOut += batch.count;
                counters.bytesOut += static_cast<std::int64_t>(batch.sizeInBytes());
            }
        }
    }
    ctx.send(to, std::move(response));
}

// With `out` null only whether the answer would be ready: nothing is read or built, and the answer
// is the same as building it would give (wakeParkedFetches asks this of every parked fetch).
bool Broker::buildFetchResponse(NodeContext& ctx, NodeId from, const FetchRequest& request, bool firstTime,
                                FetchResponse* out) {
    if (out) {
        out->correlationId = request.correlationId;
        out->partitions.clear();
    }
    bool ready = false;
    // A partition whose answer makes the response ready at once (an error, a diverging epoch, a
    // preferred read replica); true when only readiness was asked, which is then known.
    auto readyNow = [&](FetchPartitionResponse pr) {
        ready = true;
        if (out) out->partitions.push_back(std::move(pr));
        return !out;
    };
    std::size_t bytesLeft = static_cast<std::size_t>(request.maxBytes);
    for (const FetchPartition& fp : request.partitions) {
        FetchPartitionResponse pr;
        pr.tp = fp.tp;
        if (logDirOffline_ && hostsReplica(fp.tp)) {
            pr.error = KafkaError::KAFKA_STORAGE_ERROR;
            if (readyNow(std::move(pr))) return true;
            continue;
        }
        auto it = replicas_.find(fp.tp);
        // KIP-392: a consumer that names its rack may read from a follower, up to the follower's HW.
        const bool followerRead = it != replicas_.end() && !it->second.isLeader && it->second.leader != kNoNode &&
                                  request.replicaId == kNoNode && !request.rackId.empty();
        if (it == replicas_.end() || (!it->second.isLeader && !followerRead)) {
            pr.error = image_.partition(fp.tp) ? KafkaError::NOT_LEADER_OR_FOLLOWER : KafkaError::UNKNOWN_TOPIC_OR_PARTITION;
            if (readyNow(std::move(pr))) return true;
            continue;
        }
        ReplicaState& r = it->second;
        PartitionLog& log = *r.log;
        pr.highWatermark = log.highWatermark();
        pr.logStartOffset = log.logStartOffset();
        if (fp.currentLeaderEpoch >= 0 && fp.currentLeaderEpoch != r.leaderEpoch) {
            pr.error = fp.currentLeaderEpoch < r.leaderEpoch ? KafkaError::FENCED_LEADER_EPOCH
                                                             : KafkaError::UNKNOWN_LEADER_EPOCH;
            if (readyNow(std::move(pr))) return true;
            continue;
        }
        if (fp.lastFetchedEpoch >= 0) {
            const EpochEndOffset eo = log.endOffsetForEpoch(fp.lastFetchedEpoch);
            if (eo.endOffset < fp.fetchOffset || eo.epoch < fp.lastFetchedEpoch) {
                pr.divergingEpoch = eo;
                if (readyNow(std::move(pr))) return true;
                continue;
            }
        }
        if (fp.fetchOffset > log.logEndOffset() || fp.fetchOffset < log.logStartOffset()) {
            pr.error = KafkaError::OFFSET_OUT_OF_RANGE;
            if (readyNow(std::move(pr))) return true;
            continue;
        }
        if (firstTime && request.replicaId != kNoNode) updateFollowerState(ctx, r, request.replicaId, fp.fetchOffset);
        if (r.isLeader && request.replicaId == kNoNode) {
            pr.preferredReadReplica = preferredReadReplica(r, request.rackId, fp.fetchOffset);
            if (pr.preferredReadReplica != kNoNode) {
                if (readyNow(std::move(pr))) return true;
                continue;
            }
        }
        pr.highWatermark = log.highWatermark();
        const Offset limit = request.replicaId != kNoNode ? log.logEndOffset() : log.highWatermark();
        bool records = false;
        if (bytesLeft > 0 && out) {
            pr.records = log.read(fp.fetchOffset, bytesLeft, limit);
            for (const auto& b : pr.records) bytesLeft -= std::min(bytesLeft, b.sizeInBytes());
            records = !pr.records.empty();
        } else if (bytesLeft > 0) {
            const std::size_t bytes = log.readBytes(fp.fetchOffset, bytesLeft, limit);
            bytesLeft -= std::min(bytesLeft, bytes);
            records = bytes > 0;
        }
        if (records && request.maxBytes - static_cast<std::int64_t>(bytesLeft) >= request.minBytes) {
            if (!out) return true;
            ready = true;
        }
        if (out) out->partitions.push_back(std::move(pr));
    }
    (void)from;
    return ready;
}

void Broker::updateFollowerState(NodeContext& ctx, ReplicaState& r, BrokerId follower, Offset fetchOffset) {
    auto it = r.followers.find(follower);
    if (it == r.followers.end()) return;
    FollowerState& fs = it->second;
    const Offset leaderEnd = r.log->logEndOffset();
    if (fetchOffset >= leaderEnd)
        fs.lastCaughtUpTime = std::max(fs.lastCaughtUpTime, ctx.now());
    else if (fetchOffset >= fs.lastFetchLeaderLogEndOffset)
        fs.lastCaughtUpTime = std::max(fs.lastCaughtUpTime, fs.lastFetchTime);
    fs.lastFetchLeaderLogEndOffset = leaderEnd;
    fs.lastFetchTime = ctx.now();
    fs.logEndOffset = fetchOffset;

    const std::vector<BrokerId> maximal = r.maximalIsr();
    if (!contains(maximal, follower) && !alterPartitionInFlight_.count(r.tp) && image_.isUnfenced(follower) &&
        fetchOffset >= r.log->highWatermark() && fetchOffset >= r.leaderEpochStartOffset) {
        std::vector<BrokerId> expanded = r.isr;
        expanded.push_back(follower);
        proposeIsr(ctx, r, expanded,
                   EngineText::tr("broker %1 caught up to offset %2").args(follower, fetchOffset));
    }
    maybeIncrementHighWatermark(ctx, r);
}

void Broker::maybeIncrementHighWatermark(NodeContext& ctx, ReplicaState& r) {
    Offset newHw = r.log->logEndOffset();
    for (BrokerId member : r.maximalIsr()) {
        if (member == id()) continue;
        auto it = r.followers.find(member);
        const Offset leo = it == r.followers.end() ? -1 : it->second.logEndOffset;
        newHw = std::min(newHw, leo);
    }
    if (newHw > r.log->highWatermark()) {
        r.log->updateHighWatermark(newHw);
        ctx.observer().onHighWatermark(id(), r.tp, r.leaderEpoch, newHw);
        const std::vector<TopicPartition> touched{r.tp};
        wakeParkedFetches(ctx, &touched);
    }
    completeProduceWaiters(ctx, r);
}

void Broker::wakeParkedFetches(NodeContext& ctx, const std::vector<TopicPartition>* touched) {
    auto asksFor = [touched](const FetchRequest& request) {
        if (!touched) return true;
        for (const FetchPartition& fp : request.partitions)
            for (const TopicPartition& tp : *touched)
                if (fp.tp.partition == tp.partition && fp.tp.topic == tp.topic) return true;
        return false;
    };
    for (auto it = parkedFetches_.begin(); it != parkedFetches_.end();) {
        if (asksFor(it->second.request) && buildFetchResponse(ctx, it->second.from, it->second.request, false, nullptr)) {
            FetchResponse response;
            buildFetchResponse(ctx, it->second.from, it->second.request, false, &response);
            sendFetchResponse(ctx, it->second.from, it->second.request, it->second.arrived, std::move(response));
            ctx.cancelTimer(it->second.timeout);
            it = parkedFetches_.erase(it);
        } else {
            ++it;
        }
    }
}

void Broker::checkIsrShrink(NodeContext& ctx) {
    const SimTime lagMax = millis(brokerConfig("replica.lag.time.max.ms"));
    for (auto& [tp, r] : replicas_) {
        if (alterPartitionInFlight_.count(tp) && ctx.now() - r.pendingIsrSince > kAlterPartitionTimeout) {
            alterPartitionInFlight_.erase(tp);
            r.pendingIsr.reset();
        }
        if (!r.isLeader || alterPartitionInFlight_.count(tp)) continue;
        std::vector<BrokerId> kept;
        std::vector<BrokerId> dropped;
        for (BrokerId member : r.isr) {
            auto it = r.followers.find(member);
            if (member != id() && it != r.followers.end() && ctx.now() - it->second.lastCaughtUpTime > lagMax)
                dropped.push_back(member);
            else
                kept.push_back(member);
        }
        if (dropped.empty()) continue;
        std::string ids;
        for (std::size_t i = 0; i < dropped.size(); ++i) ids += (i ? ", " : "") + std::to_string(dropped[i]);
        proposeIsr(ctx, r, kept,
                   (dropped.size() > 1 ? EngineText::tr("brokers %1 not caught up for more than replica.lag.time.max.ms (%2)")
                                       : EngineText::tr("broker %1 not caught up for more than replica.lag.time.max.ms (%2)"))
                       .args(ids, formatDuration(lagMax)));
    }
}

void Broker::proposeIsr(NodeContext& ctx, ReplicaState& r, std::vector<BrokerId> newIsr, Text why) {
    const bool expanding = newIsr.size() > r.isr.size();
    ctx.emit(EventKind::Replication,
             (expanding ? EngineText::tr("broker %1: %2 ISR expand %3 → %4 proposed: %5")
                        : EngineText::tr("broker %1: %2 ISR shrink %3 → %4 proposed: %5"))
                 .args(id(), r.tp.str(), formatIds(r.isr), formatIds(newIsr), std::move(why)),
             {brokerSubject(id()), partitionSubject(r.tp)});
    r.pendingIsr = newIsr;
    r.pendingIsrSince = ctx.now();
    alterPartitionInFlight_.insert(r.tp);
    AlterPartitionRequest request;
    request.brokerId = id();
    request.brokerEpoch = brokerEpoch_;
    request.partitions.push_back({r.tp, r.leaderEpoch, r.partitionEpoch, std::move(newIsr)});
    ctx.send(controller(), std::move(request));
}

void Broker::countIsrChange(const ReplicaState& r, const std::vector<BrokerId>& committed) {
    if (!r.isLeader || !r.pendingIsr || *r.pendingIsr != committed) return;
    if (committed.size() < r.isr.size()) ++config_.metrics->isrShrinks;
    if (committed.size() > r.isr.size()) ++config_.metrics->isrExpands;
}

void Broker::handleAlterPartitionResponse(NodeContext& ctx, const AlterPartitionResponse& response) {
    if (response.error != KafkaError::NONE) {
        for (auto& [tp, r] : replicas_) r.pendingIsr.reset();
        alterPartitionInFlight_.clear();
        controllerFailed(controller());
        return;
    }
    for (const AlterPartitionResult& result : response.partitions) {
        auto it = replicas_.find(result.tp);
        if (it == replicas_.end()) continue;
        ReplicaState& r = it->second;
        alterPartitionInFlight_.erase(result.tp);
        if (result.error == KafkaError::NONE) countIsrChange(r, result.isr);
        r.pendingIsr.reset();
        if (result.error != KafkaError::NONE) {
            ctx.emit(EventKind::Replication,
                     EngineText::tr("broker %1: %2 ISR change rejected by the controller: %3")
                         .args(id(), r.tp.str(), errorName(result.error)),
                     {brokerSubject(id()), partitionSubject(r.tp)});
            continue;
        }
        if (result.leaderEpoch == r.leaderEpoch && result.partitionEpoch > r.partitionEpoch) {
            r.isr = result.isr;
            r.partitionEpoch = result.partitionEpoch;
        }
        if (r.isLeader) maybeIncrementHighWatermark(ctx, r);
    }
}

// ---------------------------------------------------------------- fetch (follower side)

void Broker::sendFetch(NodeContext& ctx, BrokerId leader) {
    Fetcher& fetcher = fetchers_[leader];
    if (fetcher.inFlight || fetcher.delayed) return;
    if (replicaFetchDelay_ > 0 && fetcher.lastSent >= 0 && ctx.now() < fetcher.lastSent + replicaFetchDelay_) {
        fetcher.delayed = true;
        ctx.setTimer(fetcher.lastSent + replicaFetchDelay_, token(kFetcherDelay, static_cast<std::uint64_t>(leader)));
        return;
    }
    FetchRequest request;
    request.replicaId = id();
    request.maxWaitMs = static_cast<std::int32_t>(brokerConfig("replica.fetch.wait.max.ms"));
    request.maxBytes = static_cast<std::int32_t>(brokerConfig("replica.fetch.max.bytes"));
    for (const auto& [tp, r] : replicas_) {
        if (r.isLeader || r.leader != leader) continue;
        request.partitions.push_back({tp, r.log->logEndOffset(), r.leaderEpoch, r.log->latestEpoch()});
    }
    if (request.partitions.empty()) return;
    request.correlationId = static_cast<CorrelationId>(nextId_++);
    fetcher.inFlight = true;
    fetcher.lastSent = ctx.now();
    fetcher.correlationId = request.correlationId;
    fetcher.timeout = ctx.setTimer(ctx.now() + millis(request.maxWaitMs) + kRequestTimeout,
                                   token(kFetcherTimeout, (static_cast<std::uint64_t>(leader) << 32) |
                                                              static_cast<std::uint32_t>(request.correlationId)));
    ctx.send(leader, std::move(request));
}

void Broker::handleFetchResponse(NodeContext& ctx, NodeId from, FetchResponse response) {
    auto f = fetchers_.find(from);
    if (f == fetchers_.end() || !f->second.inFlight || f->second.correlationId != response.correlationId) return;
    f->second.inFlight = false;
    ctx.cancelTimer(f->second.timeout);
    bool failed = false;
    bool followerHwMoved = false;
    for (FetchPartitionResponse& pr : response.partitions) {
        auto it = replicas_.find(pr.tp);
        if (it == replicas_.end() || it->second.isLeader || it->second.leader != from) continue;
        ReplicaState& r = it->second;
        PartitionLog& log = *r.log;
        if (pr.divergingEpoch) {
            truncateOnDivergence(ctx, r, *pr.divergingEpoch, from);
            continue;
        }
        if (pr.error == KafkaError::OFFSET_OUT_OF_RANGE && pr.logStartOffset > log.logEndOffset()) {
            const std::int64_t removed = log.truncateTo(log.logStartOffset());
            ctx.emit(EventKind::Replication,
                     EngineText::tr("broker %1: %2 is behind the leader's log start offset %3; dropped %4 records")
                         .args(id(), r.tp.str(), pr.logStartOffset, removed),
                     {brokerSubject(id()), partitionSubject(r.tp)});
            continue;
        }
        if (pr.error != KafkaError::NONE) {
            failed = true;
            continue;
        }
        if (diskFull_ && !pr.records.empty()) {
            failLogDir(ctx, pr.tp);
            return;
        }
        for (const StoredBatch& batch : pr.records) {
            const Offset before = log.logEndOffset();
            if (batch.nextOffset() <= before) continue;
            log.appendAsFollower(batch, ctx.now());
            ctx.observer().onAppend(id(), r.tp, batch.slice(before, batch.nextOffset()), false);
        }
        if (pr.highWatermark > log.highWatermark()) {
            log.updateHighWatermark(pr.highWatermark);
            followerHwMoved = true;
        }
    }
    if (followerHwMoved) wakeParkedFollowerReads(ctx);
    if (failed)
        ctx.setTimer(ctx.now() + kFetchBackoff, token(kFetcherBackoff, static_cast<std::uint64_t>(from)));
    else
        sendFetch(ctx, from);
}

void Broker::truncateOnDivergence(NodeContext& ctx, ReplicaState& r, const EpochEndOffset& diverging, BrokerId leader) {
    PartitionLog& log = *r.log;
    Offset truncateTo;
    Text why;
    if (diverging.endOffset < 0) {
        truncateTo = log.highWatermark();
        why = EngineText::tr("the leader has no record of epoch %1; truncating to the HW").args(log.latestEpoch());
    } else {
        const EpochEndOffset mine = log.endOffsetForEpoch(diverging.epoch);
        truncateTo = std::min(diverging.endOffset, mine.endOffset < 0 ? diverging.endOffset : mine.endOffset);
        why = EngineText::tr("diverged from leader %1, whose epoch %2 ends at offset %3")
                  .args(leader, diverging.epoch, diverging.endOffset);
    }
    const Offset oldEnd = log.logEndOffset();
    const std::int64_t removed = log.truncateTo(truncateTo);
    ctx.observer().onTruncate(id(), r.tp, truncateTo, removed);
    if (removed > 0)
        ctx.emit(EventKind::Replication,
                 (removed == 1 ? EngineText::tr("broker %1: %2 truncated %3 record (offset %4): %5")
                              : EngineText::tr("broker %1: %2 truncated %3 records (offsets %4): %5"))
                     .args(id(), r.tp.str(), removed, describeRange(truncateTo, oldEnd - truncateTo), std::move(why)),
                 {brokerSubject(id()), partitionSubject(r.tp)});
}

// ---------------------------------------------------------------- client metadata

void Broker::handleMetadata(NodeContext& ctx, NodeId from, const MetadataRequest& request) {
    MetadataResponse response;
    response.correlationId = request.correlationId;
    response.controllerId = controller();
    for (const auto& [bid, reg] : image_.brokers())
        if (!reg.fenced) response.brokers.push_back(bid);
    for (const auto& [name, topic] : image_.topics()) {
        TopicMetadata tm;
        tm.name = name;
        for (std::size_t p = 0; p < topic.partitions.size(); ++p) {
            const PartitionRegistration& reg = topic.partitions[p];
            PartitionMetadata pm;
            pm.partition = static_cast<std::int32_t>(p);
            pm.leader = reg.leader;
            pm.leaderEpoch = reg.leaderEpoch;
            pm.replicas = reg.replicas;
            pm.isr = reg.isr;
            if (reg.leader == kNoNode) pm.error = KafkaError::LEADER_NOT_AVAILABLE;
            tm.partitions.push_back(std::move(pm));
        }
        response.topics.push_back(std::move(tm));
    }
    ctx.send(from, std::move(response));
}

// ---------------------------------------------------------------- retention

void Broker::applyRetention(NodeContext& ctx) {
    for (auto& [tp, r] : replicas_) {
        const RetentionResult result = r.log->applyRetention(ctx.now());
        if (result.segmentsDeleted == 0) continue;
        ctx.emit(EventKind::Replication,
                 EngineText::tr("broker %1: %2 deleted %3 segment(s) (%4 records) past %5; log start offset now %6")
                     .args(id(), tp.str(), result.segmentsDeleted, result.recordsDeleted, result.reason, result.newLogStartOffset),
                 {brokerSubject(id()), partitionSubject(tp)});
    }
}

}  // namespace ks
