#pragma once
// The states and roles the engine reports as keys in the snapshot ("running", "fenced", "leader",
// "joining", ...), in the window's language. Group states (PreparingRebalance, Stable, ...) are Kafka's
// own names and are shown as they are.
#include <QString>

#include <string>

namespace ks {
struct ConsumerSnapshot;
}

namespace ks::ui {

// A broker, controller or consumer process state, a controller's view of a broker, a Raft role, or a
// consumer's member or application state. A key it does not know is returned as it is.
QString stateText(const QString& key);
QString stateText(const std::string& key);
// A consumer's member state; for a failed consumer "failed: " and why, both translated.
QString memberStateText(const ConsumerSnapshot& consumer);

}  // namespace ks::ui
