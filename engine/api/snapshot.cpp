#include "api/snapshot.h"

#include <algorithm>

namespace ks {

const char* wireCategoryName(WireCategory category) {
    switch (category) {
    case WireCategory::Produce: return "produce";
    case WireCategory::Fetch: return "fetch";
    case WireCategory::Controller: return "controller";
    case WireCategory::Group: return "group";
    case WireCategory::Other: return "other";
    }
    return "other";
}

const PartitionSnapshot* ClusterSnapshot::partition(const TopicPartition& tp) const {
    auto it = std::find_if(partitions.begin(), partitions.end(), [&](const PartitionSnapshot& p) { return p.tp == tp; });
    return it == partitions.end() ? nullptr : &*it;
}

int ClusterSnapshot::underReplicatedCount() const {
    return static_cast<int>(std::count_if(partitions.begin(), partitions.end(),
                                          [](const PartitionSnapshot& p) { return p.underReplicated; }));
}

int ClusterSnapshot::offlineCount() const {
    return static_cast<int>(
        std::count_if(partitions.begin(), partitions.end(), [](const PartitionSnapshot& p) { return p.offline; }));
}

const GroupSnapshot* ClusterSnapshot::group(const std::string& groupId) const {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const GroupSnapshot& g) { return g.groupId == groupId; });
    return it == groups.end() ? nullptr : &*it;
}

const ConsumerSnapshot* ClusterSnapshot::consumer(const std::string& clientId) const {
    auto it = std::find_if(consumers.begin(), consumers.end(), [&](const ConsumerSnapshot& c) { return c.clientId == clientId; });
    return it == consumers.end() ? nullptr : &*it;
}

const ProducerSnapshot* ClusterSnapshot::producer(const std::string& clientId) const {
    auto it = std::find_if(producers.begin(), producers.end(), [&](const ProducerSnapshot& p) { return p.clientId == clientId; });
    return it == producers.end() ? nullptr : &*it;
}

const GroupPartitionSnapshot* GroupSnapshot::partition(const TopicPartition& tp) const {
    auto it = std::find_if(partitions.begin(), partitions.end(), [&](const GroupPartitionSnapshot& p) { return p.tp == tp; });
    return it == partitions.end() ? nullptr : &*it;
}

const GroupMemberSnapshot* GroupSnapshot::memberByClient(const std::string& clientId) const {
    auto it = std::find_if(members.begin(), members.end(), [&](const GroupMemberSnapshot& m) { return m.clientId == clientId; });
    return it == members.end() ? nullptr : &*it;
}

}  // namespace ks
