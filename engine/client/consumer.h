#pragma once
// A Kafka consumer and the application around it. The consumer fetches from partition leaders up
// to the high watermark, keeps a position per partition (the next offset poll() returns) apart from
// the committed offset (the group's bookmark, stored by the group coordinator), and takes part in
// its group with the classic protocol: FindCoordinator, JoinGroup, SyncGroup, Heartbeat, LeaveGroup,
// eager or cooperative rebalancing, static membership.
//
// The application is a poll loop: poll() hands out at most max.poll.records records, the
// application processes them (processing.ms of simulated time per record) and polls again. It
// commits automatically (enable.auto.commit, inside poll), or itself after processing
// (at-least-once) or right after poll, before processing (at-most-once). Rebalances run inside
// poll(), as in Kafka: a consumer busy processing joins only when it polls again, and one that does
// not poll within max.poll.interval.ms leaves the group.
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "group/assignors.h"
#include "sim/node.h"

namespace ks {

enum class OffsetReset { Earliest, Latest, None };
enum class CommitMode { None, AfterProcessing, BeforeProcessing };
const char* offsetResetName(OffsetReset reset);
const char* commitModeName(CommitMode mode);

struct ConsumerConfig {
    NodeId id = 2001;
    std::string clientId = "consumer-1";                // client.id
    std::vector<BrokerId> bootstrap;
    std::string groupId;                                // group.id; empty: no group
    std::vector<std::string> topics;                    // subscribe(); without a group: every partition
    std::vector<TopicPartition> manualAssignment;       // assign(): no group membership
    std::vector<std::string> assignors = {"range", "cooperative-sticky"};  // partition.assignment.strategy
    std::optional<std::string> groupInstanceId;         // group.instance.id (static membership)
    SimTime sessionTimeout = millis(45000);             // session.timeout.ms
    SimTime heartbeatInterval = millis(3000);           // heartbeat.interval.ms
    SimTime maxPollInterval = millis(300000);           // max.poll.interval.ms (also the rebalance timeout)
    std::int32_t maxPollRecords = 500;                  // max.poll.records
    std::int32_t fetchMinBytes = 1;                     // fetch.min.bytes
    SimTime fetchMaxWait = millis(500);                 // fetch.max.wait.ms
    std::int32_t fetchMaxBytes = 52428800;              // fetch.max.bytes
    OffsetReset autoOffsetReset = OffsetReset::Latest;  // auto.offset.reset
    bool enableAutoCommit = true;                       // enable.auto.commit
    SimTime autoCommitInterval = millis(5000);          // auto.commit.interval.ms
    SimTime requestTimeout = millis(30000);             // request.timeout.ms
    SimTime retryBackoff = millis(100);                 // retry.backoff.ms
    SimTime retryBackoffMax = millis(1000);             // retry.backoff.max.ms
    SimTime metadataMaxAge = millis(300000);            // metadata.max.age.ms
    SimTime apiTimeout = millis(60000);                 // default.api.timeout.ms (commitSync, close)
    std::string clientRack;                             // client.rack (KIP-392)
    // The application (simulation settings, not Kafka's):
    SimTime processingPerRecord = 0;                    // processing.ms
    CommitMode commitMode = CommitMode::None;           // commit=after|before|none
    bool commitAsync = false;                           // commit.async: commitAsync() instead of commitSync()

    bool usesGroupManagement() const { return !groupId.empty() && manualAssignment.empty(); }
    RebalanceProtocol rebalanceProtocol() const;
};

struct ConsumerStats {
    std::int64_t polled = 0;            // records poll() returned
    std::int64_t processed = 0;         // records the application finished
    std::int64_t commits = 0;           // commit requests answered without error
    std::int64_t commitFailures = 0;
    std::int64_t rebalances = 0;        // generations joined
};

// What the consumer knows about one partition it owns.
struct ConsumerPartition {
    Offset position = -1;               // the next offset poll() returns; -1 until known
    Offset committed = -1;              // the last committed offset it knows of
    Offset highWatermark = -1;          // as of the last fetch
    Text error;                         // e.g. no committed offset with auto.offset.reset=none
};

class Consumer final : public Node {
public:
    explicit Consumer(ConsumerConfig config);

    NodeId id() const override { return config_.id; }
    void start(NodeContext& ctx) override;
    void onMessage(NodeContext& ctx, NodeId from, Message message) override;
    void onTimer(NodeContext& ctx, std::uint64_t token) override;
    std::unique_ptr<Node> clone(CloneMap& shared) const override;

