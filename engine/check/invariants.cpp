#include "check/invariants.h"

#include <algorithm>
#include <cstdlib>

namespace ks {

void InvariantChecker::violate(Text invariant, Text detail) {
    violations_.push_back(Violation{view_->currentTime(), std::move(invariant), std::move(detail)});
    if (reporter_) reporter_(violations_.back());
}

void InvariantChecker::onAppend(BrokerId broker, const TopicPartition& tp, const StoredBatch& batch, bool asLeader) {
    const auto key = std::make_pair(broker, tp);
    auto it = nextOffset_.find(key);
    if (it != nextOffset_.end() && batch.baseOffset != it->second) {
        const PartitionLog* log = view_->replicaLog(broker, tp);
        const bool afterRetention = log && batch.baseOffset == log->logStartOffset() && batch.baseOffset > it->second;
        if (!afterRetention)
            violate(EngineText::tr("offsets are dense and increasing"),
                    (asLeader ? EngineText::tr("broker %1 appended %2 at offset %3 but its log ended at %4 (as leader)")
                              : EngineText::tr("broker %1 appended %2 at offset %3 but its log ended at %4 (as "
                                               "follower)"))
                        .args(broker, tp.str(), batch.baseOffset, it->second));
    }
    nextOffset_[key] = batch.nextOffset();
}

void InvariantChecker::onHighWatermark(BrokerId broker, const TopicPartition& tp, LeaderEpoch epoch, Offset hw) {
    auto& last = highWatermarks_[{broker, tp}];
    if (last.first == epoch && hw < last.second)
        violate(EngineText::tr("the high watermark never goes backward on a leader"),
                EngineText::tr("%1 on broker %2 epoch %3: HW %4 → %5").args(tp.str(), broker, epoch, last.second, hw));
    last = {epoch, hw};
}

void InvariantChecker::onBecomeLeader(BrokerId broker, const TopicPartition& tp, LeaderEpoch epoch) {
    dirty_.insert(tp);
    auto [it, fresh] = leaders_.try_emplace({tp, epoch}, broker);
    if (!fresh && it->second != broker)
        violate(EngineText::tr("at most one leader per partition epoch"),
                EngineText::tr("%1 epoch %2 has leaders %3 and %4").args(tp.str(), epoch, it->second, broker));
}

void InvariantChecker::onTruncate(BrokerId broker, const TopicPartition& tp, Offset to, std::int64_t) {
    dirty_.insert(tp);
    auto it = nextOffset_.find({broker, tp});
    if (it != nextOffset_.end()) it->second = std::min(it->second, to);
}

// A later replica on that broker starts a new log, from whatever offset the leader's log starts at.
void InvariantChecker::onReplicaDeleted(BrokerId broker, const TopicPartition& tp) {
    nextOffset_.erase({broker, tp});
    highWatermarks_.erase({broker, tp});
}

void InvariantChecker::onQuorumLeader(NodeId controller, std::int32_t epoch) {
    auto [it, fresh] = quorumLeaders_.try_emplace(epoch, controller);
    if (!fresh && it->second != controller)
        violate(EngineText::tr("at most one quorum leader per epoch"), EngineText::tr("epoch %1 has leaders %2 and %3")
            .args(epoch, it->second, controller));
}

void InvariantChecker::onMetadataCommitted(NodeId controller, Offset offset, const MetadataEntry& entry) {
    const auto known = static_cast<Offset>(committedEntries_.size());
    if (offset < known) {
        const auto& [epoch, text] = committedEntries_[static_cast<std::size_t>(offset)];
        if (epoch != entry.epoch || text != describe(entry.record))
            violate(EngineText::tr("committed metadata entries are never lost or reordered"),
                    EngineText::tr("controller %1 has [epoch %2] %3 committed at offset %4 where [epoch %5] %6 was "
                                   "committed")
                        .args(controller, entry.epoch, describe(entry.record), offset, epoch, text));
        return;
    }
    if (offset > known) {
        violate(EngineText::tr("committed metadata entries are never lost or reordered"),
                EngineText::tr("controller %1 committed offset %2 before offset %3").args(controller, offset, known));
        return;
    }
    committedEntries_.emplace_back(entry.epoch, describe(entry.record));
    if (const auto* txn = std::get_if<ZkTxnRecord>(&entry.record)) {
        applyZooKeeperTxn(*txn, offset);
        return;
    }
    committedRecords_.push_back(entry.record);
    committed_.apply(entry.record);
    std::visit(
        [&](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, PartitionRecord>) checkPartitionState(r.tp, false);
            else if constexpr (std::is_same_v<T, PartitionChangeRecord>) checkPartitionState(r.tp, r.unclean);
            else if constexpr (std::is_same_v<T, RemoveTopicRecord>) forgetTopic(r.name);
        },
        entry.record);
}

