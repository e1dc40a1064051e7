#pragma once
// A KRaft controller. The controllers form a Raft quorum over the __cluster_metadata log; the
// quorum leader is the active controller: it registers and fences brokers by their heartbeats,
// elects partition leaders, changes ISRs and creates topics, by appending metadata records, and it
// answers a request once its records are committed. Brokers fetch committed records from it.
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "metadata/image.h"
#include "raft/raft_replica.h"
#include "sim/node.h"

namespace ks {

struct ControllerConfig {
    NodeId id = 101;
    std::vector<NodeId> voters{101};
    // When to snapshot the metadata log (KIP-630): after this many bytes of committed records
    // (metadata.log.max.record.bytes.between.snapshots), or after this long with new records
    // (metadata.log.max.snapshot.interval.ms; 0 turns the time trigger off).
    std::int64_t snapshotMaxRecordBytes = 20971520;
    SimTime snapshotInterval = millis(3600000);
};

struct BrokerHeartbeatState {
    std::int64_t epoch = -1;
    SimTime lastHeartbeat = 0;
    Offset registrationOffset = 0;
};

class Controller final : public Node, private RaftListener {
public:
    Controller(ControllerConfig config, std::shared_ptr<QuorumStorage> storage);

    NodeId id() const override { return config_.id; }
    void start(NodeContext& ctx) override;
    void onMessage(NodeContext& ctx, NodeId from, Message message) override;
    void onTimer(NodeContext& ctx, std::uint64_t token) override;
    std::unique_ptr<Node> clone(CloneMap& shared) const override;

    const MetadataImage& image() const { return image_; }
    const RaftReplica& quorum() const { return raft_; }
    bool isActive() const { return raft_.isLeader(); }
    const std::map<BrokerId, BrokerHeartbeatState>& heartbeats() const { return heartbeats_; }

private:
    // Copies every field as it is; clone() then gives the copy its own storage.
    Controller(const Controller&) = default;
    struct ParkedMetadataFetch {
        NodeId from = kNoNode;
        Offset fetchOffset = 0;
        TimerId timeout;             // kParkedFetchTimeout, cancelled when a commit wakes the fetch
    };
    struct PendingReply {
        Offset offset = 0;       // sent once this offset is committed
        NodeId to = kNoNode;
        Message message;
    };

    void onBecomeLeader(NodeContext& ctx) override;
    void onLoseLeadership(NodeContext& ctx) override;
    void onCommit(NodeContext& ctx, Offset highWatermark) override;
    void onSnapshotLoaded(NodeContext& ctx, const MetadataSnapshot& snapshot) override;
    // The latest snapshot's image, then the entries [log start, upTo).
    void rebuildImage(Offset upTo);
    // Snapshots the committed log when enough bytes or time have passed since the last snapshot.
    void maybeWriteSnapshot(NodeContext& ctx);
    // Answers `to` once everything appended so far is committed.
    void replyWhenCommitted(NodeContext& ctx, NodeId to, Message message);
    // Answers NOT_CONTROLLER with the quorum leader as hint; true when this controller is not active.
    bool redirectIfNotActive(NodeContext& ctx, NodeId from, const Message& request);

    void append(NodeContext& ctx, std::vector<MetadataRecord> records);
    void handleRegistration(NodeContext& ctx, NodeId from, const BrokerRegistrationRequest& request);
    void handleHeartbeat(NodeContext& ctx, NodeId from, const BrokerHeartbeatRequest& request);
    void handleMetadataFetch(NodeContext& ctx, NodeId from, const MetadataFetchRequest& request);
    void handleAlterPartition(NodeContext& ctx, NodeId from, const AlterPartitionRequest& request);
    void handleCreateTopics(NodeContext& ctx, NodeId from, const CreateTopicsRequest& request);
    void handleDeleteTopics(NodeContext& ctx, NodeId from, const DeleteTopicsRequest& request);
    void handleAlterConfigs(NodeContext& ctx, NodeId from, const AlterConfigsRequest& request);
    void handleElectLeaders(NodeContext& ctx, NodeId from, const ElectLeadersRequest& request);
    void handleReassignment(NodeContext& ctx, NodeId from, const AlterPartitionReassignmentsRequest& request);
    void handleUnregisterBroker(NodeContext& ctx, NodeId from, const UnregisterBrokerRequest& request);
    // Kafka's auto.leader.rebalance.enable: moves leadership back to preferred replicas.
    void rebalanceLeaders(NodeContext& ctx);
    // The record that finishes a reassignment once every target replica is in the ISR.
    std::optional<PartitionChangeRecord> completeReassignment(NodeContext& ctx, const TopicPartition& tp) const;

    void checkSessions(NodeContext& ctx);
    // Records that take a broker out of service: fence it, drop it from ISRs, move its leaderships.
    std::vector<MetadataRecord> fenceBroker(NodeContext& ctx, BrokerId broker, Text why);
    // The broker's replicas are offline (fenced, or its log dir failed): it leaves every ISR it can
    // leave, and the partitions it leads elect another leader.
    std::vector<MetadataRecord> takeReplicasOffline(NodeContext& ctx, BrokerId broker);
    // Unfenced, with its log dir online: may lead and join an ISR.
    bool eligible(BrokerId broker) const { return image_.isUnfenced(broker) && !offlineLogDirs_.count(broker); }
    // Records that bring leaderless partitions back: those `broker` hosts once it is unfenced, or all
    // of them (kNoNode) after a config change such as unclean.leader.election.enable.
    std::vector<MetadataRecord> electOfflineLeaders(NodeContext& ctx, BrokerId broker);
    std::optional<PartitionChangeRecord> electLeader(const TopicPartition& tp, const PartitionRegistration& reg,
                                                     const std::vector<BrokerId>& isr, BrokerId excluded) const;
    void sendMetadataFetchResponse(NodeContext& ctx, NodeId to, Offset fetchOffset);
    std::int64_t clusterConfig(const char* key) const;
    void describeChange(NodeContext& ctx, const PartitionChangeRecord& change);

    ControllerConfig config_;
    RaftReplica raft_;
    MetadataImage image_;
    Offset applied_ = 0;         // image_ holds entries [0, applied_)
    Offset notified_ = 0;        // committed entries reported to the observer
    std::int64_t bytesSinceSnapshot_ = 0;   // committed record bytes since the latest snapshot
    SimTime lastSnapshot_ = 0;
    std::vector<PendingReply> pendingReplies_;
    std::map<BrokerId, BrokerHeartbeatState> heartbeats_;
    std::set<BrokerId> offlineLogDirs_;   // as their heartbeats report (KIP-858)
    std::map<std::uint64_t, ParkedMetadataFetch> parkedFetches_;
    std::uint64_t nextParkId_ = 1;
    std::int64_t nextTopicId_ = 1;
};

}  // namespace ks