    // Commands from outside (the scenario, the GUI). Each returns an error message, or nothing.
    std::optional<Text> commit(NodeContext& ctx);
    std::optional<Text> seek(NodeContext& ctx, const TopicPartition& tp, Offset offset);
    std::optional<Text> seekToBeginning(NodeContext& ctx, const TopicPartition& tp);
    std::optional<Text> seekToEnd(NodeContext& ctx, const TopicPartition& tp);
    // The first record at or after `timestamp` (ListOffsets by time).
    std::optional<Text> seekToTimestamp(NodeContext& ctx, const TopicPartition& tp, SimTime timestamp);
    // close(): finish the batch in hand, commit (auto-commit), leave the group, stop.
    void close(NodeContext& ctx);

    const ConsumerConfig& config() const { return config_; }
    const ConsumerStats& stats() const { return stats_; }
    const std::string& memberId() const { return memberId_; }
    std::int32_t generation() const { return generation_; }
    BrokerId coordinator() const { return coordinator_; }
    const std::map<TopicPartition, ConsumerPartition>& assignment() const { return owned_; }
    // The broker it fetches `tp` from: the leader it knows, or a follower the leader pointed it to.
    BrokerId readReplica(const TopicPartition& tp) const;
    // unjoined, joining, syncing, stable; closed; failed: ...
    std::string memberState() const;
    // polling, processing, committing, closed, failed
    std::string appState() const;
    bool closed() const { return app_ == App::Closed; }
    const Text& fatalError() const { return fatal_; }

private:
    // Copies every field as it is (for clone()).
    Consumer(const Consumer&) = default;
    enum class Member { Unjoined, Joining, Syncing, Stable };
    enum class App { Polling, Processing, Committing, Closing, Closed, Failed };
    struct Buffered {
        std::deque<StoredBatch> batches;
        Offset from = -1;               // the offset the data starts at (== the position when fetched)
    };
    struct FetchInFlight {
        BrokerId broker = kNoNode;
        std::map<TopicPartition, Offset> offsets;
    };
    struct CommitInFlight {
        std::map<TopicPartition, Offset> offsets;
        CommitKind kind = CommitKind::AfterProcessing;
        bool sync = false;
        std::int32_t generation = -1;
    };
    struct PollRange {
        TopicPartition tp;
        Offset from = 0;
        Offset to = 0;
    };
    struct Batch {
        std::vector<PollRange> ranges;
        std::int64_t total = 0;
        std::int64_t done = 0;
        std::uint64_t seq = 0;
    };
    struct PendingSync {
        std::int32_t generation = -1;
        std::vector<TopicPartition> assignment;
    };
    // Why the application waits for a synchronous commit, and what it does next.
    enum class AfterCommit { Poll, Process, Join, Close };

    // The application loop.
    void runApp(NodeContext& ctx);
    bool pollOnce(NodeContext& ctx);
    void processNext(NodeContext& ctx);
    void finishBatch(NodeContext& ctx);
    void wake(NodeContext& ctx);

    // Group membership.
    bool groupStep(NodeContext& ctx);
    void findCoordinator(NodeContext& ctx);
    void markCoordinatorUnknown(NodeContext& ctx, Text why);
    void scheduleFind(NodeContext& ctx);
    void confirmCoordinator();
    bool brokerBackingOff(NodeContext& ctx, BrokerId broker) const;
    void noteBrokerFailure(NodeContext& ctx, BrokerId broker);
    void sendJoin(NodeContext& ctx);
    void requestRejoin(NodeContext& ctx, Text why);
    void resetGeneration(bool resetMemberId);
    void handleJoinResponse(NodeContext& ctx, const JoinGroupResponse& response);
    void handleSyncResponse(NodeContext& ctx, const SyncGroupResponse& response);
    void applyAssignment(NodeContext& ctx, const PendingSync& sync);
    void revoke(NodeContext& ctx, const std::vector<TopicPartition>& partitions, bool lost, Text why);
    void sendHeartbeat(NodeContext& ctx);
    void handleHeartbeatResponse(NodeContext& ctx, const HeartbeatResponse& response);
    void pollTimeoutExpired(NodeContext& ctx);
    void sendLeave(NodeContext& ctx, Text reason);
    void fail(NodeContext& ctx, Text why);

    // Offsets.
    void ensurePositions(NodeContext& ctx);
    void handleOffsetFetchResponse(NodeContext& ctx, const OffsetFetchResponse& response);
    void resetPosition(NodeContext& ctx, const TopicPartition& tp, std::int64_t timestamp, Text why);
    void sendListOffsets(NodeContext& ctx);
    void handleListOffsetsResponse(NodeContext& ctx, const ListOffsetsResponse& response);
    void setPosition(NodeContext& ctx, const TopicPartition& tp, Offset offset, bool jump);
    std::map<TopicPartition, Offset> consumedPositions(const std::vector<TopicPartition>* only = nullptr) const;
    // Sends a commit; returns its correlation id, or 0 when there was nothing to commit.
    std::int64_t sendCommit(NodeContext& ctx, std::map<TopicPartition, Offset> offsets, CommitKind kind, bool sync);
    void flushCommits(NodeContext& ctx);
    void handleCommitResponse(NodeContext& ctx, const OffsetCommitResponse& response);
    void waitForCommit(std::int64_t correlationId, AfterCommit next);
    void finishSyncCommit(NodeContext& ctx);
    void finishClose(NodeContext& ctx);

