// Reads a lesson file (docs/lessons.md): header lines, a `setup` block of scenario commands, then
// step blocks. Every problem is a LessonError naming the file and line.
#include <algorithm>
#include <charconv>
#include <optional>
#include <sstream>

#include "api/lesson.h"
#include "lesson/lesson_conditions.h"
#include "scenario/lexer.h"

namespace ks::lesson {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// The first word of a line and the rest, trimmed.
std::pair<std::string, std::string> splitKeyword(std::string_view line) {
    const auto space = line.find_first_of(" \t");
    if (space == std::string_view::npos) return {std::string(line), std::string()};
    return {std::string(line.substr(0, space)), std::string(trim(line.substr(space)))};
}

const char* const kSubjectKinds[] = {"broker", "controller", "zookeeper", "partition", "client",
                                     "consumer", "group", "link", "leader", "coordinator"};

class Parser {
public:
    Parser(std::string_view text, std::string file) : text_(text), file_(std::move(file)) {}

    Lesson parse() {
        lesson_.file = file_;
        lesson_.name = lessonNameFromPath(file_);
        std::istringstream in{std::string(text_)};
        std::string raw;
        for (int number = 1; std::getline(in, raw); ++number) {
            const std::string_view line = trim(raw);
            if (line.empty() || line.front() == '#') continue;
            handle(number, line);
        }
        if (block_) fail(blockLine_, "the '" + blockName_ + "' block that starts here has no 'end'");
        if (lesson_.title.empty()) fail(1, "the lesson has no 'title' line");
        if (!sawSetup_) fail(1, "the lesson has no 'setup' block (scenario commands that build the cluster)");
        if (lesson_.steps.empty()) fail(1, "the lesson has no steps (explain, predict, run or task blocks)");
        return lesson_;
    }

private:
    enum class Block { Setup, Step };

    [[noreturn]] void fail(int line, const std::string& message) const { throw LessonError(file_, line, message); }

    void handle(int number, std::string_view line) {
        auto [keyword, rest] = splitKeyword(line);
        if (!block_) return header(number, keyword, rest);
        if (keyword == "end" && rest.empty()) return closeBlock(number);
        if (*block_ == Block::Setup) {
            command(number, line);
            lesson_.setup.push_back({number, std::string(line)});
            return;
        }
        stepLine(number, line, keyword, rest);
    }

    void header(int number, const std::string& keyword, const std::string& rest) {
        auto needText = [&] {
            if (rest.empty()) fail(number, "'" + keyword + "' needs a text after it");
        };
        if (keyword == "title") {
            needText();
            lesson_.title = rest;
        } else if (keyword == "summary") {
            needText();
            lesson_.summary = rest;
        } else if (keyword == "terms") {
            needText();
            if (!lesson_.terms.empty()) fail(number, "a lesson has one 'terms' line");
            std::string_view list = rest;
            for (;;) {
                const std::size_t comma = list.find(',');
                const std::string term(trim(list.substr(0, comma)));
                if (term.empty()) fail(number, "'terms' takes Kafka terms separated by commas, with none empty: '" + rest + "'");
                lesson_.terms.push_back(term);
                if (comma == std::string_view::npos) break;
                list = list.substr(comma + 1);
            }
        } else if (keyword == "part" || keyword == "seed") {
            std::uint64_t value = 0;
            const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
            if (rest.empty() || error != std::errc() || end != rest.data() + rest.size())
                fail(number, "'" + keyword + "' needs a whole number, not '" + rest + "'");
            if (keyword == "part") lesson_.part = static_cast<int>(std::min<std::uint64_t>(value, 1000));
            else lesson_.seed = value;
        } else if (keyword == "setup") {
            if (!rest.empty()) fail(number, "'setup' takes nothing after it; its commands follow on the next lines");
            if (sawSetup_) fail(number, "a lesson has one 'setup' block");
            if (!lesson_.steps.empty()) fail(number, "the 'setup' block comes before the steps");
            sawSetup_ = true;
            openBlock(number, Block::Setup, keyword);
        } else if (keyword == "explain" || keyword == "predict" || keyword == "run" || keyword == "task") {
            if (!sawSetup_) fail(number, "the 'setup' block (which builds the cluster) comes before the steps");
            if (rest.empty())
                fail(number, "'" + keyword + "' needs a " + (keyword == "predict" ? "question" : "title") + " after it");
            Step step;
            step.kind = keyword == "explain" ? StepKind::Explain
                        : keyword == "predict" ? StepKind::Predict
                        : keyword == "run"     ? StepKind::Run
                                               : StepKind::Task;
            step.line = number;
            step.title = rest;
            lesson_.steps.push_back(std::move(step));
            openBlock(number, Block::Step, keyword);
        } else if (keyword == "end") {
            fail(number, "'end' without a block to close");
        } else {
            fail(number, "unknown line '" + keyword +
                             "' (a lesson has title, summary, terms, part, seed, a setup block, then explain, predict, run "
                             "and task blocks, each closed by 'end')");
        }
    }

