// kafkascope-bench: performance benchmarks of the engine. Each benchmark prints one JSON object per
// line with its figures, its target and whether it met the target. The bench reads the wall clock
// (std::chrono::steady_clock) to time the engine; the engine itself never does.
//
//   kafkascope-bench [--quick] [--only NAME]
//
// Without --only, every benchmark runs in a fresh child process (this executable again, with
// --only NAME), so that one benchmark's heap cannot change another's timing or peak memory.
// The exit status is 0 when every benchmark completed its work (whatever the figures), 1 when one
// did not (records not acknowledged, an invariant violated) or crashed, 2 on a usage error.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cluster/cluster.h"

namespace {

using ks::Cluster;
using ks::ClusterSpec;
using ks::Producer;
using ks::SimTime;

constexpr std::uint64_t kSeed = 42;
constexpr std::size_t kValueBytes = 100;
// The bench keeps at most this many record bytes waiting in the producer, as buffer.memory
// (32 MiB) bounds a real producer; it hands in more as records are acknowledged.
constexpr std::size_t kBufferMemory = 32 * 1024 * 1024;
// Every Cluster::advance call moves simulated time by this much.
constexpr SimTime kAdvanceStep = ks::millis(10);
// A run that has not finished after this much simulated time is reported as not completed.
constexpr SimTime kSimulatedTimeLimit = ks::seconds(600);
// The full simulation_speed run stops (not completed) after this much wall time; --quick has no limit.
constexpr double kWallBudgetSeconds = 300;
// Throughput runs are repeated on fresh clusters; the median is the reported figure.
constexpr int kRepeats = 3;

struct Options {
    bool quick = false;
    std::optional<std::string> only;
};

// One line of output: a flat JSON object, fields in the order they were added.
class JsonLine {
public:
    explicit JsonLine(const std::string& name) { add("name", name); }

    JsonLine& add(const std::string& key, const std::string& value) { return raw(key, quote(value)); }
    JsonLine& add(const std::string& key, const char* value) { return raw(key, quote(value)); }
    JsonLine& add(const std::string& key, bool value) { return raw(key, value ? "true" : "false"); }
    JsonLine& add(const std::string& key, std::int64_t value) { return raw(key, std::to_string(value)); }
    JsonLine& add(const std::string& key, int value) { return raw(key, std::to_string(value)); }
    JsonLine& add(const std::string& key, std::uint64_t value) { return raw(key, std::to_string(value)); }
    JsonLine& add(const std::string& key, double value, int decimals) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
        return raw(key, buffer);
    }

    // A value that is already JSON (an array).
    JsonLine& addRaw(const std::string& key, const std::string& json) { return raw(key, json); }

    std::string str() const { return "{" + body_ + "}"; }

private:
    static std::string quote(const std::string& s) {
        std::string out = "\"";
        for (char c : s) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += c;
            }
        }
        return out + "\"";
    }
    JsonLine& raw(const std::string& key, const std::string& value) {
        if (!body_.empty()) body_ += ", ";
        body_ += quote(key) + ": " + value;
        return *this;
    }

    std::string body_;
};

struct Result {
    JsonLine line;
    bool completed = false;
};

double processCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Wall time, and the CPU time this process used meanwhile: when the two differ much, something
// else had the CPU and the figure is not to be trusted.
class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()), cpuStart_(processCpuSeconds()) {}
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }
    double cpuSeconds() const { return processCpuSeconds() - cpuStart_; }

private:
    std::chrono::steady_clock::time_point start_;
    double cpuStart_;
};

// A figure from /proc/self/status, in bytes ("VmHWM" is the peak resident set, "VmRSS" the current).
std::int64_t procStatusBytes(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(in, line)) {
        if (line.compare(0, prefix.size(), prefix) != 0) continue;
        std::istringstream values(line.substr(prefix.size()));
        std::int64_t kib = 0;
        values >> kib;
        return kib * 1024;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::int64_t>(usage.ru_maxrss) * 1024;
}

double mib(std::int64_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024.0); }

// A cluster with every broker serving and one topic, or an explanation of what went wrong.
std::unique_ptr<Cluster> readyCluster(int brokers, const std::string& topic, int partitions, int rf,
                                      std::string& error) {
    ClusterSpec spec;
    spec.brokers = brokers;
    spec.seed = kSeed;
    auto cluster = std::make_unique<Cluster>(spec);
    if (!cluster->waitUntilReady(ks::seconds(30))) {
        error = "the brokers did not become ready";
        return nullptr;
    }
    const ks::AdminResult created = cluster->createTopic(topic, partitions, rf, {});
    if (!created.ok()) {
        error = "createTopic failed: " + created.message.str();
        return nullptr;
    }
    return cluster;
}

