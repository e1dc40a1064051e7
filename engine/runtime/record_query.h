#pragma once
// The runtime's side of the producer panel and the message browser: a viewer's record turned into a
// scenario `produce` command (so it is logged and replays), and a page of a partition's records read
// from the replicas' logs without changing the simulation.
#include <optional>
#include <string>

#include "api/records.h"
#include "api/snapshot.h"

namespace ks {
class Cluster;
}

namespace ks::runtime {

// What in `request` a scenario command line cannot carry, e.g. "the value has a line break"; nothing
// when it can be sent. Names the field: key, value, header N key, header N value.
struct RequestProblem {
    std::string field;     // "topic", "partition", "key", "value", "header 2 key", "header 2 value"
    std::string message;
};
std::optional<RequestProblem> produceRequestProblem(const RecordToProduce& request);

// The one-line command that produces `request`, e.g. `produce orders key="k" value="v" acks=1`.
// The request must have no problem (produceRequestProblem).
std::string produceCommand(const RecordToProduce& request);

// A page of `query.tp` as its leader (or, offline, its longest replica) holds it, read at the
// snapshot's instant; `snapshot` must be the cluster's current one.
RecordPage readRecords(const Cluster& cluster, const ClusterSnapshot& snapshot, const RecordQuery& query);

}  // namespace ks::runtime
