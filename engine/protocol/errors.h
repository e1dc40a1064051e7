#pragma once
// Kafka's error codes, by the names Kafka's clients print.
#include <cstdint>

namespace ks {

enum class KafkaError : std::int16_t {
    NONE = 0,
    OFFSET_OUT_OF_RANGE = 1,
    UNKNOWN_TOPIC_OR_PARTITION = 3,
    LEADER_NOT_AVAILABLE = 5,
    NOT_LEADER_OR_FOLLOWER = 6,
    REQUEST_TIMED_OUT = 7,
    BROKER_NOT_AVAILABLE = 8,
    MESSAGE_TOO_LARGE = 10,
    NETWORK_EXCEPTION = 13,
    NOT_ENOUGH_REPLICAS = 19,
    NOT_ENOUGH_REPLICAS_AFTER_APPEND = 20,
    INVALID_REQUIRED_ACKS = 21,
    TOPIC_ALREADY_EXISTS = 36,
    INVALID_PARTITIONS = 37,
    INVALID_REPLICATION_FACTOR = 38,
    INVALID_REPLICA_ASSIGNMENT = 39,
    INVALID_CONFIG = 40,
    NOT_CONTROLLER = 41,
    INVALID_REQUEST = 42,
    REASSIGNMENT_IN_PROGRESS = 60,
    PREFERRED_LEADER_NOT_AVAILABLE = 80,
    ELECTION_NOT_NEEDED = 84,
    FENCED_LEADER_EPOCH = 74,
    UNKNOWN_LEADER_EPOCH = 75,
    STALE_BROKER_EPOCH = 77,
    INVALID_UPDATE_VERSION = 95,
    INELIGIBLE_REPLICA = 107,
    // Client-side: the producer gave up on a batch after delivery.timeout.ms (Kafka's TimeoutException).
    DELIVERY_TIMEOUT = 30000,
};

const char* errorName(KafkaError error);
bool isRetriable(KafkaError error);

}  // namespace ks
