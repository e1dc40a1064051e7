#pragma once
// Kafka's own vocabulary for the identifiers every part of the engine shares.
#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace ks {

// Simulated time in microseconds since the start of the run. The engine never reads a wall clock.
using SimTime = std::int64_t;
constexpr SimTime kMicrosPerMilli = 1000;
constexpr SimTime kMicrosPerSecond = 1000 * kMicrosPerMilli;
constexpr SimTime millis(std::int64_t ms) { return ms * kMicrosPerMilli; }
constexpr SimTime seconds(std::int64_t s) { return s * kMicrosPerSecond; }
constexpr SimTime kNever = INT64_MAX;

// Any node of the simulation: brokers are 1..N, KRaft controllers 101.., ZooKeeper nodes 201..,
// clients (producers, admin) 1001...
using NodeId = std::int32_t;
using BrokerId = NodeId;
constexpr NodeId kNoNode = -1;

using Offset = std::int64_t;
using LeaderEpoch = std::int32_t;
using PartitionEpoch = std::int32_t;

struct TopicPartition {
    std::string topic;
    std::int32_t partition = 0;

    auto operator<=>(const TopicPartition&) const = default;
    bool operator==(const TopicPartition&) const = default;
    // Kafka's notation: orders-0
    std::string str() const { return topic + "-" + std::to_string(partition); }
};

std::string formatTime(SimTime t);          // "12.345s"
std::string formatDuration(SimTime d);      // "9.0s", "250ms"

}  // namespace ks

template <>
struct std::hash<ks::TopicPartition> {
    std::size_t operator()(const ks::TopicPartition& tp) const noexcept {
        return std::hash<std::string>()(tp.topic) * 31u + static_cast<std::size_t>(tp.partition);
    }
};
