#include "metadata/image.h"

#include <algorithm>

#include "metadata/configs.h"

namespace ks {

void MetadataImage::apply(const MetadataRecord& record) {
    std::visit(
        [&](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, RegisterBrokerRecord>) {
                brokers_[r.brokerId] = BrokerRegistration{r.brokerId, r.brokerEpoch, true};
            } else if constexpr (std::is_same_v<T, FenceBrokerRecord>) {
                auto it = brokers_.find(r.brokerId);
                if (it != brokers_.end() && it->second.epoch == r.brokerEpoch) it->second.fenced = true;
            } else if constexpr (std::is_same_v<T, UnfenceBrokerRecord>) {
                auto it = brokers_.find(r.brokerId);
                if (it != brokers_.end() && it->second.epoch == r.brokerEpoch) it->second.fenced = false;
            } else if constexpr (std::is_same_v<T, UnregisterBrokerRecord>) {
                auto it = brokers_.find(r.brokerId);
                if (it != brokers_.end() && it->second.epoch == r.brokerEpoch) brokers_.erase(it);
            } else if constexpr (std::is_same_v<T, TopicRecord>) {
                TopicImage& t = topics_[r.name];
                t.name = r.name;
                t.topicId = r.topicId;
            } else if constexpr (std::is_same_v<T, PartitionRecord>) {
                TopicImage& t = topics_[r.tp.topic];
                if (static_cast<int>(t.partitions.size()) <= r.tp.partition)
                    t.partitions.resize(static_cast<std::size_t>(r.tp.partition) + 1);
                PartitionRegistration& p = t.partitions[static_cast<std::size_t>(r.tp.partition)];
                p = PartitionRegistration{};
                p.replicas = r.replicas;
                p.isr = r.isr;
                p.leader = r.leader;
                p.leaderEpoch = r.leaderEpoch;
                p.partitionEpoch = r.partitionEpoch;
                p.addingReplicas = r.addingReplicas;
                p.removingReplicas = r.removingReplicas;
            } else if constexpr (std::is_same_v<T, PartitionChangeRecord>) {
                auto it = topics_.find(r.tp.topic);
                if (it == topics_.end() || r.tp.partition >= static_cast<int>(it->second.partitions.size())) return;
                PartitionRegistration& p = it->second.partitions[static_cast<std::size_t>(r.tp.partition)];
                if (r.isr) p.isr = *r.isr;
                if (r.replicas) p.replicas = *r.replicas;
                if (r.addingReplicas) p.addingReplicas = *r.addingReplicas;
                if (r.removingReplicas) p.removingReplicas = *r.removingReplicas;
                if (r.leader && *r.leader != p.leader) {
                    p.leader = *r.leader;
                    ++p.leaderEpoch;
                }
                ++p.partitionEpoch;
            } else if constexpr (std::is_same_v<T, RemoveTopicRecord>) {
                topics_.erase(r.name);
            } else if constexpr (std::is_same_v<T, ConfigRecord>) {
                auto& configs = r.topic.empty() ? clusterConfigs_ : topics_[r.topic].configs;
                if (r.value)
                    configs[r.name] = *r.value;
                else
                    configs.erase(r.name);
            }
        },
        record);
    ++offset_;
}

std::vector<BrokerId> PartitionRegistration::targetReplicas() const {
    std::vector<BrokerId> target;
    for (BrokerId b : replicas)
        if (std::find(removingReplicas.begin(), removingReplicas.end(), b) == removingReplicas.end()) target.push_back(b);
    return target;
}

const TopicImage* MetadataImage::topic(const std::string& name) const {
    auto it = topics_.find(name);
    return it == topics_.end() ? nullptr : &it->second;
}

const PartitionRegistration* MetadataImage::partition(const TopicPartition& tp) const {
    const TopicImage* t = topic(tp.topic);
    if (!t || tp.partition < 0 || tp.partition >= static_cast<int>(t->partitions.size())) return nullptr;
    return &t->partitions[static_cast<std::size_t>(tp.partition)];
}

bool MetadataImage::isUnfenced(BrokerId id) const {
    auto it = brokers_.find(id);
    return it != brokers_.end() && !it->second.fenced;
}

std::string MetadataImage::config(const std::string& topicName, const std::string& key) const {
    if (const TopicImage* t = topic(topicName)) {
        auto it = t->configs.find(key);
        if (it != t->configs.end()) return it->second;
    }
    const ConfigDef* def = findConfig(key, ConfigScope::Topic);
    if (!def) def = findConfig(key, ConfigScope::Broker);
    if (!def) return {};
    const std::string& clusterKey = def->brokerSynonym.empty() ? def->name : def->brokerSynonym;
    auto it = clusterConfigs_.find(clusterKey);
    return it != clusterConfigs_.end() ? it->second : def->defaultValue;
}

}  // namespace ks
