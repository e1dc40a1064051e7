#include "runtime/record_query.h"

#include <algorithm>

#include "cluster/cluster.h"

namespace ks::runtime {
namespace {

// A search reads at most this many records for one page, so the worker never stalls on a huge log;
// the page's `next` says where to go on.
constexpr std::int64_t kMaxScannedPerPage = 100000;
constexpr int kMaxRecordsPerPage = 10000;

// The record at `offset` of a log, as (batch, index in its data); nullptr when the log lacks it.
struct Located {
    const StoredBatch* batch = nullptr;
    std::size_t index = 0;
};

Located locate(const PartitionLog* log, Offset offset) {
    if (!log) return {};
    const StoredBatch* batch = log->batchContaining(offset);
    if (!batch) return {};
    return {batch, batch->first + static_cast<std::size_t>(offset - batch->baseOffset)};
}

bool contains(const std::optional<std::string_view>& text, const std::string& needle) {
    return text && text->find(needle) != std::string_view::npos;
}

Offset firstAtOrAfter(const PartitionLog& log, SimTime timestamp) {
    for (const LogSegment& segment : log.segments()) {
        if (segment.batches.empty() || segment.maxTimestamp < timestamp) continue;
        for (const StoredBatch& batch : segment.batches)
            for (std::uint32_t i = 0; i < batch.count; ++i)
                if (batch.data->timestamp(batch.first + i) >= timestamp)
                    return std::max(log.logStartOffset(), batch.baseOffset + i);
    }
    return log.logEndOffset();
}

class PageReader {
public:
    PageReader(const Cluster& cluster, const ClusterSnapshot& snapshot, const PartitionSnapshot& partition,
               const PartitionLog& source)
        : cluster_(cluster), snapshot_(snapshot), partition_(partition), source_(source) {}

    // Whether the record at `offset` matches; if so it is added to `out`.
    bool visit(Offset offset, const std::string& search, std::vector<BrowsedRecord>& out) const {
        const Located at = locate(&source_, offset);
        if (!at.batch) return false;
        const RecordBatchData& data = *at.batch->data;
        if (!search.empty() && !contains(data.key(at.index), search) && !contains(data.value(at.index), search))
            return false;
        BrowsedRecord record;
        record.offset = offset;
        record.timestamp = data.timestamp(at.index);
        if (auto key = data.key(at.index)) record.key = std::string(*key);
        if (auto value = data.value(at.index)) record.value = std::string(*value);
        record.headers = data.headers(at.index);
        record.sizeBytes = data.recordBytes(at.index);
        for (BrokerId replica : partition_.replicas) {
            const Located copy = locate(cluster_.brokerLog(replica, partition_.tp), offset);
            if (copy.batch && copy.batch->data == at.batch->data && copy.index == at.index)
                record.replicas.push_back(replica);
        }
        record.committed = offset < partition_.highWatermark;
        for (const GroupSnapshot& group : snapshot_.groups) {
            const GroupPartitionSnapshot* p = group.partition(partition_.tp);
            if (p && p->committed > offset) record.groupsPast.push_back(group.groupId);
        }
        out.push_back(std::move(record));
        return true;
    }

private:
    const Cluster& cluster_;
    const ClusterSnapshot& snapshot_;
    const PartitionSnapshot& partition_;
    const PartitionLog& source_;
};

}  // namespace

RecordPage readRecords(const Cluster& cluster, const ClusterSnapshot& snapshot, const RecordQuery& query) {
    RecordPage page;
    page.query = query;
    page.time = snapshot.time;
    const PartitionSnapshot* partition = snapshot.partition(query.tp);
    if (!partition) {
        page.error = EngineText::tr("no partition %1").args(query.tp.str());
        return page;
    }
    const PartitionLog* source = partition->offline ? nullptr : cluster.brokerLog(partition->leader, query.tp);
    page.source = source ? partition->leader : kNoNode;
    if (!source) {
        for (BrokerId replica : partition->replicas) {
            const PartitionLog* log = cluster.brokerLog(replica, query.tp);
            if (log && (!source || log->logEndOffset() > source->logEndOffset())) {
                source = log;
                page.source = replica;
            }
        }
    }
    if (!source) {
        page.error = EngineText::tr("no replica of %1 has a log").args(query.tp.str());
        return page;
    }
    page.logStartOffset = source->logStartOffset();
    page.logEndOffset = source->logEndOffset();
    page.highWatermark = partition->highWatermark;
    const int wanted = std::clamp(query.maxRecords, 1, kMaxRecordsPerPage);
    const PageReader reader(cluster, snapshot, *partition, *source);
    const Offset begin = page.logStartOffset;
    const Offset end = page.logEndOffset;
    std::int64_t scanned = 0;

    if (query.seek == SeekKind::End) {
        Offset o = end - 1;
        for (; o >= begin && static_cast<int>(page.records.size()) < wanted && scanned < kMaxScannedPerPage; --o, ++scanned)
            reader.visit(o, query.search, page.records);
        std::reverse(page.records.begin(), page.records.end());
        page.next = end;
        return page;
    }
    Offset start = begin;
    if (query.seek == SeekKind::Offset) start = std::clamp(query.offset, begin, end);
    if (query.seek == SeekKind::Timestamp) start = firstAtOrAfter(*source, query.timestamp);
    Offset o = start;
    for (; o < end && static_cast<int>(page.records.size()) < wanted && scanned < kMaxScannedPerPage; ++o, ++scanned)
        reader.visit(o, query.search, page.records);
    page.next = o;
    return page;
}

}  // namespace ks::runtime
