#include "api/snapshot.h"

#include <algorithm>

namespace ks {

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

}  // namespace ks