Producer& defaultProducer(Cluster& cluster) {
    return *cluster.simulation().nodeAs<Producer>(Cluster::kProducerId);
}

struct FlatOutRun {
    std::int64_t acked = 0;
    std::int64_t failed = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    SimTime simulated = 0;
    std::uint64_t events = 0;
    std::size_t violations = 0;
    bool completed = false;
};

// Hands `count` records with 100-byte values and no key to the default producer, never more than
// buffer.memory worth unacknowledged, and advances the simulation until every one has an outcome.
// Only that part is timed.
FlatOutRun produceFlatOut(Cluster& cluster, const std::string& topic, std::int64_t count, int acks) {
    Producer& producer = defaultProducer(cluster);
    const std::string value(kValueBytes, 'v');
    const std::int64_t window =
        static_cast<std::int64_t>(kBufferMemory / (kValueBytes + ks::RecordBatchData::kRecordOverheadBytes));
    const SimTime startTime = cluster.now();
    const std::uint64_t startEvents = cluster.simulation().eventsProcessed();
    FlatOutRun run;
    std::int64_t handed = 0;
    const Stopwatch watch;
    auto settled = [&] { return producer.stats().acked + producer.stats().failed; };
    while (settled() < count && cluster.now() - startTime < kSimulatedTimeLimit) {
        const std::int64_t room = std::min(count - handed, window - producer.pendingRecords());
        if (room > 0) {
            cluster.simulation().act(Cluster::kProducerId, [&](ks::NodeContext& ctx) {
                for (std::int64_t i = 0; i < room; ++i) {
                    ks::ProducerRecord record;
                    record.value = value;
                    producer.send(ctx, topic, std::move(record), acks);
                }
            });
            handed += room;
        }
        cluster.advance(kAdvanceStep);
    }
    run.wallSeconds = watch.seconds();
    run.cpuSeconds = watch.cpuSeconds();
    run.acked = producer.stats().acked;
    run.failed = producer.stats().failed;
    run.simulated = cluster.now() - startTime;
    run.events = cluster.simulation().eventsProcessed() - startEvents;
    run.violations = cluster.checker().violations().size();
    run.completed = run.acked == count && run.failed == 0 && run.violations == 0;
    return run;
}

Result produceThroughput(const Options& options, int acks) {
    const std::string name = acks == -1 ? "produce_throughput_acks_all" : "produce_throughput_acks_1";
    const std::int64_t count = options.quick ? 20000 : 2000000;
    const int repeats = options.quick ? 1 : kRepeats;
    const double target = 2000000;
    Result result{JsonLine(name)};
    std::vector<FlatOutRun> runs;
    std::vector<double> rates;
    for (int i = 0; i < repeats; ++i) {
        std::string error;
        auto cluster = readyCluster(3, "bench", 6, 3, error);
        if (!cluster) {
            result.line.add("error", error).add("completed", false).add("pass", false);
            return result;
        }
        runs.push_back(produceFlatOut(*cluster, "bench", count, acks));
        rates.push_back(runs.back().wallSeconds > 0 ? static_cast<double>(runs.back().acked) / runs.back().wallSeconds
                                                    : 0);
    }
    std::vector<std::size_t> order(runs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rates[a] < rates[b]; });
    const FlatOutRun& median = runs[order[order.size() / 2]];
    const double rate = rates[order[order.size() / 2]];
    result.completed = std::all_of(runs.begin(), runs.end(), [](const FlatOutRun& r) { return r.completed; });
    std::string all = "[";
    for (std::size_t i = 0; i < rates.size(); ++i) all += (i ? ", " : "") + std::to_string(std::llround(rates[i]));
    all += "]";
    result.line.add("acks", acks == -1 ? "all" : "1")
        .add("brokers", 3)
        .add("partitions", 6)
        .add("replication_factor", 3)
        .add("value_bytes", static_cast<std::int64_t>(kValueBytes))
        .add("records", count)
        .add("acked", median.acked)
        .add("failed", median.failed)
        .add("invariant_violations", static_cast<std::int64_t>(median.violations))
        .add("advance_step_ms", static_cast<std::int64_t>(kAdvanceStep / ks::kMicrosPerMilli))
        .add("simulated_seconds", static_cast<double>(median.simulated) / ks::kMicrosPerSecond, 3)
        .add("events", median.events)
        .add("wall_seconds", median.wallSeconds, 3)
        .add("cpu_seconds", median.cpuSeconds, 3)
        .add("repeats", repeats)
        .addRaw("records_per_second_each", all)
        .add("records_per_second", rate, 0)
        .add("peak_rss_mib", mib(procStatusBytes("VmHWM")), 1)
        .add("completed", result.completed)
        .add("target_records_per_second", target, 0)
        .add("pass", result.completed && rate >= target);
    return result;
}

