#pragma once
// Runs a scenario file against a fresh cluster: executes its commands in order, checks its
// expectations, prints the event log, and reports the invariant checkers' findings.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "cluster/cluster.h"
#include "api/records.h"
#include "scenario/lexer.h"

namespace ks::scenario {

struct RunOptions {
    std::uint64_t seed = 1;
    bool verbose = false;          // also print routine events (every batch, every metadata record)
    bool quiet = false;            // print only expectation failures, violations and the summary
    // "kraft" or "zookeeper": overrides the cluster command's mode (the compare command runs both).
    std::optional<std::string> forcedMode;
    // Called after every command with its text (the compare command's probe looks at the cluster then).
    std::function<void(const std::string&)> afterCommand;
    // When set, cluster events go here instead of being printed.
    std::function<void(const ClusterEvent&)> eventSink;
    // When set, run() reports how far it got (0..1: by lines, and through each simulated second of
    // an advance); returning false cancels the run, which then throws RunCancelled.
    std::function<bool(double)> progress;
};

// Thrown out of ScenarioRunner::run() when RunOptions::progress asked to stop.
struct RunCancelled {};

// The outcome of one command given interactively (the GUI's command queue).
struct CommandResult {
    bool ok = true;
    std::string error;             // "FILE:LINE:COL: error: ..." naming the problem, in English
    Text errorMessage;             // the same as a Text, for the window to translate (docs/ENGINE-TEXT.md)
    std::string output;            // what it printed (print tables, expectation results)
};

struct RunResult {
    int exitCode = 0;              // 0 ok, 1 a failed expectation or an invariant violation, 2 a scenario error
    int expectationsPassed = 0;
    int expectationsFailed = 0;
    std::size_t violations = 0;
    SimTime simulatedTime = 0;
    std::uint64_t events = 0;
};

class ScenarioRunner {
public:
    ScenarioRunner(std::string fileName, std::string text, RunOptions options, std::ostream& out);
    ~ScenarioRunner();

    RunResult run();
    // Executes one or more command lines against the cluster built so far, as the scenario file
    // would; errors do not stop later commands. The GUI sends its commands this way.
    CommandResult executeCommands(const std::string& text);
    // A checkpoint of the commands executed so far: a runner with a copy of the cluster
    // (Cluster::clone) that goes on with `options` (its event sink, callbacks) and prints to `out`.
    // Nothing when the cluster cannot be copied at this moment.
    std::unique_ptr<ScenarioRunner> clone(RunOptions options, std::ostream& out) const;
    // The cluster after run(), for tests that look further.
    Cluster* cluster() { return cluster_.get(); }
    const RunResult& result() const { return result_; }

private:
    void execute(const Line& line);
    void executeCluster(const Line& line);
    // The cluster line's metadata snapshot configs (KRaft controllers' static configs).
    void applySnapshotOptions(const Line& line, ClusterSpec& spec) const;
    void executeConfig(const Line& line);
    void executeTopic(const Line& line);
    void executeProduce(const Line& line);
    void executeBroker(const Line& line);
    void executeController(const Line& line);
    void executeLeader(const Line& line);
    void executePartition(const Line& line);
    void executeLink(const Line& line);
    void executeExpect(const Line& line);
    void executePrint(const Line& line);
    void executeNetwork(const Line& line);
    void executeChaos(const Line& line);
    void executeProducer(const Line& line);
    void applyProducerConfigs(const Line& line, ProducerConfig& config) const;
    void recordAdmin(const std::string& what, const AdminResult& result);
    void advance(const Line& line);
    void reportProgress(double withinLine) const;
    // Consumers and consumer groups (runner_consumers.cpp).
    void executeConsumer(const Line& line);
    void executeGroupExpect(const Line& line, const ClusterSnapshot& snap);
    std::string formatGroups(const ClusterSnapshot& snap) const;

    // Hands the cluster's events to the event sink, or prints them.
    void connectCluster();
    Cluster& requireCluster(const Line& line);
    [[noreturn]] void fail(SourcePos pos, Text message) const;
    const Word& word(const Line& line, std::size_t index, const Text& what) const;
    void expectWords(const Line& line, std::size_t count, const char* usage) const;
    void rejectUnknownOptions(const Line& line, std::initializer_list<const char*> allowed) const;
    NodeId nodeId(const Word& w) const;
    // A node id, or a consumer's name (link and isolate take consumers by name too).
    NodeId linkEnd(const Word& w) const;
    TopicPartition partitionRef(const Word& w) const;
    void report(const Line& line, bool passed, const std::string& found);
    void printEvent(const ClusterEvent& event);
    std::string sourceLine(int line) const;

    std::string fileName_;
    std::string text_;
    RunOptions options_;
    std::ostream* out_;
    std::unique_ptr<Cluster> cluster_;
    RunResult result_;
    AdminResult lastAdmin_;
    std::size_t lineIndex_ = 0;    // during run(): the line being executed, of lineCount_
    std::size_t lineCount_ = 0;
};

}  // namespace ks::scenario
