#pragma once
// Simulated time and speed as people read and type them.
#include <QString>
#include <optional>

#include "api/snapshot.h"

namespace ks::ui {

// "12.345 s"
QString formatSeconds(SimTime t);
// A duration as the scenario format writes it: "2s", "1500ms", "200us".
QString formatDuration(SimTime d);
// "0.1×", "1×", "1000×", "max"
QString formatSpeed(double speed);
// "4s", "1500ms", "250us", "2m" or a plain number of seconds ("4", "2.5"); nothing if unreadable.
std::optional<SimTime> parseDuration(const QString& text);

}  // namespace ks::ui
