#include "sim/events.h"

namespace ks {

const char* eventKindName(EventKind kind) {
    switch (kind) {
    case EventKind::Cluster: return "cluster";
    case EventKind::Controller: return "controller";
    case EventKind::Replication: return "replication";
    case EventKind::Client: return "client";
    case EventKind::Group: return "group";
    case EventKind::Fault: return "fault";
    case EventKind::Scenario: return "scenario";
    case EventKind::Check: return "check";
    }
    return "?";
}

}  // namespace ks
