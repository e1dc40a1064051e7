#include "scenario/compare.h"

#include <algorithm>
#include <iomanip>
#include <map>
#include <set>
#include <sstream>

#include "scenario/runner.h"

namespace ks::scenario {
namespace {

// Listens to one run and times the recoveries the comparison reports.
class FailoverProbe final : public ClusterObserver {
public:
    explicit FailoverProbe(ModeFigures& figures) : figures_(figures) {}

    void attach(Cluster& cluster) {
        cluster_ = &cluster;
        cluster.simulation().addObserver(this);
        rememberLeaderEpochs();
    }

    // After each command: did it take out the active controller or a partition leader?
    void afterCommand(const std::string& command) {
        if (!cluster_) return;
        const NodeId active = cluster_->activeController();
        FaultRecovery fault;
        fault.command = command;
        // A controller already counted as lost is not lost again by every command until a new one is ready.
        fault.controllerLost =
            lastActive_ != kNoNode && lastActive_ != lostController_ && active != lastActive_ && !isRunning(lastActive_);
        fault.leadersLost = !allPartitionsLed() && ledBefore_;
        if (active != kNoNode) lastActive_ = active;
        ledBefore_ = allPartitionsLed();
        if (!fault.controllerLost && !fault.leadersLost) return;
        if (fault.controllerLost) lostController_ = lastActive_;
        figures_.faults.push_back(fault);
        open_.push_back(Open{figures_.faults.size() - 1, cluster_->now()});
    }

    void onActiveController(NodeId controller, bool ready) override {
        for (const Open& o : open_) {
            FaultRecovery& f = figures_.faults[o.index];
            if (!f.controllerLost || controller == lostController_ || f.controllerReady) continue;
            const SimTime took = cluster_->now() - o.since;
            if (!f.controllerElected) f.controllerElected = took;
            if (ready) f.controllerReady = took;
        }
        if (ready) lastActive_ = controller;
        closeFinished();
    }

    void onMetadataCommitted(NodeId, Offset, const MetadataEntry&) override {
        if (!cluster_) return;
        if (allPartitionsLed()) {
            ledBefore_ = true;
            for (const Open& o : open_) {
                FaultRecovery& f = figures_.faults[o.index];
                if (f.leadersLost && !f.partitionsLed) f.partitionsLed = cluster_->now() - o.since;
            }
            closeFinished();
        }
        for (const auto& [name, topic] : cluster_->metadata().topics()) {
            for (std::size_t p = 0; p < topic.partitions.size(); ++p) {
                const PartitionRegistration& reg = topic.partitions[p];
                const TopicPartition tp{name, static_cast<std::int32_t>(p)};
                auto [known, fresh] = epochs_.try_emplace(tp, reg.leaderEpoch);
                if (fresh || reg.leaderEpoch <= known->second) continue;
                known->second = reg.leaderEpoch;
                std::set<BrokerId> waiting;
                for (BrokerId b : reg.replicas)
                    if (isRunning(b)) waiting.insert(b);
                pending_[{tp, reg.leaderEpoch}] = Pending{cluster_->now(), waiting};
            }
        }
    }

    void onReplicaLeaderEpoch(BrokerId broker, const TopicPartition& tp, LeaderEpoch epoch) override {
        auto it = pending_.find({tp, epoch});
        if (it == pending_.end()) return;
        it->second.waiting.erase(broker);
        if (!it->second.waiting.empty()) return;
        const SimTime delay = cluster_->now() - it->second.since;
        total_ += delay;
        ++figures_.propagationSamples;
        figures_.propagationAverage = total_ / figures_.propagationSamples;
        figures_.propagationMax = std::max(figures_.propagationMax, delay);
        pending_.erase(it);
    }

private:
    struct Open {
        std::size_t index = 0;
        SimTime since = 0;
    };
    struct Pending {
        SimTime since = 0;
        std::set<BrokerId> waiting;
    };

    void closeFinished() {
        std::erase_if(open_, [&](const Open& o) {
            const FaultRecovery& f = figures_.faults[o.index];
            return (!f.controllerLost || f.controllerReady) && (!f.leadersLost || f.partitionsLed);
        });
    }
    bool isRunning(NodeId id) const { return cluster_->simulation().state(id) == NodeState::Running; }
    bool allPartitionsLed() const {
        for (const auto& [name, topic] : cluster_->metadata().topics())
            for (const PartitionRegistration& reg : topic.partitions)
                if (reg.leader == kNoNode || !isRunning(reg.leader)) return false;
        return true;
    }
    void rememberLeaderEpochs() {
        for (const auto& [name, topic] : cluster_->metadata().topics())
            for (std::size_t p = 0; p < topic.partitions.size(); ++p)
                epochs_[TopicPartition{name, static_cast<std::int32_t>(p)}] = topic.partitions[p].leaderEpoch;
    }

