#pragma once
// Replays a recorded run (RuntimeConfig::history) in a new runtime while a progress dialog shows how
// far it got. The replay runs on the runtime's worker thread; the window stays responsive. Cancelling
// drops the half-replayed runtime, so whatever was shown before stays exactly as it was.
#include <QString>
#include <memory>

#include "runtime/engine_runtime.h"

class QWidget;

namespace ks::ui {

struct ReplayOutcome {
    std::unique_ptr<runtime::EngineRuntime> runtime;   // the replayed run, paused at its end; null if not
    bool cancelled = false;
    QString error;                                     // the recorded setup commands failed
};

ReplayOutcome replayWithProgress(runtime::RuntimeConfig config, const QString& what, QWidget* parent);

}  // namespace ks::ui
