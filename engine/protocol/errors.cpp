#include "protocol/errors.h"

namespace ks {

const char* errorName(KafkaError error) {
    switch (error) {
    case KafkaError::NONE: return "NONE";
    case KafkaError::OFFSET_OUT_OF_RANGE: return "OFFSET_OUT_OF_RANGE";
    case KafkaError::UNKNOWN_TOPIC_OR_PARTITION: return "UNKNOWN_TOPIC_OR_PARTITION";
    case KafkaError::LEADER_NOT_AVAILABLE: return "LEADER_NOT_AVAILABLE";
    case KafkaError::NOT_LEADER_OR_FOLLOWER: return "NOT_LEADER_OR_FOLLOWER";
    case KafkaError::KAFKA_STORAGE_ERROR: return "KAFKA_STORAGE_ERROR";
    case KafkaError::REQUEST_TIMED_OUT: return "REQUEST_TIMED_OUT";
    case KafkaError::BROKER_NOT_AVAILABLE: return "BROKER_NOT_AVAILABLE";
    case KafkaError::MESSAGE_TOO_LARGE: return "MESSAGE_TOO_LARGE";
    case KafkaError::NETWORK_EXCEPTION: return "NETWORK_EXCEPTION";
    case KafkaError::COORDINATOR_LOAD_IN_PROGRESS: return "COORDINATOR_LOAD_IN_PROGRESS";
    case KafkaError::COORDINATOR_NOT_AVAILABLE: return "COORDINATOR_NOT_AVAILABLE";
    case KafkaError::NOT_COORDINATOR: return "NOT_COORDINATOR";
    case KafkaError::NOT_ENOUGH_REPLICAS: return "NOT_ENOUGH_REPLICAS";
    case KafkaError::NOT_ENOUGH_REPLICAS_AFTER_APPEND: return "NOT_ENOUGH_REPLICAS_AFTER_APPEND";
    case KafkaError::INVALID_REQUIRED_ACKS: return "INVALID_REQUIRED_ACKS";
    case KafkaError::ILLEGAL_GENERATION: return "ILLEGAL_GENERATION";
    case KafkaError::INCONSISTENT_GROUP_PROTOCOL: return "INCONSISTENT_GROUP_PROTOCOL";
    case KafkaError::INVALID_GROUP_ID: return "INVALID_GROUP_ID";
    case KafkaError::UNKNOWN_MEMBER_ID: return "UNKNOWN_MEMBER_ID";
    case KafkaError::INVALID_SESSION_TIMEOUT: return "INVALID_SESSION_TIMEOUT";
    case KafkaError::REBALANCE_IN_PROGRESS: return "REBALANCE_IN_PROGRESS";
    case KafkaError::TOPIC_ALREADY_EXISTS: return "TOPIC_ALREADY_EXISTS";
    case KafkaError::INVALID_PARTITIONS: return "INVALID_PARTITIONS";
    case KafkaError::INVALID_REPLICATION_FACTOR: return "INVALID_REPLICATION_FACTOR";
    case KafkaError::INVALID_REPLICA_ASSIGNMENT: return "INVALID_REPLICA_ASSIGNMENT";
    case KafkaError::INVALID_CONFIG: return "INVALID_CONFIG";
    case KafkaError::NOT_CONTROLLER: return "NOT_CONTROLLER";
    case KafkaError::INVALID_REQUEST: return "INVALID_REQUEST";
    case KafkaError::BROKER_ID_NOT_REGISTERED: return "BROKER_ID_NOT_REGISTERED";
    case KafkaError::REASSIGNMENT_IN_PROGRESS: return "REASSIGNMENT_IN_PROGRESS";
    case KafkaError::PREFERRED_LEADER_NOT_AVAILABLE: return "PREFERRED_LEADER_NOT_AVAILABLE";
    case KafkaError::ELECTION_NOT_NEEDED: return "ELECTION_NOT_NEEDED";
    case KafkaError::FENCED_LEADER_EPOCH: return "FENCED_LEADER_EPOCH";
    case KafkaError::UNKNOWN_LEADER_EPOCH: return "UNKNOWN_LEADER_EPOCH";
    case KafkaError::STALE_BROKER_EPOCH: return "STALE_BROKER_EPOCH";
    case KafkaError::MEMBER_ID_REQUIRED: return "MEMBER_ID_REQUIRED";
    case KafkaError::FENCED_INSTANCE_ID: return "FENCED_INSTANCE_ID";
    case KafkaError::INVALID_UPDATE_VERSION: return "INVALID_UPDATE_VERSION";
    case KafkaError::SNAPSHOT_NOT_FOUND: return "SNAPSHOT_NOT_FOUND";
    case KafkaError::INELIGIBLE_REPLICA: return "INELIGIBLE_REPLICA";
    case KafkaError::DELIVERY_TIMEOUT: return "TimeoutException (delivery.timeout.ms)";
    }
    return "UNKNOWN_SERVER_ERROR";
}

bool isRetriable(KafkaError error) {
    switch (error) {
    case KafkaError::UNKNOWN_TOPIC_OR_PARTITION:
    case KafkaError::LEADER_NOT_AVAILABLE:
    case KafkaError::NOT_LEADER_OR_FOLLOWER:
    case KafkaError::KAFKA_STORAGE_ERROR:
    case KafkaError::REQUEST_TIMED_OUT:
    case KafkaError::BROKER_NOT_AVAILABLE:
    case KafkaError::NETWORK_EXCEPTION:
    case KafkaError::NOT_ENOUGH_REPLICAS:
    case KafkaError::NOT_ENOUGH_REPLICAS_AFTER_APPEND:
    case KafkaError::FENCED_LEADER_EPOCH:
    case KafkaError::UNKNOWN_LEADER_EPOCH:
    case KafkaError::NOT_CONTROLLER:
    case KafkaError::COORDINATOR_LOAD_IN_PROGRESS:
    case KafkaError::COORDINATOR_NOT_AVAILABLE:
    case KafkaError::NOT_COORDINATOR:
        return true;
    default:
        return false;
    }
}

}  // namespace ks
