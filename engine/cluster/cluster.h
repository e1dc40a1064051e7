#pragma once
// Wires brokers, the controller and clients into one runnable, deterministic cluster, and is the
// one place faults, admin operations and produce requests come in through.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "api/snapshot.h"
#include "broker/broker.h"
#include "check/invariants.h"
#include "client/consumer.h"
#include "client/producer.h"
#include "controller/controller.h"
#include "metrics/election_recorder.h"
#include "sim/simulation.h"

namespace ks {

class AdminClient;

struct ClusterSpec {
    int brokers = 3;
    int controllers = 3;            // KRaft: the controller quorum
    bool zookeeperMode = false;     // the architecture before Kafka 4.0: a ZooKeeper ensemble and a controller broker
    int zookeepers = 3;             // ZooKeeper mode: the ensemble
    std::uint64_t seed = 1;
    LinkConfig network;
    // The controllers' static configs for metadata snapshots (KIP-630), as in their server.properties.
    std::int64_t metadataSnapshotMaxRecordBytes = 20971520;   // metadata.log.max.record.bytes.between.snapshots
    SimTime metadataSnapshotInterval = millis(3600000);       // metadata.log.max.snapshot.interval.ms
    // KRaft combined mode (process.roles=broker,controller): brokers 1..controllers are the controllers too.
    bool combined = false;
};

// Where `consumer seek` moves a position.
struct SeekTarget {
    enum class Kind { Offset, Beginning, End, Timestamp } kind = Kind::Offset;
    std::int64_t value = 0;         // the offset, or the timestamp (simulated time)
};

struct AdminResult {
    KafkaError error = KafkaError::NONE;
    Text message;                  // the controller's ErrorMessage; English: message.str()
    bool ok() const { return error == KafkaError::NONE; }
};

// A one-shot produce from one of the cluster's producers.
struct ProduceSpec {
    std::string producer;           // its client.id; "" : the default producer (producer-1)
    std::string topic;
    std::optional<std::string> key;
    std::optional<std::string> value;
    std::optional<std::int32_t> partition;
    std::vector<RecordHeader> headers;
    std::optional<int> acks;        // none: the producer's acks config
    std::int64_t count = 1;
};

class Cluster final : private ClusterView {
public:
    static constexpr NodeId kFirstControllerId = 101;
    static constexpr NodeId kFirstZooKeeperId = 201;
    static constexpr NodeId kAdminId = 1000;
    static constexpr NodeId kProducerId = 1001;          // the default producer; more count up from it
    static constexpr NodeId kLastProducerId = 1999;
    static constexpr const char* kDefaultProducer = "producer-1";
    static constexpr NodeId kFirstConsumerId = 2001;

    explicit Cluster(ClusterSpec spec);
    ~Cluster() override;
    Cluster(const Cluster&) = delete;
    Cluster& operator=(const Cluster&) = delete;
    // A checkpoint: an independent copy of the whole cluster (simulation, disks, checkers), which
    // goes on exactly as this one would. Nothing when a node is in the middle of something a copy
    // cannot take over (Node::clone); a moment later it usually can. The copy has no event sink.
    std::unique_ptr<Cluster> clone() const;

    const ClusterSpec& spec() const { return spec_; }
    SimTime now() const { return sim_.now(); }
    Simulation& simulation() { return sim_; }

    void setEventSink(std::function<void(const ClusterEvent&)> sink);

    // Time
    void advance(SimTime duration);
    // Runs until every broker is registered and unfenced, at most `limit`. Returns whether it is.
    bool waitUntilReady(SimTime limit);