void InvariantChecker::onMetadataSnapshot(NodeId controller, const MetadataSnapshot& snapshot, bool loaded) {
    const Text what = (loaded ? EngineText::tr("controller %1 loaded snapshot %2") : EngineText::tr("controller %1 wrote snapshot %2"))
                          .args(controller, snapshot.id.str());
    const Offset end = snapshot.id.endOffset;
    if (end > static_cast<Offset>(committedRecords_.size())) {
        violate(EngineText::tr("a metadata snapshot holds committed records only"),
                EngineText::tr("%1, but only %2 entries are committed").args(what, committedRecords_.size()));
        return;
    }
    if (committedEntries_[static_cast<std::size_t>(end - 1)].first != snapshot.id.epoch)
        violate(EngineText::tr("a metadata snapshot's id names its last committed entry"),
                EngineText::tr("%1, but the committed entry at offset %2 has epoch %3")
                    .args(what, end - 1, committedEntries_[static_cast<std::size_t>(end - 1)].first));
    auto& [image, replayed] = snapshotReplays_[controller];
    if (replayed > end) {
        image = MetadataImage();
        replayed = 0;
    }
    for (; replayed < end; ++replayed) image.apply(committedRecords_[static_cast<std::size_t>(replayed)]);
    if (!(image == *snapshot.image))
        violate(EngineText::tr("a metadata snapshot equals the image its committed prefix builds"),
                EngineText::tr("%1: its image differs from what the committed entries [0, %2) build").args(what, end));
}

void InvariantChecker::applyZooKeeperTxn(const ZkTxnRecord& txn, Offset offset) {
    const ZkTxnResult result = znodes_.apply(txn, offset);
    std::vector<std::string> touched = result.created;
    touched.insert(touched.end(), result.deleted.begin(), result.deleted.end());
    touched.insert(touched.end(), result.changed.begin(), result.changed.end());
    const bool metadata = std::any_of(touched.begin(), touched.end(), [](const std::string& path) {
        return path.rfind("/brokers", 0) == 0 || path.rfind("/config", 0) == 0;
    });
    if (!metadata) return;
    std::set<std::string> topicsBefore;
    for (const auto& [name, topic] : committed_.topics()) topicsBefore.insert(name);
    committed_ = metadataFromZnodes(znodes_);
    for (const std::string& name : topicsBefore)
        if (!committed_.topic(name)) forgetTopic(name);
    for (const std::string& path : touched) {
        const auto partitions = path.find("/partitions/");
        if (path.rfind("/brokers/topics/", 0) != 0 || partitions == std::string::npos || path.size() < 6 ||
            path.compare(path.size() - 6, 6, "/state") != 0)
            continue;
        const std::string topic = path.substr(16, partitions - 16);
        const std::string number = path.substr(partitions + 12, path.size() - 6 - partitions - 12);
        const Znode* node = znodes_.get(path);
        checkPartitionState(TopicPartition{topic, std::atoi(number.c_str())},
                            node && node->data.find("\"unclean\":true") != std::string::npos);
    }
}