// What the engine itself says the stored records take: every replica's PartitionLog::memoryBytes
// plus RecordBatchData::memoryBytes of each distinct batch (replicas share one batch).
struct EngineMemory {
    std::int64_t replicaRecords = 0;
    std::int64_t batches = 0;
    std::size_t logBytes = 0;
    std::size_t batchBytes = 0;
};

EngineMemory engineMemory(const Cluster& cluster) {
    EngineMemory m;
    std::set<const ks::RecordBatchData*> seen;
    for (ks::BrokerId id = 1; id <= cluster.spec().brokers; ++id) {
        const ks::Broker* broker = cluster.broker(id);
        if (!broker) continue;
        for (const auto& [tp, replica] : broker->replicas()) {
            if (!replica.log) continue;
            m.replicaRecords += replica.log->recordCount();
            m.logBytes += replica.log->memoryBytes();
            for (const ks::LogSegment& segment : replica.log->segments())
                for (const ks::StoredBatch& stored : segment.batches)
                    if (seen.insert(stored.data.get()).second) m.batchBytes += stored.data->memoryBytes();
        }
    }
    m.batches = static_cast<std::int64_t>(seen.size());
    return m;
}

// A steady 1,000 records/s (10 every 10 ms, keys key-0, key-1, ...) to 50 partitions on 6 brokers,
// acks=all, for an hour of simulated time.
Result simulationSpeed(const Options& options) {
    const SimTime duration = options.quick ? ks::seconds(60) : ks::seconds(3600);
    const SimTime tick = ks::millis(10);
    const SimTime window = ks::seconds(60);
    const int recordsPerTick = 10;
    const double target = 720;
    Result result{JsonLine("simulation_speed")};
    std::string error;
    auto cluster = readyCluster(6, "steady", 50, 3, error);
    if (!cluster) {
        result.line.add("error", error).add("completed", false).add("pass", false);
        return result;
    }
    Producer& producer = defaultProducer(*cluster);
    const std::string value(kValueBytes, 'v');
    const SimTime startTime = cluster->now();
    const std::uint64_t startEvents = cluster->simulation().eventsProcessed();
    std::int64_t next = 0;
    bool outOfBudget = false;
    // Wall seconds at each whole minute of simulated time, to show whether the speed holds up.
    std::vector<double> minuteMarks{0};
    const Stopwatch watch;
    while (cluster->now() - startTime < duration) {
        cluster->simulation().act(Cluster::kProducerId, [&](ks::NodeContext& ctx) {
            for (int i = 0; i < recordsPerTick; ++i) {
                ks::ProducerRecord record;
                record.key = "key-" + std::to_string(next++);
                record.value = value;
                producer.send(ctx, "steady", std::move(record), -1);
            }
        });
        cluster->advance(tick);
        if ((cluster->now() - startTime) % window == 0) minuteMarks.push_back(watch.seconds());
        if (!options.quick && watch.seconds() > kWallBudgetSeconds) {
            outOfBudget = true;
            break;
        }
    }
    const SimTime fed = cluster->now() - startTime;
    const SimTime drainLimit = cluster->now() + ks::seconds(30);
    while (!outOfBudget && producer.pendingRecords() > 0 && cluster->now() < drainLimit) cluster->advance(tick);
    const double wallSeconds = watch.seconds();
    const double cpuSeconds = watch.cpuSeconds();
    const SimTime simulated = cluster->now() - startTime;
    const double speed = wallSeconds > 0 ? (static_cast<double>(simulated) / ks::kMicrosPerSecond) / wallSeconds : 0;
    const double minute = static_cast<double>(window) / ks::kMicrosPerSecond;
    const std::size_t marks = minuteMarks.size();
    const double firstMinute = marks > 1 ? minute / (minuteMarks[1] - minuteMarks[0]) : 0;
    const double lastMinute = marks > 1 ? minute / (minuteMarks[marks - 1] - minuteMarks[marks - 2]) : 0;
    const std::size_t violations = cluster->checker().violations().size();
    const EngineMemory memory = engineMemory(*cluster);
    const double stored = static_cast<double>(std::max<std::int64_t>(producer.stats().acked, 1));
    result.completed = !outOfBudget && fed >= duration && producer.stats().acked == next &&
                       producer.stats().failed == 0 && violations == 0;
    result.line.add("mode", "kraft")
        .add("controllers", 3)
        .add("brokers", 6)
        .add("partitions", 50)
        .add("replication_factor", 3)
        .add("acks", "all")
        .add("records_per_simulated_second", static_cast<std::int64_t>(recordsPerTick * (ks::seconds(1) / tick)))
        .add("target_simulated_seconds", static_cast<double>(duration) / ks::kMicrosPerSecond, 0)
        .add("records", next)
        .add("acked", producer.stats().acked)
        .add("failed", producer.stats().failed)
        .add("invariant_violations", static_cast<std::int64_t>(violations))
        .add("advance_step_ms", static_cast<std::int64_t>(tick / ks::kMicrosPerMilli))
        .add("simulated_seconds", static_cast<double>(simulated) / ks::kMicrosPerSecond, 3)
        .add("events", cluster->simulation().eventsProcessed() - startEvents)
        .add("wall_seconds", wallSeconds, 3)
        .add("cpu_seconds", cpuSeconds, 3)
        .add("stopped_by_wall_budget", outOfBudget)
        .add("wall_budget_seconds", options.quick ? 0.0 : kWallBudgetSeconds, 0)
        .add("first_minute_simulated_seconds_per_wall_second", firstMinute, 1)
        .add("last_minute_simulated_seconds_per_wall_second", lastMinute, 1)
        .add("simulated_seconds_per_wall_second", speed, 1)
        .add("record_batches", memory.batches)
        .add("engine_bytes_per_record", static_cast<double>(memory.logBytes + memory.batchBytes) / stored, 1)
        .add("peak_rss_mib", mib(procStatusBytes("VmHWM")), 1)
        .add("completed", result.completed)
        .add("target_simulated_seconds_per_wall_second", target, 0)
        .add("pass", result.completed && speed >= target);
    return result;
}

