#pragma once
// Checkpoints of a session, so that going back in time replays from the nearest earlier copy of the
// engine instead of from the start. A runtime takes one every few simulated seconds (a copy of its
// ScenarioRunner, see ScenarioRunner::clone) together with the commands it had applied by then.
// A later runtime replaying a recorded history starts from the latest checkpoint that history
// passes through: same seed, same setup, the checkpoint's commands a prefix of the history and no
// other command before the checkpoint's time. By determinism the state there is the same as a
// replay from the start would reach, which tests/test_checkpoint and test_gui_workspace check.
//
// Thread-safe: the runtimes' worker threads add and restore concurrently. A store serves one session:
// a checkpoint of another seed or setup replaces all it had. It keeps at most `capacity`
// checkpoints; when full it drops the one whose neighbours are closest in time, so the checkpoints
// spread over the whole session.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "api/frame.h"

namespace ks::scenario {
class ScenarioRunner;
struct RunOptions;
}  // namespace ks::scenario

namespace ks::runtime {

struct Checkpoint {
    std::uint64_t seed = 1;
    std::string setup;
    SimTime setupEnd = 0;
    SimTime at = 0;                          // the simulated time of the copy
    std::vector<CommandRecord> commands;     // every command applied before the copy, in order
    std::set<std::string> backgroundLabels;  // the runtime's background-producer bookkeeping then
    std::unique_ptr<const scenario::ScenarioRunner> runner;   // never run: only copied again

    Checkpoint();
    ~Checkpoint();
    Checkpoint(Checkpoint&&) noexcept;
    Checkpoint& operator=(Checkpoint&&) noexcept;
};

// What a replay starts from: a runnable copy of a checkpoint's engine.
struct RestoredCheckpoint {
    std::unique_ptr<scenario::ScenarioRunner> runner;
    SimTime setupEnd = 0;
    SimTime at = 0;
    std::vector<CommandRecord> commands;     // the prefix of the history the checkpoint has applied
    std::set<std::string> backgroundLabels;

    RestoredCheckpoint();
    ~RestoredCheckpoint();
    RestoredCheckpoint(RestoredCheckpoint&&) noexcept;
};

// The window and other viewers only create and share stores; the engine's runtime fills and reads
// them (so this header does not need the engine's).
class CheckpointStore {
public:
    static constexpr std::size_t kDefaultCapacity = 32;
    explicit CheckpointStore(std::size_t capacity = kDefaultCapacity);
    ~CheckpointStore();

    void add(Checkpoint checkpoint);
    // A copy of the latest checkpoint that replaying `history` (after `setup`, with `seed`) passes
    // through, taken at or before `until`; it runs with `options` and prints to `out`.
    std::optional<RestoredCheckpoint> restore(std::uint64_t seed, const std::string& setup,
                                              const std::vector<CommandRecord>& history, SimTime until,
                                              const scenario::RunOptions& options, std::ostream& out) const;
    std::size_t size() const;
    // The simulated times of the checkpoints kept, in order (for tests and the timeline).
    std::vector<SimTime> times() const;

private:
    void thin();

    std::size_t capacity_;
    mutable std::mutex mutex_;
    std::vector<Checkpoint> checkpoints_;    // by time; equal times by the number of commands
};

}  // namespace ks::runtime
