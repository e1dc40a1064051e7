#include "metadata/records.h"

#include <sstream>

namespace ks {

std::string formatIds(const std::vector<BrokerId>& ids) {
    std::string out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ", ";
        out += std::to_string(ids[i]);
    }
    return out + "]";
}

const char* recordTypeName(const MetadataRecord& record) {
    static constexpr const char* names[] = {"RegisterBrokerRecord", "FenceBrokerRecord",   "UnfenceBrokerRecord",
                                            "TopicRecord",          "PartitionRecord",     "PartitionChangeRecord",
                                            "RemoveTopicRecord",    "ConfigRecord",        "LeaderChangeMessage",
                                            "ZooKeeperTxn"};
    return names[record.index()];
}

std::string describe(const MetadataRecord& record) {
    std::ostringstream out;
    out << recordTypeName(record) << " ";
    std::visit(
        [&](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, RegisterBrokerRecord> || std::is_same_v<T, FenceBrokerRecord> ||
                          std::is_same_v<T, UnfenceBrokerRecord>) {
                out << "broker=" << r.brokerId << " epoch=" << r.brokerEpoch;
            } else if constexpr (std::is_same_v<T, TopicRecord>) {
                out << "name=" << r.name << " id=" << r.topicId;
            } else if constexpr (std::is_same_v<T, PartitionRecord>) {
                out << r.tp.str() << " replicas=" << formatIds(r.replicas) << " isr=" << formatIds(r.isr)
                    << " leader=" << r.leader << " leaderEpoch=" << r.leaderEpoch;
            } else if constexpr (std::is_same_v<T, PartitionChangeRecord>) {
                out << r.tp.str();
                if (r.leader) out << " leader=" << *r.leader;
                if (r.isr) out << " isr=" << formatIds(*r.isr);
                if (r.replicas) out << " replicas=" << formatIds(*r.replicas);
                if (r.addingReplicas) out << " adding=" << formatIds(*r.addingReplicas);
                if (r.removingReplicas) out << " removing=" << formatIds(*r.removingReplicas);
                if (r.unclean) out << " unclean";
            } else if constexpr (std::is_same_v<T, RemoveTopicRecord>) {
                out << "name=" << r.name;
            } else if constexpr (std::is_same_v<T, ZkTxnRecord>) {
                static constexpr const char* types[] = {"createSession", "closeSession", "create", "delete", "setData"};
                out << types[static_cast<int>(r.type)] << " " << r.path << (r.ephemeral ? " (ephemeral)" : "");
                if (r.sessionId) out << " session=0x" << std::hex << r.sessionId << std::dec;
            } else if constexpr (std::is_same_v<T, LeaderChangeRecord>) {
                out << "leader=" << r.leaderId << " epoch=" << r.epoch;
            } else if constexpr (std::is_same_v<T, ConfigRecord>) {
                out << (r.topic.empty() ? std::string("cluster") : "topic=" + r.topic) << " " << r.name << "="
                    << (r.value ? *r.value : std::string("(deleted)"));
            }
        },
        record);
    return out.str();
}

}  // namespace ks