    // Faults. Each returns an error message naming the problem, or nothing when done.
    std::optional<Text> killBroker(BrokerId id);
    std::optional<Text> restartBroker(BrokerId id);
    std::optional<Text> pauseNode(NodeId id);
    std::optional<Text> resumeNode(NodeId id);
    // A KRaft controller or a ZooKeeper node.
    std::optional<Text> killController(NodeId id);
    std::optional<Text> restartController(NodeId id);
    std::optional<Text> cutLink(NodeId a, NodeId b, bool bothWays = true);
    std::optional<Text> healLink(NodeId a, NodeId b);
    std::optional<Text> isolate(NodeId id);
    void healAll();
    // Slower links, a slow follower, a full disk (engine/cluster/cluster_faults.cpp).
    // A link with its own latency, jitter and loss instead of the network's; healLink and healAll
    // return links to the network's conditions.
    std::optional<Text> slowLink(NodeId a, NodeId b, const LinkConfig& config, bool bothWays = true);
    // The broker's replica fetchers wait `delay` between fetches (0: back to normal), so its
    // follower replicas fall behind and, past replica.lag.time.max.ms, out of the ISR.
    std::optional<Text> slowFollower(BrokerId id, SimTime delay);
    // The broker's disk is full: its next write fails and it takes its log dir offline. Fixing the
    // disk needs a restart, as in Kafka.
    std::optional<Text> fillDisk(BrokerId id);
    // A consumer's node, or kNoNode.
    NodeId consumerNode(const std::string& name) const;

    // Admin operations wait (in simulated time) for the controller's answer, as Admin's get() does.
    AdminResult createTopic(const std::string& name, int partitions, int replicationFactor,
                            const std::map<std::string, std::string>& configs);
    AdminResult deleteTopic(const std::string& name);
    AdminResult alterConfig(const std::string& topic, const std::map<std::string, std::string>& configs);
    AdminResult electPreferredLeader(const TopicPartition& tp);
    AdminResult reassignPartition(const TopicPartition& tp, const std::vector<BrokerId>& targetReplicas);
    // Starts one more broker (the next id); it registers and joins with no partitions.
    BrokerId addBroker();
    // Moves every replica off a broker (one reassignment per partition, each to the live broker
    // that holds fewest replicas), so it can then be stopped without losing a replica.
    AdminResult decommissionBroker(BrokerId id);
    // Removes a broker for good: refused while it still hosts replicas (naming the partitions);
    // otherwise stops it and unregisters it (KRaft: UnregisterBroker, the controller writes an
    // UnregisterBrokerRecord; ZooKeeper mode: waits until its /brokers/ids znode is gone). It then
    // is in no list, view or metadata. Returns an error message, or nothing when done.
    std::optional<Text> removeBroker(BrokerId id);
    // Partitions with a replica (or a replica being added or removed) on the broker, as "orders-1".
    std::vector<std::string> partitionsOn(BrokerId id) const;
    // The brokers of the cluster: 1..N without the removed ones.
    std::vector<BrokerId> brokerIds() const;
    bool wasRemoved(BrokerId id) const { return removedBrokers_.count(id) > 0; }

    // Producers, by client.id (engine/cluster/cluster_producers.cpp). Each returns an error message,
    // or nothing when done. Adding a name that was removed starts a new producer on its node.
    std::optional<Text> addProducer(ProducerConfig config);
    std::optional<Text> removeProducer(const std::string& name);   // close()
    std::optional<Text> setProducerConfig(const std::string& name, const ProducerConfig& config);
    // Hands records to a producer (spec.producer, or the default one) and returns at once.
    std::optional<Text> produce(const ProduceSpec& spec, const std::string& label);
    // The running (not closed) producer called `name`, or nullptr.
    const Producer* producer(const std::string& name = kDefaultProducer) const;
    Producer* producer(const std::string& name = kDefaultProducer);
    bool isProducerNode(NodeId id) const;
    // client.id -> node of every producer ever added, closed ones too.
    const std::map<std::string, NodeId>& producerNodes() const { return producers_; }

    // Consumers, by client.id (engine/cluster/cluster_consumers.cpp). Each returns an error message,
    // or nothing when done. Adding a name that was killed or removed starts it again (a restart).
    std::optional<Text> addConsumer(ConsumerConfig config);
    std::optional<Text> removeConsumer(const std::string& name);   // close(): commit, LeaveGroup
    std::optional<Text> killConsumer(const std::string& name);     // a crash: no LeaveGroup
    std::optional<Text> pauseConsumer(const std::string& name);
    std::optional<Text> resumeConsumer(const std::string& name);
    std::optional<Text> commitConsumer(const std::string& name);
    std::optional<Text> seekConsumer(const std::string& name, const TopicPartition& tp, SeekTarget target);
    const Consumer* consumer(const std::string& name) const;

