#include "runtime/checkpoint_store.h"

#include <algorithm>

#include "scenario/runner.h"

namespace ks::runtime {

Checkpoint::Checkpoint() = default;
Checkpoint::~Checkpoint() = default;
Checkpoint::Checkpoint(Checkpoint&&) noexcept = default;
Checkpoint& Checkpoint::operator=(Checkpoint&&) noexcept = default;
RestoredCheckpoint::RestoredCheckpoint() = default;
RestoredCheckpoint::~RestoredCheckpoint() = default;
RestoredCheckpoint::RestoredCheckpoint(RestoredCheckpoint&&) noexcept = default;

namespace {

bool sameCommand(const CommandRecord& a, const CommandRecord& b) {
    return a.at == b.at && a.text == b.text && a.automatic == b.automatic;
}

// Whether replaying `history` passes through the checkpoint: it applies the checkpoint's commands
// first and nothing else before the checkpoint's time.
bool passesThrough(const Checkpoint& c, const std::vector<CommandRecord>& history) {
    if (c.commands.size() > history.size()) return false;
    for (std::size_t i = 0; i < c.commands.size(); ++i)
        if (!sameCommand(c.commands[i], history[i])) return false;
    return c.commands.size() == history.size() || history[c.commands.size()].at >= c.at;
}

bool earlier(const Checkpoint& a, const Checkpoint& b) {
    return a.at != b.at ? a.at < b.at : a.commands.size() < b.commands.size();
}

}  // namespace

CheckpointStore::CheckpointStore(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 2)) {}

CheckpointStore::~CheckpointStore() = default;

void CheckpointStore::add(Checkpoint checkpoint) {
    std::lock_guard lock(mutex_);
    std::erase_if(checkpoints_, [&](const Checkpoint& c) { return c.seed != checkpoint.seed || c.setup != checkpoint.setup; });
    const auto same = std::find_if(checkpoints_.begin(), checkpoints_.end(), [&](const Checkpoint& c) {
        return c.seed == checkpoint.seed && c.setup == checkpoint.setup && c.at == checkpoint.at &&
               c.commands.size() == checkpoint.commands.size() && passesThrough(c, checkpoint.commands);
    });
    if (same != checkpoints_.end()) return;
    auto at = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), checkpoint, earlier);
    checkpoints_.insert(at, std::move(checkpoint));
    thin();
}

// Drops the checkpoint whose neighbours are closest together, never the first or the last.
void CheckpointStore::thin() {
    while (checkpoints_.size() > capacity_) {
        std::size_t drop = 1;
        SimTime narrowest = kNever;
        for (std::size_t i = 1; i + 1 < checkpoints_.size(); ++i) {
            const SimTime gap = checkpoints_[i + 1].at - checkpoints_[i - 1].at;
            if (gap < narrowest) {
                narrowest = gap;
                drop = i;
            }
        }
        checkpoints_.erase(checkpoints_.begin() + static_cast<std::ptrdiff_t>(drop));
    }
}

std::optional<RestoredCheckpoint> CheckpointStore::restore(std::uint64_t seed, const std::string& setup,
                                                           const std::vector<CommandRecord>& history, SimTime until,
                                                           const scenario::RunOptions& options, std::ostream& out) const {
    std::lock_guard lock(mutex_);
    for (auto it = checkpoints_.rbegin(); it != checkpoints_.rend(); ++it) {
        const Checkpoint& c = *it;
        if (c.seed != seed || c.setup != setup || c.at > until || !passesThrough(c, history)) continue;
        std::unique_ptr<scenario::ScenarioRunner> runner = c.runner->clone(options, out);
        if (!runner) continue;
        RestoredCheckpoint restored;
        restored.runner = std::move(runner);
        restored.setupEnd = c.setupEnd;
        restored.at = c.at;
        restored.commands = c.commands;
        restored.backgroundLabels = c.backgroundLabels;
        return restored;
    }
    return std::nullopt;
}

std::size_t CheckpointStore::size() const {
    std::lock_guard lock(mutex_);
    return checkpoints_.size();
}

std::vector<SimTime> CheckpointStore::times() const {
    std::lock_guard lock(mutex_);
    std::vector<SimTime> times;
    for (const Checkpoint& c : checkpoints_) times.push_back(c.at);
    return times;
}

}  // namespace ks::runtime