// Peak resident memory before and after a cluster stores M records (acks=all, so every replica
// holds each record once it is acknowledged), and the engine's own accounting of the same logs.
Result memoryPerRecord(const Options& options) {
    const std::int64_t count = options.quick ? 20000 : 1000000;
    const int rf = 3;
    const double target = 150;
    Result result{JsonLine("memory_per_record")};
    std::string error;
    auto cluster = readyCluster(3, "bench", 6, rf, error);
    if (!cluster) {
        result.line.add("error", error).add("completed", false).add("pass", false);
        return result;
    }
    const std::int64_t peakBefore = procStatusBytes("VmHWM");
    const FlatOutRun run = produceFlatOut(*cluster, "bench", count, -1);
    const std::int64_t peakAfter = procStatusBytes("VmHWM");
    const EngineMemory memory = engineMemory(*cluster);

    const double payload = static_cast<double>(kValueBytes);
    const double produced = static_cast<double>(std::max<std::int64_t>(run.acked, 1));
    const double stored = static_cast<double>(std::max<std::int64_t>(memory.replicaRecords, 1));
    const double rssGrowth = static_cast<double>(peakAfter - peakBefore);
    // The key and value bytes are stored once and shared by every replica, so the payload is
    // counted once per produced record; the overhead of all three replicas is charged to it.
    const double overheadPerRecord = rssGrowth / produced - payload;
    const double overheadPerReplicaRecord = (rssGrowth - produced * payload) / stored;
    const double engineBytes = static_cast<double>(memory.logBytes + memory.batchBytes);
    const double engineOverheadPerRecord = engineBytes / produced - payload;
    const double engineOverheadPerReplicaRecord = (engineBytes - produced * payload) / stored;
    result.completed = run.completed && memory.replicaRecords == run.acked * rf;
    result.line.add("brokers", 3)
        .add("partitions", 6)
        .add("replication_factor", rf)
        .add("acks", "all")
        .add("key_bytes", 0)
        .add("value_bytes", static_cast<std::int64_t>(kValueBytes))
        .add("records", count)
        .add("acked", run.acked)
        .add("stored_replica_records", memory.replicaRecords)
        .add("record_batches", memory.batches)
        .add("wall_seconds", run.wallSeconds, 3)
        .add("peak_rss_before_mib", mib(peakBefore), 1)
        .add("peak_rss_after_mib", mib(peakAfter), 1)
        .add("rss_bytes_per_record", rssGrowth / produced, 1)
        .add("rss_overhead_bytes_per_record", overheadPerRecord, 1)
        .add("rss_overhead_bytes_per_replica_record", overheadPerReplicaRecord, 1)
        .add("engine_log_bytes", static_cast<std::int64_t>(memory.logBytes))
        .add("engine_batch_bytes", static_cast<std::int64_t>(memory.batchBytes))
        .add("engine_overhead_bytes_per_record", engineOverheadPerRecord, 1)
        .add("engine_overhead_bytes_per_replica_record", engineOverheadPerReplicaRecord, 1)
        .add("completed", result.completed)
        .add("target_overhead_bytes_per_record", target, 0)
        .add("pass", result.completed && overheadPerRecord <= target);
    return result;
}

