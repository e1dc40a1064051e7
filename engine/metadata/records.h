#pragma once
// The records of KRaft's __cluster_metadata log, in Kafka's vocabulary. The controller writes them;
// every broker replays them, in order, into its MetadataImage.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/types.h"

namespace ks {

struct RegisterBrokerRecord {
    BrokerId brokerId = kNoNode;
    std::int64_t brokerEpoch = 0;
};
struct FenceBrokerRecord {
    BrokerId brokerId = kNoNode;
    std::int64_t brokerEpoch = 0;
};
struct UnfenceBrokerRecord {
    BrokerId brokerId = kNoNode;
    std::int64_t brokerEpoch = 0;
};
// UnregisterBroker (kafka-cluster.sh unregister): the broker's registration is gone for good.
struct UnregisterBrokerRecord {
    BrokerId brokerId = kNoNode;
    std::int64_t brokerEpoch = 0;
};
struct TopicRecord {
    std::string name;
    std::int64_t topicId = 0;
};
struct PartitionRecord {
    TopicPartition tp;
    std::vector<BrokerId> replicas;
    std::vector<BrokerId> isr;
    BrokerId leader = kNoNode;
    LeaderEpoch leaderEpoch = 0;
    PartitionEpoch partitionEpoch = 0;
    // A reassignment in progress (KIP-455), as in PartitionChangeRecord.
    std::vector<BrokerId> addingReplicas = {};
    std::vector<BrokerId> removingReplicas = {};
};
// Only the fields that are set change. A leader change bumps the leader epoch; every change bumps
// the partition epoch.
struct PartitionChangeRecord {
    TopicPartition tp;
    std::optional<std::vector<BrokerId>> isr;
    std::optional<BrokerId> leader;
    // A reassignment (KIP-455): the replica set while it runs, and who is joining and leaving.
    std::optional<std::vector<BrokerId>> replicas;
    std::optional<std::vector<BrokerId>> addingReplicas;
    std::optional<std::vector<BrokerId>> removingReplicas;
    bool unclean = false;
};
struct RemoveTopicRecord {
    std::string name;
};
// A config key for the cluster (resource "") or a topic; no value deletes the override.
struct ConfigRecord {
    std::string topic;
    std::string name;
    std::optional<std::string> value;
};

// KRaft's LeaderChangeMessage control record: a new quorum leader writes it first, so that
// committing it commits everything before it.
struct LeaderChangeRecord {
    NodeId leaderId = kNoNode;
    std::int32_t epoch = 0;
};

// ZooKeeper mode: one transaction of ZooKeeper's log. The ensemble replicates these, and Kafka's
// metadata (brokers, topics, partition states, the controller) lives in the znodes they build.
enum class ZkTxnType { CreateSession, CloseSession, Create, Delete, SetData };
struct ZkTxnRecord {
    ZkTxnType type = ZkTxnType::Create;
    std::string path;
    std::string data;
    bool ephemeral = false;
    std::int64_t sessionId = 0;
    std::int32_t expectedVersion = -1;   // -1: any version
    std::int32_t sessionTimeoutMs = 0;
    NodeId client = kNoNode;
    std::string checkPath;               // when set, the write needs this znode at checkVersion
    std::int32_t checkVersion = -1;
};

using MetadataRecord = std::variant<RegisterBrokerRecord, FenceBrokerRecord, UnfenceBrokerRecord, TopicRecord,
                                    PartitionRecord, PartitionChangeRecord, RemoveTopicRecord, ConfigRecord,
                                    LeaderChangeRecord, ZkTxnRecord, UnregisterBrokerRecord>;

std::string formatIds(const std::vector<BrokerId>& ids);  // "[1, 2, 3]"
const char* recordTypeName(const MetadataRecord& record);
std::string describe(const MetadataRecord& record);
// About what the record takes in Kafka's __cluster_metadata log (record framing, the fields, a
// 16-byte topic id where Kafka has one); metadata.log.max.record.bytes.between.snapshots counts these.
std::int64_t recordSizeInBytes(const MetadataRecord& record);

}  // namespace ks
