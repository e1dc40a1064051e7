#pragma once
// `compare`: runs one scenario (one fault schedule) once in KRaft mode and once in ZooKeeper mode
// and measures what differs: after each fault that took out the active controller or a partition
// leader, how long until a new controller was elected and ready and every partition had a live
// leader again; and how long a committed leader change took to reach the replicas.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/types.h"

namespace ks::scenario {

struct FaultRecovery {
    std::string command;                        // the scenario line that did it
    bool controllerLost = false;
    bool leadersLost = false;
    std::optional<SimTime> controllerElected;   // since the fault
    std::optional<SimTime> controllerReady;     // ZooKeeper mode: once the new controller loaded the state
    std::optional<SimTime> partitionsLed;       // every partition led by a live broker again
};

struct ModeFigures {
    std::string mode;
    int exitCode = 0;
    std::vector<FaultRecovery> faults;
    int propagationSamples = 0;                 // committed leader changes that reached every live replica
    SimTime propagationAverage = 0;
    SimTime propagationMax = 0;
};

struct ModeComparison {
    ModeFigures kraft;
    ModeFigures zookeeper;
    std::string text;   // the table kafkascope-cli prints
};

// `progress`, when set, hears how far both runs together got (0..1); returning false cancels the
// comparison, and compareModes throws RunCancelled (runner.h).
ModeComparison compareModes(const std::string& fileName, const std::string& scenarioText, std::uint64_t seed,
                            const std::function<bool(double)>& progress = {});

}  // namespace ks::scenario
