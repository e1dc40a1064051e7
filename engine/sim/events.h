#pragma once
// The plain-language event log: what happened, when, and what it is about.
#include <string>
#include <vector>

#include "core/text.h"
#include "core/types.h"

namespace ks {

enum class EventKind { Cluster, Controller, Replication, Client, Group, Fault, Scenario, Check };

const char* eventKindName(EventKind kind);

struct ClusterEvent {
    SimTime time = 0;
    EventKind kind = EventKind::Cluster;
    NodeId node = kNoNode;        // who reports it
    std::string text;             // the English line: message.str()
    Text message;                 // the same, translatable (core/text.h)
    // What the event is about, for linking it to the view: "broker:2", "partition:orders-1", ...
    std::vector<std::string> subjects;
    bool verbose = false;         // routine detail (every fetch, every batch), hidden by default
};

}  // namespace ks
