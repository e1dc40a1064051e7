#include "controller/controller.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "controller/topic_plan.h"
#include "metadata/configs.h"

namespace ks {
namespace {

enum TimerKind : std::uint64_t { kSessionCheck = 1, kParkedFetchTimeout, kLeaderImbalanceCheck };
constexpr std::uint64_t token(TimerKind kind, std::uint64_t id = 0) { return (static_cast<std::uint64_t>(kind) << 56) | id; }
constexpr SimTime kSessionCheckInterval = millis(250);

bool contains(const std::vector<BrokerId>& ids, BrokerId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

std::vector<BrokerId> without(const std::vector<BrokerId>& ids, BrokerId id) {
    std::vector<BrokerId> out;
    for (BrokerId b : ids)
        if (b != id) out.push_back(b);
    return out;
}

}  // namespace

Controller::Controller(ControllerConfig config, std::shared_ptr<QuorumStorage> storage)
    : config_(std::move(config)), raft_(config_.id, config_.voters, std::move(storage), *this) {}

std::int64_t Controller::clusterConfig(const char* key) const { return std::atoll(image_.config("", key).c_str()); }

void Controller::start(NodeContext& ctx) {
    // A restarted controller starts from its latest snapshot, as Kafka's does.
    rebuildImage(raft_.logStartOffset());
    notified_ = applied_;
    lastSnapshot_ = ctx.now();
    ctx.setTimer(ctx.now() + kSessionCheckInterval, token(kSessionCheck));
    ctx.setTimer(ctx.now() + seconds(300), token(kLeaderImbalanceCheck));
    raft_.start(ctx);
}

void Controller::onMessage(NodeContext& ctx, NodeId from, Message message) {
    if (raft_.handle(ctx, from, message)) return;
    if (const auto* d = std::get_if<Disconnected>(&message)) {
        raft_.onDisconnected(ctx, d->peer);
        return;
    }
    if (redirectIfNotActive(ctx, from, message)) return;
    std::visit(
        [&](const auto& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, BrokerRegistrationRequest>) handleRegistration(ctx, from, m);
            else if constexpr (std::is_same_v<T, BrokerHeartbeatRequest>) handleHeartbeat(ctx, from, m);
            else if constexpr (std::is_same_v<T, MetadataFetchRequest>) handleMetadataFetch(ctx, from, m);
            else if constexpr (std::is_same_v<T, AlterPartitionRequest>) handleAlterPartition(ctx, from, m);
            else if constexpr (std::is_same_v<T, CreateTopicsRequest>) handleCreateTopics(ctx, from, m);
            else if constexpr (std::is_same_v<T, DeleteTopicsRequest>) handleDeleteTopics(ctx, from, m);
            else if constexpr (std::is_same_v<T, AlterConfigsRequest>) handleAlterConfigs(ctx, from, m);
            else if constexpr (std::is_same_v<T, ElectLeadersRequest>) handleElectLeaders(ctx, from, m);
            else if constexpr (std::is_same_v<T, AlterPartitionReassignmentsRequest>) handleReassignment(ctx, from, m);
            else if constexpr (std::is_same_v<T, UnregisterBrokerRequest>) handleUnregisterBroker(ctx, from, m);
        },
        message);
}

bool Controller::redirectIfNotActive(NodeContext& ctx, NodeId from, const Message& request) {
    if (raft_.isLeader()) return false;
    if (auto answer = notControllerAnswer(request, raft_.leaderId())) ctx.send(from, std::move(*answer));
    return true;
}

void Controller::onTimer(NodeContext& ctx, std::uint64_t t) {
    if (t >= RaftReplica::kTimerBase) {
        raft_.handleTimer(ctx, t);
        return;
    }
    if ((t >> 56) == kSessionCheck) {
        if (raft_.isLeader()) checkSessions(ctx);
        maybeWriteSnapshot(ctx);
        ctx.setTimer(ctx.now() + kSessionCheckInterval, token(kSessionCheck));
        return;
    }
    if ((t >> 56) == kLeaderImbalanceCheck) {
        if (raft_.isLeader() && image_.config("", "auto.leader.rebalance.enable") == "true") rebalanceLeaders(ctx);
        ctx.setTimer(ctx.now() + seconds(std::max<std::int64_t>(1, clusterConfig("leader.imbalance.check.interval.seconds"))),
                     token(kLeaderImbalanceCheck));
        return;
    }
    auto it = parkedFetches_.find(t & ((1ULL << 56) - 1));
    if (it == parkedFetches_.end()) return;
    const ParkedMetadataFetch parked = it->second;
    parkedFetches_.erase(it);
    sendMetadataFetchResponse(ctx, parked.from, parked.fetchOffset);
}

// ---------------------------------------------------------------- the quorum

void Controller::rebuildImage(Offset upTo) {
    const auto& snapshot = raft_.latestSnapshot();
    image_ = snapshot ? *snapshot->image : MetadataImage();
    for (applied_ = raft_.logStartOffset(); applied_ < upTo && applied_ < raft_.logEndOffset(); ++applied_)
        image_.apply(raft_.entryAt(applied_).record);
}

void Controller::maybeWriteSnapshot(NodeContext& ctx) {
    const Offset end = raft_.highWatermark();
    if (end <= raft_.logStartOffset() || notified_ < end) return;
    const bool bytes = bytesSinceSnapshot_ >= config_.snapshotMaxRecordBytes;
    const bool interval = config_.snapshotInterval > 0 && ctx.now() - lastSnapshot_ >= config_.snapshotInterval;
    if (!bytes && !interval) return;
    const auto& previous = raft_.latestSnapshot();
    auto image = previous ? std::make_shared<MetadataImage>(*previous->image) : std::make_shared<MetadataImage>();
    for (Offset o = raft_.logStartOffset(); o < end; ++o) image->apply(raft_.entryAt(o).record);
    const MetadataSnapshot& snapshot = raft_.writeSnapshot(std::move(image), end);
    Text why = bytes ? EngineText::tr("%1 bytes of records since the last one "
                                      "(metadata.log.max.record.bytes.between.snapshots=%2)")
                           .args(bytesSinceSnapshot_, config_.snapshotMaxRecordBytes)
                     : EngineText::tr("%1 since the last one (metadata.log.max.snapshot.interval.ms=%2)")
                           .args(formatDuration(ctx.now() - lastSnapshot_), config_.snapshotInterval / millis(1));
    bytesSinceSnapshot_ = 0;
    lastSnapshot_ = ctx.now();
    ctx.observer().onMetadataSnapshot(id(), snapshot, false);
    ctx.emit(EventKind::Controller,
             EngineText::tr("controller %1 wrote metadata snapshot at offset %2 (epoch %3), %4; its metadata log now "
                            "starts at %5")
                 .args(id(), snapshot.id.endOffset, snapshot.id.epoch, std::move(why), raft_.logStartOffset()),
             {"controller:" + std::to_string(id())});
}

void Controller::onSnapshotLoaded(NodeContext& ctx, const MetadataSnapshot& snapshot) {
    image_ = *snapshot.image;
    applied_ = snapshot.id.endOffset;
    notified_ = std::max(notified_, snapshot.id.endOffset);
    bytesSinceSnapshot_ = 0;
    lastSnapshot_ = ctx.now();
    ctx.observer().onMetadataSnapshot(id(), snapshot, true);
    ctx.emit(EventKind::Controller,
             EngineText::tr("controller %1 was behind the log start of quorum leader %2; loaded snapshot %3 "
                            "(FetchSnapshot) and fetches the records after it")
                 .args(id(), raft_.leaderId(), snapshot.id.str()),
             {"controller:" + std::to_string(id())});
}

void Controller::onBecomeLeader(NodeContext& ctx) {
    ctx.observer().onActiveController(id(), true);
    rebuildImage(raft_.logEndOffset());
    heartbeats_.clear();
    for (const auto& [broker, reg] : image_.brokers())
        heartbeats_[broker] = BrokerHeartbeatState{reg.epoch, ctx.now(), reg.epoch};
    ctx.emit(EventKind::Controller, EngineText::tr("controller %1 is the active controller (epoch %2)")
        .args(id(), raft_.epoch()),
             {"controller:" + std::to_string(id())});
}

void Controller::onLoseLeadership(NodeContext& ctx) {
    ctx.emit(EventKind::Controller, EngineText::tr("controller %1 is no longer the active controller").args(id()),
             {"controller:" + std::to_string(id())});
    for (PendingReply& reply : pendingReplies_) {
        if (auto* admin = std::get_if<AdminResponse>(&reply.message)) {
            admin->error = KafkaError::NOT_CONTROLLER;
            admin->message = EngineText::tr("the controller lost its leadership before the change was committed");
            ctx.send(reply.to, reply.message);
        }
    }
    pendingReplies_.clear();
    parkedFetches_.clear();
    rebuildImage(raft_.highWatermark());
}

void Controller::onCommit(NodeContext& ctx, Offset highWatermark) {
    if (!raft_.isLeader()) {
        for (; applied_ < highWatermark; ++applied_) image_.apply(raft_.entryAt(applied_).record);
    }
    for (; notified_ < highWatermark; ++notified_) {
        const MetadataEntry& entry = raft_.entryAt(notified_);
        bytesSinceSnapshot_ += recordSizeInBytes(entry.record);
        ctx.observer().onMetadataCommitted(id(), notified_, entry);
        if (raft_.isLeader())
            ctx.emit(EventKind::Controller, EngineText::tr("metadata log @%1 committed: %2")
                .args(notified_, describe(entry.record)),
                     {}, true);
    }
    std::vector<PendingReply> still;
    for (PendingReply& reply : pendingReplies_) {
        if (reply.offset < highWatermark) ctx.send(reply.to, std::move(reply.message));
        else still.push_back(std::move(reply));
    }
    pendingReplies_ = std::move(still);
    std::vector<ParkedMetadataFetch> ready;
    for (const auto& [parkId, parked] : parkedFetches_) {
        ctx.cancelTimer(parked.timeout);
        ready.push_back(parked);
    }
    parkedFetches_.clear();
    for (const auto& p : ready) sendMetadataFetchResponse(ctx, p.from, p.fetchOffset);
    maybeWriteSnapshot(ctx);
}

void Controller::replyWhenCommitted(NodeContext& ctx, NodeId to, Message message) {
    const Offset last = raft_.logEndOffset() - 1;
    if (last < raft_.highWatermark()) {
        ctx.send(to, std::move(message));
        return;
    }
    pendingReplies_.push_back(PendingReply{last, to, std::move(message)});
}

void Controller::append(NodeContext& ctx, std::vector<MetadataRecord> records) {
    std::vector<TopicPartition> touched;
    for (auto& record : records) {
        if (const auto* change = std::get_if<PartitionChangeRecord>(&record)) touched.push_back(change->tp);
        image_.apply(record);
        raft_.append(ctx, std::move(record));
        applied_ = raft_.logEndOffset();
    }
    for (const TopicPartition& tp : touched)
        if (auto done = completeReassignment(ctx, tp)) append(ctx, {std::move(*done)});
}

std::optional<PartitionChangeRecord> Controller::completeReassignment(NodeContext& ctx, const TopicPartition& tp) const {
    const PartitionRegistration* reg = image_.partition(tp);
    if (!reg || !reg->isReassigning()) return std::nullopt;
    const std::vector<BrokerId> target = reg->targetReplicas();
    for (BrokerId b : target)
        if (!contains(reg->isr, b)) return std::nullopt;
    PartitionChangeRecord change;
    change.tp = tp;
    change.replicas = target;
    change.addingReplicas = std::vector<BrokerId>{};
    change.removingReplicas = std::vector<BrokerId>{};
    std::vector<BrokerId> isr;
    for (BrokerId b : reg->isr)
        if (contains(target, b)) isr.push_back(b);
    change.isr = isr;
    if (!contains(target, reg->leader)) {
        change.leader = kNoNode;
        for (BrokerId b : target)
            if (contains(isr, b) && eligible(b)) {
                change.leader = b;
                break;
            }
    }
    ctx.emit(EventKind::Controller,
             change.leader ? EngineText::tr("controller %1: %2 reassignment done: replicas %3 → %4, leader moves to "
                                            "broker %5")
                                 .args(id(), tp.str(), formatIds(reg->replicas), formatIds(target), *change.leader)
                           : EngineText::tr("controller %1: %2 reassignment done: replicas %3 → %4")
                                 .args(id(), tp.str(), formatIds(reg->replicas), formatIds(target)),
             {partitionSubject(tp)});
    return change;
}

void Controller::handleElectLeaders(NodeContext& ctx, NodeId from, const ElectLeadersRequest& request) {
    AdminResponse response;
    response.correlationId = request.correlationId;
    const PartitionRegistration* reg = image_.partition(request.tp);
    if (!reg) {
        response.error = KafkaError::UNKNOWN_TOPIC_OR_PARTITION;
        response.message = EngineText::tr("Partition %1 does not exist.").args(request.tp.str());
    } else if (reg->leader == reg->preferredLeader()) {
        response.error = KafkaError::ELECTION_NOT_NEEDED;
        response.message = EngineText::tr("broker %1 is already the preferred leader of %2")
            .args(reg->leader, request.tp.str());
    } else if (!contains(reg->isr, reg->preferredLeader()) || !eligible(reg->preferredLeader())) {
        response.error = KafkaError::PREFERRED_LEADER_NOT_AVAILABLE;
        response.message = EngineText::tr("the preferred leader, broker %1, is not alive and in the ISR %2")
            .args(reg->preferredLeader(), formatIds(reg->isr));
    } else {
        PartitionChangeRecord change;
        change.tp = request.tp;
        change.leader = reg->preferredLeader();
        ctx.emit(EventKind::Controller, EngineText::tr("controller %1: preferred leader election for %2")
            .args(id(), request.tp.str()), {partitionSubject(request.tp)});
        describeChange(ctx, change);
        append(ctx, {std::move(change)});
    }
    replyWhenCommitted(ctx, from, response);
}

void Controller::rebalanceLeaders(NodeContext& ctx) {
    std::map<BrokerId, std::pair<int, std::vector<TopicPartition>>> preferred;
    for (const auto& [name, topic] : image_.topics()) {
        for (std::size_t p = 0; p < topic.partitions.size(); ++p) {
            const PartitionRegistration& reg = topic.partitions[p];
            auto& [total, notLeading] = preferred[reg.preferredLeader()];
            ++total;
            if (reg.leader != reg.preferredLeader() && contains(reg.isr, reg.preferredLeader()) &&
                eligible(reg.preferredLeader()))
                notLeading.push_back(TopicPartition{name, static_cast<std::int32_t>(p)});
        }
    }
    const std::int64_t allowed = clusterConfig("leader.imbalance.per.broker.percentage");
    std::vector<MetadataRecord> records;
    for (const auto& [broker, counts] : preferred) {
        const auto& [total, notLeading] = counts;
        if (notLeading.empty() || static_cast<std::int64_t>(notLeading.size()) * 100 <= allowed * total) continue;
        ctx.emit(EventKind::Controller,
                 EngineText::tr("controller %1: broker %2 leads only %3 of the %4 partitions it is preferred for (over "
                                "leader.imbalance.per.broker.percentage %5%) → preferred leader election")
                     .args(id(), broker, total - static_cast<int>(notLeading.size()), total, allowed),
                 {brokerSubject(broker)});
        for (const TopicPartition& tp : notLeading) {
            PartitionChangeRecord change;
            change.tp = tp;
            change.leader = broker;
            describeChange(ctx, change);
            records.push_back(std::move(change));
        }
    }
    append(ctx, std::move(records));
}

void Controller::handleReassignment(NodeContext& ctx, NodeId from, const AlterPartitionReassignmentsRequest& request) {
    AdminResponse response;
    response.correlationId = request.correlationId;
    const PartitionRegistration* reg = image_.partition(request.tp);
    auto reject = [&](KafkaError error, Text message) {
        response.error = error;
        response.message = std::move(message);
        ctx.send(from, response);
    };
    if (!reg) return reject(KafkaError::UNKNOWN_TOPIC_OR_PARTITION, EngineText::tr("Partition %1 does not exist.")
        .args(request.tp.str()));
    if (reg->isReassigning())
        return reject(KafkaError::REASSIGNMENT_IN_PROGRESS, EngineText::tr("a reassignment of %1 is already running")
            .args(request.tp.str()));
    const std::vector<BrokerId>& target = request.targetReplicas;
    if (target.empty()) return reject(KafkaError::INVALID_REPLICA_ASSIGNMENT, EngineText::tr("the new replica list is "
                                                                                             "empty"));
    for (std::size_t i = 0; i < target.size(); ++i) {
        if (!image_.brokers().count(target[i]))
            return reject(KafkaError::INVALID_REPLICA_ASSIGNMENT, EngineText::tr("broker %1 is not registered")
                .args(target[i]));
        if (std::find(target.begin(), target.begin() + static_cast<std::ptrdiff_t>(i), target[i]) !=
            target.begin() + static_cast<std::ptrdiff_t>(i))
            return reject(KafkaError::INVALID_REPLICA_ASSIGNMENT, EngineText::tr("broker %1 is listed twice")
                .args(target[i]));
    }
    PartitionChangeRecord change;
    change.tp = request.tp;
    std::vector<BrokerId> replicas = target;
    std::vector<BrokerId> adding;
    std::vector<BrokerId> removing;
    for (BrokerId b : target)
        if (!contains(reg->replicas, b)) adding.push_back(b);
    for (BrokerId b : reg->replicas)
        if (!contains(target, b)) {
            removing.push_back(b);
            replicas.push_back(b);
        }
    if (adding.empty() && removing.empty() && replicas == reg->replicas) {
        replyWhenCommitted(ctx, from, response);
        return;
    }
    change.replicas = replicas;
    change.addingReplicas = adding;
    change.removingReplicas = removing;
    ctx.emit(EventKind::Controller,
             adding.empty() ? EngineText::tr("controller %1: reassigning %2 %3 → %4")
                                  .args(id(), request.tp.str(), formatIds(reg->replicas), formatIds(target))
                            : EngineText::tr("controller %1: reassigning %2 %3 → %4: adding %5 must catch up and join "
                                             "the ISR first")
                                  .args(id(), request.tp.str(), formatIds(reg->replicas), formatIds(target), formatIds(adding)),
             {partitionSubject(request.tp)});
    append(ctx, {std::move(change)});
    replyWhenCommitted(ctx, from, response);
}

// ---------------------------------------------------------------- broker lifecycle

// As Kafka's ClusterControlManager: the registration goes, whatever state the broker is in; the
// caller stops the broker first (a running one would register again with its next heartbeat).
void Controller::handleUnregisterBroker(NodeContext& ctx, NodeId from, const UnregisterBrokerRequest& request) {
    AdminResponse response;
    response.correlationId = request.correlationId;
    auto reg = image_.brokers().find(request.brokerId);
    if (reg == image_.brokers().end()) {
        response.error = KafkaError::BROKER_ID_NOT_REGISTERED;
        response.message = EngineText::tr("broker %1 is not registered").args(request.brokerId);
        ctx.send(from, response);
        return;
    }
    ctx.emit(EventKind::Controller,
             EngineText::tr("controller %1: broker %2 unregistered (UnregisterBrokerRecord) → no longer part of the "
                            "cluster")
                 .args(id(), request.brokerId),
             {brokerSubject(request.brokerId)});
    const std::int64_t epoch = reg->second.epoch;
    heartbeats_.erase(request.brokerId);
    offlineLogDirs_.erase(request.brokerId);
    append(ctx, {UnregisterBrokerRecord{request.brokerId, epoch}});
    replyWhenCommitted(ctx, from, response);
}

void Controller::handleRegistration(NodeContext& ctx, NodeId from, const BrokerRegistrationRequest& request) {
    std::vector<MetadataRecord> records;
    auto previous = heartbeats_.find(request.brokerId);
    if (previous != heartbeats_.end() && image_.isUnfenced(request.brokerId))
        records = fenceBroker(ctx, request.brokerId, EngineText::tr("re-registered after a restart"));
    const std::int64_t epoch = raft_.logEndOffset() + static_cast<std::int64_t>(records.size());
    records.push_back(RegisterBrokerRecord{request.brokerId, epoch});
    offlineLogDirs_.erase(request.brokerId);   // a restart is what brings a failed log dir back
    heartbeats_[request.brokerId] = BrokerHeartbeatState{epoch, ctx.now(), epoch};
    append(ctx, std::move(records));
    replyWhenCommitted(ctx, from, BrokerRegistrationResponse{KafkaError::NONE, epoch, id()});
}

void Controller::handleHeartbeat(NodeContext& ctx, NodeId from, const BrokerHeartbeatRequest& request) {
    auto it = heartbeats_.find(request.brokerId);
    if (it == heartbeats_.end() || it->second.epoch != request.brokerEpoch) {
        ctx.send(from, BrokerHeartbeatResponse{KafkaError::STALE_BROKER_EPOCH, false, true, id()});
        return;
    }
    it->second.lastHeartbeat = ctx.now();
    if (request.offlineLogDirs && offlineLogDirs_.insert(request.brokerId).second) {
        ctx.emit(EventKind::Controller,
                 EngineText::tr("controller %1: broker %2 reports an offline log dir in its heartbeat → its replicas "
                                "are "
                                "offline").args(id(), request.brokerId),
                 {brokerSubject(request.brokerId)});
        append(ctx, takeReplicasOffline(ctx, request.brokerId));
    }
    const bool caughtUp = request.currentMetadataOffset >= it->second.registrationOffset;
    if (caughtUp && !image_.isUnfenced(request.brokerId)) {
        ctx.emit(EventKind::Controller,
                 EngineText::tr("controller %1: broker %2 caught up with the metadata log → unfenced")
                     .args(id(), request.brokerId),
                 {brokerSubject(request.brokerId)});
        append(ctx, {UnfenceBrokerRecord{request.brokerId, request.brokerEpoch}});
        append(ctx, electOfflineLeaders(ctx, request.brokerId));
    }
    replyWhenCommitted(ctx, from, BrokerHeartbeatResponse{KafkaError::NONE, caughtUp, !image_.isUnfenced(request.brokerId), id()});
}

void Controller::checkSessions(NodeContext& ctx) {
    const SimTime timeout = millis(clusterConfig("broker.session.timeout.ms"));
    for (auto& [broker, hb] : heartbeats_) {
        if (!image_.isUnfenced(broker) || ctx.now() - hb.lastHeartbeat <= timeout) continue;
        append(ctx, fenceBroker(ctx, broker,
                                EngineText::tr("missed heartbeats for %1 (broker.session.timeout.ms %2)")
                                    .args(formatDuration(ctx.now() - hb.lastHeartbeat), formatDuration(timeout))));
    }
}

std::vector<MetadataRecord> Controller::fenceBroker(NodeContext& ctx, BrokerId broker, Text why) {
    ctx.emit(EventKind::Controller,
             EngineText::tr("controller %1: broker %2 %3 → fenced").args(id(), broker, std::move(why)),
             {brokerSubject(broker)});
    std::vector<MetadataRecord> records{FenceBrokerRecord{broker, heartbeats_[broker].epoch}};
    for (MetadataRecord& record : takeReplicasOffline(ctx, broker)) records.push_back(std::move(record));
    return records;
}

std::vector<MetadataRecord> Controller::takeReplicasOffline(NodeContext& ctx, BrokerId broker) {
    std::vector<MetadataRecord> records;
    for (const auto& [name, topic] : image_.topics()) {
        for (std::size_t p = 0; p < topic.partitions.size(); ++p) {
            const PartitionRegistration& reg = topic.partitions[p];
            if (!contains(reg.isr, broker) && reg.leader != broker) continue;
            const TopicPartition tp{name, static_cast<std::int32_t>(p)};
            std::vector<BrokerId> isr = reg.isr;
            if (isr.size() > 1) isr = without(isr, broker);
            PartitionChangeRecord change;
            change.tp = tp;
            if (reg.leader == broker) {
                if (auto elected = electLeader(tp, reg, isr, broker)) {
                    change = *elected;
                } else {
                    change.leader = kNoNode;
                    change.isr = isr;
                }
            } else {
                change.isr = isr;
            }
            if (change.isr && *change.isr == reg.isr && (!change.leader || *change.leader == reg.leader)) continue;
            describeChange(ctx, change);
            records.push_back(std::move(change));
        }
    }
    return records;
}

std::optional<PartitionChangeRecord> Controller::electLeader(const TopicPartition& tp, const PartitionRegistration& reg,
                                                             const std::vector<BrokerId>& isr, BrokerId excluded) const {
    for (BrokerId candidate : reg.replicas) {
        if (candidate == excluded || !contains(isr, candidate) || !eligible(candidate)) continue;
        PartitionChangeRecord change;
        change.tp = tp;
        change.leader = candidate;
        change.isr = isr;
        return change;
    }
    if (image_.config(tp.topic, "unclean.leader.election.enable") != "true") return std::nullopt;
    for (BrokerId candidate : reg.replicas) {
        if (candidate == excluded || !eligible(candidate)) continue;
        PartitionChangeRecord change;
        change.tp = tp;
        change.leader = candidate;
        change.isr = std::vector<BrokerId>{candidate};
        change.unclean = true;
        return change;
    }
    return std::nullopt;
}

std::vector<MetadataRecord> Controller::electOfflineLeaders(NodeContext& ctx, BrokerId broker) {
    std::vector<MetadataRecord> records;
    for (const auto& [name, topic] : image_.topics()) {
        for (std::size_t p = 0; p < topic.partitions.size(); ++p) {
            const PartitionRegistration& reg = topic.partitions[p];
            if (reg.leader != kNoNode || (broker != kNoNode && !contains(reg.replicas, broker))) continue;
            const TopicPartition tp{name, static_cast<std::int32_t>(p)};
            if (auto change = electLeader(tp, reg, reg.isr, kNoNode)) {
                describeChange(ctx, *change);
                records.push_back(std::move(*change));
            }
        }
    }
    return records;
}

void Controller::describeChange(NodeContext& ctx, const PartitionChangeRecord& change) {
    const PartitionRegistration* reg = image_.partition(change.tp);
    const bool isrChanged = change.isr && reg && *change.isr != reg->isr;
    const std::string isrFrom = isrChanged ? formatIds(reg->isr) : std::string();
    const std::string isrTo = isrChanged ? formatIds(*change.isr) : std::string();
    Text text;
    if (change.leader) {
        const LeaderEpoch epoch = reg ? reg->leaderEpoch + 1 : 0;
        Text leader = *change.leader == kNoNode
                          ? EngineText::tr("controller %1: %2 is offline: no in-sync replica is alive (leader epoch "
                                           "%3)")
                                .args(id(), change.tp.str(), epoch)
                          : EngineText::tr("controller %1: %2: new leader broker %3 (epoch %4)")
                                .args(id(), change.tp.str(), *change.leader, epoch);
        if (change.unclean)
            leader = EngineText::tr("%1 by UNCLEAN election: records only the old ISR had are lost")
                .args(std::move(leader));
        text = isrChanged ? EngineText::tr("%1, ISR %2 → %3")
            .args(std::move(leader), isrFrom, isrTo) : std::move(leader);
    } else {
        text = isrChanged ? EngineText::tr("controller %1: %2 ISR %3 → %4").args(id(), change.tp.str(), isrFrom, isrTo)
                          : EngineText::tr("controller %1: %2").args(id(), change.tp.str());
    }
    ctx.emit(EventKind::Controller, std::move(text), {partitionSubject(change.tp)});
}

void Controller::handleMetadataFetch(NodeContext& ctx, NodeId from, const MetadataFetchRequest& request) {
    if (request.fetchOffset < raft_.highWatermark() || request.maxWaitMs <= 0) {
        sendMetadataFetchResponse(ctx, from, request.fetchOffset);
        return;
    }
    const std::uint64_t parkId = nextParkId_++;
    parkedFetches_[parkId] =
        ParkedMetadataFetch{from, request.fetchOffset, ctx.setTimer(ctx.now() + millis(request.maxWaitMs), token(kParkedFetchTimeout, parkId))};
}

void Controller::sendMetadataFetchResponse(NodeContext& ctx, NodeId to, Offset fetchOffset) {
    MetadataFetchResponse response;
    response.baseOffset = fetchOffset;
    response.highWatermark = raft_.highWatermark();
    response.leaderHint = id();
    if (fetchOffset < raft_.logStartOffset()) {
        response.snapshotId = raft_.latestSnapshot()->id;
        ctx.send(to, std::move(response));
        return;
    }
    for (Offset o = std::max<Offset>(fetchOffset, 0); o < raft_.highWatermark(); ++o) response.records.push_back(raft_.entryAt(o).record);
    ctx.send(to, std::move(response));
}

// ---------------------------------------------------------------- ISR changes

void Controller::handleAlterPartition(NodeContext& ctx, NodeId from, const AlterPartitionRequest& request) {
    AlterPartitionResponse response;
    std::vector<MetadataRecord> records;
    auto hb = heartbeats_.find(request.brokerId);
    const bool staleBroker = hb == heartbeats_.end() || hb->second.epoch != request.brokerEpoch;
    for (const AlterPartitionItem& item : request.partitions) {
        AlterPartitionResult result;
        result.tp = item.tp;
        const PartitionRegistration* reg = image_.partition(item.tp);
        auto reject = [&](KafkaError error) {
            result.error = error;
            response.partitions.push_back(result);
        };
        if (staleBroker) { reject(KafkaError::STALE_BROKER_EPOCH); continue; }
        if (!reg) { reject(KafkaError::UNKNOWN_TOPIC_OR_PARTITION); continue; }
        if (reg->leader != request.brokerId) { reject(KafkaError::NOT_LEADER_OR_FOLLOWER); continue; }
        if (item.leaderEpoch != reg->leaderEpoch) { reject(KafkaError::FENCED_LEADER_EPOCH); continue; }
        if (item.partitionEpoch != reg->partitionEpoch) { reject(KafkaError::INVALID_UPDATE_VERSION); continue; }
        bool valid = contains(item.newIsr, reg->leader);
        bool eligible = true;
        for (BrokerId b : item.newIsr) {
            if (!contains(reg->replicas, b)) valid = false;
            if (!contains(reg->isr, b) && !this->eligible(b)) eligible = false;
        }
        if (!valid) { reject(KafkaError::INVALID_REQUEST); continue; }
        if (!eligible) { reject(KafkaError::INELIGIBLE_REPLICA); continue; }
        PartitionChangeRecord change;
        change.tp = item.tp;
        change.isr = item.newIsr;
        ctx.emit(EventKind::Controller,
                 EngineText::tr("controller %1: %2 ISR %3 → %4 (asked by leader %5)")
                     .args(id(), item.tp.str(), formatIds(reg->isr), formatIds(item.newIsr), request.brokerId),
                 {partitionSubject(item.tp)});
        result.leader = reg->leader;
        result.leaderEpoch = reg->leaderEpoch;
        result.partitionEpoch = reg->partitionEpoch + 1;
        result.isr = item.newIsr;
        response.partitions.push_back(result);
        records.push_back(std::move(change));
    }
    append(ctx, std::move(records));
    replyWhenCommitted(ctx, from, std::move(response));
}

// ---------------------------------------------------------------- admin

void Controller::handleCreateTopics(NodeContext& ctx, NodeId from, const CreateTopicsRequest& request) {
    std::vector<BrokerId> brokers;
    for (const auto& [bid, reg] : image_.brokers())
        if (!reg.fenced) brokers.push_back(bid);
    auto planned = planTopic(request, image_, brokers, ctx.rng());
    if (auto* rejected = std::get_if<AdminResponse>(&planned)) {
        ctx.send(from, *rejected);
        return;
    }
    const TopicPlan& plan = std::get<TopicPlan>(planned);
    std::vector<MetadataRecord> records{TopicRecord{request.name, nextTopicId_++}};
    for (const auto& [key, value] : request.configs) records.push_back(ConfigRecord{request.name, key, value});
    for (std::size_t p = 0; p < plan.assignment.size(); ++p) {
        PartitionRecord record;
        record.tp = TopicPartition{request.name, static_cast<std::int32_t>(p)};
        record.replicas = plan.assignment[p];
        record.isr = record.replicas;
        record.leader = record.replicas.front();
        records.push_back(std::move(record));
    }
    ctx.emit(EventKind::Controller,
             EngineText::tr("controller %1: created topic %2 with %3 partition(s), replication factor %4")
                 .args(id(), request.name, plan.assignment.size(), plan.replicationFactor),
             {"topic:" + request.name});
    append(ctx, std::move(records));
    AdminResponse response;
    response.correlationId = request.correlationId;
    replyWhenCommitted(ctx, from, response);
}

void Controller::handleDeleteTopics(NodeContext& ctx, NodeId from, const DeleteTopicsRequest& request) {
    AdminResponse response;
    response.correlationId = request.correlationId;
    if (!image_.topic(request.name)) {
        response.error = KafkaError::UNKNOWN_TOPIC_OR_PARTITION;
        response.message = EngineText::tr("Topic '%1' does not exist.").args(request.name);
    } else {
        ctx.emit(EventKind::Controller, EngineText::tr("controller %1: deleted topic %2").args(id(), request.name),
                 {"topic:" + request.name});
        append(ctx, {RemoveTopicRecord{request.name}});
    }
    replyWhenCommitted(ctx, from, response);
}

void Controller::handleAlterConfigs(NodeContext& ctx, NodeId from, const AlterConfigsRequest& request) {
    AdminResponse response;
    response.correlationId = request.correlationId;
    const ConfigScope scope = request.topic.empty() ? ConfigScope::Broker : ConfigScope::Topic;
    if (!request.topic.empty() && !image_.topic(request.topic)) {
        response.error = KafkaError::UNKNOWN_TOPIC_OR_PARTITION;
        response.message = EngineText::tr("Topic '%1' does not exist.").args(request.topic);
        ctx.send(from, response);
        return;
    }
    std::vector<MetadataRecord> records;
    for (const auto& [key, value] : request.configs) {
        if (auto error = validateConfig(key, value, scope)) {
            response.error = KafkaError::INVALID_CONFIG;
            response.message = *error;
            ctx.send(from, response);
            return;
        }
        records.push_back(ConfigRecord{request.topic, key, value});
    }
    append(ctx, std::move(records));
    append(ctx, electOfflineLeaders(ctx, kNoNode));
    replyWhenCommitted(ctx, from, response);
}

std::unique_ptr<Node> Controller::clone(CloneMap& shared) const {
    std::unique_ptr<Controller> copy(new Controller(*this));
    copy->raft_.rebind(shared, *copy);
    return copy;
}

}  // namespace ks
