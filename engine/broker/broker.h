#pragma once
// A Kafka broker: hosts partition replicas, leads some and follows others, answers producers and
// fetchers, registers and heartbeats with the controller and replays the metadata log it fetches.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "group/group_coordinator.h"
#include "log/partition_log.h"
#include "metadata/image.h"
#include "metrics/metrics.h"
#include "sim/node.h"
#include "zookeeper/zk_broker_agent.h"

namespace ks {

// What survives a broker crash: its disk.
struct BrokerStorage {
    std::map<TopicPartition, PartitionLog> logs;
};

enum class BrokerState { Registering, Fenced, Running };
const char* brokerStateName(BrokerState state);

struct FollowerState {
    Offset logEndOffset = -1;           // -1 until it fetches
    SimTime lastCaughtUpTime = 0;
    Offset lastFetchLeaderLogEndOffset = 0;
    SimTime lastFetchTime = 0;
};

struct ReplicaState {
    TopicPartition tp;
    PartitionLog* log = nullptr;
    bool isLeader = false;
    BrokerId leader = kNoNode;
    LeaderEpoch leaderEpoch = -1;
    PartitionEpoch partitionEpoch = -1;
    std::vector<BrokerId> replicas;
    std::vector<BrokerId> isr;                          // as the controller committed it
    std::optional<std::vector<BrokerId>> pendingIsr;    // an AlterPartition in flight
    SimTime pendingIsrSince = 0;
    Offset leaderEpochStartOffset = 0;
    std::map<BrokerId, FollowerState> followers;

    // Kafka's "maximal ISR": while an expansion is in flight the leader already counts the new member.
    std::vector<BrokerId> maximalIsr() const;
};

struct BrokerConfig {
    BrokerId id = kNoNode;
    std::vector<NodeId> controllers;     // the controller quorum (KRaft)
    std::vector<NodeId> zookeepers;      // ZooKeeper mode: the ensemble (then `controllers` is unused)
    std::shared_ptr<BrokerMetrics> metrics;   // its counters; a fresh set when none is given
};

class Broker final : public Node {
public:
    Broker(BrokerConfig config, std::shared_ptr<BrokerStorage> storage);
    ~Broker() override;

    NodeId id() const override { return config_.id; }
    void start(NodeContext& ctx) override;
    void onMessage(NodeContext& ctx, NodeId from, Message message) override;
    void onTimer(NodeContext& ctx, std::uint64_t token) override;
    std::unique_ptr<Node> clone(CloneMap& shared) const override;

    BrokerState state() const { return state_; }
    std::int64_t brokerEpoch() const { return brokerEpoch_; }
    const MetadataImage& metadata() const { return image_; }
    const std::map<TopicPartition, ReplicaState>& replicas() const { return replicas_; }
    const GroupCoordinator& groupCoordinator() const { return coordinator_; }
    // Faults (broker_faults.cpp). A slow follower: every replica fetcher waits `delay` between two
    // fetches. A full disk: the next write fails with an I/O error and takes the log dir offline.
    void setReplicaFetchDelay(NodeContext& ctx, SimTime delay);
    SimTime replicaFetchDelay() const { return replicaFetchDelay_; }
    void fillDisk(NodeContext& ctx);
    bool diskFull() const { return diskFull_; }
    bool logDirOffline() const { return logDirOffline_; }
    const BrokerMetrics& metrics() const { return *config_.metrics; }
    // ZooKeeper mode: whether this broker is the controller, and its controller epoch.
    bool isZkController() const;
    std::int32_t zkControllerEpoch() const;

private:
    friend class ZkBrokerAgent;
    // Copies every field as it is; clone() then points the copy at its own disk, metrics and code.
    Broker(const Broker&) = default;

    // ZooKeeper mode: metadata the controller pushed, as records for the image.
    void applyMetadata(NodeContext& ctx, const std::vector<MetadataRecord>& records);

    struct PendingProduce {
        NodeId client = kNoNode;
        CorrelationId correlationId = 0;
        SimTime arrived = 0;
        int remaining = 0;
        std::vector<ProducePartitionResponse> results;
        TimerId timeout;             // kProduceTimeout, cancelled once the response goes out
    };
    struct ProduceWaiter {
        Offset requiredOffset = 0;
        std::uint64_t produceId = 0;
        std::size_t index = 0;
    };
    struct ParkedFetch {
        NodeId from = kNoNode;
        FetchRequest request;
        SimTime arrived = 0;
        TimerId timeout;             // kParkedFetchTimeout, cancelled when data wakes the fetch
    };
    struct Fetcher {
        bool inFlight = false;
        bool delayed = false;        // waiting out the slow follower's delay
        SimTime lastSent = -1;
        CorrelationId correlationId = 0;
        TimerId timeout;             // kFetcherTimeout, cancelled when the response arrives
    };

    // Requests
    void handleProduce(NodeContext& ctx, NodeId from, ProduceRequest request);
    void handleFetch(NodeContext& ctx, NodeId from, FetchRequest request);
    void handleMetadata(NodeContext& ctx, NodeId from, const MetadataRequest& request);
    // Responses
    void handleFetchResponse(NodeContext& ctx, NodeId from, FetchResponse response);
    void handleMetadataFetchResponse(NodeContext& ctx, MetadataFetchResponse response);
    // The metadata records this broker needs are gone from the log: it loads the controller's snapshot.
    void handleFetchSnapshotResponse(NodeContext& ctx, NodeId from, FetchSnapshotResponse response);
    void handleHeartbeatResponse(NodeContext& ctx, NodeId from, const BrokerHeartbeatResponse& response);
    void handleAlterPartitionResponse(NodeContext& ctx, const AlterPartitionResponse& response);
    void handleDisconnected(NodeContext& ctx, NodeId peer);

