#pragma once
// What a node knows about the cluster, built by replaying metadata records.
#include <map>
#include <string>
#include <vector>

#include "metadata/records.h"

namespace ks {

struct BrokerRegistration {
    BrokerId id = kNoNode;
    std::int64_t epoch = 0;
    bool fenced = true;
    bool operator==(const BrokerRegistration&) const = default;
};

struct PartitionRegistration {
    std::vector<BrokerId> replicas;
    std::vector<BrokerId> isr;
    BrokerId leader = kNoNode;
    LeaderEpoch leaderEpoch = 0;
    PartitionEpoch partitionEpoch = 0;
    std::vector<BrokerId> addingReplicas;      // a reassignment in progress
    std::vector<BrokerId> removingReplicas;

    BrokerId preferredLeader() const { return replicas.empty() ? kNoNode : replicas.front(); }
    bool isReassigning() const { return !addingReplicas.empty() || !removingReplicas.empty(); }
    // The replica set a running reassignment ends with.
    std::vector<BrokerId> targetReplicas() const;
    bool operator==(const PartitionRegistration&) const = default;
};

struct TopicImage {
    std::string name;
    std::int64_t topicId = 0;
    std::vector<PartitionRegistration> partitions;
    std::map<std::string, std::string> configs;
    bool operator==(const TopicImage&) const = default;
};

class MetadataImage {
public:
    void apply(const MetadataRecord& record);

    const std::map<BrokerId, BrokerRegistration>& brokers() const { return brokers_; }
    const std::map<std::string, TopicImage>& topics() const { return topics_; }
    const std::map<std::string, std::string>& clusterConfigs() const { return clusterConfigs_; }
    const TopicImage* topic(const std::string& name) const;
    const PartitionRegistration* partition(const TopicPartition& tp) const;
    bool isUnfenced(BrokerId id) const;
    // The effective value of a config for a topic: topic override, then cluster value, then default.
    std::string config(const std::string& topic, const std::string& key) const;

    // The offset of the last record applied (-1 when none).
    Offset offset() const { return offset_; }
    void setOffset(Offset offset) { offset_ = offset; }

    bool operator==(const MetadataImage&) const = default;

private:
    std::map<BrokerId, BrokerRegistration> brokers_;
    std::map<std::string, TopicImage> topics_;
    std::map<std::string, std::string> clusterConfigs_;
    Offset offset_ = -1;
};

}  // namespace ks