void InvariantChecker::checkPartitionState(const TopicPartition& tp, bool unclean) {
    const PartitionRegistration* state = committed_.partition(tp);
    if (!state) return;
    const PartitionRegistration& reg = *state;
    dirty_.insert(tp);
    for (BrokerId b : reg.isr)
        if (std::find(reg.replicas.begin(), reg.replicas.end(), b) == reg.replicas.end())
            violate(EngineText::tr("the ISR is a subset of the replicas"),
                    EngineText::tr("%1: ISR %2 has broker %3, not a replica %4")
                        .args(tp.str(), formatIds(reg.isr), b, formatIds(reg.replicas)));
    if (reg.leader != kNoNode && std::find(reg.isr.begin(), reg.isr.end(), reg.leader) == reg.isr.end())
        violate(EngineText::tr("the leader is in the ISR"), EngineText::tr("%1: leader %2 not in ISR %3")
            .args(tp.str(), reg.leader, formatIds(reg.isr)));
    auto [last, fresh] = lastLeaderEpoch_.try_emplace(tp, reg.leaderEpoch);
    if (!fresh && reg.leaderEpoch < last->second)
        violate(EngineText::tr("leader epochs never go backward"),
                EngineText::tr("%1: leader epoch %2 → %3").args(tp.str(), last->second, reg.leaderEpoch));
    last->second = reg.leaderEpoch;
    if (partitionStateListener_) partitionStateListener_(tp, reg, unclean);
    if (!unclean) return;
    uncleanEpoch_[tp] = reg.leaderEpoch;
    if (!lossReporter_) return;
    const PartitionLog* log = view_->replicaLog(reg.leader, tp);
    if (!log) return;
    std::int64_t lost = 0;
    Offset first = INT64_MAX;
    Offset last_ = -1;
    for (const AckedRange& range : acked_[tp]) {
        Offset f = 0;
        Offset l = 0;
        const std::int64_t missing = missingRecords(range, *log, f, l);
        if (missing == 0) continue;
        lost += missing;
        first = std::min(first, f);
        last_ = std::max(last_, l);
    }
    lossReporter_(tp, lost, lost ? first : -1, last_);
}

void InvariantChecker::forgetTopic(const std::string& topic) {
    auto sameTopic = [&](const auto& entry) { return entry.first.second.topic == topic; };
    std::erase_if(nextOffset_, sameTopic);
    std::erase_if(highWatermarks_, sameTopic);
    std::erase_if(leaders_, [&](const auto& e) { return e.first.first.topic == topic; });
    std::erase_if(lastLeaderEpoch_, [&](const auto& e) { return e.first.topic == topic; });
    std::erase_if(acked_, [&](const auto& e) { return e.first.topic == topic; });
    std::erase_if(uncleanEpoch_, [&](const auto& e) { return e.first.topic == topic; });
    std::erase_if(verified_, [&](const auto& e) { return e.first.topic == topic; });
    std::erase_if(dirty_, [&](const TopicPartition& tp) { return tp.topic == topic; });
}

void InvariantChecker::onProduceAcked(NodeId, const TopicPartition& tp, Offset offset, const StoredBatch& batch,
                                      int acks) {
    if (acks != -1 || offset < 0) return;
    acknowledgedAll_ += batch.count;
    LeaderEpoch epoch = -1;
    if (const PartitionRegistration* reg = committed_.partition(tp))
        for (BrokerId b : reg->replicas)
            if (const PartitionLog* log = view_->replicaLog(b, tp))
                if (const StoredBatch* stored = log->batchContaining(offset); stored && stored->data == batch.data) {
                    epoch = stored->leaderEpoch;
                    break;
                }
    acked_[tp].push_back(AckedRange{offset, batch.count, batch.data.get(), batch.first, batch.data, epoch});
}

