#pragma once
// One voter of the KRaft controller quorum (KIP-595): Raft with pull-based replication. Followers
// fetch from the leader; the leader commits an offset (moves the high watermark) once a majority
// of voters has it and it holds an entry of the leader's own epoch. Elections use randomized
// timeouts drawn from the node's seeded RNG and a pre-vote round (KIP-996), and a leader that stops
// hearing from a majority resigns (check quorum).
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <memory>
#include <vector>

#include "sim/node.h"

namespace ks {

// What survives a controller crash: the Raft epoch, its vote, the log and the latest snapshot.
struct QuorumStorage {
    std::int32_t epoch = 0;
    NodeId votedFor = kNoNode;
    Offset logStartOffset = 0;                    // the offset of entries[0]; what is before it is in `snapshot`
    std::vector<MetadataEntry> entries;
    std::optional<MetadataSnapshot> snapshot;     // the latest snapshot (KIP-630)
};

enum class RaftRole { Unattached, Follower, Prospective, Candidate, Leader };
const char* raftRoleName(RaftRole role);

struct RaftConfig {
    SimTime electionTimeout = millis(1000);     // controller.quorum.election.timeout.ms
    SimTime fetchTimeout = millis(2000);        // controller.quorum.fetch.timeout.ms
    SimTime electionBackoffMax = millis(1000);  // controller.quorum.election.backoff.max.ms
    std::int32_t fetchMaxWaitMs = 500;
    std::string label = "controller";           // how the event log names the voters
};

// The controller the quorum serves.
class RaftListener {
public:
    virtual ~RaftListener() = default;
    virtual void onBecomeLeader(NodeContext& ctx) = 0;
    virtual void onLoseLeadership(NodeContext& ctx) = 0;
    virtual void onCommit(NodeContext& ctx, Offset highWatermark) = 0;
    // A follower behind the leader's log start replaced its log with the leader's snapshot. A quorum
    // that never writes snapshots (ZooKeeper's ensemble here) never gets this.
    virtual void onSnapshotLoaded(NodeContext&, const MetadataSnapshot&) {}
};

class RaftReplica {
public:
    // Timer tokens at or above this belong to the quorum.
    static constexpr std::uint64_t kTimerBase = 0x40ULL << 56;

    RaftReplica(NodeId id, std::vector<NodeId> voters, std::shared_ptr<QuorumStorage> storage, RaftListener& listener,
                RaftConfig config = {});

    void start(NodeContext& ctx);
    // A checkpoint's copy of the node that holds this replica: the copy keeps its own copy of the
    // storage and tells `listener`, the copied node.
    void rebind(CloneMap& shared, RaftListener& listener) {
        storage_ = shared.copy(storage_);
        listener_ = &listener;
    }
    // Handles a quorum message; false when the message is not one.
    bool handle(NodeContext& ctx, NodeId from, Message& message);
    void handleTimer(NodeContext& ctx, std::uint64_t token);
    void onDisconnected(NodeContext& ctx, NodeId peer);

    // The leader appends a record; returns its offset.
    Offset append(NodeContext& ctx, MetadataRecord record);
    // Stores `image` (what the committed entries [0, endOffset) build) as the latest snapshot and
    // deletes the entries before endOffset: the log start moves to endOffset.
    const MetadataSnapshot& writeSnapshot(std::shared_ptr<const MetadataImage> image, Offset endOffset);

    RaftRole role() const { return role_; }
    bool isLeader() const { return role_ == RaftRole::Leader; }
    std::int32_t epoch() const { return storage_->epoch; }
    NodeId leaderId() const { return leaderId_; }
    NodeId votedFor() const { return storage_->votedFor; }
    Offset highWatermark() const { return highWatermark_; }
    Offset logStartOffset() const { return storage_->logStartOffset; }
    Offset logEndOffset() const { return storage_->logStartOffset + static_cast<Offset>(storage_->entries.size()); }
    // The entry at `offset`, which must be in [logStartOffset(), logEndOffset()).
    const MetadataEntry& entryAt(Offset offset) const {
        return storage_->entries[static_cast<std::size_t>(offset - storage_->logStartOffset)];
    }
    const std::optional<MetadataSnapshot>& latestSnapshot() const { return storage_->snapshot; }
    const std::vector<NodeId>& voters() const { return voters_; }

private:
    struct VoterState {
        Offset logEndOffset = -1;
        SimTime lastFetch = -1;
    };
    struct ParkedFetch {
        NodeId from = kNoNode;
        QuorumFetchRequest request;
    };

    void handleVote(NodeContext& ctx, NodeId from, const VoteRequest& request);
    void handleVoteResponse(NodeContext& ctx, NodeId from, const VoteResponse& response);
    void handleBeginEpoch(NodeContext& ctx, const BeginQuorumEpochRequest& request);
    void handleFetch(NodeContext& ctx, NodeId from, const QuorumFetchRequest& request);
    void handleFetchResponse(NodeContext& ctx, NodeId from, QuorumFetchResponse response);
    void handleFetchSnapshot(NodeContext& ctx, NodeId from, const FetchSnapshotRequest& request);
    void handleFetchSnapshotResponse(NodeContext& ctx, NodeId from, FetchSnapshotResponse response);

    void becomeUnattached(NodeContext& ctx, std::int32_t epoch);
    void becomeFollower(NodeContext& ctx, std::int32_t epoch, NodeId leader, bool heardFromLeader);
    void becomeProspective(NodeContext& ctx);
    void becomeCandidate(NodeContext& ctx);
    void becomeLeader(NodeContext& ctx);
    void resetElectionTimer(NodeContext& ctx, SimTime timeout);
    SimTime randomElectionTimeout(NodeContext& ctx) const;
    void sendFetch(NodeContext& ctx);
    void sendFetchSnapshot(NodeContext& ctx, const SnapshotId& id);
    bool buildFetchResponse(const QuorumFetchRequest& request, QuorumFetchResponse& out) const;
    void answerParkedFetches(NodeContext& ctx);
    void maybeAdvanceHighWatermark(NodeContext& ctx);
    void setHighWatermark(NodeContext& ctx, Offset hw);
    bool candidateLogIsUpToDate(std::int32_t lastEpoch, Offset lastOffset) const;
    std::int32_t lastEpoch() const;
    EpochEndOffset endOffsetForEpoch(std::int32_t epoch) const;
    int majority() const { return static_cast<int>(voters_.size()) / 2 + 1; }
    void emit(NodeContext& ctx, Text text, bool verbose = false) const;

    NodeId id_;
    std::vector<NodeId> voters_;
    std::shared_ptr<QuorumStorage> storage_;
    RaftListener* listener_;
    RaftConfig config_;
    RaftRole role_ = RaftRole::Unattached;
    NodeId leaderId_ = kNoNode;
    Offset highWatermark_ = 0;
    SimTime lastLeaderContact_ = -1;
    std::uint64_t electionGeneration_ = 0;
    std::map<NodeId, bool> votes_;
    std::map<NodeId, VoterState> voterStates_;
    std::map<std::uint64_t, ParkedFetch> parked_;
    std::uint64_t nextParkId_ = 1;
    bool fetchInFlight_ = false;
    bool reportedNoQuorum_ = false;
    std::uint64_t fetchGeneration_ = 0;
};

}  // namespace ks
