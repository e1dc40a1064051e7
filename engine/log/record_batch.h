#pragma once
// Records travel and are stored in batches, as in Kafka's on-disk format: one contiguous buffer of
// key, value and header bytes plus a small index entry per record. A batch is built once by a
// producer and then shared, immutable, by every replica that stores it.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace ks {

struct RecordHeader {
    std::string key;
    std::string value;
};

// A record as a producer hands it in.
struct ProducerRecord {
    std::optional<std::string> key;
    std::optional<std::string> value;
    std::vector<RecordHeader> headers;
    std::optional<std::int32_t> partition;
};

class RecordBatchData {
public:
    // A record's bytes are its key, its value, then its headers, starting at `start`.
    struct Entry {
        SimTime timestamp = 0;
        std::uint32_t start = 0;
        std::int32_t keyLength = -1;  // -1: null key
        std::int32_t valueLength = -1;
        std::uint16_t headerCount = 0;
    };

    void append(const ProducerRecord& record, SimTime timestamp);
    std::size_t size() const { return entries_.size(); }
    // Bytes a record takes in Kafka's record format, roughly: the value for size limits and charts.
    std::size_t sizeInBytes() const { return bytes_.size() + entries_.size() * kRecordOverheadBytes; }
    std::size_t memoryBytes() const;

    std::optional<std::string_view> key(std::size_t i) const;
    std::optional<std::string_view> value(std::size_t i) const;
    std::vector<RecordHeader> headers(std::size_t i) const;
    SimTime timestamp(std::size_t i) const { return entries_[i].timestamp; }
    std::size_t recordBytes(std::size_t i) const;

    static constexpr std::size_t kRecordOverheadBytes = 20;

private:
    std::string bytes_;
    std::vector<Entry> entries_;
};

using SharedBatchData = std::shared_ptr<const RecordBatchData>;

// A run of consecutive records as a log holds them: the records first..first+count of a shared
// batch, at offsets baseOffset.., written in leaderEpoch.
struct StoredBatch {
    Offset baseOffset = 0;
    LeaderEpoch leaderEpoch = 0;
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    SharedBatchData data;

    Offset lastOffset() const { return baseOffset + count - 1; }
    Offset nextOffset() const { return baseOffset + count; }
    std::size_t sizeInBytes() const;
    // The records [from, to) of this batch, by offset.
    StoredBatch slice(Offset from, Offset to) const;
};

}  // namespace ks