    // Fetching and metadata.
    void sendFetches(NodeContext& ctx);
    void handleFetchResponse(NodeContext& ctx, NodeId from, FetchResponse response);
    void requestMetadata(NodeContext& ctx);
    void handleMetadata(NodeContext& ctx, const MetadataResponse& response);
    void handleDisconnected(NodeContext& ctx, NodeId peer);
    void failRequest(NodeContext& ctx, std::int64_t correlationId);

    std::int64_t nextCorrelation() { return nextCorrelation_++; }
    void setRequestTimer(NodeContext& ctx, std::int64_t correlationId, SimTime timeout);
    SimTime backoff(int attempts) const;
    NodeId anyBroker(NodeContext& ctx);
    void emit(NodeContext& ctx, EventKind kind, Text text, bool verbose = false,
              std::vector<std::string> extraSubjects = {}) const;
    std::vector<TopicPartition> ownedList() const;
    bool owns(const TopicPartition& tp) const { return owned_.count(tp) > 0; }

    ConsumerConfig config_;
    ConsumerStats stats_;
    App app_ = App::Polling;
    Text fatal_;
    bool inAppLoop_ = false;
    bool wakeRequested_ = false;
    SimTime lastPoll_ = 0;
    std::optional<Batch> batch_;
    std::uint64_t batchSeq_ = 0;
    bool closeRequested_ = false;

    // Metadata
    std::map<std::string, std::vector<BrokerId>> leaders_;    // topic -> leader per partition
    std::vector<BrokerId> liveBrokers_;
    std::int64_t metadataCorrelation_ = 0;
    BrokerId metadataBroker_ = kNoNode;
    SimTime lastMetadata_ = -1;
    int metadataAttempts_ = 0;
    bool metadataRetryScheduled_ = false;
    std::size_t bootstrapIndex_ = 0;

    // Group
    Member member_ = Member::Unjoined;
    BrokerId coordinator_ = kNoNode;
    bool coordinatorConfirmed_ = false;                       // it answered a group request since found
    std::map<BrokerId, std::pair<int, SimTime>> brokerBackoff_;   // failed attempts, retry not before
    std::int64_t findCorrelation_ = 0;
    int findAttempts_ = 0;
    bool findRetryScheduled_ = false;
    std::string memberId_;
    std::int32_t generation_ = -1;
    std::string protocol_;
    bool isLeader_ = false;
    bool rejoinNeeded_ = false;
    Text rejoinReason_;
    bool joinPrepared_ = false;
    bool generationLost_ = false;
    std::int64_t joinCorrelation_ = 0;
    std::int64_t syncCorrelation_ = 0;
    std::optional<PendingSync> pendingSync_;
    std::int64_t heartbeatCorrelation_ = 0;
    SimTime heartbeatSentAt_ = 0;
    std::uint64_t heartbeatTimerSeq_ = 0;
    std::int64_t leaveCorrelation_ = 0;
    std::map<std::string, int> assignedTopicCounts_;          // the metadata the leader assigned with
    std::vector<TopicPartition> lastAssignment_;              // for the eager sticky assignor's userData
    std::int32_t lastAssignmentGeneration_ = -1;

    // Partitions and offsets
    std::map<TopicPartition, ConsumerPartition> owned_;
    std::map<TopicPartition, Buffered> buffers_;
    std::set<TopicPartition> awaitingCommitted_;
    std::map<TopicPartition, std::int64_t> pendingResets_;    // tp -> ListOffsets timestamp
    std::map<TopicPartition, Text> pendingResetWhy_;
    std::set<TopicPartition> resetsInFlight_;
    std::int64_t offsetFetchCorrelation_ = 0;
    std::map<std::int64_t, std::vector<TopicPartition>> listOffsetsInFlight_;
    std::map<std::int64_t, FetchInFlight> fetches_;
    std::map<TopicPartition, std::pair<BrokerId, SimTime>> preferred_;   // KIP-392: read from, until
    std::map<TopicPartition, BrokerId> announcedReplica_;                // the last one the event log named
    std::set<BrokerId> fetchingFrom_;
    std::map<std::int64_t, CommitInFlight> commits_;
    std::vector<CommitInFlight> unsentCommits_;
    std::int64_t awaitedCommit_ = 0;
    AfterCommit afterCommit_ = AfterCommit::Poll;
    SimTime syncCommitDeadline_ = 0;
    SimTime nextAutoCommit_ = 0;
    SimTime autoCommitWake_ = -1;
    std::size_t roundRobin_ = 0;
    std::int64_t nextCorrelation_ = 1;
};

}  // namespace ks