std::int64_t groupProcessed(const Cluster& cluster, const std::vector<std::string>& names) {
    std::int64_t n = 0;
    for (const std::string& name : names)
        if (const ks::Consumer* c = cluster.consumer(name)) n += c->stats().processed;
    return n;
}

// One group of three consumers (auto-commit, Kafka's defaults) reads N records with 100-byte values
// from 6 partitions with RF=3, produced before the clock starts. Timed from adding the consumers
// (the group forms, finds __consumer_offsets, rebalances) until every record is processed. The
// simulation advances in the usual steps, but the check that every acknowledged record is still in
// its leader's log (a producer-side check whose cost grows with the log, which Cluster::advance runs
// after every step) runs once, at the end: the group checks run on every event throughout.
Result consumeThroughput(const Options& options) {
    const std::int64_t count = options.quick ? 20000 : 2000000;
    const double target = 2000000;
    Result result{JsonLine("consume_throughput")};
    std::string error;
    auto cluster = readyCluster(3, "bench", 6, 3, error);
    if (!cluster) {
        result.line.add("error", error).add("completed", false).add("pass", false);
        return result;
    }
    const FlatOutRun produced = produceFlatOut(*cluster, "bench", count, -1);
    if (!produced.completed) {
        result.line.add("error", "producing the records failed").add("completed", false).add("pass", false);
        return result;
    }
    const std::vector<std::string> names{"reader-1", "reader-2", "reader-3"};
    const SimTime startTime = cluster->now();
    const std::uint64_t startEvents = cluster->simulation().eventsProcessed();
    const Stopwatch watch;
    for (const std::string& name : names) {
        ks::ConsumerConfig config;
        config.clientId = name;
        config.groupId = "bench-group";
        config.topics = {"bench"};
        config.autoOffsetReset = ks::OffsetReset::Earliest;
        cluster->addConsumer(config);
    }
    while (groupProcessed(*cluster, names) < count && cluster->now() - startTime < kSimulatedTimeLimit)
        cluster->simulation().runUntil(cluster->now() + kAdvanceStep);
    const double wallSeconds = watch.seconds();
    cluster->checker().checkAcknowledgedRecords();
    const std::int64_t processed = groupProcessed(*cluster, names);
    const ks::ClusterSnapshot snap = cluster->snapshot();
    const ks::GroupSnapshot* group = snap.group("bench-group");
    const std::int64_t duplicates = group ? group->duplicates : -1;
    const std::size_t violations = cluster->checker().violations().size();
    const double rate = wallSeconds > 0 ? static_cast<double>(processed) / wallSeconds : 0;
    result.completed = processed == count && duplicates == 0 && violations == 0;
    result.line.add("brokers", 3)
        .add("partitions", 6)
        .add("replication_factor", 3)
        .add("consumers", static_cast<std::int64_t>(names.size()))
        .add("value_bytes", static_cast<std::int64_t>(kValueBytes))
        .add("records", count)
        .add("processed", processed)
        .add("duplicates", duplicates)
        .add("invariant_violations", static_cast<std::int64_t>(violations))
        .add("advance_step_ms", static_cast<std::int64_t>(kAdvanceStep / ks::kMicrosPerMilli))
        .add("simulated_seconds", static_cast<double>(cluster->now() - startTime) / ks::kMicrosPerSecond, 3)
        .add("events", cluster->simulation().eventsProcessed() - startEvents)
        .add("wall_seconds", wallSeconds, 3)
        .add("records_per_second", rate, 0)
        .add("peak_rss_mib", mib(procStatusBytes("VmHWM")), 1)
        .add("completed", result.completed)
        .add("target_records_per_second", target, 0)
        .add("pass", result.completed && rate >= target);
    return result;
}