    void openBlock(int number, Block block, const std::string& name) {
        block_ = block;
        blockLine_ = number;
        blockName_ = name;
    }

    void closeBlock(int number) {
        if (*block_ == Block::Setup) {
            if (lesson_.setup.empty()) fail(number, "the 'setup' block is empty: it needs at least 'cluster ...'");
            if (splitKeyword(lesson_.setup.front().text).first != "cluster")
                fail(lesson_.setup.front().line, "the setup must start with the 'cluster' command");
        } else {
            validateStep(lesson_.steps.back(), number);
        }
        block_.reset();
    }

    void validateStep(const Step& step, int endLine) const {
        switch (step.kind) {
        case StepKind::Predict: {
            if (step.choices.size() < 2) fail(endLine, "a prediction needs at least two 'choice' or 'correct' lines");
            const auto correct = std::count_if(step.choices.begin(), step.choices.end(), [](const Choice& c) { return c.correct; });
            if (correct != 1)
                fail(endLine, "a prediction needs exactly one 'correct' choice, not " + std::to_string(correct));
            break;
        }
        case StepKind::Run:
            if (step.commands.empty()) fail(endLine, "a 'run' step needs at least one scenario command");
            break;
        case StepKind::Task:
            if (step.waits.empty()) fail(endLine, "a 'task' needs at least one 'wait' condition (how to tell the student did it)");
            if (step.studentCommands.empty())
                fail(endLine, "a 'task' needs at least one 'student' command (what a headless run does in the student's place)");
            break;
        case StepKind::Explain: break;
        }
    }

    // Lexes a scenario line with the scenario lexer so that its errors carry this file's line numbers.
    scenario::Line command(int number, std::string_view text) const {
        try {
            const std::string padded = std::string(static_cast<std::size_t>(number - 1), '\n') + std::string(text);
            std::vector<scenario::Line> lines = scenario::lex(padded, file_);
            if (lines.empty()) fail(number, "expected a scenario command");
            return lines.front();
        } catch (const scenario::ScenarioError& e) {
            fail(number, e.message().str());
        }
    }

    Condition condition(int number, const std::string& text) const {
        Condition c;
        c.line = number;
        c.text = text;
        if (text.empty()) fail(number, "a condition is missing, e.g. 'leader orders-0 == 3'");
        const auto [keyword, rest] = splitKeyword(text);
        if (keyword == "event") {
            if (rest.empty()) fail(number, "'event' needs the text an event must contain");
            c.words = {keyword, rest};
        } else {
            for (const scenario::Word& w : command(number, text).words) c.words.push_back(w.text);
        }
        if (const std::optional<std::string> problem = conditionProblem(c.words)) fail(number, *problem);
        return c;
    }

