#pragma once
// Replaying a recorded session in an EngineRuntime and waiting for where it stands: the reference a
// replay in the window (or from a checkpoint) must match. Shared by test_checkpoint and
// test_gui_workspace.
#include <QString>
#include <QtTest>
#include <memory>

#include "runtime/engine_runtime.h"
#include "snapshot_text.h"

namespace ks::testing {

// A paused runtime replaying `session`'s commands up to `until`, starting from `checkpoints` if any.
inline runtime::RuntimeConfig replayOf(const runtime::SessionRecord& session, SimTime until,
                                       std::shared_ptr<runtime::CheckpointStore> checkpoints = nullptr) {
    runtime::RuntimeConfig config;
    config.seed = session.seed;
    config.setup = session.setup;
    config.startPlaying = false;
    for (const CommandRecord& c : session.commands)
        if (c.at <= until) config.history.push_back(c);
    config.replayUntil = until;
    config.checkpoints = std::move(checkpoints);
    return config;
}

// Waits until `runtime` stands paused at `until` with its replay done; the snapshot there as text.
inline QString standsAt(runtime::EngineRuntime& runtime, SimTime until, int timeoutMs = 60000) {
    std::shared_ptr<const ClusterSnapshot> last;
    bool playing = true;
    const bool reached = QTest::qWaitFor(
        [&] {
            if (auto frame = runtime.takeFrame()) {
                playing = frame->clock.playing;
                if (frame->snapshot) last = frame->snapshot;
            }
            return last && last->time == until && runtime.replayProgress().done && !playing;
        },
        timeoutMs);
    return reached ? describe(*last) : QStringLiteral("the replay did not reach %1").arg(until);
}

}  // namespace ks::testing
