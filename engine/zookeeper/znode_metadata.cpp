#include <cstdlib>

#include "metadata/image.h"
#include "zookeeper/znode_json.h"
#include "zookeeper/znode_tree.h"

namespace ks {

MetadataImage metadataFromZnodes(const ZnodeTree& tree) {
    MetadataImage image;
    for (const std::string& id : tree.children("/brokers/ids")) {
        const auto broker = static_cast<BrokerId>(std::atoi(id.c_str()));
        image.apply(RegisterBrokerRecord{broker, 0});
        image.apply(UnfenceBrokerRecord{broker, 0});
    }
    if (const Znode* defaults = tree.get("/config/brokers/<default>"))
        if (auto configs = zk::parseConfigJson(defaults->data))
            for (const auto& [key, value] : *configs) image.apply(ConfigRecord{"", key, value});
    for (const std::string& topic : tree.children("/brokers/topics")) {
        const Znode* node = tree.get("/brokers/topics/" + topic);
        const auto assignment = node ? zk::parseTopicJson(node->data) : std::nullopt;
        if (!assignment) continue;
        image.apply(TopicRecord{topic, 0});
        for (const auto& [p, replicas] : assignment->partitions) {
            const TopicPartition tp{topic, p};
            PartitionRecord record{tp, replicas, {}, kNoNode, 0, 0};
            if (auto adding = assignment->addingReplicas.find(p); adding != assignment->addingReplicas.end())
                record.addingReplicas = adding->second;
            if (auto removing = assignment->removingReplicas.find(p); removing != assignment->removingReplicas.end())
                record.removingReplicas = removing->second;
            const Znode* state = tree.get("/brokers/topics/" + topic + "/partitions/" + std::to_string(p) + "/state");
            if (const auto parsed = state ? zk::parsePartitionStateJson(state->data) : std::nullopt) {
                record.isr = parsed->isr;
                record.leader = parsed->leader;
                record.leaderEpoch = parsed->leaderEpoch;
                record.partitionEpoch = state->version;
            }
            image.apply(record);
        }
        if (const Znode* config = tree.get("/config/topics/" + topic))
            if (auto configs = zk::parseConfigJson(config->data))
                for (const auto& [key, value] : *configs) image.apply(ConfigRecord{topic, key, value});
    }
    return image;
}

}  // namespace ks
