#include "runtime/scenario_export.h"

#include <sstream>

namespace ks::runtime {

std::string scenarioDuration(SimTime duration) {
    if (duration % kMicrosPerSecond == 0) return std::to_string(duration / kMicrosPerSecond) + "s";
    if (duration % kMicrosPerMilli == 0) return std::to_string(duration / kMicrosPerMilli) + "ms";
    return std::to_string(duration) + "us";
}

std::string exportScenario(const SessionRecord& session) {
    std::ostringstream out;
    out << "# A Kafkascope session, recorded with seed " << session.seed << ".\n"
        << "# Replay it: kafkascope-cli run --seed " << session.seed << " FILE\n";
    std::istringstream setup(session.setup);
    for (std::string line; std::getline(setup, line);)
        if (line.find_first_not_of(" \t\r") != std::string::npos) out << line << "\n";
    SimTime now = session.setupEnd;
    auto advanceTo = [&](SimTime t) {
        if (t <= now) return;
        out << "advance " << scenarioDuration(t - now) << "\n";
        now = t;
    };
    for (const CommandRecord& command : session.commands) {
        advanceTo(command.at);
        if (command.ok)
            out << command.text << "\n";
        else
            out << "# rejected at " << formatTime(command.at) << ": " << command.text << "\n";
    }
    advanceTo(session.end);
    return out.str();
}

}  // namespace ks::runtime
