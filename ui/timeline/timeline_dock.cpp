#include "timeline/timeline_dock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "runtime_bridge.h"
#include "session/workspace_actions.h"
#include "session/replay_progress.h"
#include "sim_time_text.h"
#include "timeline/timeline_bar.h"

namespace ks::ui {
namespace {

constexpr SimTime kBackStep = seconds(10);

}  // namespace

TimelineDock::TimelineDock(RuntimeBridge* bridge, QWidget* parent)
    : QDockWidget(tr("Timeline"), parent), bridge_(bridge), bar_(new TimelineBar(this)) {
    setObjectName(QStringLiteral("timelineDock"));
    auto* body = new QWidget(this);
    auto* row = new QHBoxLayout(body);
    row->setContentsMargins(6, 2, 6, 2);
    row->addWidget(bar_, 1);
    state_ = new QLabel(body);
    state_->setObjectName(QStringLiteral("timelineState"));
    row->addWidget(state_);
    continueButton_ = new QPushButton(tr("Continue from here"), body);
    continueButton_->setObjectName(QStringLiteral("timelineContinue"));
    continueButton_->setToolTip(tr("Fork: drop the commands after this moment and play on from here"));
    presentButton_ = new QPushButton(tr("Back to present"), body);
    presentButton_->setObjectName(QStringLiteral("timelinePresent"));
    row->addWidget(continueButton_);
    row->addWidget(presentButton_);
    setWidget(body);
    bar_->setBookmarks(&bookmarks_);

    backAction_ = makeWindowAction(this, "timelineBack", tr("Go &back 10 s"), "Alt+Left", tr("Replay the run up to 10 simulated seconds earlier"));
    presentAction_ = makeWindowAction(this, "timelinePresent", tr("Back to the &present"), "Ctrl+End",
                                tr("Leave the past and show the run where it was, with all its commands"));
    continueAction_ = makeWindowAction(this, "timelineContinue", tr("&Continue from here (fork)"), "Ctrl+Return",
                                 tr("Drop the commands after the moment shown and play on from it"));
    previousAction_ = makeWindowAction(this, "timelinePreviousBookmark", tr("P&revious bookmark"), "Ctrl+Shift+Left",
                                 tr("Go back to the notable event before the moment shown"));
    nextAction_ = makeWindowAction(this, "timelineNextBookmark", tr("&Next bookmark"), "Ctrl+Shift+Right",
                             tr("Go to the notable event after the moment shown"));
    toggleViewAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    toggleViewAction()->setObjectName(QStringLiteral("showTimeline"));

    connect(backAction_, &QAction::triggered, this, [this] { scrubTo(std::max(start_, now_ - kBackStep)); });
    connect(presentAction_, &QAction::triggered, this, &TimelineDock::backToPresent);
    connect(continueAction_, &QAction::triggered, this, &TimelineDock::continueFromHere);
    connect(previousAction_, &QAction::triggered, this, [this] { stepBookmark(-1); });
    connect(nextAction_, &QAction::triggered, this, [this] { stepBookmark(+1); });
    connect(presentButton_, &QPushButton::clicked, this, &TimelineDock::backToPresent);
    connect(continueButton_, &QPushButton::clicked, this, &TimelineDock::continueFromHere);
    connect(bar_, &TimelineBar::scrubRequested, this, [this](SimTime at) { scrubTo(at); });
    connect(bridge_, &RuntimeBridge::frameArrived, this, &TimelineDock::onFrame);
    connect(bridge_, &RuntimeBridge::restarted, this, &TimelineDock::onRestarted);
    refresh();
}

TimelineDock::~TimelineDock() = default;

QList<QAction*> TimelineDock::actions() const {
    return {backAction_, previousAction_, nextAction_, nullptr, continueAction_, presentAction_};
}

std::optional<runtime::SessionRecord> TimelineDock::presentSession() const {
    if (!present_) return std::nullopt;
    return present_->session();
}

void TimelineDock::onRestarted() {
    if (exchanging_) return;
    present_.reset();
    bookmarks_.clear();
    start_ = now_ = presentEnd_ = 0;
    refresh();
}

void TimelineDock::onFrame(const Frame& frame) {
    if (inPast()) {
        seenCommands_ += frame.commands.size();
        if ((frame.snapshot && frame.snapshot->time > pastAt_) || seenCommands_ > pastCommands_) fork();
    }
    bookmarks_.add(frame.events);
    if (frame.snapshot) {
        now_ = frame.snapshot->time;
        if (!inPast()) presentEnd_ = now_;
    }
    if (start_ == 0) start_ = bridge_->session().setupEnd;
    refresh();
}

bool TimelineDock::scrubTo(SimTime at) {
    if (!bridge_->hasFrame()) return false;
    if (at >= presentEnd_) {
        backToPresent();
        return inPast() == false;
    }
    at = std::max(at, start_);
    const runtime::SessionRecord session = present_ ? present_->session() : bridge_->session();
    const bool wasPlaying = bridge_->clock().playing;
    bridge_->pause();
    runtime::RuntimeConfig config;
    config.seed = session.seed;
    config.setup = session.setup;
    config.producer = bridge_->backgroundProducer();
    config.speed = bridge_->clock().speed;
    config.startPlaying = false;
    config.checkpoints = bridge_->checkpoints();
    for (const CommandRecord& c : session.commands)
        if (c.at <= at) config.history.push_back(c);
    config.replayUntil = at;
    const std::size_t kept = config.history.size();
    ReplayOutcome outcome = replayWithProgress(std::move(config), tr("Going back to %1").arg(formatSeconds(at)), parentWidget());
    if (!outcome.runtime) {
        if (wasPlaying) bridge_->play();
        Q_EMIT message(outcome.cancelled ? tr("Going back was cancelled; nothing changed.")
                                         : tr("Cannot go back: %1").arg(outcome.error));
        return false;
    }
    const std::optional<SimTime> checkpoint = outcome.runtime->replayProgress().checkpoint;
    exchanging_ = true;
    std::unique_ptr<runtime::EngineRuntime> previous = bridge_->exchange(std::move(outcome.runtime));
    exchanging_ = false;
    if (!present_) present_ = std::move(previous);
    pastAt_ = at;
    now_ = at;
    pastCommands_ = kept;
    seenCommands_ = 0;
    const QString from = checkpoint ? tr("replayed from the checkpoint at %1").arg(formatSeconds(*checkpoint))
                                    : tr("replayed from the start");
    Q_EMIT message(tr("Showing the run at %1 (%2). Continue from here to fork, or go back to the present.")
                       .arg(formatSeconds(at), from));
    refresh();
    return true;
}

void TimelineDock::backToPresent() {
    if (!present_) return;
    exchanging_ = true;
    bridge_->exchange(std::move(present_));
    exchanging_ = false;
    bridge_->pause();   // it stood paused; this asks it for a fresh frame
    now_ = presentEnd_;
    Q_EMIT message(tr("Back at the present: %1.").arg(formatSeconds(presentEnd_)));
    refresh();
}

void TimelineDock::continueFromHere() {
    if (!inPast()) return;
    fork();
    bridge_->play();
}

void TimelineDock::fork() {
    const std::size_t dropped = present_ ? present_->session().commands.size() - pastCommands_ : 0;
    present_.reset();
    bookmarks_.dropAfter(pastAt_);
    presentEnd_ = std::max(now_, pastAt_);
    Q_EMIT message(tr("History forked at %1: the %2 later command(s) were dropped; what you do now is the new history.")
                       .arg(formatSeconds(pastAt_))
                       .arg(dropped));
}

void TimelineDock::stepBookmark(int direction) {
    const auto& all = bookmarks_.all();
    if (direction < 0) {
        auto it = all.lower_bound(now_);
        if (it == all.begin()) return;
        scrubTo(std::prev(it)->first);
    } else {
        auto it = all.upper_bound(now_);
        if (it == all.end()) return;
        scrubTo(it->first);
    }
}

void TimelineDock::refresh() {
    bar_->setRange(start_, presentEnd_);
    bar_->setPosition(now_);
    backAction_->setEnabled(bridge_->hasFrame() && now_ > start_);
    presentAction_->setEnabled(inPast());
    continueAction_->setEnabled(inPast());
    presentButton_->setEnabled(inPast());
    continueButton_->setEnabled(inPast());
    state_->setText(inPast() ? tr("<b>In the past</b>") : tr("Live · %1 bookmark(s)").arg(bookmarks_.all().size()));
    state_->setToolTip(inPast() ? tr("Showing %1 of %2. Playing, stepping or any command forks the history here; "
                                     "Back to present keeps everything.")
                                      .arg(formatSeconds(now_), formatSeconds(presentEnd_))
                                : QString());
}

}  // namespace ks::ui