    ClusterSnapshot snapshot() const;
    const MetadataImage& metadata() const;
    NodeId activeController() const;
    bool isBroker(NodeId id) const { return id >= 1 && id <= spec_.brokers && !removedBrokers_.count(id); }
    bool isController(NodeId id) const {
        return !spec_.zookeeperMode && id >= firstControllerId() && id < firstControllerId() + spec_.controllers;
    }
    // Combined mode: one process that is a broker and a controller.
    bool isCombined(NodeId id) const { return spec_.combined && isController(id) && isBroker(id); }
    bool isZooKeeper(NodeId id) const {
        return spec_.zookeeperMode && id >= kFirstZooKeeperId && id < kFirstZooKeeperId + spec_.zookeepers;
    }
    bool isConsumerNode(NodeId id) const;
    bool isNode(NodeId id) const {
        return isBroker(id) || isController(id) || isZooKeeper(id) || isProducerNode(id) || isConsumerNode(id);
    }
    // The quorum nodes: KRaft controllers, or the ZooKeeper ensemble.
    const std::vector<NodeId>& quorumIds() const { return controllerIds_; }
    const Broker* broker(BrokerId id) const;
    // One broker's log of a partition (also of a stopped broker: its disk survives), or nullptr.
    const PartitionLog* brokerLog(BrokerId broker, const TopicPartition& tp) const { return replicaLog(broker, tp); }

    InvariantChecker& checker() { return checker_; }

private:
    Cluster(const Cluster& other, Simulation::NodeCopies nodes, CloneMap& shared);
    // Connects the invariant checker to the simulation and to this cluster's event log.
    void connectChecker();
    const PartitionLog* replicaLog(BrokerId broker, const TopicPartition& tp) const override;
    SimTime currentTime() const override { return sim_.now(); }

    void startBroker(BrokerId id);
    void startController(NodeId id);
    std::unique_ptr<Broker> makeBroker(BrokerId id);
    std::unique_ptr<Controller> makeController(NodeId id);
    const Controller* controller(NodeId id) const;
    Broker* brokerNode(BrokerId id);   // the running broker, or the broker role of a combined node
    NodeId firstControllerId() const { return spec_.combined ? 1 : kFirstControllerId; }
    AdminResult runAdmin(const std::function<std::int64_t(AdminClient&, NodeContext&)>& submit);
    std::string nodeName(NodeId id) const { return nodeText(id).str(); }
    Text nodeText(NodeId id) const;  // "broker 2", "controller 101", ...
    std::string subject(NodeId id) const;     // for the event log's links: "broker:2", "zookeeper:201", ...
    void snapshotGroups(ClusterSnapshot& s) const;
    void snapshotProducers(ClusterSnapshot& s) const;
    void snapshotFaults(ClusterSnapshot& s) const;
    static void snapshotPartitionSkew(ClusterSnapshot& s, const PartitionSnapshot& p);

    ClusterSpec spec_;
    Simulation sim_;
    InvariantChecker checker_;
    std::function<void(const ClusterEvent&)> sink_;
    std::map<BrokerId, std::shared_ptr<BrokerStorage>> storages_;
    std::map<BrokerId, std::shared_ptr<BrokerMetrics>> brokerMetrics_;   // kept across restarts
    ElectionRecorder elections_;
    std::vector<NodeId> controllerIds_;   // KRaft controllers or ZooKeeper nodes
    std::map<NodeId, std::shared_ptr<QuorumStorage>> controllerStorages_;
    std::map<std::string, ConsumerConfig> consumers_;   // by client.id; config.id is the node
    std::map<std::string, NodeId> producers_;           // by client.id
    std::set<BrokerId> removedBrokers_;                  // broker remove: gone for good
};

}  // namespace ks
