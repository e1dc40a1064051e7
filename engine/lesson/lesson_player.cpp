#include "lesson/lesson_player.h"

#include <iomanip>
#include <sstream>

#include "scenario/runner.h"

namespace ks::lesson {
namespace {

constexpr SimTime kTaskPoll = millis(100);
constexpr std::size_t kWrap = 100;

// Narration wrapped to kWrap columns, indented by two spaces.
void printWrapped(std::ostream& out, const std::string& text, const std::string& prefix = "  ") {
    std::istringstream words(text);
    std::string line = prefix;
    for (std::string word; words >> word;) {
        if (line.size() > prefix.size() && line.size() + 1 + word.size() > kWrap) {
            out << line << "\n";
            line = std::string(prefix.size(), ' ');
        }
        line += (line.size() > prefix.size() && line.back() != ' ' ? " " : "") + word;
    }
    if (line.size() > prefix.size()) out << line << "\n";
}

class Player {
public:
    Player(const Lesson& lesson, std::ostream& out) : lesson_(lesson), out_(out) {
        scenario::RunOptions options;
        options.seed = lesson.seed;
        options.eventSink = [this](const ClusterEvent& e) { onEvent(e); };
        runner_ = std::make_unique<scenario::ScenarioRunner>(lesson.file, "", options, commandOutput_);
    }

    PlayResult play() {
        out_ << "lesson " << lesson_.name << ": " << lesson_.title << " (part " << lesson_.part << ", seed " << lesson_.seed
             << ")\n";
        try {
            for (const SourceLine& line : lesson_.setup) execute(line);
            for (std::size_t i = 0; i < lesson_.steps.size(); ++i) playStep(i);
            runner_->cluster()->checker().checkAcknowledgedRecords();
        } catch (const CommandError& e) {
            out_ << e.text << "\n";
            result_.exitCode = 2;
            return result_;
        }
        Cluster& cluster = *runner_->cluster();
        result_.violations = cluster.checker().violations().size();
        result_.checksFailed += runner_->result().expectationsFailed;
        result_.checksPassed += runner_->result().expectationsPassed;
        out_ << "lesson " << lesson_.name << " (seed " << lesson_.seed << "): " << lesson_.steps.size() << " steps; "
             << result_.checksPassed << " check(s) passed, " << result_.checksFailed << " failed; " << result_.violations
             << " invariant violation(s); simulated " << formatTime(cluster.now()) << "\n";
        result_.exitCode = result_.checksFailed > 0 || result_.violations > 0 ? 1 : 0;
        out_ << (result_.exitCode == 0 ? "PASSED" : "FAILED") << "\n";
        return result_;
    }

private:
    struct CommandError {
        std::string text;
    };

    void onEvent(const ClusterEvent& e) {
        if (e.verbose) return;
        eventsSinceStep_.push_back(e.text);
        out_ << std::setw(10) << formatTime(e.time) << "  " << std::left << std::setw(11) << eventKindName(e.kind)
             << std::right << " " << e.text << "\n";
    }

    // Runs one scenario command, given at its line of the lesson file so that an error names it.
    void execute(const SourceLine& line) {
        const scenario::CommandResult r =
            runner_->executeCommands(std::string(static_cast<std::size_t>(line.line - 1), '\n') + line.text);
        out_ << r.output;
        if (!r.ok) throw CommandError{r.error};
    }

    void check(const Condition& c, const char* verb) {
        const ConditionResult r = evaluate(c, runner_->cluster()->snapshot(), eventsSinceStep_);
        if (r.holds) {
            ++result_.checksPassed;
            out_ << "  " << verb << " " << c.text << ": ok\n";
        } else {
            ++result_.checksFailed;
            out_ << lesson_.file << ":" << c.line << ": FAILED " << verb << " " << c.text << " (found " << r.found << ")\n";
        }
    }

    void playStep(std::size_t index) {
        const Step& step = lesson_.steps[index];
        eventsSinceStep_.clear();
        out_ << "---- step " << index + 1 << "/" << lesson_.steps.size() << " " << stepKindName(step.kind) << ": "
             << step.title << "\n";
        for (const std::string& p : step.paragraphs) printWrapped(out_, p);
        switch (step.kind) {
        case StepKind::Predict: {
            for (std::size_t i = 0; i < step.choices.size(); ++i)
                out_ << "  " << static_cast<char>('A' + i) << ") " << step.choices[i].text << "\n";
            const int answer = step.correctChoice();
            out_ << "  answer: " << static_cast<char>('A' + answer) << ") " << step.choices[static_cast<std::size_t>(answer)].text
                 << " (right)\n";
            if (!step.why.empty()) printWrapped(out_, step.why, "  why: ");
            break;
        }
        case StepKind::Run:
            for (const SourceLine& command : step.commands) {
                out_ << "  > " << command.text << "\n";
                execute(command);
            }
            break;
        case StepKind::Task: playTask(step); break;
        case StepKind::Explain: break;
        }
        for (const Condition& c : step.checks) check(c, "check");
        if (!step.show.empty()) {
            out_ << "  show:";
            for (const std::string& s : resolveSubjects(step.show, runner_->cluster()->snapshot())) out_ << " " << s;
            out_ << "\n";
        }
    }

    void playTask(const Step& step) {
        for (const SourceLine& command : step.studentCommands) {
            out_ << "  student> " << command.text << "\n";
            execute(command);
        }
        Cluster& cluster = *runner_->cluster();
        const SimTime start = cluster.now();
        for (;;) {
            const ClusterSnapshot snapshot = cluster.snapshot();
            bool all = true;
            for (const Condition& c : step.waits) all = all && evaluate(c, snapshot, eventsSinceStep_).holds;
            if (all) {
                out_ << "  done after " << formatDuration(cluster.now() - start) << "\n";
                for (const Condition& c : step.waits) check(c, "wait");
                return;
            }
            if (cluster.now() - start >= step.within) {
                out_ << "  not done within " << formatDuration(step.within) << "\n";
                for (const Condition& c : step.waits) check(c, "wait");
                return;
            }
            cluster.advance(kTaskPoll);
        }
    }

    const Lesson& lesson_;
    std::ostream& out_;
    std::ostringstream commandOutput_;
    std::unique_ptr<scenario::ScenarioRunner> runner_;
    std::vector<std::string> eventsSinceStep_;
    PlayResult result_;
};

}  // namespace

PlayResult playLesson(const Lesson& lesson, std::ostream& out) { return Player(lesson, out).play(); }

}  // namespace ks::lesson
