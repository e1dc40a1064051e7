#pragma once
// ZooKeeper mode (Kafka before 4.0): the ZooKeeper client protocol the brokers speak to the
// ensemble, and the controller broker's requests to the other brokers.
#include <optional>
#include <string>
#include <vector>

#include "core/types.h"
#include "protocol/errors.h"

namespace ks {

enum class ZkOp { Create, Delete, SetData, GetData, GetChildren, Exists, Ping, CloseSession };
enum class ZkError { Ok, NoNode, NodeExists, BadVersion, NotEmpty, SessionExpired, NotLeader };
const char* zkErrorName(ZkError error);

struct ZkRequest {
    std::int64_t xid = 0;
    std::int64_t sessionId = 0;            // 0: asks for a new session
    std::int32_t sessionTimeoutMs = 18000; // zookeeper.session.timeout.ms
    ZkOp op = ZkOp::Ping;
    std::string path;
    std::string data;
    bool ephemeral = false;
    bool watch = false;
    std::int32_t version = -1;             // SetData/Delete: -1 matches any version
    // A multi-op's check: the write happens only if this znode has this version. Kafka's controller
    // checks /controller_epoch so that a controller that lost its place cannot write any more.
    std::string checkPath;
    std::int32_t checkVersion = -1;
};
struct ZkResponse {
    std::int64_t xid = 0;
    std::int64_t sessionId = 0;
    ZkError error = ZkError::Ok;
    NodeId leaderHint = kNoNode;
    std::string data;
    std::vector<std::string> children;
    std::int32_t version = -1;
    bool exists = false;
    std::int64_t ephemeralOwner = 0;
};
enum class ZkEventType { NodeCreated, NodeDeleted, NodeDataChanged, NodeChildrenChanged };
struct ZkWatchEvent {
    std::int64_t sessionId = 0;
    ZkEventType type = ZkEventType::NodeCreated;
    std::string path;
};

// The controller broker's view of a partition, as it sends it (LeaderAndIsr / UpdateMetadata).
struct ZkPartitionState {
    TopicPartition tp;
    BrokerId leader = kNoNode;
    LeaderEpoch leaderEpoch = 0;
    std::vector<BrokerId> isr;
    std::vector<BrokerId> replicas;
    std::int32_t zkVersion = 0;
    std::vector<BrokerId> addingReplicas;     // a reassignment in progress (KIP-455)
    std::vector<BrokerId> removingReplicas;
};
struct LeaderAndIsrRequest {
    BrokerId controllerId = kNoNode;
    std::int32_t controllerEpoch = 0;
    std::vector<ZkPartitionState> partitions;
};
// A reassignment moved these partitions off the broker: it stops its replicas and, with
// deletePartitions, deletes their logs. Not Kafka's field: the partitions come with their new state
// (which no longer lists the broker), so that the broker's metadata stops listing it too.
struct StopReplicaRequest {
    BrokerId controllerId = kNoNode;
    std::int32_t controllerEpoch = 0;
    bool deletePartitions = true;
    std::vector<ZkPartitionState> partitions;
};
struct ZkTopicConfig {
    std::string topic;      // empty: the cluster-wide default
    std::string key;
    std::string value;
};
// Not Kafka's field: the simulation carries topic configs here instead of having every broker
// watch /config/topics itself.
struct UpdateMetadataRequest {
    BrokerId controllerId = kNoNode;
    std::int32_t controllerEpoch = 0;
    std::vector<BrokerId> liveBrokers;
    std::vector<ZkPartitionState> partitions;
    std::vector<std::string> deletedTopics;
    std::vector<ZkTopicConfig> configs;
};

}  // namespace ks
