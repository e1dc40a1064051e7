#include "cli_lessons.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "builtin_lessons.h"
#include "lesson/lesson_player.h"

namespace {

constexpr const char* kLessonUsage =
    "usage: kafkascope-cli lesson list\n"
    "       kafkascope-cli lesson run NAME|FILE.lesson\n"
    "\n"
    "list: the built-in lessons, in course order.\n"
    "run: plays a lesson (a built-in one by name, or a lesson file; see docs/lessons.md) with its own\n"
    "answers: each prediction is answered with its correct choice, each task done with its scripted\n"
    "student commands. Prints the narration, the event log and every check.\n"
    "exit status: 0 every check held, 1 a check, task or invariant failed, 2 the lesson has an error\n";

int lessonUsageError(const std::string& message) {
    std::cerr << "kafkascope-cli: " << message << "\n\n" << kLessonUsage;
    return 2;
}

// The built-in lessons, parsed and in course order. A built-in lesson that does not parse is a bug
// the tests catch; here it is reported and left out.
std::vector<ks::lesson::Lesson> builtins() {
    std::vector<ks::lesson::Lesson> lessons;
    for (const EmbeddedLesson& embedded : builtinLessons()) {
        try {
            lessons.push_back(ks::lesson::parseLesson(embedded.text, std::string("resources/lessons/") + embedded.file));
        } catch (const ks::lesson::LessonError& e) {
            std::cerr << e.what() << "\n";
        }
    }
    std::stable_sort(lessons.begin(), lessons.end(), [](const auto& a, const auto& b) { return a.part < b.part; });
    return lessons;
}

}  // namespace

int lessonCommand(int argc, char** argv) {
    if (argc < 3) return lessonUsageError("lesson needs 'list' or 'run NAME'");
    const std::string action = argv[2];
    if (action == "--help" || action == "-h") {
        std::cout << kLessonUsage;
        return 0;
    }
    if (action == "list") {
        if (argc > 3) return lessonUsageError("'lesson list' takes nothing more");
        for (const ks::lesson::Lesson& l : builtins())
            std::cout << l.part << "  " << l.name << "  " << l.title << "\n";
        return 0;
    }
    if (action != "run") return lessonUsageError("unknown lesson command '" + action + "'");
    if (argc != 4) return lessonUsageError("'lesson run' takes one lesson name or file");
    const std::string which = argv[3];
    try {
        if (which.find('/') != std::string::npos || (which.size() > 7 && which.ends_with(".lesson"))) {
            std::ifstream in(which, std::ios::binary);
            if (!in) {
                std::cerr << "kafkascope-cli: cannot read '" << which << "': " << std::strerror(errno) << "\n";
                return 2;
            }
            std::ostringstream text;
            text << in.rdbuf();
            return ks::lesson::playLesson(ks::lesson::parseLesson(text.str(), which), std::cout).exitCode;
        }
        const std::vector<ks::lesson::Lesson> lessons = builtins();
        const auto it = std::find_if(lessons.begin(), lessons.end(), [&](const auto& l) { return l.name == which; });
        if (it == lessons.end()) {
            std::string names;
            for (const auto& l : lessons) names += (names.empty() ? "" : ", ") + l.name;
            return lessonUsageError("there is no built-in lesson '" + which + "' (" + names + ")");
        }
        return ks::lesson::playLesson(*it, std::cout).exitCode;
    } catch (const ks::lesson::LessonError& e) {
        std::cerr << e.what() << "\n";
        return 2;
    }
}
