// kafkascope-cli: runs scenario files headless and prints the event log and expectation results.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "cli_lessons.h"
#include "cli_workspace.h"
#include "scenario/compare.h"
#include "scenario/runner.h"

namespace {

constexpr const char* kUsage =
    "usage: kafkascope-cli run FILE [--seed N] [--verbose] [--quiet]\n"
    "       kafkascope-cli compare FILE [--seed N]\n"
    "       kafkascope-cli lesson list | lesson run NAME (see kafkascope-cli lesson --help)\n"
    "       kafkascope-cli workspace replay FILE.kscope\n"
    "\n"
    "run: runs a scenario file (see docs/scenarios.md) against a simulated Kafka cluster and\n"
    "prints the event log and the expectation results.\n"
    "compare: runs the scenario once in KRaft mode and once in ZooKeeper mode (the architecture\n"
    "before Kafka 4.0) and prints how long controller failover, leader election and metadata\n"
    "propagation took in each.\n"
    "workspace replay: replays a workspace saved by the window (File > Save workspace) and prints\n"
    "its final state: brokers, controllers, partitions and groups. Ctrl-C cancels.\n"
    "  --seed N    the seed every random choice derives from (default 1); same seed, same run\n"
    "  --verbose   also print routine events (every batch, every metadata record)\n"
    "  --quiet     print only failures, invariant violations and the summary\n"
    "exit status: 0 all expectations met, 1 an expectation failed or an invariant was violated,\n"
    "             2 the scenario file has an error (named by file:line:column)\n";

int usageError(const std::string& message) {
    std::cerr << "kafkascope-cli: " << message << "\n\n" << kUsage;
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        std::cout << kUsage;
        return argc < 2 ? 2 : 0;
    }
    const std::string command = argv[1];
    if (command == "lesson") return lessonCommand(argc, argv);
    if (command == "workspace") {
        if (argc < 3 || std::strcmp(argv[2], "replay") != 0) return usageError("workspace needs 'replay FILE'");
        if (argc != 4) return usageError("workspace replay needs exactly one file");
        return ks::cli::replayWorkspace(argv[3]);
    }
    if (command != "run" && command != "compare") return usageError("unknown command '" + command + "'");
    ks::scenario::RunOptions options;
    std::string file;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seed") {
            if (i + 1 >= argc) return usageError("--seed needs a number");
            const std::string value = argv[++i];
            char* end = nullptr;
            const unsigned long long seed = std::strtoull(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || value[0] == '-') return usageError("--seed needs a whole number, not '" + value + "'");
            options.seed = seed;
        } else if (arg == "--verbose") {
            options.verbose = true;
        } else if (arg == "--quiet") {
            options.quiet = true;
        } else if (!arg.empty() && arg[0] == '-') {
            return usageError("unknown option '" + arg + "'");
        } else if (file.empty()) {
            file = arg;
        } else {
            return usageError("only one scenario file at a time ('" + file + "' and '" + arg + "')");
        }
    }
    if (file.empty()) return usageError("which scenario file? e.g. kafkascope-cli run resources/scenarios/classroom.scenario");
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "kafkascope-cli: cannot read '" << file << "': " << std::strerror(errno) << "\n";
        return 2;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (command == "compare") {
        ks::cli::catchInterrupt();
        ks::cli::ProgressLine progress("comparing " + file);
        ks::scenario::ModeComparison comparison;
        try {
            comparison = ks::scenario::compareModes(file, text.str(), options.seed, [&](double fraction) {
                progress.show(fraction, fraction < 0.5 ? "the KRaft run" : "the ZooKeeper run");
                return !ks::cli::interrupted();
            });
        } catch (const ks::scenario::RunCancelled&) {
            progress.finish();
            std::cerr << "kafkascope-cli: compare cancelled\n";
            return 130;
        }
        progress.finish();
        std::cout << comparison.text;
        return std::max(comparison.kraft.exitCode, comparison.zookeeper.exitCode);
    }
    ks::scenario::ScenarioRunner runner(file, text.str(), options, std::cout);
    return runner.run().exitCode;
}
