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
                                            "ZooKeeperTxn",         "UnregisterBrokerRecord"};
    return names[record.index()];
}

std::string describe(const MetadataRecord& record) {
    std::ostringstream out;
    out << recordTypeName(record) << " ";
    std::visit(
        [&](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, RegisterBrokerRecord> || std::is_same_v<T, FenceBrokerRecord> ||
                          std::is_same_v<T, UnfenceBrokerRecord> || std::is_same_v<T, UnregisterBrokerRecord>) {
                out << "broker=" << r.brokerId << " epoch=" << r.brokerEpoch;
            } else if constexpr (std::is_same_v<T, TopicRecord>) {
                out << "name=" << r.name << " id=" << r.topicId;
            } else if constexpr (std::is_same_v<T, PartitionRecord>) {
                out << r.tp.str() << " replicas=" << formatIds(r.replicas) << " isr=" << formatIds(r.isr)
                    << " leader=" << r.leader << " leaderEpoch=" << r.leaderEpoch;
                if (!r.addingReplicas.empty()) out << " adding=" << formatIds(r.addingReplicas);
                if (!r.removingReplicas.empty()) out << " removing=" << formatIds(r.removingReplicas);
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

std::int64_t recordSizeInBytes(const MetadataRecord& record) {
    constexpr std::int64_t kFraming = 20;   // record header, frame version, record type and version
    constexpr std::int64_t kTopicId = 16;
    auto ids = [](const std::vector<BrokerId>& v) { return static_cast<std::int64_t>(1 + 4 * v.size()); };
    auto optionalIds = [&](const std::optional<std::vector<BrokerId>>& v) { return v ? ids(*v) : std::int64_t{0}; };
    const std::int64_t body = std::visit(
        [&](const auto& r) -> std::int64_t {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, RegisterBrokerRecord>)
                return 4 + 8 + 16 + 40;   // id, epoch, incarnation id, a listener and the features
            else if constexpr (std::is_same_v<T, FenceBrokerRecord> || std::is_same_v<T, UnfenceBrokerRecord> ||
                               std::is_same_v<T, UnregisterBrokerRecord>)
                return 4 + 8;
            else if constexpr (std::is_same_v<T, TopicRecord>)
                return static_cast<std::int64_t>(r.name.size()) + 1 + kTopicId;
            else if constexpr (std::is_same_v<T, PartitionRecord>)
                return 4 + kTopicId + ids(r.replicas) + ids(r.isr) + 4 + 4 + 4 +
                       (r.addingReplicas.empty() && r.removingReplicas.empty() ? 0 : ids(r.addingReplicas) + ids(r.removingReplicas));
            else if constexpr (std::is_same_v<T, PartitionChangeRecord>)
                return 4 + kTopicId + optionalIds(r.isr) + (r.leader ? 4 : 0) + optionalIds(r.replicas) +
                       optionalIds(r.addingReplicas) + optionalIds(r.removingReplicas) + 1;
            else if constexpr (std::is_same_v<T, RemoveTopicRecord>)
                return kTopicId;
            else if constexpr (std::is_same_v<T, ConfigRecord>)
                return 1 + static_cast<std::int64_t>(r.topic.size() + r.name.size() + (r.value ? r.value->size() : 0)) + 3;
            else if constexpr (std::is_same_v<T, LeaderChangeRecord>)
                return 2 + 4 + 4 + 4;   // version, leader, voters, granting voters
            else
                return static_cast<std::int64_t>(r.path.size() + r.data.size() + r.checkPath.size()) + 24;
        },
        record);
    return kFraming + body;
}

}  // namespace ks