struct RebalanceRun {
    bool completed = false;
    SimTime duration = 0;       // from the first rebalance the join starts to the end of the last
    std::int64_t rounds = 0;
    std::int64_t revoked = 0;
};

// Nine members share 100 partitions; a tenth joins. How long (simulated) until the group is stable
// again, in how many rebalances, revoking how many partitions.
RebalanceRun rebalanceAfterJoin(const std::string& assignor) {
    RebalanceRun run;
    std::string error;
    auto cluster = readyCluster(3, "wide", 100, 3, error);
    if (!cluster) return run;
    auto add = [&](int i) {
        ks::ConsumerConfig config;
        config.clientId = "member-" + std::to_string(i);
        config.groupId = "wide-group";
        config.topics = {"wide"};
        config.assignors = {assignor};
        cluster->addConsumer(config);
    };
    for (int i = 1; i <= 9; ++i) add(i);
    cluster->advance(ks::seconds(20));
    const ks::ClusterSnapshot before = cluster->snapshot();
    const ks::GroupSnapshot* group = before.group("wide-group");
    if (!group || group->state != "Stable" || group->members.size() != 9) return run;
    const std::size_t baseline = group->rebalances.size();
    add(10);
    const SimTime deadline = cluster->now() + ks::seconds(60);
    while (cluster->now() < deadline) {
        cluster->advance(kAdvanceStep);
        const ks::ClusterSnapshot s = cluster->snapshot();
        const ks::GroupSnapshot* g = s.group("wide-group");
        if (!g || g->state != "Stable" || g->members.size() != 10 || g->rebalances.size() <= baseline) continue;
        const ks::RebalanceSnapshot& last = g->rebalances.back();
        // Quiet for longer than a heartbeat interval: no second round is coming.
        if (last.end < 0 || s.time - last.end < ks::seconds(4)) continue;
        const bool everyoneAssigned =
            std::all_of(g->members.begin(), g->members.end(), [](const ks::GroupMemberSnapshot& m) { return !m.assignment.empty(); });
        if (!everyoneAssigned) continue;
        run.rounds = static_cast<std::int64_t>(g->rebalances.size() - baseline);
        run.duration = last.end - g->rebalances[baseline].start;
        for (std::size_t i = baseline; i < g->rebalances.size(); ++i)
            for (const ks::RebalanceMemberSnapshot& m : g->rebalances[i].members)
                run.revoked += static_cast<std::int64_t>(m.revoked.size() + m.lost.size());
        run.completed = cluster->checker().violations().empty();
        return run;
    }
    return run;
}

Result rebalanceDuration(const Options&) {
    Result result{JsonLine("rebalance_duration")};
    const RebalanceRun eager = rebalanceAfterJoin("sticky");
    const RebalanceRun cooperative = rebalanceAfterJoin("cooperative-sticky");
    result.completed = eager.completed && cooperative.completed;
    result.line.add("brokers", 3)
        .add("partitions", 100)
        .add("members_after_join", 10)
        .add("eager_assignor", "sticky")
        .add("eager_rebalance_ms", static_cast<double>(eager.duration) / ks::kMicrosPerMilli, 1)
        .add("eager_rebalances", eager.rounds)
        .add("eager_partitions_revoked", eager.revoked)
        .add("cooperative_assignor", "cooperative-sticky")
        .add("cooperative_rebalance_ms", static_cast<double>(cooperative.duration) / ks::kMicrosPerMilli, 1)
        .add("cooperative_rebalances", cooperative.rounds)
        .add("cooperative_partitions_revoked", cooperative.revoked)
        .add("completed", result.completed)
        .add("pass", result.completed);
    return result;
}

// How long one mode takes from a partition leader's broker being killed to a new leader in the
// committed metadata (the KRaft metadata log, or the partition's state znode), kill after kill.
struct FailoverRun {
    std::vector<double> millis;     // simulated ms, one per kill
    int controllerKills = 0;        // ZooKeeper mode: kills that also took out the controller broker
    std::size_t violations = 0;
    std::uint64_t events = 0;
    double wallSeconds = 0;
    std::string error;
};

