#include "client/producer.h"

#include <algorithm>

#include "client/partitioner.h"

namespace ks {
namespace {

enum TimerKind : std::uint64_t { kDrain = 1, kRequestTimeout, kMetadataTimeout, kHousekeeping };
constexpr std::uint64_t token(TimerKind kind, std::uint64_t id = 0) { return (static_cast<std::uint64_t>(kind) << 56) | id; }
constexpr SimTime kMetadataRequestTimeout = seconds(1);
constexpr SimTime kHousekeepingInterval = seconds(1);

bool needsMetadataRefresh(KafkaError error) {
    switch (error) {
    case KafkaError::NOT_LEADER_OR_FOLLOWER:
    case KafkaError::KAFKA_STORAGE_ERROR:   // Kafka's KafkaStorageException is an InvalidMetadataException
    case KafkaError::UNKNOWN_TOPIC_OR_PARTITION:
    case KafkaError::LEADER_NOT_AVAILABLE:
    case KafkaError::NETWORK_EXCEPTION:
    case KafkaError::REQUEST_TIMED_OUT:
    case KafkaError::FENCED_LEADER_EPOCH:
        return true;
    default:
        return false;
    }
}

const char* acksName(int acks) { return acks == 0 ? "0" : acks == 1 ? "1" : "all"; }

}  // namespace

Producer::Producer(ProducerConfig config) : config_(std::move(config)) {}

void Producer::start(NodeContext& ctx) { requestMetadata(ctx); }

void Producer::onMessage(NodeContext& ctx, NodeId from, Message message) {
    if (auto* m = std::get_if<MetadataResponse>(&message)) {
        handleMetadata(ctx, *m);
    } else if (auto* p = std::get_if<ProduceResponse>(&message)) {
        handleProduceResponse(ctx, *p);
    } else if (auto* d = std::get_if<Disconnected>(&message)) {
        std::vector<CorrelationId> lost;
        for (const auto& [cid, f] : inFlight_)
            if (f.broker == d->peer) lost.push_back(cid);
        for (CorrelationId cid : lost) failInFlight(ctx, cid, KafkaError::NETWORK_EXCEPTION);
        if (metadataInFlight_ && from == config_.bootstrap[bootstrapIndex_ % config_.bootstrap.size()]) {
            metadataInFlight_ = false;
            ++bootstrapIndex_;
            requestMetadata(ctx);
        }
    }
}

void Producer::onTimer(NodeContext& ctx, std::uint64_t t) {
    const std::uint64_t id = t & ((1ULL << 56) - 1);
    switch (static_cast<TimerKind>(t >> 56)) {
    case kDrain:
        if (ctx.now() >= scheduledDrain_) scheduledDrain_ = kNever;
        drain(ctx);
        break;
    case kRequestTimeout:
        if (inFlight_.count(static_cast<CorrelationId>(id)))
            failInFlight(ctx, static_cast<CorrelationId>(id), KafkaError::REQUEST_TIMED_OUT);
        break;
    case kMetadataTimeout:
        if (metadataInFlight_ && metadataCorrelationId_ == static_cast<CorrelationId>(id)) {
            metadataInFlight_ = false;
            ++bootstrapIndex_;
            requestMetadata(ctx);
        }
        break;
    case kHousekeeping:
        housekeepingScheduled_ = false;
        expireBatches(ctx);
        if (pendingRecords() > 0) scheduleHousekeeping(ctx);
        break;
    }
}

std::uint64_t Producer::beginGroup(std::string label) {
    const std::uint64_t id = nextGroup_++;
    Group& g = groups_[id];
    g.result.group = id;
    g.result.label = std::move(label);
    return id;
}

void Producer::endGroup(NodeContext& ctx, std::uint64_t group) {
    auto it = groups_.find(group);
    if (it == groups_.end()) return;
    it->second.open = false;
    finishGroupIfDone(ctx, group);
}

void Producer::send(NodeContext& ctx, const std::string& topic, ProducerRecord record, int acks, std::uint64_t group) {
    ++stats_.sent;
    if (group) ++groups_[group].pending;
    scheduleHousekeeping(ctx);
    auto known = topics_.find(topic);
    if (known == topics_.end() || known->second.partitions.empty()) {
        waiting_.push_back({topic, std::move(record), acks, group, ctx.now()});
        requestMetadata(ctx);
        return;
    }
    append(ctx, topic, std::move(record), acks, group);
}

PartitionChoice partitionChoice(const ProducerRecord& record, PartitionerKind kind) {
    if (record.partition) return PartitionChoice::Explicit;
    if (record.key) return PartitionChoice::KeyHash;
    return kind == PartitionerKind::RoundRobin ? PartitionChoice::RoundRobin : PartitionChoice::Sticky;
}

std::optional<SendGroupResult> Producer::takeResult(std::uint64_t group) {
    auto it = kept_.find(group);
    if (it == kept_.end() || !it->second) return std::nullopt;
    std::optional<SendGroupResult> result = std::move(it->second);
    kept_.erase(it);
    return result;
}

std::optional<std::int32_t> Producer::choosePartition(NodeContext& ctx, TopicInfo& topic, const ProducerRecord& record) {
    const auto n = static_cast<std::int32_t>(topic.partitions.size());
    const PartitionChoice choice = partitionChoice(record, config_.partitioner);
    if (choice == PartitionChoice::Explicit) {
        if (*record.partition < 0 || *record.partition >= n) return std::nullopt;
        return record.partition;
    }
    if (choice == PartitionChoice::KeyHash) return partitionForKey(*record.key, n);
    std::vector<std::int32_t> available;
    for (std::int32_t p = 0; p < n; ++p)
        if (topic.partitions[static_cast<std::size_t>(p)].leader != kNoNode) available.push_back(p);
    if (available.empty())
        for (std::int32_t p = 0; p < n; ++p) available.push_back(p);
    if (choice == PartitionChoice::RoundRobin)
        return available[topic.roundRobin++ % available.size()];
    if (topic.sticky < 0 || topic.stickyBytes >= config_.batchSize) {
        std::int32_t next = available[ctx.rng().below(available.size())];
        if (available.size() > 1)
            while (next == topic.sticky) next = available[ctx.rng().below(available.size())];
        topic.sticky = next;
        topic.stickyBytes = 0;
    }
    return topic.sticky;
}

void Producer::append(NodeContext& ctx, const std::string& topicName, ProducerRecord record, int acks,
                      std::uint64_t group) {
    TopicInfo& topic = topics_[topicName];
    const auto partition = choosePartition(ctx, topic, record);
    if (!partition) {
        ProducerBatch rejected;
        rejected.tp = TopicPartition{topicName, record.partition.value_or(-1)};
        rejected.acks = acks;
        rejected.data = std::make_shared<RecordBatchData>();
        rejected.data->append(record, ctx.now());
        rejected.groups.push_back({group, 1});
        ctx.emit(EventKind::Client,
                 EngineText::tr("%1: partition %2 of %3 does not exist (it has %4)")
                     .args(config_.clientId, *record.partition, topicName, topic.partitions.size()),
                 {"client:" + config_.clientId});
        complete(ctx, rejected, -1, KafkaError::UNKNOWN_TOPIC_OR_PARTITION);
        return;
    }
    ProducerPartitionStats& written = partitionStats_[TopicPartition{topicName, *partition}];
    ++written.records;
    written.lastAppend = ctx.now();
    auto& queue = accumulator_[{TopicPartition{topicName, *partition}, acks}];
    bool newBatch = queue.empty() || queue.back().sealed;
    if (newBatch) {
        ProducerBatch batch;
        batch.tp = TopicPartition{topicName, *partition};
        batch.acks = acks;
        batch.data = std::make_shared<RecordBatchData>();
        batch.createdAt = ctx.now();
        queue.push_back(std::move(batch));
    }
    ProducerBatch& batch = queue.back();
    const std::size_t before = batch.bytes();
    batch.data->append(record, ctx.now());
    if (!record.key && !record.partition) topic.stickyBytes += static_cast<std::int64_t>(batch.bytes() - before);
    if (!batch.groups.empty() && batch.groups.back().group == group)
        ++batch.groups.back().count;
    else
        batch.groups.push_back({group, 1});
    if (closing_ || batch.bytes() >= static_cast<std::size_t>(config_.batchSize)) {
        batch.sealed = true;
        drain(ctx);
    } else if (newBatch) {
        scheduleDrain(ctx, batch.createdAt + config_.linger);
    }
}

void Producer::scheduleDrain(NodeContext& ctx, SimTime at) {
    if (at >= scheduledDrain_ && scheduledDrain_ > ctx.now()) return;
    scheduledDrain_ = at;
    ctx.setTimer(at, token(kDrain));
}

void Producer::scheduleHousekeeping(NodeContext& ctx) {
    if (housekeepingScheduled_) return;
    housekeepingScheduled_ = true;
    ctx.setTimer(ctx.now() + kHousekeepingInterval, token(kHousekeeping));
}

void Producer::drain(NodeContext& ctx) {
    std::map<std::pair<BrokerId, int>, std::vector<ProducerBatch>> ready;
    bool needMetadata = !waiting_.empty() || metadataStale_;
    SimTime nextWake = kNever;
    for (auto it = accumulator_.begin(); it != accumulator_.end();) {
        auto& queue = it->second;
        if (queue.empty()) {
            it = accumulator_.erase(it);
            continue;
        }
        ProducerBatch& batch = queue.front();
        auto topic = topics_.find(batch.tp.topic);
        const BrokerId leader =
            topic != topics_.end() && batch.tp.partition < static_cast<std::int32_t>(topic->second.partitions.size())
                ? topic->second.partitions[static_cast<std::size_t>(batch.tp.partition)].leader
                : kNoNode;
        const bool full = batch.sealed || queue.size() > 1;
        const SimTime lingerEnd = batch.createdAt + config_.linger;
        if (leader == kNoNode) {
            needMetadata = true;
        } else if (batch.retryAt > ctx.now()) {
            nextWake = std::min(nextWake, batch.retryAt);
        } else if (!full && ctx.now() < lingerEnd) {
            nextWake = std::min(nextWake, lingerEnd);
        } else if (inFlightPerBroker_[leader] < config_.maxInFlight) {
            batch.sealed = true;
            ready[{leader, batch.acks}].push_back(std::move(batch));
            queue.pop_front();
        }
        ++it;
    }
    for (auto& [key, batches] : ready) {
        const auto [broker, acks] = key;
        ProduceRequest request;
        request.correlationId = nextCorrelationId_++;
        request.acks = static_cast<std::int16_t>(acks);
        request.timeoutMs = static_cast<std::int32_t>(config_.requestTimeout / kMicrosPerMilli);
        for (auto& b : batches) {
            ++b.attempts;
            request.partitions.push_back({b.tp, b.data});
        }
        const CorrelationId cid = request.correlationId;
        ctx.send(broker, std::move(request));
        if (acks == 0) {
            for (auto& b : batches) complete(ctx, b, -1, KafkaError::NONE);
            continue;
        }
        ++inFlightPerBroker_[broker];
        inFlight_[cid] = InFlight{broker, std::move(batches),
                                  ctx.setTimer(ctx.now() + config_.requestTimeout, token(kRequestTimeout, static_cast<std::uint64_t>(cid)))};
    }
    if (needMetadata) requestMetadata(ctx);
    if (nextWake != kNever) scheduleDrain(ctx, nextWake);
}

void Producer::requestMetadata(NodeContext& ctx) {
    if (metadataInFlight_ || config_.bootstrap.empty()) return;
    if (lastMetadataRequest_ >= 0 && ctx.now() < lastMetadataRequest_ + config_.retryBackoff) {
        scheduleDrain(ctx, lastMetadataRequest_ + config_.retryBackoff);
        return;
    }
    lastMetadataRequest_ = ctx.now();
    metadataInFlight_ = true;
    metadataCorrelationId_ = nextCorrelationId_++;
    ctx.send(config_.bootstrap[bootstrapIndex_ % config_.bootstrap.size()], MetadataRequest{metadataCorrelationId_});
    ctx.setTimer(ctx.now() + kMetadataRequestTimeout,
                 token(kMetadataTimeout, static_cast<std::uint64_t>(metadataCorrelationId_)));
}

void Producer::handleMetadata(NodeContext& ctx, const MetadataResponse& response) {
    if (!metadataInFlight_ || response.correlationId != metadataCorrelationId_) return;
    metadataInFlight_ = false;
    if (response.brokers.empty() || response.controllerId == kNoNode) {
        // A broker that has not caught up with the metadata log yet knows nothing: ask another.
        ++bootstrapIndex_;
        scheduleDrain(ctx, ctx.now() + config_.retryBackoff);
        return;
    }
    metadataStale_ = false;
    bool missingLeader = false;
    for (const TopicMetadata& tm : response.topics) {
        TopicInfo& topic = topics_[tm.name];
        topic.partitions.assign(tm.partitions.size(), PartitionInfo{});
        for (const PartitionMetadata& pm : tm.partitions) {
            topic.partitions[static_cast<std::size_t>(pm.partition)].leader = pm.leader;
            if (pm.leader == kNoNode) missingLeader = true;
        }
    }
    std::vector<WaitingRecord> still;
    for (auto& w : waiting_) {
        auto known = topics_.find(w.topic);
        if (known != topics_.end() && !known->second.partitions.empty())
            append(ctx, w.topic, std::move(w.record), w.acks, w.group);
        else
            still.push_back(std::move(w));
    }
    waiting_ = std::move(still);
    if (!waiting_.empty() || missingLeader) scheduleDrain(ctx, ctx.now() + config_.retryBackoff);
    drain(ctx);
}

void Producer::handleProduceResponse(NodeContext& ctx, const ProduceResponse& response) {
    auto it = inFlight_.find(response.correlationId);
    if (it == inFlight_.end()) return;
    InFlight flight = std::move(it->second);
    inFlight_.erase(it);
    ctx.cancelTimer(flight.timeout);
    --inFlightPerBroker_[flight.broker];
    bool refresh = false;
    for (ProducerBatch& batch : flight.batches) {
        auto result = std::find_if(response.partitions.begin(), response.partitions.end(),
                                   [&](const ProducePartitionResponse& r) { return r.tp == batch.tp; });
        const KafkaError error = result == response.partitions.end() ? KafkaError::NETWORK_EXCEPTION : result->error;
        if (error == KafkaError::NONE) {
            complete(ctx, batch, result->baseOffset, KafkaError::NONE);
        } else {
            refresh = refresh || needsMetadataRefresh(error);
            retryOrFail(ctx, std::move(batch), error);
        }
    }
    if (refresh) {
        metadataStale_ = true;
        requestMetadata(ctx);
    }
    drain(ctx);
}

void Producer::failInFlight(NodeContext& ctx, CorrelationId id, KafkaError error) {
    auto it = inFlight_.find(id);
    if (it == inFlight_.end()) return;
    InFlight flight = std::move(it->second);
    inFlight_.erase(it);
    --inFlightPerBroker_[flight.broker];
    for (ProducerBatch& batch : flight.batches) retryOrFail(ctx, std::move(batch), error);
    metadataStale_ = true;
    requestMetadata(ctx);
    drain(ctx);
}

// Kafka's producer answers MESSAGE_TOO_LARGE for a batch of several records by splitting it and
// sending the halves again; a single record that is too large fails.
bool Producer::splitTooLarge(NodeContext& ctx, ProducerBatch& batch) {
    const std::size_t n = batch.data->size();
    if (n < 2) return false;
    auto part = [&](std::size_t from, std::size_t to) {
        ProducerBatch half;
        half.tp = batch.tp;
        half.acks = batch.acks;
        half.createdAt = batch.createdAt;
        half.sealed = true;
        half.data = std::make_shared<RecordBatchData>();
        for (std::size_t i = from; i < to; ++i) {
            ProducerRecord record;
            if (auto k = batch.data->key(i)) record.key = std::string(*k);
            if (auto v = batch.data->value(i)) record.value = std::string(*v);
            record.headers = batch.data->headers(i);
            half.data->append(record, batch.data->timestamp(i));
        }
        std::size_t index = 0;
        for (const GroupRun& run : batch.groups) {
            const std::size_t start = std::max(index, from);
            const std::size_t end = std::min(index + static_cast<std::size_t>(run.count), to);
            if (start < end) half.groups.push_back({run.group, static_cast<std::int32_t>(end - start)});
            index += static_cast<std::size_t>(run.count);
        }
        return half;
    };
    auto& queue = accumulator_[{batch.tp, batch.acks}];
    queue.push_front(part(n / 2, n));
    queue.push_front(part(0, n / 2));
    ctx.emit(EventKind::Client,
             EngineText::tr("%1: a batch of %2 records to %3 got MESSAGE_TOO_LARGE; splitting it in two and sending "
                            "again").args(config_.clientId, n, batch.tp.str()),
             {"client:" + config_.clientId, partitionSubject(batch.tp)});
    scheduleDrain(ctx, ctx.now());
    return true;
}

void Producer::retryOrFail(NodeContext& ctx, ProducerBatch batch, KafkaError error) {
    if (error == KafkaError::MESSAGE_TOO_LARGE && splitTooLarge(ctx, batch)) return;
    const bool expired = ctx.now() >= batch.createdAt + config_.deliveryTimeout;
    if (!isRetriable(error) || batch.attempts > config_.retries || expired) {
        complete(ctx, batch, -1, expired && isRetriable(error) ? KafkaError::DELIVERY_TIMEOUT : error);
        return;
    }
    ++stats_.retries;
    ctx.emit(EventKind::Client,
             EngineText::tr("%1: %2 record(s) to %3 got %4; retrying in %5 (attempt %6)")
                 .args(config_.clientId, batch.data->size(), batch.tp.str(), errorName(error), formatDuration(config_.retryBackoff), batch.attempts + 1),
             {"client:" + config_.clientId, partitionSubject(batch.tp)}, batch.attempts > 1);
    batch.retryAt = ctx.now() + config_.retryBackoff;
    batch.sealed = true;
    accumulator_[{batch.tp, batch.acks}].push_front(std::move(batch));
    scheduleDrain(ctx, ctx.now() + config_.retryBackoff);
}

void Producer::expireBatches(NodeContext& ctx) {
    for (auto& [key, queue] : accumulator_) {
        while (!queue.empty() && ctx.now() >= queue.front().createdAt + config_.deliveryTimeout) {
            ProducerBatch batch = std::move(queue.front());
            queue.pop_front();
            complete(ctx, batch, -1, KafkaError::DELIVERY_TIMEOUT);
        }
    }
    std::vector<WaitingRecord> still;
    for (auto& w : waiting_) {
        if (ctx.now() < w.since + config_.maxBlock) {
            still.push_back(std::move(w));
            continue;
        }
        ProducerBatch lost;
        lost.tp = TopicPartition{w.topic, -1};
        lost.acks = w.acks;
        lost.data = std::make_shared<RecordBatchData>();
        lost.data->append(w.record, ctx.now());
        lost.groups.push_back({w.group, 1});
        complete(ctx, lost, -1, KafkaError::UNKNOWN_TOPIC_OR_PARTITION);
    }
    waiting_ = std::move(still);
}

void Producer::complete(NodeContext& ctx, ProducerBatch& batch, Offset baseOffset, KafkaError error) {
    const auto count = static_cast<std::int64_t>(batch.data->size());
    if (error == KafkaError::NONE) {
        stats_.acked += count;
        if (auto written = partitionStats_.find(batch.tp); written != partitionStats_.end()) written->second.acked += count;
        if (batch.acks != 0) {
            StoredBatch stored;
            stored.baseOffset = baseOffset;
            stored.count = static_cast<std::uint32_t>(count);
            stored.data = batch.data;
            ctx.observer().onProduceAcked(id(), batch.tp, baseOffset, stored, batch.acks);
        }
        ctx.emit(EventKind::Client,
                 baseOffset >= 0
                     ? EngineText::tr("%1: %2 record(s) acked on %3 at offsets %4..%5 (acks=%6)")
                           .args(config_.clientId, count, batch.tp.str(), baseOffset, baseOffset + count - 1, acksName(batch.acks))
                     : EngineText::tr("%1: %2 record(s) acked on %3 (acks=0: no offset) (acks=%4)")
                           .args(config_.clientId, count, batch.tp.str(), acksName(batch.acks)),
                 {"client:" + config_.clientId, partitionSubject(batch.tp)}, true);
    } else {
        stats_.failed += count;
        ctx.emit(EventKind::Client,
                 EngineText::tr("%1: %2 record(s) to %3 failed: %4")
                     .args(config_.clientId, count, batch.tp.str(), errorName(error)),
                 {"client:" + config_.clientId, partitionSubject(batch.tp)});
    }
    Offset next = baseOffset;
    for (const GroupRun& run : batch.groups) {
        auto g = groups_.find(run.group);
        if (g != groups_.end()) {
            SendOutcome outcome;
            outcome.tp = batch.tp;
            outcome.baseOffset = error == KafkaError::NONE ? next : -1;
            outcome.count = run.count;
            outcome.error = error;
            g->second.result.outcomes.push_back(outcome);
            (error == KafkaError::NONE ? g->second.result.acked : g->second.result.failed) += run.count;
            g->second.pending -= run.count;
            finishGroupIfDone(ctx, run.group);
        }
        if (next >= 0) next += run.count;
    }
    finishCloseIfDone(ctx);
}

void Producer::close(NodeContext& ctx) {
    if (closing_) return;
    closing_ = true;
    for (auto& [key, queue] : accumulator_)
        for (ProducerBatch& batch : queue) batch.sealed = true;
    drain(ctx);
    finishCloseIfDone(ctx);
}

void Producer::finishCloseIfDone(NodeContext& ctx) {
    if (!closing_ || closed_ || pendingRecords() > 0) return;
    closed_ = true;
    ctx.emit(EventKind::Client,
             EngineText::tr("%1 closed: every record it was given has an outcome (%2 acked, %3 failed in all)")
                 .args(config_.clientId, stats_.acked, stats_.failed),
             {"client:" + config_.clientId});
}

void Producer::finishGroupIfDone(NodeContext& ctx, std::uint64_t group) {
    auto it = groups_.find(group);
    if (it == groups_.end() || it->second.open || it->second.pending > 0) return;
    const SendGroupResult& result = it->second.result;
    std::map<TopicPartition, std::pair<Offset, Offset>> ranges;
    std::map<std::string, std::int64_t> errors;
    for (const SendOutcome& o : result.outcomes) {
        if (o.error != KafkaError::NONE) {
            errors[errorName(o.error)] += o.count;
        } else if (o.baseOffset >= 0) {
            auto [r, fresh] = ranges.try_emplace(o.tp, o.baseOffset, o.baseOffset + o.count - 1);
            if (!fresh) {
                r->second.first = std::min(r->second.first, o.baseOffset);
                r->second.second = std::max(r->second.second, o.baseOffset + o.count - 1);
            }
        }
    }
    std::vector<std::string> subjects{"client:" + config_.clientId};
    std::string where;
    for (const auto& [tp, range] : ranges) {
        where += (where.empty() ? "" : ", ") + tp.str() + " @" + std::to_string(range.first) +
                 (range.second > range.first ? ".." + std::to_string(range.second) : "");
        subjects.push_back(partitionSubject(tp));
    }
    std::vector<Text> parts{ranges.empty() ? EngineText::tr("%1: %2 → %3 acked")
        .args(config_.clientId, result.label, result.acked)
                                           : EngineText::tr("%1: %2 → %3 acked (%4)")
                                               .args(config_.clientId, result.label, result.acked, where)};
    for (const auto& [name, count] : errors) parts.push_back(EngineText::tr("%1 failed with %2").args(count, name));
    ctx.emit(EventKind::Client, Text::join(std::move(parts), ", "), subjects);
    if (auto kept = kept_.find(group); kept != kept_.end()) kept->second = result;
    groups_.erase(it);
}

// Records go on being appended to the batches still in the accumulator, so the copy gets its own;
// batches sent already do not change and are shared.
std::unique_ptr<Node> Producer::clone(CloneMap& shared) const {
    std::unique_ptr<Producer> copy(new Producer(*this));
    for (auto& [key, batches] : copy->accumulator_)
        for (ProducerBatch& batch : batches) batch.data = shared.copy(batch.data);
    return copy;
}

}  // namespace ks
