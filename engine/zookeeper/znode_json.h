#pragma once
// The JSON Kafka keeps in ZooKeeper's znodes, for the few shapes it writes:
//   /brokers/ids/1                        {"version":5,"host":"broker-1","port":9092}
//   /controller                           {"version":1,"brokerid":1}
//   /brokers/topics/orders                {"version":3,"partitions":{"0":[1,2,3],"1":[2,3,1]}}
//       while partition 0 is being reassigned from [1,2,3] to [4,2,3] (KIP-455):
//                                         {"version":3,"partitions":{"0":[4,2,3,1],...},
//                                          "adding_replicas":{"0":[4]},"removing_replicas":{"0":[1]}}
//   /brokers/topics/orders/partitions/0/state
//                                         {"controller_epoch":1,"leader":1,"version":1,"leader_epoch":0,"isr":[1,2,3]}
//   /config/topics/orders                 {"version":1,"config":{"min.insync.replicas":"2"}}
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/types.h"

namespace ks::zk {

struct PartitionStateJson {
    std::int32_t controllerEpoch = 0;
    BrokerId leader = kNoNode;
    LeaderEpoch leaderEpoch = 0;
    std::vector<BrokerId> isr;
    bool unclean = false;       // not Kafka's: marks an unclean election for the checkers
};

std::string brokerJson(BrokerId id);
std::string controllerJson(BrokerId id);
std::optional<BrokerId> parseControllerJson(const std::string& json);
// A topic's replica assignment. A partition being reassigned lists its full replica set (the target
// replicas, then those being removed) and has entries in addingReplicas and removingReplicas.
struct TopicJson {
    std::map<std::int32_t, std::vector<BrokerId>> partitions;
    std::map<std::int32_t, std::vector<BrokerId>> addingReplicas;
    std::map<std::int32_t, std::vector<BrokerId>> removingReplicas;
};

std::string topicJson(const TopicJson& topic);
std::optional<TopicJson> parseTopicJson(const std::string& json);
std::string partitionStateJson(const PartitionStateJson& state);
std::optional<PartitionStateJson> parsePartitionStateJson(const std::string& json);
std::string configJson(const std::map<std::string, std::string>& configs);
std::optional<std::map<std::string, std::string>> parseConfigJson(const std::string& json);

}  // namespace ks::zk
