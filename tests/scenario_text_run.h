#pragma once
// Runs a scenario text through the scenario runner and keeps what tests look at afterwards.
#include <sstream>
#include <string>

#include "scenario/runner.h"

namespace ks::testing {

struct TextRun {
    int exitCode = 0;
    std::string output;
    ClusterSnapshot snapshot;
    std::size_t violations = 0;
};

inline TextRun runScenarioText(const std::string& fileName, const std::string& text, std::uint64_t seed = 1) {
    std::ostringstream out;
    scenario::RunOptions options;
    options.seed = seed;
    scenario::ScenarioRunner runner(fileName, text, options, out);
    TextRun run;
    run.exitCode = runner.run().exitCode;
    run.output = out.str();
    if (Cluster* cluster = runner.cluster()) {
        run.snapshot = cluster->snapshot();
        run.violations = cluster->checker().violations().size();
    }
    return run;
}

}  // namespace ks::testing
