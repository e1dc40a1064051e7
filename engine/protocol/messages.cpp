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

std::optional<Message> notControllerAnswer(const Message& request, NodeId hint) {
    return std::visit(
        [&](const auto& m) -> std::optional<Message> {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, BrokerRegistrationRequest>) {
                return BrokerRegistrationResponse{KafkaError::NOT_CONTROLLER, -1, hint};
            } else if constexpr (std::is_same_v<T, BrokerHeartbeatRequest>) {
                return BrokerHeartbeatResponse{KafkaError::NOT_CONTROLLER, false, true, hint};
            } else if constexpr (std::is_same_v<T, MetadataFetchRequest>) {
                MetadataFetchResponse response;
                response.error = KafkaError::NOT_CONTROLLER;
                response.baseOffset = m.fetchOffset;
                response.leaderHint = hint;
                return response;
            } else if constexpr (std::is_same_v<T, AlterPartitionRequest>) {
                AlterPartitionResponse response;
                response.error = KafkaError::NOT_CONTROLLER;
                return response;
            } else if constexpr (std::is_same_v<T, CreateTopicsRequest> || std::is_same_v<T, DeleteTopicsRequest> ||
                                 std::is_same_v<T, AlterConfigsRequest> || std::is_same_v<T, ElectLeadersRequest> ||
                                 std::is_same_v<T, AlterPartitionReassignmentsRequest> ||
                                 std::is_same_v<T, UnregisterBrokerRequest>) {
                return AdminResponse{m.correlationId, KafkaError::NOT_CONTROLLER, EngineText::tr("not the controller"), hint};
            } else {
                return std::nullopt;
            }
        },
        request);
}

const char* messageName(const Message& message) { return messageName(message.index()); }

const char* messageName(std::size_t index) {
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
        "ListOffsetsResponse", "ZkRequest", "ZkResponse", "ZkWatchEvent", "LeaderAndIsr", "UpdateMetadata",
        "FetchSnapshot", "FetchSnapshotResponse", "StopReplica", "UnregisterBroker"};
    static_assert(std::size(names) == std::variant_size_v<Message>);
    return index < std::size(names) ? names[index] : "?";
}

}  // namespace ks
