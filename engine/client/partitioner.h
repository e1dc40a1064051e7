#pragma once
// How Kafka's producer picks a partition for a record with a key: murmur2 of the key bytes, made
// positive, modulo the partition count (org.apache.kafka.common.utils.Utils.murmur2/toPositive).
#include <cstdint>
#include <string_view>

namespace ks {

// What decided a record's partition, in the order Kafka's producer asks: the record's own partition,
// then murmur2 of its key, then the configured partitioner for records with neither.
enum class PartitionChoice { Explicit, KeyHash, Sticky, RoundRobin };

std::int32_t murmur2(std::string_view data);
inline std::int32_t toPositive(std::int32_t n) { return n & 0x7fffffff; }
inline std::int32_t partitionForKey(std::string_view key, std::int32_t numPartitions) {
    return toPositive(murmur2(key)) % numPartitions;
}

}  // namespace ks
