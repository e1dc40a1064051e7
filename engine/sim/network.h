#pragma once
// Simulated links between nodes: latency with jitter, message loss, and cuts in one or both
// directions. Every directed link draws from its own seeded random stream, and a link delivers in
// order (as a TCP connection does).
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "core/rng.h"
#include "core/types.h"

namespace ks {

struct LinkConfig {
    SimTime latency = 1000;     // one way, microseconds
    SimTime jitter = 200;       // uniform extra delay in [0, jitter]
    double loss = 0.0;          // probability a message is dropped
};

class Network {
public:
    explicit Network(std::uint64_t seed) : seed_(seed) {}

    void setDefaults(const LinkConfig& config) { defaults_ = config; }
    const LinkConfig& defaults() const { return defaults_; }
    void setLink(NodeId from, NodeId to, const LinkConfig& config) { overrides_[{from, to}] = config; }
    const LinkConfig& link(NodeId from, NodeId to) const;
    // Back to the defaults: one directed link, or every link.
    void clearLink(NodeId from, NodeId to) { overrides_.erase({from, to}); }
    void clearLinks() { overrides_.clear(); }
    const std::map<std::pair<NodeId, NodeId>, LinkConfig>& overrides() const { return overrides_; }

    void cut(NodeId from, NodeId to) { cuts_.insert({from, to}); }
    void heal(NodeId from, NodeId to) { cuts_.erase({from, to}); }
    void isolate(NodeId node) { isolated_.insert(node); }
    void healAll();
    bool isCut(NodeId from, NodeId to) const;
    const std::set<std::pair<NodeId, NodeId>>& cuts() const { return cuts_; }
    const std::set<NodeId>& isolated() const { return isolated_; }

    // When a message sent now would arrive, or kNever when it is lost.
    SimTime deliveryTime(NodeId from, NodeId to, SimTime now);

private:
    std::uint64_t seed_;
    LinkConfig defaults_;
    std::map<std::pair<NodeId, NodeId>, LinkConfig> overrides_;
    std::set<std::pair<NodeId, NodeId>> cuts_;
    std::set<NodeId> isolated_;
    std::map<std::pair<NodeId, NodeId>, Rng> rngs_;
    std::map<std::pair<NodeId, NodeId>, SimTime> lastArrival_;
};

}  // namespace ks
