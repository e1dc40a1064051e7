#pragma once
// The producer that runs in the background of a live session: every `interval` of simulated time it
// issues one ordinary produce command, with keys rotating over a few users so that records spread
// over the partitions, or keyed by a pattern (the producer panel's rate generator). Its commands are
// logged like anyone else's, so a run replays without it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "api/records.h"
#include "core/types.h"

namespace ks::runtime {

struct BackgroundProducer {
    bool enabled = true;
    std::string topic = "orders";
    int recordsPerTick = 1;
    SimTime interval = millis(100);
    KeyPatternSpec keys;

    bool operator==(const BackgroundProducer&) const = default;
};

// The commands issued on the `tick`-th firing to a topic of `partitions` partitions. Without a key
// pattern one command, e.g. "produce orders partition=2 value=order-42 count=1"; with one, a command
// per record, each with its key, e.g. `produce orders key="user-3" value="order-42" acks=all`.
std::vector<std::string> backgroundProduceCommands(const BackgroundProducer& producer, std::uint64_t tick,
                                                   std::size_t partitions);

// The key of the `n`-th record under `keys` (nothing for KeyPattern::None). RandomSet and HotKey draw
// from a stream derived from `n` alone, so the same record number always gets the same key.
std::optional<std::string> patternKey(const KeyPatternSpec& keys, std::uint64_t n);

// The first firing time at or after `now` on the producer's grid (multiples of its interval).
SimTime nextTickAtOrAfter(SimTime now, SimTime interval);

}  // namespace ks::runtime
