#include "session/replay_progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <limits>
#include <QProgressDialog>
#include <QTimer>

#include "engine_text.h"
#include "sim_time_text.h"

namespace ks::ui {
namespace {

// The progress dialog's translation context.
class ReplayText {
    Q_DECLARE_TR_FUNCTIONS(ReplayText)
};

constexpr int kSteps = 1000;
constexpr int kPollMilliseconds = 30;
constexpr int kShowAfterMilliseconds = 400;
}  // namespace

ReplayOutcome replayWithProgress(runtime::RuntimeConfig config, const QString& what, QWidget* parent) {
    ReplayOutcome outcome;
    outcome.runtime = std::make_unique<runtime::EngineRuntime>(std::move(config));
    runtime::EngineRuntime& replaying = *outcome.runtime;
    QProgressDialog dialog(what, ReplayText::tr("Cancel"), 0, kSteps, parent);
    dialog.setObjectName(QStringLiteral("replayProgress"));
    dialog.setWindowTitle(ReplayText::tr("Replaying"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(std::numeric_limits<int>::max());   // shown below, once the replay takes a while
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QEventLoop loop;
    QTimer timer;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (dialog.wasCanceled()) {
            outcome.cancelled = true;
            loop.quit();
            return;
        }
        const runtime::ReplayProgress p = replaying.replayProgress();
        if (p.done) {
            loop.quit();
            return;
        }
        const double fraction = p.until > 0 ? static_cast<double>(p.reached) / static_cast<double>(p.until) : 0.0;
        dialog.setLabelText(ReplayText::tr("%1\n%2 of %3 simulated").arg(what, formatSeconds(p.reached), formatSeconds(p.until)));
        dialog.setValue(std::clamp(static_cast<int>(fraction * kSteps), 0, kSteps - 1));
        if (!dialog.isVisible() && elapsed.elapsed() >= kShowAfterMilliseconds) dialog.show();
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
        outcome.cancelled = true;
        loop.quit();
    });
    timer.start(kPollMilliseconds);
    if (!replaying.replayProgress().done) loop.exec();
    timer.stop();
    dialog.hide();
    if (outcome.cancelled) {
        outcome.runtime.reset();   // stops the worker between two slices of the replay
        return outcome;
    }
    const runtime::ReplayProgress p = replaying.replayProgress();
    if (!p.error.empty()) {
        outcome.error = engineText(p.error);
        outcome.runtime.reset();
    }
    return outcome;
}

}  // namespace ks::ui
