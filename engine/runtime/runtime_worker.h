#pragma once
// The worker thread of EngineRuntime: owns the scenario runner and its cluster, applies commands at
// simulated-time boundaries, paces the simulation, and publishes frames. Everything below the
// "worker thread only" line is touched by that thread alone; the rest is guarded by mutex_.
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "runtime/engine_runtime.h"
#include "runtime/pacer.h"
#include "runtime/scenario_export.h"

namespace ks {
class Cluster;
namespace scenario {
class ScenarioRunner;
}
}  // namespace ks

namespace ks::runtime {

struct Control {
    enum class Kind { Submit, Schedule, Play, Pause, StepEvent, StepMillisecond, Speed, FastForward, PauseAt, Producer, Produce, Query };
    Kind kind = Kind::Play;
    std::string command;
    SimTime at = 0;
    bool relative = false;         // `at` counts from the current simulated time
    double speed = 1.0;
    BackgroundProducer producer;
    std::uint64_t request = 0;     // Produce, Query: the request's number
    RecordToProduce produce;
    RecordQuery query;

    static Control of(Kind kind) {
        Control control;
        control.kind = kind;
        return control;
    }
};

class EngineRuntime::Worker {
public:
    using Clock = Pacer::Clock;

    explicit Worker(RuntimeConfig config);
    ~Worker();
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    void post(Control control);
    std::optional<Frame> takeFrame();
    std::vector<CommandRecord> commandLog() const;
    SessionRecord session() const;
    ReplayProgress replayProgress() const;

private:
    void run();
    void yieldToViewers();
    void start();
    void handle(const Control& control);
    void apply(const std::string& text, bool automatic);
    void runSlice(Clock::time_point now);
    bool runTo(SimTime target, Clock::time_point deadline);
    void fireDue();
    SimTime nextStop() const;
    void endFastForward();
    // Builds the cluster: from the latest checkpoint the replay passes through, else by the setup.
    bool restoreCheckpoint(const scenario::RunOptions& options);
    void startReplay(std::size_t alreadyApplied);
    void takeCheckpoint();
    void finishReplay();
    void setPlaying(bool playing);
    void publish(Clock::time_point now);
    Clock::time_point wakeTime(Clock::time_point now) const;
    void onEvent(const ClusterEvent& event);
    bool background(const ClusterEvent& event);
    std::size_t partitionCount(const std::string& topic) const;  // 0: no such topic
    void produceRecord(std::uint64_t request, const RecordToProduce& record);
    void collectProduced();

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Control> controls_;
    bool stopping_ = false;
    Frame out_;
    bool fresh_ = false;
    std::vector<CommandRecord> log_;
    SimTime setupEnd_ = 0;
    SimTime publishedTime_ = 0;
    ReplayProgress replay_;

    // ---- worker thread only
    RuntimeConfig config_;
    std::ostringstream discarded_;
    std::unique_ptr<scenario::ScenarioRunner> runner_;
    Cluster* cluster_ = nullptr;
    Text startupError_;
    std::map<std::string, NodeId> clientNodes_;
    Pacer pacer_;
    bool playing_ = false;
    double speed_ = 1.0;
    bool fastForward_ = false;
    SimTime fastForwardUntil_ = 0;
    bool playAfterFastForward_ = false;
    SimTime pauseAt_ = kNever;
    struct Scheduled {
        std::string command;
        bool automatic = false;     // a replayed command of the background producer
    };
    std::multimap<SimTime, Scheduled> scheduled_;   // equal times keep the order they came in
    bool replaying_ = false;
    std::deque<Control> deferred_;                   // sent during the replay, handled after it
    BackgroundProducer producerAfterReplay_;
    BackgroundProducer producer_;
    SimTime nextTick_ = 0;
    std::uint64_t ticks_ = 0;
    SimTime nextCheck_ = 0;
    SimTime nextCheckpoint_ = 0;
    Clock::time_point checkpointAllowedAt_{};
    std::string producerClient_;
    std::set<std::string> backgroundLabels_;
    std::vector<ClusterEvent> events_;
    std::vector<CommandRecord> applied_;
    struct PendingProduce {
        ProduceReply reply;
        NodeId producer = kNoNode;
        std::uint64_t group = 0;
    };
    std::vector<PendingProduce> pendingProduces_;
    std::vector<ProduceReply> produced_;
    std::vector<RecordPage> pages_;
    bool dirty_ = true;
    std::uint64_t sequence_ = 0;
    Clock::time_point lastPublish_{};
    bool behind_ = false;
    Clock::time_point behindSince_{};
    Clock::time_point rateWall_{};
    std::uint64_t rateEvents_ = 0;
    double eventsPerSecond_ = 0.0;

    std::thread thread_;
};

}  // namespace ks::runtime
