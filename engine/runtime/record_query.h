#pragma once
// The runtime's side of the message browser: a page of a partition's records read from the
// replicas' logs without changing the simulation.
#include "api/records.h"
#include "api/snapshot.h"

namespace ks {
class Cluster;
}

namespace ks::runtime {

// A page of `query.tp` as its leader (or, offline, its longest replica) holds it, read at the
// snapshot's instant; `snapshot` must be the cluster's current one.
RecordPage readRecords(const Cluster& cluster, const ClusterSnapshot& snapshot, const RecordQuery& query);

}  // namespace ks::runtime
