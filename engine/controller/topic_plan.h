#pragma once
// What both controllers (KRaft and ZooKeeper mode) do with a CreateTopics request: Kafka's checks,
// then Kafka's rack-unaware replica placement.
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/rng.h"
#include "metadata/image.h"
#include "protocol/messages.h"

namespace ks {

struct TopicPlan {
    std::vector<std::vector<BrokerId>> assignment;   // per partition, the replicas; the first is the leader
    int replicationFactor = 0;
};

// `liveBrokers` sorted by id; `image` answers whether the topic exists and the cluster defaults.
std::variant<TopicPlan, AdminResponse> planTopic(const CreateTopicsRequest& request, const MetadataImage& image,
                                                 const std::vector<BrokerId>& liveBrokers, Rng& rng);

}  // namespace ks
