#include "log/partition_log.h"

#include <algorithm>

namespace ks {

PartitionLog::PartitionLog(LogConfig config) : config_(config) {}

StoredBatch PartitionLog::appendAsLeader(SharedBatchData data, LeaderEpoch epoch, SimTime now) {
    StoredBatch batch;
    batch.baseOffset = logEndOffset_;
    batch.leaderEpoch = epoch;
    batch.first = 0;
    batch.count = static_cast<std::uint32_t>(data->size());
    batch.data = std::move(data);
    appendBatch(batch, now);
    return batch;
}

void PartitionLog::appendAsFollower(const StoredBatch& batch, SimTime now) {
    if (batch.nextOffset() <= logEndOffset_) return;
    appendBatch(batch.slice(logEndOffset_, batch.nextOffset()), now);
}

void PartitionLog::appendBatch(const StoredBatch& batch, SimTime now) {
    if (batch.count == 0) return;
    const auto bytes = static_cast<std::int64_t>(batch.sizeInBytes());
    const bool roll = segments_.empty() ||
                      (!segments_.back().batches.empty() &&
                       (segments_.back().sizeBytes + bytes > config_.segmentBytes ||
                        now - segments_.back().firstTimestamp > millis(config_.segmentMs)));
    if (roll) {
        LogSegment segment;
        segment.baseOffset = batch.baseOffset;
        segment.firstTimestamp = now;
        segments_.push_back(std::move(segment));
    }
    LogSegment& active = segments_.back();
    if (active.batches.empty()) {
        active.baseOffset = batch.baseOffset;
        active.firstTimestamp = now;
    }
    active.batches.push_back(batch);
    active.sizeBytes += bytes;
    active.maxTimestamp = std::max(active.maxTimestamp, batch.data->timestamp(batch.first + batch.count - 1));
    sizeBytes_ += bytes;
    assignEpoch(batch.leaderEpoch, batch.baseOffset);
    logEndOffset_ = batch.nextOffset();
}

void PartitionLog::assignEpoch(LeaderEpoch epoch, Offset startOffset) {
    if (epochs_.empty() || epoch > epochs_.back().epoch) epochs_.push_back({epoch, startOffset});
}

Offset PartitionLog::updateHighWatermark(Offset hw) {
    highWatermark_ = std::clamp(hw, logStartOffset_, logEndOffset_);
    return highWatermark_;
}

const StoredBatch* PartitionLog::batchContaining(Offset offset) const {
    if (offset < logStartOffset_ || offset >= logEndOffset_) return nullptr;
    auto seg = std::upper_bound(segments_.begin(), segments_.end(), offset,
                                [](Offset o, const LogSegment& s) { return o < s.baseOffset; });
    if (seg == segments_.begin()) return nullptr;
    --seg;
    auto b = std::upper_bound(seg->batches.begin(), seg->batches.end(), offset,
                              [](Offset o, const StoredBatch& sb) { return o < sb.baseOffset; });
    if (b == seg->batches.begin()) return nullptr;
    --b;
    return offset < b->nextOffset() ? &*b : nullptr;
}

template <class Take>
void PartitionLog::scan(Offset from, std::size_t maxBytes, Offset maxOffset, Take take) const {
    const Offset end = std::min(maxOffset, logEndOffset_);
    from = std::max(from, logStartOffset_);
    if (from >= end) return;
    auto seg = std::upper_bound(segments_.begin(), segments_.end(), from,
                                [](Offset o, const LogSegment& s) { return o < s.baseOffset; });
    if (seg != segments_.begin()) --seg;
    std::size_t bytes = 0;
    bool any = false;
    for (; seg != segments_.end(); ++seg) {
        auto b = std::upper_bound(seg->batches.begin(), seg->batches.end(), from,
                                  [](Offset o, const StoredBatch& sb) { return o < sb.baseOffset; });
        if (b != seg->batches.begin()) --b;
        for (; b != seg->batches.end(); ++b) {
            if (b->nextOffset() <= from) continue;
            if (b->baseOffset >= end) return;
            StoredBatch part = b->slice(from, end);
            const std::size_t size = part.sizeInBytes();
            if (any && bytes + size > maxBytes) return;
            bytes += size;
            any = true;
            from = part.nextOffset();
            take(std::move(part), size);
        }
    }
}

std::vector<StoredBatch> PartitionLog::read(Offset from, std::size_t maxBytes, Offset maxOffset) const {
    std::vector<StoredBatch> out;
    scan(from, maxBytes, maxOffset, [&](StoredBatch part, std::size_t) { out.push_back(std::move(part)); });
    return out;
}

std::size_t PartitionLog::readBytes(Offset from, std::size_t maxBytes, Offset maxOffset) const {
    std::size_t bytes = 0;
    scan(from, maxBytes, maxOffset, [&](const StoredBatch&, std::size_t size) { bytes += size; });
    return bytes;
}

std::int64_t PartitionLog::truncateTo(Offset offset) {
    offset = std::max(offset, logStartOffset_);
    while (!epochs_.empty() && epochs_.back().startOffset >= offset) epochs_.pop_back();
    if (offset >= logEndOffset_) return 0;
    const std::int64_t removed = logEndOffset_ - offset;
    while (!segments_.empty() && segments_.back().baseOffset >= offset && segments_.size() > 1) {
        sizeBytes_ -= segments_.back().sizeBytes;
        segments_.pop_back();
    }
    LogSegment& last = segments_.back();
    while (!last.batches.empty() && last.batches.back().baseOffset >= offset) {
        const auto bytes = static_cast<std::int64_t>(last.batches.back().sizeInBytes());
        last.sizeBytes -= bytes;
        sizeBytes_ -= bytes;
        last.batches.pop_back();
    }
    if (!last.batches.empty() && last.batches.back().nextOffset() > offset) {
        StoredBatch& b = last.batches.back();
        const auto before = static_cast<std::int64_t>(b.sizeInBytes());
        b = b.slice(b.baseOffset, offset);
        const auto after = static_cast<std::int64_t>(b.sizeInBytes());
        last.sizeBytes -= before - after;
        sizeBytes_ -= before - after;
    }
    if (last.batches.empty()) last.baseOffset = offset;
    last.maxTimestamp = last.batches.empty() ? last.firstTimestamp
                                             : last.batches.back().data->timestamp(last.batches.back().first +
                                                                                   last.batches.back().count - 1);
    logEndOffset_ = offset;
    highWatermark_ = std::min(highWatermark_, offset);
    return removed;
}

EpochEndOffset PartitionLog::endOffsetForEpoch(LeaderEpoch requested) const {
    if (requested < 0 || epochs_.empty()) return {};
    if (requested == epochs_.back().epoch) return {requested, logEndOffset_};
    auto higher = std::upper_bound(epochs_.begin(), epochs_.end(), requested,
                                   [](LeaderEpoch e, const EpochEntry& entry) { return e < entry.epoch; });
    if (higher == epochs_.end()) return {};
    if (higher == epochs_.begin()) return {requested, higher->startOffset};
    return {std::prev(higher)->epoch, higher->startOffset};
}

void PartitionLog::deleteOldestSegment() {
    const LogSegment& oldest = segments_.front();
    sizeBytes_ -= oldest.sizeBytes;
    logStartOffset_ = segments_[1].baseOffset;
    segments_.erase(segments_.begin());
    while (epochs_.size() > 1 && epochs_[1].startOffset <= logStartOffset_) epochs_.erase(epochs_.begin());
    if (!epochs_.empty()) epochs_.front().startOffset = std::max(epochs_.front().startOffset, logStartOffset_);
}

RetentionResult PartitionLog::applyRetention(SimTime now) {
    RetentionResult result;
    auto deletable = [&] {
        return segments_.size() > 1 && segments_[1].baseOffset <= highWatermark_;
    };
    while (deletable() && config_.retentionMs >= 0 &&
           now - segments_.front().maxTimestamp > millis(config_.retentionMs)) {
        result.recordsDeleted += segments_.front().recordCount();
        deleteOldestSegment();
        ++result.segmentsDeleted;
        result.reason = "retention.ms";
    }
    while (deletable() && config_.retentionBytes >= 0 &&
           sizeBytes_ - segments_.front().sizeBytes >= config_.retentionBytes) {
        result.recordsDeleted += segments_.front().recordCount();
        deleteOldestSegment();
        ++result.segmentsDeleted;
        result.reason = "retention.bytes";
    }
    result.newLogStartOffset = logStartOffset_;
    return result;
}

std::size_t PartitionLog::memoryBytes() const {
    std::size_t total = sizeof(*this) + segments_.capacity() * sizeof(LogSegment) +
                        epochs_.capacity() * sizeof(EpochEntry);
    for (const auto& s : segments_) total += s.batches.capacity() * sizeof(StoredBatch);
    return total;
}

}  // namespace ks
