#pragma once
// The JSON Kafka keeps in ZooKeeper's znodes, for the few shapes it writes:
//   /brokers/ids/1                        {"version":5,"host":"broker-1","port":9092}
//   /controller                           {"version":1,"brokerid":1}
//   /brokers/topics/orders                {"version":3,"partitions":{"0":[1,2,3],"1":[2,3,1]}}
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
std::string topicJson(const std::map<std::int32_t, std::vector<BrokerId>>& assignment);
std::optional<std::map<std::int32_t, std::vector<BrokerId>>> parseTopicJson(const std::string& json);
std::string partitionStateJson(const PartitionStateJson& state);
std::optional<PartitionStateJson> parsePartitionStateJson(const std::string& json);
std::string configJson(const std::map<std::string, std::string>& configs);
std::optional<std::map<std::string, std::string>> parseConfigJson(const std::string& json);

}  // namespace ks::zk