    void stepLine(int number, std::string_view line, const std::string& keyword, const std::string& rest) {
        Step& step = lesson_.steps.back();
        const bool text = keyword == "say" || keyword == "why" || keyword == "choice" || keyword == "correct";
        if (text && keyword != "say" && rest.empty()) fail(number, "'" + keyword + "' needs a text after it");
        if (keyword == "say") {
            if (rest.empty() || step.paragraphs.empty()) step.paragraphs.emplace_back();
            if (!rest.empty()) step.paragraphs.back() += (step.paragraphs.back().empty() ? "" : " ") + rest;
            return;
        }
        if (keyword == "show") {
            if (rest.empty()) fail(number, "'show' needs what to point at, e.g. 'show broker:2 partition:orders-0'");
            std::istringstream words(rest);
            for (std::string subject; words >> subject;) {
                const auto colon = subject.find(':');
                const std::string kind = subject.substr(0, colon);
                if (colon == std::string::npos || colon + 1 == subject.size() ||
                    std::find(std::begin(kSubjectKinds), std::end(kSubjectKinds), kind) == std::end(kSubjectKinds))
                    fail(number, "'" + subject +
                                     "' is not something to show: write KIND:NAME with KIND broker, controller, zookeeper, "
                                     "partition, client, consumer, group, link, leader or coordinator");
                step.show.push_back(subject);
            }
            return;
        }
        switch (step.kind) {
        case StepKind::Predict:
            if (keyword == "choice" || keyword == "correct") return step.choices.push_back({rest, keyword == "correct"});
            if (keyword == "why") {
                step.why += (step.why.empty() ? "" : " ") + rest;
                return;
            }
            fail(number, "unknown line '" + keyword + "' in a 'predict' step (say, show, choice, correct, why)");
        case StepKind::Explain:
            if (keyword == "check") return step.checks.push_back(condition(number, rest));
            fail(number, "unknown line '" + keyword + "' in an 'explain' step (say, show, check)");
        case StepKind::Task:
            if (keyword == "wait") return step.waits.push_back(condition(number, rest));
            if (keyword == "student") {
                if (rest.empty()) fail(number, "'student' needs the scenario command the student would give, e.g. 'student broker kill 2'");
                command(number, rest);
                return step.studentCommands.push_back({number, rest});
            }
            if (keyword == "within") {
                try {
                    step.within = scenario::parseDuration(rest, file_, {number, 1});
                } catch (const scenario::ScenarioError& e) {
                    fail(number, e.message().str());
                }
                if (step.within <= 0) fail(number, "'within' needs a duration above zero");
                return;
            }
            fail(number, "unknown line '" + keyword + "' in a 'task' step (say, show, wait, student, within)");
        case StepKind::Run:
            if (keyword == "check") return step.checks.push_back(condition(number, rest));
            command(number, line);
            step.commands.push_back({number, std::string(line)});
            return;
        }
    }

    std::string_view text_;
    std::string file_;
    Lesson lesson_;
    bool sawSetup_ = false;
    std::optional<Block> block_;
    int blockLine_ = 0;
    std::string blockName_;
};

}  // namespace

LessonError::LessonError(const std::string& file, int line, const std::string& message)
    : std::runtime_error(file + ":" + std::to_string(line) + ": error: " + message), line_(line), message_(message) {}

const char* stepKindName(StepKind kind) {
    switch (kind) {
    case StepKind::Explain: return "explain";
    case StepKind::Predict: return "predict";
    case StepKind::Run: return "run";
    case StepKind::Task: return "task";
    }
    return "?";
}

int Step::correctChoice() const {
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (choices[i].correct) return static_cast<int>(i);
    return -1;
}

std::string Lesson::setupText() const {
    std::string text;
    for (const SourceLine& line : setup) text += line.text + "\n";
    return text;
}

Lesson parseLesson(std::string_view text, const std::string& fileName) { return Parser(text, fileName).parse(); }

std::string lessonNameFromPath(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::string suffix = ".lesson";
    if (base.size() > suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0)
        base.resize(base.size() - suffix.size());
    return base;
}

}  // namespace ks::lesson
