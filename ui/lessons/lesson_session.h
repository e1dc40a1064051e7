#pragma once
// A lesson being played in the window: starts a fresh cluster from the lesson's setup (clock paused,
// no background producer), moves through the steps, runs a `run` step's commands through the
// runtime, keeps the clock going during a task and moves on by itself once the task's conditions
// hold, and records the answers. It asks the window to point at each step's subjects.
#include <QObject>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

#include "api/lesson.h"

namespace ks {
struct Frame;
}

namespace ks::ui {

class RuntimeBridge;

class LessonSession : public QObject {
    Q_OBJECT

public:
    enum class StepState {
        Starting,   // the lesson's cluster is being built
        Showing,    // narration, or a prediction not answered yet
        Running,    // a run step's commands are on their way
        Waiting,    // a task: waiting for the student
        Done,       // finished (a run's commands ran, a task's conditions held, an explain was shown)
    };
    // The delay before a finished task moves on, so the student sees it was done.
    static constexpr int kTaskDoneDelayMs = 1200;

    explicit LessonSession(RuntimeBridge* bridge, QObject* parent = nullptr);

    bool isActive() const { return lesson_.has_value(); }
    const lesson::Lesson& lesson() const { return *lesson_; }
    int stepIndex() const { return index_; }
    int stepCount() const { return lesson_ ? static_cast<int>(lesson_->steps.size()) : 0; }
    const lesson::Step& step() const { return lesson_->steps[static_cast<std::size_t>(index_)]; }
    StepState state() const { return state_; }
    // The choice given for the current step's prediction, or -1.
    int answer() const;
    // The current step's checks (or a task's conditions) and whether each held, once known.
    struct CheckLine {
        QString text;
        bool holds = false;
        QString found;
    };
    const std::vector<CheckLine>& checks() const { return checks_; }
    // Why a run step's command was refused, if one was.
    QString error() const { return error_; }
    bool canGoBack() const { return isActive() && index_ > 0; }

    // Where the student stands, for a workspace to keep: the step shown, the furthest step whose work
    // was done, whether the step shown is finished, and the prediction answers (step index -> choice).
    struct Progress {
        int step = 0;
        int reached = -1;
        bool completed = false;
        std::map<int, int> answers;
    };
    Progress progress() const;
    // Takes a lesson up where `progress` left it, on the cluster that is running now (a workspace's
    // replay already rebuilt it): finished steps are not run again, an unfinished step starts anew.
    void resume(const ks::lesson::Lesson& lesson, const Progress& progress);
    bool canGoOn() const { return isActive() && index_ + 1 < stepCount() && state_ != StepState::Running && state_ != StepState::Starting; }

public Q_SLOTS:
    void start(const ks::lesson::Lesson& lesson);
    void stop();
    void next();
    void previous();
    void choose(int choice);

Q_SIGNALS:
    // Anything shown changed: the step, its state, an answer, the checks.
    void changed();
    // What the step points at, as view subjects ("broker:2", ...); empty: nothing.
    void pointAt(const QStringList& subjects);

private:
    void onFrame(const ks::Frame& frame);
    void enterStep();
    void finishRun();
    void evaluate(const std::vector<lesson::Condition>& conditions);
    void point();

    RuntimeBridge* bridge_;
    std::optional<lesson::Lesson> lesson_;
    int index_ = 0;
    int reached_ = -1;                         // the furthest step whose work was done
    StepState state_ = StepState::Starting;
    std::vector<std::string> pendingCommands_;  // a run step's commands not applied yet
    std::vector<std::string> events_;           // event texts since the step began
    std::map<int, int> answers_;                 // step index -> choice
    std::map<int, std::vector<CheckLine>> results_;   // step index -> its checks as they came out
    std::vector<CheckLine> checks_;
    QString error_;
    bool advancing_ = false;                    // a finished task's move to the next step is scheduled
};

}  // namespace ks::ui