    ModeFigures& figures_;
    Cluster* cluster_ = nullptr;
    NodeId lastActive_ = kNoNode;
    NodeId lostController_ = kNoNode;
    bool ledBefore_ = true;
    std::vector<Open> open_;
    std::map<TopicPartition, LeaderEpoch> epochs_;
    std::map<std::pair<TopicPartition, LeaderEpoch>, Pending> pending_;
    SimTime total_ = 0;
};

ModeFigures runIn(const std::string& mode, const std::string& fileName, const std::string& text, std::uint64_t seed,
                  std::function<bool(double)> progress) {
    ModeFigures figures;
    figures.mode = mode;
    FailoverProbe probe(figures);
    RunOptions options;
    options.seed = seed;
    options.quiet = true;
    options.forcedMode = mode;
    options.eventSink = [](const ClusterEvent&) {};
    options.progress = std::move(progress);
    ScenarioRunner* current = nullptr;
    bool attached = false;
    options.afterCommand = [&](const std::string& command) {
        if (!attached && current->cluster()) {
            probe.attach(*current->cluster());
            attached = true;
        }
        probe.afterCommand(command);
    };
    std::ostringstream discard;
    ScenarioRunner runner(fileName, text, options, discard);
    current = &runner;
    figures.exitCode = runner.run().exitCode;
    if (runner.cluster()) runner.cluster()->simulation().removeObserver(&probe);
    return figures;
}

}  // namespace

ModeComparison compareModes(const std::string& fileName, const std::string& scenarioText, std::uint64_t seed,
                            const std::function<bool(double)>& progress) {
    auto half = [&](double offset) -> std::function<bool(double)> {
        if (!progress) return {};
        return [&progress, offset](double fraction) { return progress(offset + fraction / 2.0); };
    };
    ModeComparison c;
    c.kraft = runIn("kraft", fileName, scenarioText, seed, half(0.0));
    c.zookeeper = runIn("zookeeper", fileName, scenarioText, seed, half(0.5));
    std::ostringstream o;
    auto row = [&](const std::string& label, const std::string& kraft, const std::string& zookeeper) {
        o << "  " << std::left << std::setw(53) << label << std::setw(16) << kraft << zookeeper << "\n";
    };
    o << "compare " << fileName << " (seed " << seed << "): the same commands in both architectures\n";
    row("", "KRaft", "ZooKeeper");
    const std::size_t faults = std::max(c.kraft.faults.size(), c.zookeeper.faults.size());
    for (std::size_t i = 0; i < faults; ++i) {
        const FaultRecovery none;
        const FaultRecovery& k = i < c.kraft.faults.size() ? c.kraft.faults[i] : none;
        const FaultRecovery& z = i < c.zookeeper.faults.size() ? c.zookeeper.faults[i] : none;
        o << "  after '" << (k.command.empty() ? z.command : k.command) << "'\n";
        auto when = [](bool lost, const std::optional<SimTime>& t) {
            return !lost ? std::string("not lost") : t ? formatDuration(*t) : std::string("not recovered");
        };
        row("    new active controller elected", when(k.controllerLost, k.controllerElected),
            when(z.controllerLost, z.controllerElected));
        row("    ... ready to act (ZooKeeper: state loaded)", when(k.controllerLost, k.controllerReady),
            when(z.controllerLost, z.controllerReady));
        row("    every partition led by a live broker again", when(k.leadersLost, k.partitionsLed),
            when(z.leadersLost, z.partitionsLed));
    }
    auto propagation = [](const ModeFigures& f) {
        return f.propagationSamples == 0 ? std::string("none")
                                         : formatDuration(f.propagationAverage) + " / " + formatDuration(f.propagationMax);
    };
    row("leader change reaches every live replica (avg/max)", propagation(c.kraft), propagation(c.zookeeper));
    row("scenario exit status", std::to_string(c.kraft.exitCode), std::to_string(c.zookeeper.exitCode));
    c.text = o.str();
    return c;
}

}  // namespace ks::scenario
