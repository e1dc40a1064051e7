#pragma once
// Records as a viewer sends and reads them: a produce request and its outcome, and a page of a
// partition's records with, per record, where it is replicated, whether it is committed and which
// consumer groups have committed past it. Plain values; nothing here points into the engine. A record
// to produce becomes a scenario `produce` command, so the command log has it and a replay repeats it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "client/partitioner.h"
#include "core/text.h"
#include "core/types.h"
#include "log/record_batch.h"
#include "protocol/errors.h"

namespace ks {

// One record for a producer, from a viewer (the producer panel, a replay, an import).
struct RecordToProduce {
    std::string producer;               // the producer's client.id; "": the default producer (producer-1)
    std::string topic;
    std::optional<std::int32_t> partition;
    std::optional<std::string> key;
    std::optional<std::string> value;
    std::vector<RecordHeader> headers;
    int acks = -1;                      // 0, 1 or -1 (all)
};

struct ProduceReply {
    std::uint64_t request = 0;          // what EngineRuntime::produce returned
    std::string command;                // the command it became, as the command log has it
    Text rejected;                      // the command was refused before reaching the producer (English: .str())
    TopicPartition tp;                  // the partition the producer chose (-1: it could not choose)
    Offset offset = -1;                 // -1: failed, or acks=0 (the producer never learns it)
    KafkaError error = KafkaError::NONE;
    PartitionChoice partitioner = PartitionChoice::Sticky;
    SimTime at = 0;                     // when the command was applied
};

enum class SeekKind { Offset, Timestamp, Beginning, End };

struct RecordQuery {
    TopicPartition tp;
    SeekKind seek = SeekKind::Beginning;
    Offset offset = 0;                  // SeekKind::Offset: the first offset to read
    SimTime timestamp = 0;              // SeekKind::Timestamp: the first record at or after this time
    int maxRecords = 200;               // at most this many records in the page
    std::string search;                 // keep only records whose key or value contains this text
};

struct BrowsedRecord {
    Offset offset = 0;
    SimTime timestamp = 0;
    std::optional<std::string> key;
    std::optional<std::string> value;
    std::vector<RecordHeader> headers;
    std::size_t sizeBytes = 0;
    std::vector<BrokerId> replicas;     // replicas whose log holds this very record at this offset
    bool committed = false;             // below the high watermark
    std::vector<std::string> groupsPast;   // groups whose committed offset is past it
};

struct RecordPage {
    std::uint64_t request = 0;          // what EngineRuntime::queryRecords returned
    RecordQuery query;
    Text error;                         // e.g. no such partition; then nothing else is set (English: .str())
    BrokerId source = kNoNode;          // the replica read: the leader, or the longest log if offline
    Offset logStartOffset = 0;
    Offset highWatermark = 0;
    Offset logEndOffset = 0;
    Offset next = 0;                    // where reading stopped: the next page starts here
    std::vector<BrowsedRecord> records;
    SimTime time = 0;                   // the simulated time it was read at

    bool atEnd() const { return next >= logEndOffset; }
};

// What in `request` a scenario command line cannot carry, e.g. "the value has a line break"; nothing
// when it can be sent. Names the field: key, value, header N key, header N value.
struct RequestProblem {
    std::string field;     // "topic", "partition", "key", "value", "header 2 key", "header 2 value"
    Text message;          // the English: message.str(); the window translates it (docs/ENGINE-TEXT.md)
};
std::optional<RequestProblem> produceRequestProblem(const RecordToProduce& request);

// Why `name` cannot be a producer's client.id in a command line, or nothing when it can: letters,
// digits, '.', '_' and '-'.
std::optional<Text> clientIdProblem(const std::string& name);

// The one-line command that produces `request`, e.g. `produce orders key="k" value="v" acks=1`.
// The request must have no problem (produceRequestProblem).
std::string produceCommand(const RecordToProduce& request);

// How the background producer (the rate generator) keys its records, so that key hashing and hot
// partitions show: None spreads records over the partitions by number, as before keys existed.
enum class KeyPattern { None, Fixed, Sequential, RandomSet, HotKey };

struct KeyPatternSpec {
    KeyPattern pattern = KeyPattern::None;
    std::string prefix = "user-";       // Fixed: the key itself; otherwise keys are prefix + number
    int keyCount = 10;                  // RandomSet, HotKey: keys prefix0 .. prefix(keyCount-1)
    int hotPercent = 80;                // HotKey: the share of records keyed prefix0

    bool operator==(const KeyPatternSpec&) const = default;
};

}  // namespace ks
