#pragma once
// The timeline: scrub back to any earlier simulated time, then go on from there (a fork: the
// commands after that time are dropped and new ones append) or jump back to the present.
//
// Going back replays the seed and the commands up to that time in a new runtime, from the start of
// the run (there are no engine checkpoints), with a progress dialog; the present runtime is kept,
// paused, so going back to the present is instant and exact. The first command, clock play or step
// in the past forks: the kept present is dropped.
#include <QDockWidget>
#include <memory>
#include <optional>

#include "runtime/engine_runtime.h"
#include "timeline/bookmarks.h"

class QAction;
class QLabel;
class QPushButton;

namespace ks::ui {

class RuntimeBridge;
class TimelineBar;

class TimelineDock : public QDockWidget {
    Q_OBJECT

public:
    TimelineDock(RuntimeBridge* bridge, QWidget* parent);
    ~TimelineDock() override;

    bool inPast() const { return present_ != nullptr; }
    SimTime pastTime() const { return pastAt_; }
    SimTime presentTime() const { return presentEnd_; }
    const Bookmarks& bookmarks() const { return bookmarks_; }
    TimelineBar* bar() const { return bar_; }
    // The whole present history while the past is shown (for saving a workspace), else nothing.
    std::optional<runtime::SessionRecord> presentSession() const;
    // The dock's actions, with their shortcuts, for the window's menu.
    QList<QAction*> actions() const;

    // Shows the state at simulated time `at` (replaying to it); false when cancelled or impossible.
    bool scrubTo(SimTime at);
    void backToPresent();
    void continueFromHere();
    void stepBookmark(int direction);

Q_SIGNALS:
    void message(const QString& text);

private:
    void onFrame(const Frame& frame);
    void onRestarted();
    void fork();
    void refresh();

    RuntimeBridge* bridge_;
    TimelineBar* bar_;
    QLabel* state_;
    QPushButton* presentButton_;
    QPushButton* continueButton_;
    QAction* backAction_;
    QAction* presentAction_;
    QAction* continueAction_;
    QAction* previousAction_;
    QAction* nextAction_;
    Bookmarks bookmarks_;
    SimTime start_ = 0;
    SimTime now_ = 0;
    SimTime presentEnd_ = 0;
    std::unique_ptr<runtime::EngineRuntime> present_;
    SimTime pastAt_ = 0;
    std::size_t pastCommands_ = 0;
    std::size_t seenCommands_ = 0;
    bool exchanging_ = false;
};

}  // namespace ks::ui
