#pragma once
// The live simulation behind the window: runs the deterministic engine on its own worker thread,
// paced against real time by a speed factor. Viewers send scenario-format commands and clock
// controls through a queue and pick up the newest Frame (an immutable snapshot plus the events since
// the last frame); no call here waits for the engine.
//
// Determinism: every command is applied between two simulated instants (all events up to and
// including time T are processed, none after), at a whole simulated millisecond, and logged with T.
// The seed, the setup commands and that log replay the run exactly, whatever the speed was.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/frame.h"
#include "runtime/background_producer.h"
#include "runtime/checkpoint_store.h"
#include "runtime/scenario_export.h"

namespace ks::runtime {

struct Control;

constexpr double kAsFastAsPossible = std::numeric_limits<double>::infinity();
// Slow motion down to a thousandth: a message on a 1 ms link then takes a second to cross the view.
constexpr double kSlowestSpeed = 0.001;
constexpr double kFastestPacedSpeed = 1000.0;

// Three brokers, a three-node KRaft controller quorum, a replicated topic and a consumer group of two
// consumers reading it.
std::string defaultSetup();

struct RuntimeConfig {
    std::uint64_t seed = 1;
    std::string setup = defaultSetup();   // scenario commands that build the cluster, run first
    BackgroundProducer producer;
    bool startPlaying = true;
    double speed = 1.0;
    std::chrono::milliseconds frameInterval{16};
    std::size_t maxPendingEvents = 100000;
    // A recorded run to replay first (a workspace being opened, or a scrub back in time): after the
    // setup, these commands are applied at their simulated times, as fast as possible, up to
    // `replayUntil` (or the last command's time, if later). Then the clock plays or stands paused as
    // `startPlaying` says, and the background producer carries on where the recorded one left off.
    std::vector<CommandRecord> history;
    SimTime replayUntil = 0;
    // Where the runtime keeps a checkpoint every kCheckpointInterval of simulated time (when copying
    // costs little enough, see runtime_worker.cpp), and where a replay of `history` starts from the
    // latest one it passes through instead of from the start. None: no checkpoints.
    std::shared_ptr<CheckpointStore> checkpoints;
};

constexpr SimTime kCheckpointInterval = seconds(10);

// How far the replay of RuntimeConfig::history has come.
struct ReplayProgress {
    SimTime reached = 0;   // the simulated time replayed to so far
    SimTime until = 0;     // where the replay ends
    bool done = false;     // the replay is over (or there was none); frames show its end
    std::optional<SimTime> checkpoint;   // the replay started from a checkpoint taken at this time
    Text error;            // the setup failed; nothing was replayed (English: error.str())
};

class EngineRuntime {
public:
    explicit EngineRuntime(RuntimeConfig config);
    ~EngineRuntime();
    EngineRuntime(const EngineRuntime&) = delete;
    EngineRuntime& operator=(const EngineRuntime&) = delete;

    const RuntimeConfig& config() const { return config_; }

    // A scenario command line, applied at the next whole simulated millisecond.
    void submit(std::string command);
    // A command applied at simulated time `at` (a whole millisecond), or at once if that has passed.
    void schedule(SimTime at, std::string command);

    void play();
    void pause();
    void stepEvent();         // processes the next engine event, then pauses
    void stepMillisecond();   // runs to the next whole simulated millisecond, then pauses
    void setSpeed(double speed);   // kSlowestSpeed..kFastestPacedSpeed, or kAsFastAsPossible
    // Runs as fast as possible until simulated time `until`, then goes back to playing or pausing.
    void fastForwardTo(SimTime until);
    // The same, `duration` past wherever the simulated clock is when the worker gets to it.
    void fastForwardBy(SimTime duration);
    // Pauses when the simulated clock reaches `at`, at whatever speed it gets there.
    void pauseAt(SimTime at);
    void setBackgroundProducer(BackgroundProducer producer);

    // Produces one record through the cluster's producer, as a logged `produce` command (so a replay
    // repeats it). Returns the request's number; its ProduceReply comes in a later Frame::produced
    // once the record has an outcome (which takes simulated time: none while paused).
    std::uint64_t produce(RecordToProduce request);
    // Reads a page of a partition's records between two events, without changing the simulation.
    // Returns the request's number; the RecordPage comes in a later Frame::pages.
    std::uint64_t queryRecords(RecordQuery query);

    // The newest frame, with every event since the previous call; nothing if none was published.
    std::optional<Frame> takeFrame();

    // Every command applied so far, in order, with the simulated time it was applied at.
    std::vector<CommandRecord> commandLog() const;
    // This session as a scenario file, up to the newest published simulated time.
    std::string scenarioText() const;
    // This session as data: seed, setup, every command applied, and the newest published time.
    SessionRecord session() const;
    // Progress of the replay of config().history. Destroying the runtime cancels a replay.
    ReplayProgress replayProgress() const;

private:
    class Worker;
    std::uint64_t post(Control control);   // numbers a request and hands it to the worker
    RuntimeConfig config_;
    std::atomic<std::uint64_t> nextRequest_{1};
    std::unique_ptr<Worker> worker_;
};

}  // namespace ks::runtime
