#pragma once
// Small helpers the topology scene's source files share.
#include <QString>
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "api/snapshot.h"

namespace ks::ui::scene {

// Deletes and forgets the items whose keys are not in `present`.
template <class Map>
void removeMissing(Map& items, const std::set<typename Map::key_type>& present) {
    for (auto it = items.begin(); it != items.end();) {
        if (present.count(it->first)) {
            ++it;
            continue;
        }
        delete it->second;
        it = items.erase(it);
    }
}

// "broker 2", "controller 101", "ZooKeeper 201", a client's id, or "node N".
QString nodeName(const ClusterSnapshot& s, NodeId id, const std::map<std::string, NodeId>* clients);

bool isolated(const ClusterSnapshot& s, NodeId id);

// Whether the two snapshots of one partition draw the same (leader, ISR, every replica's offsets).
bool samePartition(const PartitionSnapshot& a, const PartitionSnapshot& b);

// Kafka's internal topics (__consumer_offsets) start with two underscores.
bool isInternalTopic(const std::string& topic);

}  // namespace ks::ui::scene
