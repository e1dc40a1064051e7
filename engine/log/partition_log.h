#pragma once
// One replica's log of a partition: segments of record batches addressed by offset, with the log
// start offset, the log end offset (LEO), the high watermark (HW) and the leader epoch cache that
// followers use to find where their log diverged from the leader's (KIP-101, KIP-279).
#include <cstdint>
#include <optional>
#include <vector>

#include "core/types.h"
#include "log/record_batch.h"

namespace ks {

struct LogConfig {
    std::int64_t segmentBytes = 1073741824;   // segment.bytes
    std::int64_t segmentMs = 604800000;       // segment.ms
    std::int64_t retentionMs = 604800000;     // retention.ms (-1: keep forever)
    std::int64_t retentionBytes = -1;         // retention.bytes (-1: no size limit)
};

struct LogSegment {
    Offset baseOffset = 0;
    std::vector<StoredBatch> batches;
    std::int64_t sizeBytes = 0;
    SimTime firstTimestamp = 0;
    SimTime maxTimestamp = 0;

    Offset nextOffset() const { return batches.empty() ? baseOffset : batches.back().nextOffset(); }
    std::int64_t recordCount() const { return nextOffset() - baseOffset; }
};

struct EpochEntry {
    LeaderEpoch epoch = 0;
    Offset startOffset = 0;
};

struct EpochEndOffset {
    LeaderEpoch epoch = -1;     // -1: unknown
    Offset endOffset = -1;
};

struct RetentionResult {
    int segmentsDeleted = 0;
    std::int64_t recordsDeleted = 0;
    Offset newLogStartOffset = 0;
    const char* reason = "";    // "retention.ms" or "retention.bytes"
};

class PartitionLog {
public:
    explicit PartitionLog(LogConfig config = {});

    Offset logStartOffset() const { return logStartOffset_; }
    Offset logEndOffset() const { return logEndOffset_; }
    Offset highWatermark() const { return highWatermark_; }
    std::int64_t sizeInBytes() const { return sizeBytes_; }
    std::int64_t recordCount() const { return logEndOffset_ - logStartOffset_; }
    const std::vector<LogSegment>& segments() const { return segments_; }
    const std::vector<EpochEntry>& epochs() const { return epochs_; }
    const LogConfig& config() const { return config_; }
    void setConfig(const LogConfig& config) { config_ = config; }

    // The leader appends: the records get the next offsets and the leader's epoch.
    StoredBatch appendAsLeader(SharedBatchData data, LeaderEpoch epoch, SimTime now);
    // A follower appends what it fetched; the part below the LEO, if any, is skipped.
    void appendAsFollower(const StoredBatch& batch, SimTime now);

    // Moves the HW, clamped to [log start, LEO]. Returns the new HW.
    Offset updateHighWatermark(Offset hw);

    // Reads records [from, LEO) (or up to maxOffset), at most maxBytes but at least one batch.
    std::vector<StoredBatch> read(Offset from, std::size_t maxBytes, Offset maxOffset = INT64_MAX) const;
    // How many bytes that read would return (0: no records), without collecting them.
    std::size_t readBytes(Offset from, std::size_t maxBytes, Offset maxOffset = INT64_MAX) const;
    // The batch holding `offset`, or nullptr.
    const StoredBatch* batchContaining(Offset offset) const;

    // Removes every record at or above `offset`. Returns how many records were removed.
    std::int64_t truncateTo(Offset offset);

    LeaderEpoch latestEpoch() const { return epochs_.empty() ? -1 : epochs_.back().epoch; }
    // Kafka's OffsetsForLeaderEpoch answer (LeaderEpochFileCache.endOffsetFor): the largest epoch <=
    // requested and the start offset of the next epoch; the LEO for the latest epoch; (-1, -1) for
    // an epoch above the latest; (requested, first start offset) for one below the first.
    EpochEndOffset endOffsetForEpoch(LeaderEpoch requested) const;

    // Deletes whole segments past retention.ms / retention.bytes, never the active segment and never
    // records at or above the HW.
    RetentionResult applyRetention(SimTime now);

    std::size_t memoryBytes() const;

    // A new leader records where its epoch starts, before it appends anything.
    void assignEpoch(LeaderEpoch epoch, Offset startOffset);

private:
    // What read() returns, handed one part at a time to take(part, its size).
    template <class Take>
    void scan(Offset from, std::size_t maxBytes, Offset maxOffset, Take take) const;

    void appendBatch(const StoredBatch& batch, SimTime now);
    void deleteOldestSegment();

    LogConfig config_;
    std::vector<LogSegment> segments_;
    std::vector<EpochEntry> epochs_;
    Offset logStartOffset_ = 0;
    Offset logEndOffset_ = 0;
    Offset highWatermark_ = 0;
    std::int64_t sizeBytes_ = 0;
};

}  // namespace ks
