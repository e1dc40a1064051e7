#pragma once
// The producer that runs in the background of a live session: every `interval` of simulated time it
// issues one ordinary produce command, with keys rotating over a few users so that records spread
// over the partitions. Its commands are logged like anyone else's, so a run replays without it.
#include <cstdint>
#include <string>

#include "core/types.h"

namespace ks::runtime {

struct BackgroundProducer {
    bool enabled = true;
    std::string topic = "orders";
    int recordsPerTick = 1;
    SimTime interval = millis(100);

    bool operator==(const BackgroundProducer&) const = default;
};

// The command issued on the `tick`-th firing to a topic of `partitions` partitions, e.g.
// "produce orders partition=2 value=order-42 count=1".
std::string backgroundProduceCommand(const BackgroundProducer& producer, std::uint64_t tick, std::size_t partitions);

// The first firing time at or after `now` on the producer's grid (multiples of its interval).
SimTime nextTickAtOrAfter(SimTime now, SimTime interval);

}  // namespace ks::runtime