void InvariantChecker::onGroup(const GroupObservation& observation) {
    // After an unclean election a log may end below offsets consumers already read: not checked.
    const auto logEnd = [this](const TopicPartition& tp) -> std::optional<Offset> {
        const PartitionRegistration* reg = committed_.partition(tp);
        if (!reg || reg->leader == kNoNode || uncleanEpoch_.count(tp)) return std::nullopt;
        const PartitionLog* log = view_->replicaLog(reg->leader, tp);
        if (!log) return std::nullopt;
        return log->logEndOffset();
    };
    groups_.apply(observation, view_->currentTime(), logEnd,
                  [this](Text invariant, Text detail) { violate(std::move(invariant), std::move(detail)); });
}

std::int64_t InvariantChecker::missingRecords(const AckedRange& range, const PartitionLog& log, Offset& firstMissing,
                                              Offset& lastMissing) const {
    if (range.count > 0 && range.offset >= log.logStartOffset()) {
        const StoredBatch* whole = log.batchContaining(range.offset);
        if (whole && whole->data.get() == range.data && whole->first + (range.offset - whole->baseOffset) == range.first &&
            range.offset + range.count <= whole->nextOffset())
            return 0;
    }
    std::int64_t missing = 0;
    for (std::uint32_t i = 0; i < range.count; ++i) {
        const Offset offset = range.offset + i;
        if (offset < log.logStartOffset()) continue;
        const StoredBatch* stored = log.batchContaining(offset);
        const bool same = stored && stored->data.get() == range.data &&
                          stored->first + (offset - stored->baseOffset) == range.first + i;
        if (same) continue;
        if (missing == 0) firstMissing = offset;
        lastMissing = offset;
        ++missing;
    }
    return missing;
}

std::size_t InvariantChecker::acknowledgedBatchesKept() const {
    std::size_t kept = 0;
    for (const auto& [tp, ranges] : acked_) kept += ranges.size();
    return kept;
}

// Cheap enough to run after every step: a partition's ranges are checked again only after something
// that could remove records (a new leader, a truncation, a leader change in the metadata); otherwise
// only the ranges acknowledged since the last check.
void InvariantChecker::checkAcknowledgedRecords() {
    for (auto& [tp, ranges] : acked_) {
        const PartitionRegistration* reg = committed_.partition(tp);
        if (!reg || reg->leader == kNoNode) continue;
        const PartitionLog* log = view_->replicaLog(reg->leader, tp);
        if (!log) continue;
        std::size_t from = verified_[tp];
        if (dirty_.erase(tp)) {
            // Records written before an unclean election may be gone: that is what unclean means.
            auto unclean = uncleanEpoch_.find(tp);
            std::erase_if(ranges, [&](const AckedRange& r) { return unclean != uncleanEpoch_.end() && r.epoch < unclean->second; });
            from = 0;
        }
        for (std::size_t i = from; i < ranges.size(); ++i) {
            Offset first = 0;
            Offset last = 0;
            const std::int64_t missing = missingRecords(ranges[i], *log, first, last);
            if (missing == 0) continue;
            violate(EngineText::tr("acknowledged acks=all records survive (unclean election off)"),
                    EngineText::tr("%1: %2 acknowledged record(s) at offsets %3..%4 are not in leader %5's log")
                        .args(tp.str(), missing, first, last, reg->leader));
            return;
        }
        forgetDeletedRanges(tp, *reg, ranges);
        verified_[tp] = ranges.size();
    }
}

// Ranges that retention deleted from every replica can never be read again: the checker lets them
// (and the record batches they keep alive) go. A replica added later copies from the leader, whose
// log starts no lower.
void InvariantChecker::forgetDeletedRanges(const TopicPartition& tp, const PartitionRegistration& reg,
                                           std::vector<AckedRange>& ranges) {
    Offset start = INT64_MAX;
    for (BrokerId b : reg.replicas)
        if (const PartitionLog* log = view_->replicaLog(b, tp)) start = std::min(start, log->logStartOffset());
    if (start == INT64_MAX || start == 0) return;
    std::erase_if(ranges, [start](const AckedRange& r) { return r.offset + static_cast<Offset>(r.count) <= start; });
}

}  // namespace ks
