#pragma once
// The KRaft controller: keeps the __cluster_metadata log and the image it builds, registers and
// fences brokers by their heartbeats, elects partition leaders, changes ISRs and creates topics.
// This is a one-node quorum: a record is committed when the controller appends it. The Raft quorum
// (several controllers) replaces how records are committed, not what they are.
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "metadata/image.h"
#include "sim/node.h"

namespace ks {

struct ControllerConfig {
    NodeId id = 101;
};

// What survives a controller crash: the metadata log on its disk.
struct MetadataLogStorage {
    std::vector<MetadataRecord> records;
};

struct BrokerHeartbeatState {
    std::int64_t epoch = -1;
    SimTime lastHeartbeat = 0;
    Offset registrationOffset = 0;
};

class Controller final : public Node {
public:
    Controller(ControllerConfig config, std::shared_ptr<MetadataLogStorage> storage);

    NodeId id() const override { return config_.id; }
    void start(NodeContext& ctx) override;
    void onMessage(NodeContext& ctx, NodeId from, Message message) override;
    void onTimer(NodeContext& ctx, std::uint64_t token) override;

    const MetadataImage& image() const { return image_; }
    const std::vector<MetadataRecord>& log() const { return log_; }
    Offset committedOffset() const { return static_cast<Offset>(log_.size()) - 1; }

    const std::map<BrokerId, BrokerHeartbeatState>& heartbeats() const { return heartbeats_; }

private:
    struct ParkedMetadataFetch {
        NodeId from = kNoNode;
        Offset fetchOffset = 0;
    };

    void append(NodeContext& ctx, std::vector<MetadataRecord> records);
    void handleRegistration(NodeContext& ctx, NodeId from, const BrokerRegistrationRequest& request);
    void handleHeartbeat(NodeContext& ctx, NodeId from, const BrokerHeartbeatRequest& request);
    void handleMetadataFetch(NodeContext& ctx, NodeId from, const MetadataFetchRequest& request);
    void handleAlterPartition(NodeContext& ctx, NodeId from, const AlterPartitionRequest& request);
    void handleCreateTopics(NodeContext& ctx, NodeId from, const CreateTopicsRequest& request);
    void handleDeleteTopics(NodeContext& ctx, NodeId from, const DeleteTopicsRequest& request);
    void handleAlterConfigs(NodeContext& ctx, NodeId from, const AlterConfigsRequest& request);

    void checkSessions(NodeContext& ctx);
    // Records that take a broker out of service: fence it, drop it from ISRs, move its leaderships.
    std::vector<MetadataRecord> fenceBroker(NodeContext& ctx, BrokerId broker, const std::string& why);
    // Records that bring leaderless partitions back: those `broker` hosts once it is unfenced, or all
    // of them (kNoNode) after a config change such as unclean.leader.election.enable.
    std::vector<MetadataRecord> electOfflineLeaders(NodeContext& ctx, BrokerId broker);
    std::optional<PartitionChangeRecord> electLeader(const TopicPartition& tp, const PartitionRegistration& reg,
                                                     const std::vector<BrokerId>& isr, BrokerId excluded) const;
    void sendMetadataFetchResponse(NodeContext& ctx, NodeId to, Offset fetchOffset);
    std::int64_t clusterConfig(const char* key) const;
    void describeChange(NodeContext& ctx, const PartitionChangeRecord& change);

    ControllerConfig config_;
    MetadataImage image_;
    std::shared_ptr<MetadataLogStorage> storage_;
    std::vector<MetadataRecord>& log_;
    std::map<BrokerId, BrokerHeartbeatState> heartbeats_;
    std::map<std::uint64_t, ParkedMetadataFetch> parkedFetches_;
    std::uint64_t nextParkId_ = 1;
    std::int64_t nextTopicId_ = 1;
};

}  // namespace ks
