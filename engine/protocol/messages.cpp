#include "protocol/messages.h"

namespace ks {

const char* messageName(const Message& message) {
    static constexpr const char* names[] = {
        "Produce",          "ProduceResponse",          "Fetch",           "FetchResponse",
        "Metadata",         "MetadataResponse",         "BrokerRegistration", "BrokerRegistrationResponse",
        "BrokerHeartbeat",  "BrokerHeartbeatResponse",  "MetadataFetch",   "MetadataFetchResponse",
        "AlterPartition",   "AlterPartitionResponse",   "CreateTopics",    "DeleteTopics",
        "IncrementalAlterConfigs", "AdminResponse", "Disconnected", "Vote", "VoteResponse",
        "BeginQuorumEpoch", "QuorumFetch", "QuorumFetchResponse", "ElectLeaders",
        "AlterPartitionReassignments"};
    static_assert(std::size(names) == std::variant_size_v<Message>);
    return names[message.index()];
}

}  // namespace ks
