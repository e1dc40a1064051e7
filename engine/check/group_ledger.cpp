#include "check/group_ledger.h"

#include <algorithm>

namespace ks {
namespace {

void appendUnique(std::vector<TopicPartition>& to, const std::vector<TopicPartition>& from) {
    for (const TopicPartition& tp : from)
        if (std::find(to.begin(), to.end(), tp) == to.end()) to.push_back(tp);
    std::sort(to.begin(), to.end());
}

}  // namespace

std::int64_t IntervalSet::add(Offset from, Offset to) {
    if (to <= from) return 0;
    const std::int64_t already = countIn(from, to);
    auto it = ranges_.upper_bound(from);
    if (it != ranges_.begin() && std::prev(it)->second >= from) it = std::prev(it);
    Offset lo = from;
    Offset hi = to;
    while (it != ranges_.end() && it->first <= to) {
        lo = std::min(lo, it->first);
        hi = std::max(hi, it->second);
        it = ranges_.erase(it);
    }
    ranges_[lo] = hi;
    return already;
}

std::int64_t IntervalSet::countIn(Offset from, Offset to) const {
    if (to <= from) return 0;
    std::int64_t count = 0;
    auto it = ranges_.upper_bound(from);
    if (it != ranges_.begin()) --it;
    for (; it != ranges_.end() && it->first < to; ++it) {
        const Offset lo = std::max(from, it->first);
        const Offset hi = std::min(to, it->second);
        if (hi > lo) count += hi - lo;
    }
    return count;
}

Offset IntervalSet::firstMissing(Offset from, Offset to) const {
    if (to <= from) return to;
    Offset pos = from;
    auto it = ranges_.upper_bound(pos);
    if (it != ranges_.begin()) {
        auto prev = std::prev(it);
        if (prev->first <= pos && pos < prev->second) pos = prev->second;
    }
    return std::min(pos, to);
}

std::int64_t IntervalSet::size() const {
    std::int64_t n = 0;
    for (const auto& [lo, hi] : ranges_) n += hi - lo;
    return n;
}

std::int64_t LedgerPartition::skipped() const {
    if (maxCommitted <= jumpFloor) return 0;
    return (maxCommitted - jumpFloor) - processed.countIn(jumpFloor, maxCommitted);
}

const LedgerGroup* GroupLedger::group(const std::string& id) const {
    auto it = groups_.find(id);
    return it == groups_.end() ? nullptr : &it->second;
}

std::int64_t GroupLedger::duplicates(const std::string& id) const {
    std::int64_t n = 0;
    if (const LedgerGroup* g = group(id))
        for (const auto& [tp, p] : g->partitions) n += p.duplicates;
    return n;
}

std::int64_t GroupLedger::skipped(const std::string& id) const {
    std::int64_t n = 0;
    if (const LedgerGroup* g = group(id))
        for (const auto& [tp, p] : g->partitions) n += p.skipped();
    return n;
}

std::int64_t GroupLedger::processed(const std::string& id) const {
    std::int64_t n = 0;
    if (const LedgerGroup* g = group(id))
        for (const auto& [tp, p] : g->partitions) n += p.processedRecords;
    return n;
}

LedgerRebalance* GroupLedger::openRebalance(LedgerGroup& g) {
    if (g.history.empty() || g.history.back().end >= 0) return nullptr;
    return &g.history.back();
}

void GroupLedger::apply(const GroupObservation& observation, SimTime now, const LogEnd& logEnd, const Violate& violate) {
    std::visit(
        [&](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            if (o.group.empty()) return;
            LedgerGroup& g = groups_[o.group];
            if constexpr (std::is_same_v<T, GroupRebalanceStarted>) {
                if (LedgerRebalance* open = openRebalance(g)) {
                    open->end = now;
                    open->reason = EngineText::tr("%1 (interrupted)").args(open->reason);
                }
                LedgerRebalance r;
                r.start = now;
                r.fromGeneration = o.generation;
                r.reason = o.reason;
                r.coordinator = o.coordinator;
                r.members = std::move(g.pendingRevocations);
                g.pendingRevocations.clear();
                g.history.push_back(std::move(r));
            } else if constexpr (std::is_same_v<T, GroupStabilized>) {
                std::map<TopicPartition, std::string> seen;
                for (const auto& [member, partitions] : o.assignment) {
                    for (const TopicPartition& tp : partitions) {
                        auto [it, fresh] = seen.try_emplace(tp, member);
                        if (!fresh)
                            violate(EngineText::tr("each partition is owned by at most one member per group generation"),
                                    EngineText::tr("group %1 generation %2 assigns %3 to both %4 and %5")
                                        .args(o.group, o.generation, tp.str(), it->second, member));
                    }
                }
                if (LedgerRebalance* open = openRebalance(g)) {
                    open->end = now;
                    open->generation = o.generation;
                    open->coordinator = o.coordinator;
                    for (const auto& [member, client] : o.clientIds) open->memberIds[client] = member;
                }
                g.lastStable = o;
            } else if constexpr (std::is_same_v<T, OffsetCommitApplied>) {
                LedgerPartition& p = g.partitions[o.tp];
                p.maxCommitted = std::max(p.maxCommitted, o.offset);
                if (auto end = logEnd(o.tp); end && o.offset > *end)
                    violate(EngineText::tr("a committed offset never exceeds the log end offset"),
                            EngineText::tr("group %1 committed %2=%3 but the leader's log ends at %4")
                                .args(o.group, o.tp.str(), o.offset, *end));
            } else if constexpr (std::is_same_v<T, PartitionsAssigned>) {
                std::vector<TopicPartition> added;
                for (const TopicPartition& tp : o.partitions) {
                    auto& owners = g.owners[tp];
                    for (const auto& [client, generation] : owners)
                        if (client != o.clientId && generation == o.generation)
                            violate(EngineText::tr("each partition is owned by at most one member per group generation"),
                                    EngineText::tr("group %1: %2 took %3 in generation %4 while %5 still owns it")
                                        .args(o.group, o.clientId, tp.str(), o.generation, client));
                    if (!owners.count(o.clientId)) added.push_back(tp);
                    owners[o.clientId] = o.generation;
                }
                for (auto& [tp, owners] : g.owners)
                    if (std::find(o.partitions.begin(), o.partitions.end(), tp) == o.partitions.end())
                        owners.erase(o.clientId);
                if (!g.history.empty()) {
                    LedgerRebalance& last = g.history.back();
                    auto m = last.memberIds.find(o.clientId);
                    if (last.generation == o.generation && m != last.memberIds.end() && m->second == o.memberId)
                        appendUnique(last.members[o.clientId].assigned, added);
                }
            } else if constexpr (std::is_same_v<T, PartitionsRevoked>) {
                for (const TopicPartition& tp : o.partitions) g.owners[tp].erase(o.clientId);
                LedgerRebalanceMember& m =
                    openRebalance(g) ? openRebalance(g)->members[o.clientId] : g.pendingRevocations[o.clientId];
                appendUnique(o.lost ? m.lost : m.revoked, o.partitions);
            } else if constexpr (std::is_same_v<T, RecordsProcessed>) {
                LedgerPartition& p = g.partitions[o.tp];
                p.duplicates += p.processed.add(o.from, o.to);
                p.processedRecords += o.to - o.from;
            } else if constexpr (std::is_same_v<T, PositionJumped>) {
                LedgerPartition& p = g.partitions[o.tp];
                p.jumpFloor = std::max(p.jumpFloor, o.offset);
            } else if constexpr (std::is_same_v<T, OffsetsCommitSent>) {
                for (const auto& [tp, offset] : o.offsets) {
                    LedgerPartition& p = g.partitions[tp];
                    if (o.kind == CommitKind::Manual) {
                        p.jumpFloor = std::max(p.jumpFloor, offset);
                    } else if (o.kind == CommitKind::BeforeProcessing) {
                        p.beforeFloor = std::max(p.beforeFloor, offset);
                    } else {
                        const Offset floor = std::max(p.jumpFloor, p.beforeFloor);
                        const Offset missing = p.processed.firstMissing(floor, offset);
                        if (missing < offset)
                            violate(EngineText::tr("with commit-after-processing no record is skipped"),
                                    EngineText::tr("%1 commits %2 %3=%4 after processing, but the group never "
                                                   "processed offset %5")
                                        .args(o.clientId, o.group, tp.str(), offset, missing));
                    }
                }
            } else if constexpr (std::is_same_v<T, ConsumerStopped>) {
                for (auto& [tp, owners] : g.owners) owners.erase(o.clientId);
            }
        },
        observation);
}

}  // namespace ks
