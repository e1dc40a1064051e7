#pragma once
// Writes a live session as a scenario file: the setup commands, then each applied command after an
// 'advance' to the simulated time it was applied at. `kafkascope-cli run --seed N FILE` replays it.
#include <cstdint>
#include <string>
#include <vector>

#include "api/frame.h"

namespace ks::runtime {

struct SessionRecord {
    std::uint64_t seed = 1;
    std::string setup;                     // the commands that built the cluster
    SimTime setupEnd = 0;                  // the simulated time when they were done
    std::vector<CommandRecord> commands;   // in the order they were applied
    SimTime end = 0;                       // where the exported run stops
};

std::string exportScenario(const SessionRecord& session);

// A duration in the scenario format, exact to the microsecond: "1500ms", "250us", "12s".
std::string scenarioDuration(SimTime duration);

}  // namespace ks::runtime
