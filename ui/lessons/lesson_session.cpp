#include "lesson_session.h"

#include <QTimer>
#include <algorithm>

#include "engine_text.h"
#include "runtime_bridge.h"

namespace ks::ui {

LessonSession::LessonSession(RuntimeBridge* bridge, QObject* parent) : QObject(parent), bridge_(bridge) {
    connect(bridge_, &RuntimeBridge::frameArrived, this, &LessonSession::onFrame);
}

int LessonSession::answer() const {
    const auto it = answers_.find(index_);
    return it == answers_.end() ? -1 : it->second;
}

void LessonSession::start(const lesson::Lesson& lesson) {
    lesson_ = lesson;
    index_ = 0;
    reached_ = -1;
    answers_.clear();
    results_.clear();
    checks_.clear();
    pendingCommands_.clear();
    error_.clear();
    state_ = StepState::Starting;
    runtime::RuntimeConfig config = bridge_->config();
    config.seed = lesson.seed;
    config.setup = lesson.setupText();
    config.startPlaying = false;
    config.producer.enabled = false;
    bridge_->restart(config);
    Q_EMIT pointAt({});
    Q_EMIT changed();
}

LessonSession::Progress LessonSession::progress() const {
    return Progress{index_, reached_, state_ == StepState::Done, answers_};
}

void LessonSession::resume(const lesson::Lesson& lesson, const Progress& progress) {
    lesson_ = lesson;
    const int last = stepCount() - 1;
    index_ = std::clamp(progress.step, 0, last);
    reached_ = std::clamp(progress.completed ? std::max(progress.reached, index_) : index_ - 1, -1, last);
    answers_.clear();
    for (const auto& [stepIndex, choice] : progress.answers) {
        if (stepIndex < 0 || stepIndex > last) continue;
        const lesson::Step& s = lesson_->steps[static_cast<std::size_t>(stepIndex)];
        if (s.kind == lesson::StepKind::Predict && choice >= 0 && choice < static_cast<int>(s.choices.size()))
            answers_[stepIndex] = choice;
    }
    results_.clear();
    checks_.clear();
    pendingCommands_.clear();
    error_.clear();
    advancing_ = false;
    // The step is entered with the replayed cluster's first frame, as a fresh lesson's first step is.
    state_ = StepState::Starting;
    Q_EMIT changed();
}

void LessonSession::stop() {
    if (!lesson_) return;
    if (state_ == StepState::Waiting) bridge_->pause();
    lesson_.reset();
    Q_EMIT pointAt({});
    Q_EMIT changed();
}

void LessonSession::next() {
    if (!canGoOn()) return;
    if (state_ == StepState::Waiting) bridge_->pause();
    ++index_;
    enterStep();
}

void LessonSession::previous() {
    if (!canGoBack() || state_ == StepState::Running || state_ == StepState::Starting) return;
    if (state_ == StepState::Waiting) bridge_->pause();
    --index_;
    enterStep();
}

void LessonSession::choose(int choice) {
    if (!isActive() || step().kind != lesson::StepKind::Predict) return;
    if (choice < 0 || choice >= static_cast<int>(step().choices.size())) return;
    answers_[index_] = choice;
    state_ = StepState::Done;
    Q_EMIT changed();
}

void LessonSession::enterStep() {
    events_.clear();
    checks_.clear();
    error_.clear();
    if (index_ <= reached_) {
        // Seen before: shown again as it came out, nothing runs twice.
        checks_ = results_[index_];
        state_ = step().kind == lesson::StepKind::Predict && answer() < 0 ? StepState::Showing : StepState::Done;
        point();
        Q_EMIT changed();
        return;
    }
    reached_ = index_;
    const lesson::Step& s = step();
    switch (s.kind) {
    case lesson::StepKind::Explain:
        evaluate(s.checks);
        results_[index_] = checks_;
        state_ = StepState::Done;
        break;
    case lesson::StepKind::Predict: state_ = StepState::Showing; break;
    case lesson::StepKind::Run:
        state_ = StepState::Running;
        pendingCommands_.clear();
        for (const lesson::SourceLine& c : s.commands) {
            pendingCommands_.push_back(c.text);
            bridge_->submit(QString::fromStdString(c.text));
        }
        break;
    case lesson::StepKind::Task:
        state_ = StepState::Waiting;
        evaluate(s.waits);
        bridge_->play();
        break;
    }
    point();
    Q_EMIT changed();
}

void LessonSession::onFrame(const Frame& frame) {
    if (!lesson_) return;
    if (state_ == StepState::Starting) {
        if (!frame.startupError.empty()) {
            error_ = engineText(frame.startupError);
            Q_EMIT changed();
        } else if (bridge_->snapshot()) {
            enterStep();
        }
        return;
    }
    for (const ClusterEvent& e : frame.events)
        if (!e.verbose) events_.push_back(e.text);
    if (state_ == StepState::Running) {
        for (const CommandRecord& c : frame.commands) {
            if (pendingCommands_.empty() || c.text != pendingCommands_.front()) continue;
            if (!c.ok) error_ = commandError(c);
            pendingCommands_.erase(pendingCommands_.begin());
        }
        if (pendingCommands_.empty()) finishRun();
        return;
    }
    if (state_ != StepState::Waiting || advancing_ || !bridge_->snapshot()) return;
    evaluate(step().waits);
    const bool done = std::all_of(checks_.begin(), checks_.end(), [](const CheckLine& c) { return c.holds; });
    if (done) {
        state_ = StepState::Done;
        results_[index_] = checks_;
        bridge_->pause();
        advancing_ = true;
        QTimer::singleShot(kTaskDoneDelayMs, this, [this, task = index_] {
            advancing_ = false;
            if (isActive() && index_ == task) next();
        });
    }
    Q_EMIT changed();
}

void LessonSession::finishRun() {
    evaluate(step().checks);
    results_[index_] = checks_;
    state_ = StepState::Done;
    point();
    Q_EMIT changed();
}

void LessonSession::evaluate(const std::vector<lesson::Condition>& conditions) {
    checks_.clear();
    const std::shared_ptr<const ClusterSnapshot>& snapshot = bridge_->snapshot();
    for (const lesson::Condition& c : conditions) {
        const lesson::ConditionResult r = snapshot ? lesson::evaluate(c, *snapshot, events_) : lesson::ConditionResult{};
        checks_.push_back({QString::fromStdString(c.text), r.holds, QString::fromStdString(r.found)});
    }
}

void LessonSession::point() {
    QStringList subjects;
    if (bridge_->snapshot())
        for (const std::string& s : lesson::resolveSubjects(step().show, *bridge_->snapshot())) subjects << QString::fromStdString(s);
    Q_EMIT pointAt(subjects);
}

}  // namespace ks::ui
