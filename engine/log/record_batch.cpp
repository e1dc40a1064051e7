#include "log/record_batch.h"

#include <algorithm>
#include <cstring>

namespace ks {
namespace {

void putU32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

std::uint32_t getU32(const std::string& in, std::size_t at) {
    std::uint32_t v;
    std::memcpy(&v, in.data() + at, sizeof v);
    return v;
}

}  // namespace

void RecordBatchData::append(const ProducerRecord& record, SimTime timestamp) {
    Entry e;
    e.timestamp = timestamp;
    e.start = static_cast<std::uint32_t>(bytes_.size());
    if (record.key) {
        e.keyLength = static_cast<std::int32_t>(record.key->size());
        bytes_ += *record.key;
    }
    if (record.value) {
        e.valueLength = static_cast<std::int32_t>(record.value->size());
        bytes_ += *record.value;
    }
    e.headerCount = static_cast<std::uint16_t>(record.headers.size());
    for (const auto& h : record.headers) {
        putU32(bytes_, static_cast<std::uint32_t>(h.key.size()));
        bytes_ += h.key;
        putU32(bytes_, static_cast<std::uint32_t>(h.value.size()));
        bytes_ += h.value;
    }
    entries_.push_back(e);
}

std::size_t RecordBatchData::memoryBytes() const {
    return sizeof(*this) + bytes_.capacity() + entries_.capacity() * sizeof(Entry);
}

std::optional<std::string_view> RecordBatchData::key(std::size_t i) const {
    const Entry& e = entries_[i];
    if (e.keyLength < 0) return std::nullopt;
    return std::string_view(bytes_).substr(e.start, static_cast<std::size_t>(e.keyLength));
}

std::optional<std::string_view> RecordBatchData::value(std::size_t i) const {
    const Entry& e = entries_[i];
    if (e.valueLength < 0) return std::nullopt;
    return std::string_view(bytes_).substr(e.start + std::max(e.keyLength, 0), static_cast<std::size_t>(e.valueLength));
}

std::vector<RecordHeader> RecordBatchData::headers(std::size_t i) const {
    const Entry& e = entries_[i];
    std::vector<RecordHeader> out;
    std::size_t at = e.start + static_cast<std::size_t>(std::max(e.keyLength, 0) + std::max(e.valueLength, 0));
    for (int h = 0; h < e.headerCount; ++h) {
        RecordHeader header;
        std::uint32_t len = getU32(bytes_, at);
        at += 4;
        header.key = bytes_.substr(at, len);
        at += len;
        len = getU32(bytes_, at);
        at += 4;
        header.value = bytes_.substr(at, len);
        at += len;
        out.push_back(std::move(header));
    }
    return out;
}

std::size_t RecordBatchData::recordBytes(std::size_t i) const {
    const std::size_t end = i + 1 < entries_.size() ? entries_[i + 1].start : bytes_.size();
    return end - entries_[i].start + kRecordOverheadBytes;
}

std::size_t StoredBatch::sizeInBytes() const {
    if (count == data->size()) return data->sizeInBytes();
    std::size_t total = 0;
    for (std::uint32_t i = first; i < first + count; ++i) total += data->recordBytes(i);
    return total;
}

StoredBatch StoredBatch::slice(Offset from, Offset to) const {
    StoredBatch out = *this;
    from = std::max(from, baseOffset);
    to = std::min(to, nextOffset());
    out.first = first + static_cast<std::uint32_t>(from - baseOffset);
    out.baseOffset = from;
    out.count = to > from ? static_cast<std::uint32_t>(to - from) : 0;
    return out;
}

}  // namespace ks