FailoverRun measureFailovers(bool zookeeper, int kills) {
    FailoverRun run;
    ClusterSpec spec;
    spec.brokers = 3;
    spec.zookeeperMode = zookeeper;
    spec.seed = kSeed;
    Cluster cluster(spec);
    const Stopwatch watch;
    if (!cluster.waitUntilReady(ks::seconds(60))) {
        run.error = "the brokers did not become ready";
        return run;
    }
    if (const ks::AdminResult created = cluster.createTopic("failover", 1, 3, {}); !created.ok()) {
        run.error = "createTopic failed: " + created.message.str();
        return run;
    }
    const ks::TopicPartition tp{"failover", 0};
    const auto partition = [&] { return cluster.metadata().partition(tp); };
    for (int k = 0; k < kills; ++k) {
        // Every replica back in the ISR first, so each kill starts from the same healthy state.
        const SimTime healthyBy = cluster.now() + ks::seconds(120);
        while (cluster.now() < healthyBy &&
               !(partition() && partition()->leader != ks::kNoNode && partition()->isr.size() == 3))
            cluster.advance(ks::millis(100));
        if (!partition() || partition()->isr.size() != 3) {
            run.error = "the partition did not get all 3 replicas back in its ISR within 120 s";
            return run;
        }
        const ks::BrokerId leader = partition()->leader;
        if (zookeeper && cluster.snapshot().activeController == leader) ++run.controllerKills;
        const SimTime killedAt = cluster.now();
        cluster.killBroker(leader);
        const SimTime giveUp = killedAt + ks::seconds(120);
        while (cluster.now() < giveUp && (partition()->leader == leader || partition()->leader == ks::kNoNode))
            if (!cluster.simulation().step()) break;
        if (partition()->leader == leader || partition()->leader == ks::kNoNode) {
            run.error = "no new leader within 120 s of killing broker " + std::to_string(leader);
            return run;
        }
        run.millis.push_back(static_cast<double>(cluster.now() - killedAt) / ks::kMicrosPerMilli);
        cluster.restartBroker(leader);
    }
    run.violations = cluster.checker().violations().size();
    run.events = cluster.simulation().eventsProcessed();
    run.wallSeconds = watch.seconds();
    return run;
}

std::string jsonNumbers(const std::vector<double>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%s%.1f", i ? ", " : "", values[i]);
        out += buffer;
    }
    return out + "]";
}

// Kills the leader of a partition (3 brokers, rf=3, no traffic) again and again, in KRaft and in
// ZooKeeper mode: the time to a new leader is dominated by how long the controller takes to notice
// the dead broker (broker.session.timeout.ms, 9 s, in KRaft; zookeeper.session.timeout.ms, 18 s,
// in ZooKeeper mode), not by the election itself.
Result leaderFailover(const Options& options) {
    const int kills = options.quick ? 3 : 9;
    Result result{JsonLine("leader_failover")};
    result.line.add("brokers", 3).add("replication_factor", 3).add("kills_per_mode", kills);
    bool completed = true;
    for (const bool zookeeper : {false, true}) {
        const FailoverRun run = measureFailovers(zookeeper, kills);
        const std::string mode = zookeeper ? "zookeeper" : "kraft";
        if (!run.error.empty()) {
            result.line.add(mode + "_error", run.error);
            completed = false;
            continue;
        }
        std::vector<double> sorted = run.millis;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.size() % 2 ? sorted[sorted.size() / 2]
                                                : (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]) / 2;
        result.line.addRaw(mode + "_simulated_ms", jsonNumbers(run.millis))
            .add(mode + "_median_simulated_ms", median, 1)
            .add(mode + "_max_simulated_ms", sorted.back(), 1)
            .add(mode + "_invariant_violations", static_cast<std::int64_t>(run.violations))
            .add(mode + "_events", run.events)
            .add(mode + "_wall_seconds", run.wallSeconds, 3);
        if (zookeeper) result.line.add("zookeeper_kills_of_the_controller_broker", run.controllerKills);
        completed = completed && run.violations == 0;
    }
    result.line.add("kraft_detection", "broker.session.timeout.ms=9000")
        .add("zookeeper_detection", "zookeeper.session.timeout.ms=18000")
        .add("completed", completed)
        .add("pass", completed);
    result.completed = completed;
    return result;
}

