#include "sim/network.h"

#include <algorithm>

namespace ks {

const LinkConfig& Network::link(NodeId from, NodeId to) const {
    auto it = overrides_.find({from, to});
    return it == overrides_.end() ? defaults_ : it->second;
}

void Network::healAll() {
    cuts_.clear();
    isolated_.clear();
}

bool Network::isCut(NodeId from, NodeId to) const {
    return isolated_.count(from) || isolated_.count(to) || cuts_.count({from, to});
}

SimTime Network::deliveryTime(NodeId from, NodeId to, SimTime now) {
    if (from == to) return now;
    if (isCut(from, to)) return kNever;
    const std::pair<NodeId, NodeId> key{from, to};
    auto rng = rngs_.find(key);
    if (rng == rngs_.end())
        rng = rngs_.emplace(key, Rng::derive(seed_, (static_cast<std::uint64_t>(from) << 32) ^
                                                        static_cast<std::uint32_t>(to)))
                  .first;
    const LinkConfig& config = link(from, to);
    if (config.loss > 0 && rng->second.chance(config.loss)) return kNever;
    SimTime at = now + config.latency + (config.jitter > 0 ? rng->second.between(0, config.jitter) : 0);
    SimTime& last = lastArrival_[key];
    at = std::max(at, last);
    last = at;
    return at;
}

}  // namespace ks
