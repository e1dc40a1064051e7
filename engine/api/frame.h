#pragma once
// What the runtime publishes to a viewer at most once per frame: the newest immutable snapshot, the
// events and command results since the previous frame, and the state of the simulated clock.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "api/records.h"
#include "api/snapshot.h"
#include "sim/events.h"

namespace ks {

// One command applied to the cluster, with the simulated time it was applied at. The list of these,
// with the seed and the setup commands, replays a run exactly.
struct CommandRecord {
    SimTime at = 0;
    std::string text;              // one scenario-format line, e.g. "broker kill 2"
    bool automatic = false;        // issued by the background producer, not by a person
    bool ok = true;
    std::string error;             // why the command was rejected, in English
    Text errorMessage;             // the same, for the window to translate (docs/ENGINE-TEXT.md); empty in a
                                   // command read back from a workspace file, which keeps only the English
    std::string output;            // what it printed (print tables, expectation results)
};

struct ClockState {
    bool playing = false;
    double speed = 1.0;            // simulated seconds per real second; infinity: as fast as possible
    bool fastForwarding = false;   // running as fast as possible to a set time
    bool behind = false;           // the engine could not keep up with the chosen speed
    double eventsPerSecond = 0.0;  // engine events processed per real second
};

struct BackgroundProducerState {
    bool enabled = false;
    std::string topic;
    int recordsPerTick = 1;
    SimTime interval = 0;
    KeyPatternSpec keys;

    bool operator==(const BackgroundProducerState&) const = default;
};

struct Frame {
    std::uint64_t sequence = 0;                    // counts published frames
    std::shared_ptr<const ClusterSnapshot> snapshot;
    std::vector<ClusterEvent> events;              // since the previous frame taken
    std::vector<CommandRecord> commands;           // applied since the previous frame taken
    std::uint64_t droppedEvents = 0;               // not taken in time, and discarded
    ClockState clock;
    BackgroundProducerState producer;
    std::map<std::string, NodeId> clientNodes;     // client id -> its node, e.g. producer-1 -> 1001
    Text startupError;                             // the setup commands failed; nothing runs (English: .str())
    std::vector<ProduceReply> produced;            // outcomes of EngineRuntime::produce, since the previous frame
    std::vector<RecordPage> pages;                 // answers to EngineRuntime::queryRecords, since the previous frame
};

}  // namespace ks
