#pragma once
// Checkers, not hopes: the invariants every run is held to. The checker listens to the engine's
// hooks and records each violation with the time it happened.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "check/group_ledger.h"
#include "metadata/image.h"
#include "sim/node.h"
#include "zookeeper/znode_tree.h"

namespace ks {

// What the checker may look at: every replica's log.
class ClusterView {
public:
    virtual ~ClusterView() = default;
    virtual const PartitionLog* replicaLog(BrokerId broker, const TopicPartition& tp) const = 0;
    virtual SimTime currentTime() const = 0;
};

// The invariant and what broke it, as Texts (docs/ENGINE-TEXT.md): invariant.str() is the English.
struct Violation {
    SimTime time = 0;
    Text invariant;
    Text detail;
};

class InvariantChecker final : public ClusterObserver {
public:
    explicit InvariantChecker(const ClusterView& view) : view_(&view) {}
    // A checkpoint's copy of a cluster: the checker copied with it looks at the copy. The reporters
    // are the caller's to set again.
    InvariantChecker(const InvariantChecker& other, const ClusterView& view) : InvariantChecker(other) {
        view_ = &view;
        reporter_ = nullptr;
        lossReporter_ = nullptr;
        partitionStateListener_ = nullptr;
    }

    void setReporter(std::function<void(const Violation&)> reporter) { reporter_ = std::move(reporter); }
    // Reports what an unclean election threw away (the event log says which acknowledged records).
    void setLossReporter(std::function<void(const TopicPartition&, std::int64_t, Offset, Offset)> reporter) {
        lossReporter_ = std::move(reporter);
    }
    // Hears every partition state the quorum commits, after the checks (for the election metrics).
    void setPartitionStateListener(std::function<void(const TopicPartition&, const PartitionRegistration&, bool)> listener) {
        partitionStateListener_ = std::move(listener);
    }

    void onAppend(BrokerId broker, const TopicPartition& tp, const StoredBatch& batch, bool asLeader) override;
    void onHighWatermark(BrokerId broker, const TopicPartition& tp, LeaderEpoch epoch, Offset hw) override;
    void onBecomeLeader(BrokerId broker, const TopicPartition& tp, LeaderEpoch epoch) override;
    void onTruncate(BrokerId broker, const TopicPartition& tp, Offset to, std::int64_t removed) override;
    void onReplicaDeleted(BrokerId broker, const TopicPartition& tp) override;
    void onMetadataCommitted(NodeId controller, Offset offset, const MetadataEntry& entry) override;
    void onQuorumLeader(NodeId controller, std::int32_t epoch) override;
    // A snapshot holds exactly what the committed entries before its end offset build.
    void onMetadataSnapshot(NodeId controller, const MetadataSnapshot& snapshot, bool loaded) override;
    void onProduceAcked(NodeId producer, const TopicPartition& tp, Offset offset, const StoredBatch& batch,
                        int acks) override;
    // Consumer groups: ownership per generation, commits against the log end, commit-after-processing.
    void onGroup(const GroupObservation& observation) override;

    // With unclean election off, every record acknowledged with acks=all is still in its
    // partition's leader log at the offset it was acknowledged at (unless retention deleted it).
    void checkAcknowledgedRecords();

    const std::vector<Violation>& violations() const { return violations_; }
    // The cluster's metadata as committed by the quorum: what the cluster knows for sure.
    const MetadataImage& committedMetadata() const { return committed_; }
    std::int64_t acknowledgedAllRecords() const { return acknowledgedAll_; }
    // How many acknowledged acks=all batches the checker still holds (retention frees them).
    std::size_t acknowledgedBatchesKept() const;
    const GroupLedger& groupLedger() const { return groups_; }

private:
    InvariantChecker(const InvariantChecker&) = default;

    struct AckedRange {
        Offset offset = 0;
        std::uint32_t count = 0;
        const RecordBatchData* data = nullptr;
        std::uint32_t first = 0;
        SharedBatchData keepAlive;
        LeaderEpoch epoch = -1;       // the leader epoch the records were written in
    };

    void violate(Text invariant, Text detail);
    void checkPartitionState(const TopicPartition& tp, bool unclean);
    void applyZooKeeperTxn(const ZkTxnRecord& txn, Offset offset);
    void forgetTopic(const std::string& topic);
    void forgetDeletedRanges(const TopicPartition& tp, const PartitionRegistration& reg, std::vector<AckedRange>& ranges);
    // How many records of `range` are no longer at their offsets in `log`; first and last such offsets.
    std::int64_t missingRecords(const AckedRange& range, const PartitionLog& log, Offset& firstMissing,
                                Offset& lastMissing) const;

    const ClusterView* view_;
    std::function<void(const Violation&)> reporter_;
    std::function<void(const TopicPartition&, std::int64_t, Offset, Offset)> lossReporter_;
    std::function<void(const TopicPartition&, const PartitionRegistration&, bool)> partitionStateListener_;
    std::vector<Violation> violations_;
    MetadataImage committed_;
    ZnodeTree znodes_;                   // ZooKeeper mode: the committed znodes
    std::vector<std::pair<std::int32_t, std::string>> committedEntries_;   // epoch and text, per offset
    std::vector<MetadataRecord> committedRecords_;                         // KRaft: the records, per offset
    // Per controller, the image the committed prefix [0, offset) builds, replayed up to its latest snapshot.
    std::map<NodeId, std::pair<MetadataImage, Offset>> snapshotReplays_;
    std::map<std::int32_t, NodeId> quorumLeaders_;
    std::map<std::pair<BrokerId, TopicPartition>, Offset> nextOffset_;
    std::map<std::pair<BrokerId, TopicPartition>, std::pair<LeaderEpoch, Offset>> highWatermarks_;
    std::map<std::pair<TopicPartition, LeaderEpoch>, BrokerId> leaders_;
    std::map<TopicPartition, LeaderEpoch> lastLeaderEpoch_;
    std::map<TopicPartition, LeaderEpoch> uncleanEpoch_;   // the epoch an unclean election began
    std::map<TopicPartition, std::vector<AckedRange>> acked_;
    std::map<TopicPartition, std::size_t> verified_;   // ranges checked since the partition was last dirty
    std::set<TopicPartition> dirty_;                   // something since then could have removed records
    std::int64_t acknowledgedAll_ = 0;
    GroupLedger groups_;
};

}  // namespace ks