// What a checkpoint costs (Cluster::clone, as the window's runtime takes one every 10 simulated
// seconds): a cluster of 3 brokers holding N acknowledged records on 6 partitions (rf=3) is copied
// five times; the median copy against the time the engine took to get there, which is what going
// back in time without the checkpoint would replay.
Result checkpointCopy(const Options& options) {
    const std::int64_t count = options.quick ? 20000 : 200000;
    const double targetShare = 0.01;
    Result result{JsonLine("checkpoint_copy")};
    std::string error;
    const Stopwatch total;
    auto cluster = readyCluster(3, "bench", 6, 3, error);
    if (!cluster) {
        result.line.add("error", error).add("completed", false).add("pass", false);
        return result;
    }
    const FlatOutRun run = produceFlatOut(*cluster, "bench", count, -1);
    const double reachSeconds = total.seconds();
    std::vector<double> micros;
    bool copied = true;
    for (int i = 0; i < 5; ++i) {
        const Stopwatch watch;
        std::unique_ptr<Cluster> copy = cluster->clone();
        micros.push_back(watch.seconds() * 1e6);
        copied = copied && copy && copy->now() == cluster->now();
    }
    std::vector<double> sorted = micros;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    const double share = median / 1e6 / reachSeconds;
    result.completed = run.completed && copied;
    result.line.add("brokers", 3)
        .add("partitions", 6)
        .add("replication_factor", 3)
        .add("records", run.acked)
        .add("simulated_seconds", static_cast<double>(cluster->now()) / ks::kMicrosPerSecond, 3)
        .add("wall_seconds_to_get_there", reachSeconds, 3)
        .addRaw("copy_us", jsonNumbers(micros))
        .add("median_copy_us", median, 1)
        .add("copy_share_of_replay", share, 4)
        .add("target_copy_share_of_replay", targetShare, 2)
        .add("completed", result.completed)
        .add("pass", result.completed && share <= targetShare);
    return result;
}

struct Benchmark {
    const char* name;
    std::function<Result(const Options&)> run;
};

const std::vector<Benchmark>& benchmarks() {
    static const std::vector<Benchmark> all = {
        {"produce_throughput_acks_all", [](const Options& o) { return produceThroughput(o, -1); }},
        {"produce_throughput_acks_1", [](const Options& o) { return produceThroughput(o, 1); }},
        {"simulation_speed", simulationSpeed},
        {"memory_per_record", memoryPerRecord},
        {"consume_throughput", consumeThroughput},
        {"rebalance_duration", rebalanceDuration},
        {"leader_failover", leaderFailover},
        {"checkpoint_copy", checkpointCopy},
    };
    return all;
}

int runInProcess(const Benchmark& benchmark, const Options& options) {
    const Result result = benchmark.run(options);
    std::cout << result.line.str() << std::endl;
    return result.completed ? 0 : 1;
}

// Runs one benchmark as `<this executable> --only NAME [--quick]`; its line goes straight to stdout.
int runInChild(const Benchmark& benchmark, const Options& options) {
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        std::perror("readlink /proc/self/exe");
        return 1;
    }
    self[length] = '\0';
    std::cout.flush();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return 1;
    }
    if (pid == 0) {
        std::vector<std::string> args = {"kafkascope-bench", "--only", benchmark.name};
        if (options.quick) args.emplace_back("--quick");
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(self, argv.data());
        std::perror("execv");
        _exit(127);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0) {
        std::perror("waitpid");
        return 1;
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status) == 0 ? 0 : 1;
    JsonLine crashed(benchmark.name);
    crashed.add("error", std::string("crashed: ") + (WIFSIGNALED(status) ? strsignal(WTERMSIG(status)) : "unknown"))
        .add("completed", false)
        .add("pass", false);
    std::cout << crashed.str() << std::endl;
    return 1;
}

int usage(const char* message) {
    std::cerr << "kafkascope-bench: " << message << "\n"
              << "usage: kafkascope-bench [--quick] [--only NAME]\nbenchmarks:";
    for (const Benchmark& b : benchmarks()) std::cerr << " " << b.name;
    std::cerr << "\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--quick") {
            options.quick = true;
        } else if (arg == "--only") {
            if (i + 1 >= argc) return usage("--only needs a benchmark name");
            options.only = argv[++i];
        } else if (arg == "--help" || arg == "-h") {
            usage("performance benchmarks of the Kafkascope engine");
            return 0;
        } else {
            return usage(("unknown argument '" + arg + "'").c_str());
        }
    }
    if (options.only) {
        for (const Benchmark& b : benchmarks())
            if (b.name == *options.only) return runInProcess(b, options);
        return usage(("unknown benchmark '" + *options.only + "'").c_str());
    }
    int status = 0;
    for (const Benchmark& b : benchmarks()) status = std::max(status, runInChild(b, options));
    return status;
}
