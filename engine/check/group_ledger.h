#pragma once
// What the observers saw of consumer groups, kept outside any node so that it survives coordinator
// failover and consumer crashes: which records each group processed (and how often), who owned
// which partition in which generation, every rebalance, and what was committed. The invariant
// checker feeds it and reports what it finds wrong:
//   - within a group generation, no partition is owned by two members;
//   - a committed offset never exceeds the partition's log end offset;
//   - a commit made after processing never skips a record: every offset below it was processed
//     by the group, unless the position was moved on purpose (seek, auto.offset.reset) or an
//     at-most-once commit (before processing) or a manual commit already declared it done.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/text.h"
#include "core/types.h"
#include "group/group_observation.h"

namespace ks {

// A set of offsets kept as merged [from, to) ranges.
class IntervalSet {
public:
    // Adds [from, to); returns how many of those offsets were in the set already.
    std::int64_t add(Offset from, Offset to);
    // The first offset in [from, to) that is not in the set, or `to` when every one is.
    Offset firstMissing(Offset from, Offset to) const;
    std::int64_t countIn(Offset from, Offset to) const;
    std::int64_t size() const;
    const std::map<Offset, Offset>& ranges() const { return ranges_; }

private:
    std::map<Offset, Offset> ranges_;   // from -> to
};

struct LedgerPartition {
    IntervalSet processed;
    std::int64_t processedRecords = 0;   // counting repeats
    std::int64_t duplicates = 0;         // records processed more than once
    Offset jumpFloor = 0;                // below: skipped on purpose (seek, reset, manual commit)
    Offset beforeFloor = 0;              // below: declared done by a commit before processing
    Offset maxCommitted = -1;
    // Records below the highest committed offset that the group never processed and did not skip
    // on purpose: what at-most-once lost.
    std::int64_t skipped() const;
};

struct LedgerRebalanceMember {
    std::vector<TopicPartition> revoked;
    std::vector<TopicPartition> lost;
    std::vector<TopicPartition> assigned;
};

struct LedgerRebalance {
    SimTime start = 0;
    SimTime end = -1;                    // -1 while it runs
    std::int32_t fromGeneration = 0;
    std::int32_t generation = -1;        // the generation it ended in
    Text reason;
    BrokerId coordinator = kNoNode;
    std::map<std::string, std::string> memberIds;                 // client.id -> member id, at the end
    std::map<std::string, LedgerRebalanceMember> members;         // by client.id
};

struct LedgerGroup {
    std::map<TopicPartition, LedgerPartition> partitions;
    std::map<TopicPartition, std::map<std::string, std::int32_t>> owners;   // client.id -> generation
    std::vector<LedgerRebalance> history;
    std::map<std::string, LedgerRebalanceMember> pendingRevocations;      // before the next rebalance starts
    std::optional<GroupStabilized> lastStable;
};

class GroupLedger {
public:
    using Violate = std::function<void(Text invariant, Text detail)>;
    // The log end offset of a partition's leader, or nothing when it should not be checked.
    using LogEnd = std::function<std::optional<Offset>(const TopicPartition&)>;

    void apply(const GroupObservation& observation, SimTime now, const LogEnd& logEnd, const Violate& violate);

    const std::map<std::string, LedgerGroup>& groups() const { return groups_; }
    const LedgerGroup* group(const std::string& id) const;
    std::int64_t duplicates(const std::string& group) const;
    std::int64_t skipped(const std::string& group) const;
    std::int64_t processed(const std::string& group) const;

private:
    LedgerRebalance* openRebalance(LedgerGroup& g);

    std::map<std::string, LedgerGroup> groups_;
};

}  // namespace ks