    // Leader side
    bool buildFetchResponse(NodeContext& ctx, NodeId from, const FetchRequest& request, bool firstTime,
                            FetchResponse* out);
    // Answers a fetch that arrived at `arrived`, counting a consumer's for the broker's metrics.
    void sendFetchResponse(NodeContext& ctx, NodeId to, const FetchRequest& request, SimTime arrived,
                           FetchResponse response);
    void updateFollowerState(NodeContext& ctx, ReplicaState& r, BrokerId follower, Offset fetchOffset);
    void maybeIncrementHighWatermark(NodeContext& ctx, ReplicaState& r);
    void completeProduceWaiters(NodeContext& ctx, ReplicaState& r);
    void finishProduce(NodeContext& ctx, std::uint64_t produceId);
    void failProduceWaiters(NodeContext& ctx, const TopicPartition& tp, KafkaError error);
    // Answers the parked fetches that are ready now: every one, or (touched given) those that ask for
    // one of the touched partitions, as Kafka's fetch purgatory completes by partition.
    void wakeParkedFetches(NodeContext& ctx, const std::vector<TopicPartition>* touched = nullptr);
    void checkIsrShrink(NodeContext& ctx);
    void proposeIsr(NodeContext& ctx, ReplicaState& r, std::vector<BrokerId> newIsr, Text why);
    // IsrShrinksPerSec / IsrExpandsPerSec: counts the leader's own proposal once `committed` shows it.
    void countIsrChange(const ReplicaState& r, const std::vector<BrokerId>& committed);

    // Follower side
    void sendFetch(NodeContext& ctx, BrokerId leader);
    void truncateOnDivergence(NodeContext& ctx, ReplicaState& r, const EpochEndOffset& diverging, BrokerId leader);

    // Metadata
    void sendRegistration(NodeContext& ctx);
    void sendHeartbeat(NodeContext& ctx);
    void sendMetadataFetch(NodeContext& ctx);
    void publishMetadata(NodeContext& ctx);
    void becomeLeader(NodeContext& ctx, ReplicaState& r, const PartitionRegistration& reg);
    void becomeFollower(NodeContext& ctx, ReplicaState& r, const PartitionRegistration& reg);
    void removeReplica(NodeContext& ctx, const TopicPartition& tp);
    NodeId controller() const;
    // Turns to the controller a NOT_CONTROLLER answer named; when it named none, `from` failed.
    void followControllerHint(NodeId hint, NodeId from);
    // `which` did not answer: if it is the one this broker talks to, try the next controller.
    void controllerFailed(NodeId which);
    int minInsyncReplicas(const TopicPartition& tp) const;
    std::int64_t brokerConfig(const char* key) const;

    void applyRetention(NodeContext& ctx);
    // The group coordinator's view of this broker (defined in broker_groups.cpp).
    GroupCoordinatorHost makeCoordinatorHost();
    // KIP-392 (broker_groups.cpp): the replica a consumer in `rack` should read from instead of this
    // leader, or kNoNode; and answering consumers parked at this follower once its HW moves.
    BrokerId preferredReadReplica(const ReplicaState& r, const std::string& rack, Offset fetchOffset) const;
    void wakeParkedFollowerReads(NodeContext& ctx);
    // A write hit the full disk: the log dir goes offline with every replica in it (broker_faults.cpp).
    void failLogDir(NodeContext& ctx, const TopicPartition& tp);
    // Whether the metadata places a replica of `tp` on this broker.
    bool hostsReplica(const TopicPartition& tp) const;

    BrokerConfig config_;
    std::shared_ptr<BrokerStorage> storage_;
    BrokerState state_ = BrokerState::Registering;
    std::int64_t brokerEpoch_ = -1;
    std::size_t controllerIndex_ = 0;
    bool heartbeatInFlight_ = false;
    NodeId heartbeatTarget_ = kNoNode;
    NodeId metadataFetchTarget_ = kNoNode;
    NodeId registrationTarget_ = kNoNode;
    bool registrationInFlight_ = false;
    std::uint64_t registrationGeneration_ = 0;
    std::uint64_t heartbeatGeneration_ = 0;
    MetadataImage image_;
    bool metadataFetchInFlight_ = false;
    std::uint64_t metadataFetchSeq_ = 0;
    bool caughtUpOnce_ = false;
    std::map<TopicPartition, ReplicaState> replicas_;
    std::map<std::uint64_t, PendingProduce> pendingProduces_;
    std::map<TopicPartition, std::vector<ProduceWaiter>> produceWaiters_;
    std::map<std::uint64_t, ParkedFetch> parkedFetches_;
    std::map<BrokerId, Fetcher> fetchers_;
    std::uint64_t nextId_ = 1;
    std::set<TopicPartition> alterPartitionInFlight_;
    SimTime replicaFetchDelay_ = 0;
    bool diskFull_ = false;
    bool logDirOffline_ = false;
    std::optional<ZkBrokerAgent> zk_;
    GroupCoordinator coordinator_{makeCoordinatorHost()};
};

}  // namespace ks
