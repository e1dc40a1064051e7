#pragma once
// Guided lessons: a scenario (the setup and the `run` steps' commands, in the scenario language)
// plus narration steps — explain, predict, run, task — that a teacher writes in a text file
// (docs/lessons.md). The window plays them step by step; `kafkascope-cli lesson run` plays them
// headless with their own answers and scripted student actions. Plain C++: the GUI and the CLI
// share the parser and the conditions.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "api/snapshot.h"

namespace ks::lesson {

// what() is "FILE:LINE: error: MESSAGE".
class LessonError : public std::runtime_error {
public:
    LessonError(const std::string& file, int line, const std::string& message);
    int line() const { return line_; }
    const std::string& message() const { return message_; }

private:
    int line_;
    std::string message_;
};

// A scenario command or a condition, with the lesson-file line it came from.
struct SourceLine {
    int line = 0;
    std::string text;
};

// A claim about the cluster in the scenario `expect` syntax without the word `expect`
// (`leader orders-0 == 3`, `isr orders-0 == [1, 3]`, `group g1 == Stable`), or `event TEXT`: an event
// whose text contains TEXT happened since the step began.
struct Condition {
    int line = 0;
    std::string text;
    std::vector<std::string> words;
};

struct Choice {
    std::string text;
    bool correct = false;
};

enum class StepKind {
    Explain,   // narration, things to highlight, and checks that what it says holds
    Predict,   // a question with choices; one is correct; `why` is shown after answering
    Run,       // scenario commands run in simulated time
    Task,      // the student must act; the step is done when every `wait` condition holds
};

const char* stepKindName(StepKind kind);   // "explain", "predict", "run", "task"

struct Step {
    StepKind kind = StepKind::Explain;
    int line = 0;
    std::string title;                     // the heading; for a prediction, the question
    std::vector<std::string> paragraphs;   // narration
    std::vector<std::string> show;         // subjects to point at: broker:2, partition:orders-0, leader:orders-0, ...
    std::vector<Choice> choices;           // predict
    std::string why;                       // predict: the explanation shown with right or wrong
    std::vector<SourceLine> commands;      // run: scenario commands
    std::vector<Condition> checks;         // explain, run: claims that must hold at the end of the step
    std::vector<Condition> waits;          // task: what the student has to bring about
    std::vector<SourceLine> studentCommands;   // task: what a headless run does in the student's place
    SimTime within = seconds(60);          // task: simulated time the conditions may take after the action

    int correctChoice() const;             // index into choices, -1 if none
};

struct Lesson {
    std::string name;                      // the file name without ".lesson": what `lesson run NAME` takes
    std::string file;
    std::string title;
    std::string summary;
    std::vector<std::string> terms;        // the Kafka terms the lesson teaches, for its summary
    int part = 0;                          // its place in the course
    std::uint64_t seed = 1;
    std::vector<SourceLine> setup;         // scenario commands building the cluster, `cluster ...` first
    std::vector<Step> steps;

    // The setup as scenario text, one command a line.
    std::string setupText() const;
};

// Parses a lesson file; throws LessonError naming the file, the line and the problem.
Lesson parseLesson(std::string_view text, const std::string& fileName);
// "resources/lessons/acks.lesson" -> "acks"
std::string lessonNameFromPath(const std::string& path);

// Whether a condition holds on a snapshot, given the texts of the events since its step began.
struct ConditionResult {
    bool holds = false;
    std::string found;                     // what the cluster shows, for a failed check
};
ConditionResult evaluate(const Condition& condition, const ClusterSnapshot& snapshot,
                         const std::vector<std::string>& eventsSinceStep);

// The subjects of `show` lines as the view names them: leader:orders-0 becomes the broker leading
// it, controller:active the active controller (a broker in ZooKeeper mode), coordinator:G the
// group's coordinator broker; the others pass unchanged. Unresolvable ones are left out.
std::vector<std::string> resolveSubjects(const std::vector<std::string>& show, const ClusterSnapshot& snapshot);

}  // namespace ks::lesson
