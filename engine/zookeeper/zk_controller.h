#pragma once
// The controller of ZooKeeper mode (Kafka before 4.0): one broker, the one that managed to create
// the ephemeral /controller znode. It reads the whole cluster state from ZooKeeper when it takes
// over, watches /brokers/ids to learn that a broker's session ended, writes every leader and ISR
// change to the partition state znodes, and pushes LeaderAndIsr and UpdateMetadata to the brokers.
// It moves partitions between brokers as Kafka 2.4+ did (KIP-455): the topic znode gets the full
// replica set with adding_replicas and removing_replicas, the new replicas catch up, and once they
// are all in the ISR the set shrinks to the target and the removed replicas get StopReplica.
#include <functional>
#include <map>
#include <set>
#include <vector>

#include "metadata/image.h"
#include "sim/node.h"
#include "zookeeper/zk_client.h"

namespace ks {

// Where a broker reports a failed log dir. Kafka writes persistent sequential znodes that the
// controller deletes once handled; here each broker's notification is an ephemeral
// log_dir_event_<broker>, so it lasts exactly as long as the failed broker's session (a restart,
// which is what heals a failed log dir, removes it).
inline constexpr const char* kLogDirEventPath = "/log_dir_event_notification";

class ZkController {
public:
    ZkController(BrokerId self, ZkClient& zk) : self_(self), zkClient_(&zk) {}
    // A checkpoint's copy of a broker: the controller copied with it talks through the copy's client.
    void rebind(ZkClient& zk) { zkClient_ = &zk; }

    void activate(NodeContext& ctx);
    void deactivate(NodeContext& ctx);
    bool active() const { return active_; }
    bool loaded() const { return loaded_; }
    std::int32_t epoch() const { return epoch_; }

    // Requests only the controller serves; false when the message is not one.
    bool handle(NodeContext& ctx, NodeId from, const Message& message);
    void onWatch(NodeContext& ctx, const ZkWatchEvent& event);

private:
    struct PartitionState {
        std::vector<BrokerId> replicas;     // during a reassignment: the target replicas, then those leaving
        std::vector<BrokerId> isr;
        BrokerId leader = kNoNode;
        LeaderEpoch leaderEpoch = 0;
        std::int32_t zkVersion = 0;         // of the state znode
        std::vector<BrokerId> adding;       // a reassignment in progress
        std::vector<BrokerId> removing;
        bool reassigning() const { return !adding.empty() || !removing.empty(); }
        std::vector<BrokerId> target() const;
    };

    void emit(NodeContext& ctx, Text text, std::vector<std::string> subjects = {}) const;
    void load(NodeContext& ctx);
    // The request, made conditional on /controller_epoch still being this controller's.
    ZkRequest fenced(ZkRequest request) const;
    void readBrokers(NodeContext& ctx);
    void loadTopic(NodeContext& ctx, const std::string& topic);
    void readDone(NodeContext& ctx);
    void onBrokersChanged(NodeContext& ctx, const std::set<BrokerId>& live);
    void elect(NodeContext& ctx, const TopicPartition& tp, const std::set<BrokerId>& dead, Text why);
    void writeState(NodeContext& ctx, const TopicPartition& tp, PartitionState next, bool unclean,
                    std::function<void(NodeContext&, bool)> done);
    void refreshState(NodeContext& ctx, const TopicPartition& tp);
    void sendLeaderAndIsr(NodeContext& ctx, const std::vector<TopicPartition>& partitions);
    void sendUpdateMetadata(NodeContext& ctx, std::vector<std::string> deletedTopics = {});
    ZkPartitionState wireState(const TopicPartition& tp) const;
    std::string config(const std::string& topic, const std::string& key) const;

    void handleAlterPartition(NodeContext& ctx, NodeId from, const AlterPartitionRequest& request);
    void handleCreateTopics(NodeContext& ctx, NodeId from, const CreateTopicsRequest& request);
    void handleDeleteTopics(NodeContext& ctx, NodeId from, const DeleteTopicsRequest& request);
    void handleAlterConfigs(NodeContext& ctx, NodeId from, const AlterConfigsRequest& request);
    void handleElectLeaders(NodeContext& ctx, NodeId from, const ElectLeadersRequest& request);
    void handleReassignment(NodeContext& ctx, NodeId from, const AlterPartitionReassignmentsRequest& request);
    // Writes /brokers/topics/TOPIC as the controller now sees the topic's partitions.
    void writeTopic(NodeContext& ctx, const std::string& topic, std::function<void(NodeContext&, bool)> done);
    // The end of a reassignment, once every target replica is in the ISR: leadership moves off a
    // leaving leader, the ISR and then the replica set shrink to the target, the leaving replicas stop.
    void maybeCompleteReassignment(NodeContext& ctx, const TopicPartition& tp);
    void finishReassignment(NodeContext& ctx, const TopicPartition& tp, const PartitionState& before);
    // Log dir failures (zk_controller_log_dirs.cpp): brokers report them under
    // /log_dir_event_notification; their replicas are offline, so they lead nothing and leave ISRs.
    void readLogDirEvents(NodeContext& ctx);
    void onLogDirsFailed(NodeContext& ctx, const std::set<BrokerId>& failed);
    // Alive, with its log dir online: can lead and join an ISR.
    bool usable(BrokerId b) const { return live_.count(b) && !offlineDirs_.count(b); }

    BrokerId self_;
    ZkClient& zk() { return *zkClient_; }
    ZkClient* zkClient_;
    bool active_ = false;
    bool loaded_ = false;
    std::uint64_t generation_ = 0;      // bumps on every activation; stale callbacks check it
    std::int32_t epoch_ = 0;
    std::int32_t epochVersion_ = -1;    // /controller_epoch's znode version after this controller wrote it
    SimTime activatedAt_ = 0;
    int pendingReads_ = 0;
    std::set<BrokerId> live_;
    std::set<BrokerId> offlineDirs_;    // brokers whose log dir failed
    std::set<std::string> topics_;
    std::map<TopicPartition, PartitionState> states_;      // as ZooKeeper has them
    std::set<TopicPartition> writing_;                    // a state write is in flight
    std::set<TopicPartition> reassignmentWrites_;         // a reassignment step's writes are in flight
    std::map<std::string, std::map<std::string, std::string>> configs_;   // "" holds the cluster defaults
};

}  // namespace ks
