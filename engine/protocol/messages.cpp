#include "protocol/messages.h"

namespace ks {

const char* zkErrorName(ZkError error) {
    switch (error) {
    case ZkError::Ok: return "OK";
    case ZkError::NoNode: return "NONODE";
    case ZkError::NodeExists: return "NODEEXISTS";
    case ZkError::BadVersion: return "BADVERSION";
    case ZkError::NotEmpty: return "NOTEMPTY";
    case ZkError::SessionExpired: return "SESSIONEXPIRED";
    case ZkError::NotLeader: return "NOTLEADER";
    }
    return "?";
}

const char* messageName(const Message& message) {
    static constexpr const char* names[] = {
        "Produce",          "ProduceResponse",          "Fetch",           "FetchResponse",
        "Metadata",         "MetadataResponse",         "BrokerRegistration", "BrokerRegistrationResponse",
        "BrokerHeartbeat",  "BrokerHeartbeatResponse",  "MetadataFetch",   "MetadataFetchResponse",
        "AlterPartition",   "AlterPartitionResponse",   "CreateTopics",    "DeleteTopics",
        "IncrementalAlterConfigs", "AdminResponse", "Disconnected", "Vote", "VoteResponse",
        "BeginQuorumEpoch", "QuorumFetch", "QuorumFetchResponse", "ElectLeaders",
        "AlterPartitionReassignments", "FindCoordinator", "FindCoordinatorResponse", "JoinGroup", "JoinGroupResponse",
        "SyncGroup", "SyncGroupResponse", "Heartbeat", "HeartbeatResponse", "LeaveGroup", "LeaveGroupResponse",
        "OffsetCommit", "OffsetCommitResponse", "OffsetFetch", "OffsetFetchResponse", "ListOffsets",
        "ListOffsetsResponse", "ZkRequest", "ZkResponse", "ZkWatchEvent", "LeaderAndIsr", "UpdateMetadata"};
    static_assert(std::size(names) == std::variant_size_v<Message>);
    return names[message.index()];
}

}  // namespace ks
