#include "scenario/runner.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iomanip>
#include <sstream>
#include <string_view>


namespace ks::scenario {
namespace {

constexpr SimTime kReadyLimit = seconds(30);
constexpr const char* kSnapshotBytesKey = "metadata.log.max.record.bytes.between.snapshots";
constexpr const char* kSnapshotIntervalKey = "metadata.log.max.snapshot.interval.ms";

std::string padRight(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string idOrNone(NodeId id) { return id == kNoNode ? "none" : std::to_string(id); }

}  // namespace

ScenarioRunner::ScenarioRunner(std::string fileName, std::string text, RunOptions options, std::ostream& out)
    : fileName_(std::move(fileName)), text_(std::move(text)), options_(std::move(options)), out_(&out) {}

ScenarioRunner::~ScenarioRunner() = default;

std::unique_ptr<ScenarioRunner> ScenarioRunner::clone(RunOptions options, std::ostream& out) const {
    auto copy = std::make_unique<ScenarioRunner>(fileName_, text_, std::move(options), out);
    if (cluster_) {
        copy->cluster_ = cluster_->clone();
        if (!copy->cluster_) return nullptr;
        copy->connectCluster();
    }
    copy->result_ = result_;
    copy->lastAdmin_ = lastAdmin_;
    copy->lineIndex_ = lineIndex_;
    copy->lineCount_ = lineCount_;
    return copy;
}

void ScenarioRunner::connectCluster() {
    if (options_.eventSink)
        cluster_->setEventSink(options_.eventSink);
    else
        cluster_->setEventSink([this](const ClusterEvent& e) { printEvent(e); });
}

void ScenarioRunner::fail(SourcePos pos, Text message) const { throw ScenarioError(fileName_, pos, std::move(message)); }

std::string ScenarioRunner::sourceLine(int line) const {
    std::istringstream in(text_);
    std::string s;
    for (int i = 1; i <= line && std::getline(in, s); ++i) {}
    // Drop a comment: a '#' outside double quotes and brackets, as the lexer reads it.
    bool quoted = false;
    int depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '\\') ++i;
            else if (c == '"') quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        } else if (c == '#' && depth == 0) {
            s.erase(i);
            break;
        }
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
    const auto start = s.find_first_not_of(" \t");
    return start == std::string::npos ? s : s.substr(start);
}

void ScenarioRunner::printEvent(const ClusterEvent& event) {
    if (options_.quiet && event.kind != EventKind::Check) return;
    if (event.verbose && !options_.verbose) return;
    *out_ << std::setw(10) << formatTime(event.time) << "  " << padRight(eventKindName(event.kind), 11) << " "
         << event.text << "\n";
}

RunResult ScenarioRunner::run() {
    try {
        const std::vector<Line> lines = lex(text_, fileName_);
        lineCount_ = lines.size();
        for (lineIndex_ = 0; lineIndex_ < lines.size(); ++lineIndex_) {
            const Line& line = lines[lineIndex_];
            execute(line);
            if (options_.afterCommand) options_.afterCommand(sourceLine(line.pos.line));
            reportProgress(1.0);
        }
        if (cluster_) cluster_->checker().checkAcknowledgedRecords();
    } catch (const ScenarioError& error) {
        *out_ << error.what() << "\n";
        result_.exitCode = 2;
        return result_;
    }
    if (cluster_) {
        result_.violations = cluster_->checker().violations().size();
        result_.simulatedTime = cluster_->now();
        result_.events = cluster_->simulation().eventsProcessed();
    }
    *out_ << "scenario " << fileName_ << " (seed " << options_.seed << "): " << result_.expectationsPassed
         << " expectation(s) passed, " << result_.expectationsFailed << " failed; " << result_.violations
         << " invariant violation(s); simulated " << formatTime(result_.simulatedTime) << ", " << result_.events
         << " events\n";
    if (result_.violations > 0)
        *out_ << "reproduce: kafkascope-cli run --seed " << options_.seed << " " << fileName_ << "\n";
    result_.exitCode = (result_.expectationsFailed > 0 || result_.violations > 0) ? 1 : 0;
    return result_;
}

// With a progress listener, a long advance runs a simulated second at a time (the same events in the
// same order: the simulation only stops between instants), so that it can report and be cancelled.
void ScenarioRunner::advance(const Line& line) {
    expectWords(line, 2, "advance DURATION");
    rejectUnknownOptions(line, {});
    Cluster& cluster = requireCluster(line);
    const SimTime duration = parseDuration(line.words[1].text, fileName_, line.words[1].pos);
    if (options_.progress && lineCount_ > 0) {
        const SimTime start = cluster.now();
        for (SimTime done = seconds(1); done < duration; done += seconds(1)) {
            cluster.simulation().runUntil(start + done);
            reportProgress(static_cast<double>(done) / static_cast<double>(duration));
        }
        cluster.advance(start + duration - cluster.now());
        return;
    }
    cluster.advance(duration);
}

void ScenarioRunner::reportProgress(double withinLine) const {
    if (!options_.progress || lineCount_ == 0) return;
    const double fraction = (static_cast<double>(lineIndex_) + withinLine) / static_cast<double>(lineCount_);
    if (!options_.progress(fraction)) throw RunCancelled{};
}

CommandResult ScenarioRunner::executeCommands(const std::string& text) {
    CommandResult result;
    std::ostringstream output;
    std::ostream* savedOut = out_;
    std::string savedText = std::move(text_);
    out_ = &output;
    text_ = text;
    try {
        for (const Line& line : lex(text, fileName_)) execute(line);
    } catch (const ScenarioError& error) {
        result.ok = false;
        result.error = error.what();
        result.errorMessage = error.text();
    }
    out_ = savedOut;
    text_ = std::move(savedText);
    result.output = output.str();
    return result;
}

const Word& ScenarioRunner::word(const Line& line, std::size_t index, const Text& what) const {
    if (index >= line.words.size()) {
        SourcePos pos = line.words.empty() ? line.pos : line.words.back().pos;
        if (!line.words.empty()) pos.column += static_cast<int>(line.words.back().text.size()) + 1;
        fail(pos, EngineText::tr("missing %1").args(what));
    }
    return line.words[index];
}

void ScenarioRunner::expectWords(const Line& line, std::size_t count, const char* usage) const {
    if (line.words.size() > count) fail(line.words[count].pos, EngineText::tr("unexpected '%1'; usage: %2")
        .args(line.words[count].text, usage));
    if (line.words.size() < count) word(line, count, Text::data(usage));
}

void ScenarioRunner::rejectUnknownOptions(const Line& line, std::initializer_list<const char*> allowed) const {
    for (const KeyValue& kv : line.options) {
        if (std::find_if(allowed.begin(), allowed.end(), [&](const char* a) { return kv.key == a; }) != allowed.end())
            continue;
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(kv.pos, (list.empty() ? EngineText::tr("unknown option '%1' for '%2' (it takes none)")
                                   : EngineText::tr("unknown option '%1' for '%2' (it takes %3)"))
                         .args(kv.key, line.words.front().text, list));
    }
}

Cluster& ScenarioRunner::requireCluster(const Line& line) {
    if (!cluster_) fail(line.pos, EngineText::tr("no cluster yet: start the scenario with a 'cluster' command, e.g. "
                                                 "'cluster brokers=3'"));
    return *cluster_;
}

NodeId ScenarioRunner::nodeId(const Word& w) const {
    const std::int64_t id = parseInteger(w.text, fileName_, w.pos);
    if (id < 0 || id > 1000000) fail(w.pos, EngineText::tr("'%1' is not a node id").args(w.text));
    return static_cast<NodeId>(id);
}

NodeId ScenarioRunner::linkEnd(const Word& w) const {
    if (!w.text.empty() && (std::isdigit(static_cast<unsigned char>(w.text[0])) || w.text[0] == '-')) return nodeId(w);
    const NodeId consumer = cluster_ ? cluster_->consumerNode(w.text) : kNoNode;
    if (consumer != kNoNode) return consumer;
    if (cluster_)
        if (auto producer = cluster_->producerNodes().find(w.text); producer != cluster_->producerNodes().end())
            return producer->second;
    fail(w.pos, EngineText::tr("'%1' is neither a node id nor a consumer's or producer's name").args(w.text));
}

TopicPartition ScenarioRunner::partitionRef(const Word& w) const {
    const PartitionRef ref = parsePartition(w.text, fileName_, w.pos);
    return TopicPartition{ref.topic, ref.partition};
}

void ScenarioRunner::execute(const Line& line) {
    const std::string& command = line.words.empty() ? std::string() : line.words.front().text;
    if (command.empty()) fail(line.pos, EngineText::tr("a command must start with a word, e.g. 'cluster', 'topic', "
                                                       "'produce'"));
    if (command != "cluster" && !cluster_)
        fail(line.pos, EngineText::tr("no cluster yet: start the scenario with a 'cluster' command, e.g. 'cluster "
                                      "brokers=3'"));
    if (command == "cluster") return executeCluster(line);
    if (command == "config") return executeConfig(line);
    if (command == "topic") return executeTopic(line);
    if (command == "produce") return executeProduce(line);
    if (command == "broker") return executeBroker(line);
    if (command == "controller" || command == "zookeeper") return executeController(line);
    if (command == "leader") return executeLeader(line);
    if (command == "partition") return executePartition(line);
    if (command == "link" || command == "isolate" || command == "heal") return executeLink(line);
    if (command == "network") return executeNetwork(line);
    if (command == "chaos") return executeChaos(line);
    if (command == "producer") return executeProducer(line);
    if (command == "expect") return executeExpect(line);
    if (command == "print") return executePrint(line);
    if (command == "advance") return advance(line);
    if (command == "consumer") return executeConsumer(line);
    fail(line.words.front().pos, EngineText::tr("unknown command '%1' (commands: cluster, config, topic, produce, "
                                                "producer, consumer, broker, controller, leader, partition, link, "
                                                "isolate, heal, network, chaos, advance, expect, print)")
        .args(command));
}

// ---------------------------------------------------------------- cluster, config, topics

void ScenarioRunner::executeCluster(const Line& line) {
    if (cluster_) fail(line.pos, EngineText::tr("the cluster is already defined; a scenario has one 'cluster' "
                                                "command, at the start"));
    expectWords(line, 1, "cluster brokers=N [controllers=N] [mode=kraft|zookeeper] [zookeepers=N]");
    rejectUnknownOptions(line, {"brokers", "controllers", "mode", "zookeepers", "process.roles", kSnapshotBytesKey,
                                kSnapshotIntervalKey});
    ClusterSpec spec;
    spec.seed = options_.seed;
    if (const KeyValue* kv = line.find("mode")) {
        if (kv->value != "kraft" && kv->value != "zookeeper")
            fail(kv->valuePos, EngineText::tr("mode must be kraft or zookeeper, not '%1'").args(kv->value));
        spec.zookeeperMode = kv->value == "zookeeper";
    }
    if (options_.forcedMode) spec.zookeeperMode = *options_.forcedMode == "zookeeper";
    if (const KeyValue* kv = line.find("zookeepers")) {
        if (!spec.zookeeperMode) fail(kv->pos, EngineText::tr("zookeepers= sizes the ZooKeeper ensemble: it needs "
                                                              "mode=zookeeper"));
        const std::int64_t n = parseInteger(kv->value, fileName_, kv->valuePos);
        if (n < 1 || n > 9) fail(kv->valuePos, EngineText::tr("zookeepers must be between 1 and 9, not %1")
            .args(kv->value));
        spec.zookeepers = static_cast<int>(n);
    }
    if (const KeyValue* kv = line.find("brokers")) {
        const std::int64_t n = parseInteger(kv->value, fileName_, kv->valuePos);
        if (n < 1 || n > 50) fail(kv->valuePos, EngineText::tr("brokers must be between 1 and 50, not %1")
            .args(kv->value));
        spec.brokers = static_cast<int>(n);
    }
    if (const KeyValue* kv = line.find("controllers")) {
        const std::int64_t n = parseInteger(kv->value, fileName_, kv->valuePos);
        if (n < 1 || n > 9) fail(kv->valuePos, EngineText::tr("controllers must be between 1 and 9, not %1")
            .args(kv->value));
        spec.controllers = static_cast<int>(n);
        if (spec.zookeeperMode) spec.zookeepers = spec.controllers;
    }
    applySnapshotOptions(line, spec);
    if (const KeyValue* kv = line.find("process.roles")) {
        if (spec.zookeeperMode) fail(kv->pos, EngineText::tr("process.roles is a KRaft config: it needs mode=kraft"));
        if (kv->value != "broker,controller" && kv->value != "controller,broker")
            fail(kv->valuePos, EngineText::tr("process.roles on the cluster line must be broker,controller (combined "
                                              "mode), not '%1'; without it brokers and controllers are separate "
                                              "processes").args(kv->value));
        if (spec.controllers > spec.brokers)
            fail(kv->valuePos, EngineText::tr("process.roles=broker,controller makes brokers 1..%1 the controllers: "
                                              "controllers (%1) cannot exceed brokers (%2)")
                .args(spec.controllers, spec.brokers));
        spec.combined = true;
    }
    cluster_ = std::make_unique<Cluster>(spec);
    connectCluster();
    cluster_->simulation().emit(
        EventKind::Cluster,
        spec.zookeeperMode
            ? EngineText::tr("ZooKeeper-mode cluster (Kafka's architecture before 4.0): %1 broker(s), a ZooKeeper "
                             "ensemble of %2 from %3, seed %4")
                  .args(spec.brokers, spec.zookeepers, Cluster::kFirstZooKeeperId, spec.seed)
            : spec.combined
                ? EngineText::tr("KRaft cluster in combined mode (process.roles=broker,controller): %1 broker(s), of "
                                 "which "
                                 "1..%2 are the controllers too, seed %3")
                      .args(spec.brokers, spec.controllers, spec.seed)
                : EngineText::tr("KRaft cluster: %1 broker(s), %2 controller(s) from %3, seed %4")
                      .args(spec.brokers, spec.controllers, Cluster::kFirstControllerId, spec.seed));
    if (!cluster_->waitUntilReady(kReadyLimit)) fail(line.pos, EngineText::tr("the cluster did not become ready "
                                                                              "within 30s of simulated time"));
    cluster_->simulation().emit(EventKind::Cluster, spec.zookeeperMode
                                                        ? EngineText::tr("cluster ready: every broker is registered "
                                                                         "and a controller broker is elected")
                                                        : EngineText::tr("cluster ready: every broker is registered "
                                                                         "and unfenced"));
}

void ScenarioRunner::applySnapshotOptions(const Line& line, ClusterSpec& spec) const {
    for (const char* key : {kSnapshotBytesKey, kSnapshotIntervalKey}) {
        const KeyValue* kv = line.find(key);
        if (!kv) continue;
        if (spec.zookeeperMode)
            fail(kv->pos, EngineText::tr("%1 is a KRaft controller config: it needs mode=kraft").args(key));
        const std::int64_t n = parseInteger(kv->value, fileName_, kv->valuePos);
        const bool bytes = std::string_view(key) == kSnapshotBytesKey;
        if (n < (bytes ? 1 : 0))
            fail(kv->valuePos, EngineText::tr("%1 must be at least %2, not %3")
                .args(key, (bytes ? "1" : "0"), kv->value));
        if (bytes) spec.metadataSnapshotMaxRecordBytes = n;
        else spec.metadataSnapshotInterval = millis(n);
    }
}

void ScenarioRunner::executeConfig(const Line& line) {
    expectWords(line, 2, "config set KEY=VALUE [topic=NAME]");
    if (line.words[1].text != "set") fail(line.words[1].pos, EngineText::tr("expected 'config set KEY=VALUE "
                                                                            "[topic=NAME]'"));
    std::string topic;
    std::map<std::string, std::string> configs;
    for (const KeyValue& kv : line.options) {
        if (kv.key == "topic") {
            topic = kv.value;
            continue;
        }
        configs[kv.key] = kv.value;
    }
    if (configs.empty()) fail(line.pos, EngineText::tr("config set needs at least one KEY=VALUE"));
    recordAdmin(sourceLine(line.pos.line), requireCluster(line).alterConfig(topic, configs));
}

void ScenarioRunner::executeTopic(const Line& line) {
    const Word& action = word(line, 1, EngineText::tr("'create' or 'delete'"));
    const Word& name = word(line, 2, EngineText::tr("topic name"));
    expectWords(line, 3, "topic create NAME partitions=N rf=N [CONFIG=VALUE ...] | topic delete NAME");
    Cluster& cluster = requireCluster(line);
    if (action.text == "delete") {
        rejectUnknownOptions(line, {});
        recordAdmin(sourceLine(line.pos.line), cluster.deleteTopic(name.text));
        return;
    }
    if (action.text != "create") fail(action.pos, EngineText::tr("expected 'topic create' or 'topic delete', not "
                                                                 "'topic %1'").args(action.text));
    int partitions = -1;
    int rf = -1;
    std::map<std::string, std::string> configs;
    for (const KeyValue& kv : line.options) {
        if (kv.key == "partitions" || kv.key == "rf" || kv.key == "replication.factor") {
            const std::int64_t n = parseInteger(kv.value, fileName_, kv.valuePos);
            (kv.key == "partitions" ? partitions : rf) = static_cast<int>(std::clamp<std::int64_t>(n, -1000, 100000));
            continue;
        }
        configs[kv.key] = kv.value;
    }
    recordAdmin(sourceLine(line.pos.line), cluster.createTopic(name.text, partitions, rf, configs));
}

void ScenarioRunner::recordAdmin(const std::string& what, const AdminResult& result) {
    lastAdmin_ = result;
    if (!result.ok())
        cluster_->simulation().emit(EventKind::Scenario,
                                    EngineText::tr("%1 failed: %2: %3")
                                        .args(what, errorName(result.error), result.message));
}

// `producer add NAME [CONFIG=VALUE ...]`, `producer remove NAME` and `producer config [NAME] CONFIG=VALUE ...`
// (without NAME: the default producer), with Kafka's producer config keys.
void ScenarioRunner::executeProducer(const Line& line) {
    const Word& action = word(line, 1, EngineText::tr("add, remove or config"));
    Cluster& cluster = requireCluster(line);
    if (action.text == "add") {
        const Word& name = word(line, 2, EngineText::tr("the producer's name (its client.id)"));
        expectWords(line, 3, "producer add NAME [CONFIG=VALUE ...]");
        if (auto problem = clientIdProblem(name.text)) fail(name.pos, *problem);
        ProducerConfig config;
        config.clientId = name.text;
        applyProducerConfigs(line, config);
        if (auto error = cluster.addProducer(config)) fail(name.pos, *error);
        return;
    }
    if (action.text == "remove") {
        const Word& name = word(line, 2, EngineText::tr("the producer's name (its client.id)"));
        expectWords(line, 3, "producer remove NAME");
        rejectUnknownOptions(line, {});
        if (auto error = cluster.removeProducer(name.text)) fail(name.pos, *error);
        return;
    }
    if (action.text != "config")
        fail(action.pos, EngineText::tr("expected 'producer add', 'producer remove' or 'producer config', not "
                                        "'producer %1'").args(action.text));
    expectWords(line, line.words.size() > 2 ? 3 : 2, "producer config [NAME] CONFIG=VALUE ...");
    if (line.options.empty()) fail(line.pos, EngineText::tr("producer config needs at least one CONFIG=VALUE"));
    const std::string name = line.words.size() > 2 ? line.words[2].text : std::string(Cluster::kDefaultProducer);
    const Producer* producer = cluster.producer(name);
    if (!producer) fail(line.words.size() > 2 ? line.words[2].pos : line.pos, EngineText::tr("there is no producer %1")
        .args(name));
    ProducerConfig config = producer->config();
    applyProducerConfigs(line, config);
    if (auto error = cluster.setProducerConfig(name, config)) fail(line.pos, *error);
    cluster.simulation().emit(EventKind::Scenario, EngineText::tr("%1: %2").args(name, sourceLine(line.pos.line)));
}

void ScenarioRunner::applyProducerConfigs(const Line& line, ProducerConfig& config) const {
    for (const KeyValue& kv : line.options) {
        auto number = [&](std::int64_t min) {
            const std::int64_t v = parseInteger(kv.value, fileName_, kv.valuePos);
            if (v < min) fail(kv.valuePos, EngineText::tr("'%1' must be at least %2").args(kv.key, min));
            return v;
        };
        if (kv.key == "linger.ms") config.linger = millis(number(0));
        else if (kv.key == "batch.size") config.batchSize = static_cast<std::int32_t>(std::min<std::int64_t>(number(1), INT32_MAX));
        else if (kv.key == "retries") config.retries = number(0);
        else if (kv.key == "delivery.timeout.ms") config.deliveryTimeout = millis(number(1));
        else if (kv.key == "request.timeout.ms") config.requestTimeout = millis(number(1));
        else if (kv.key == "retry.backoff.ms") config.retryBackoff = millis(number(0));
        else if (kv.key == "max.block.ms") config.maxBlock = millis(number(0));
        else if (kv.key == "max.in.flight.requests.per.connection") config.maxInFlight = static_cast<int>(std::min<std::int64_t>(number(1), 1000));
        else if (kv.key == "acks") {
            if (kv.value == "all" || kv.value == "-1") config.acks = -1;
            else if (kv.value == "1") config.acks = 1;
            else if (kv.value == "0") config.acks = 0;
            else fail(kv.valuePos, EngineText::tr("acks must be 0, 1 or all, not '%1'").args(kv.value));
        } else if (kv.key == "partitioner") {
            if (kv.value == "sticky") config.partitioner = PartitionerKind::Sticky;
            else if (kv.value == "round-robin") config.partitioner = PartitionerKind::RoundRobin;
            else fail(kv.valuePos, EngineText::tr("partitioner must be sticky (Kafka's default) or round-robin, not "
                                                  "'%1'").args(kv.value));
        } else if (kv.key == "enable.idempotence") {
            if (kv.value == "true")
                fail(kv.valuePos, EngineText::tr("enable.idempotence=true is not simulated: Kafkascope's producers "
                                                 "have no producer id or sequence numbers, so they behave as "
                                                 "enable.idempotence=false"));
            if (kv.value != "false") fail(kv.valuePos, EngineText::tr("enable.idempotence must be true or false, not "
                                                                      "'%1'").args(kv.value));
        } else {
            fail(kv.pos, EngineText::tr("unknown producer config '%1' (acks, linger.ms, batch.size, partitioner, "
                                        "retries, delivery.timeout.ms, request.timeout.ms, retry.backoff.ms, "
                                        "max.block.ms, max.in.flight.requests.per.connection, enable.idempotence)")
                .args(kv.key));
        }
    }
}

void ScenarioRunner::executeProduce(const Line& line) {
    const Word& topic = word(line, 1, EngineText::tr("topic name"));
    expectWords(line, 2,
                "produce TOPIC [producer=NAME] [key=K] [value=V] [partition=P] [acks=0|1|all] [count=N] [headers=[k:v, ...]]");
    rejectUnknownOptions(line, {"producer", "key", "value", "partition", "acks", "count", "headers"});
    ProduceSpec spec;
    spec.topic = topic.text;
    const KeyValue* producer = line.find("producer");
    if (producer) spec.producer = producer->value;
    if (const KeyValue* kv = line.find("key")) spec.key = kv->value;
    if (const KeyValue* kv = line.find("value")) spec.value = kv->value;
    if (const KeyValue* kv = line.find("partition")) {
        const std::int64_t p = parseInteger(kv->value, fileName_, kv->valuePos);
        if (p < 0 || p > 100000) fail(kv->valuePos, EngineText::tr("partition must be 0 or more, not %1")
            .args(kv->value));
        spec.partition = static_cast<std::int32_t>(p);
    }
    if (const KeyValue* kv = line.find("acks")) {
        if (kv->value == "all" || kv->value == "-1") spec.acks = -1;
        else if (kv->value == "1") spec.acks = 1;
        else if (kv->value == "0") spec.acks = 0;
        else fail(kv->valuePos, EngineText::tr("acks must be 0, 1 or all, not '%1'").args(kv->value));
    }
    if (const KeyValue* kv = line.find("count")) {
        spec.count = parseInteger(kv->value, fileName_, kv->valuePos);
        if (spec.count < 1 || spec.count > 10000000) fail(kv->valuePos, EngineText::tr("count must be between 1 and "
                                                                                       "10000000, not %1")
            .args(kv->value));
    }
    if (const KeyValue* kv = line.find("headers")) {
        for (const std::string& h : parseList(kv->value, fileName_, kv->valuePos)) {
            const auto colon = h.find(':');
            if (colon == std::string::npos || colon == 0)
                fail(kv->valuePos, EngineText::tr("a header is written key:value, with a key; '%1' is not").args(h));
            spec.headers.push_back(RecordHeader{h.substr(0, colon), h.substr(colon + 1)});
        }
    }
    if (auto error = requireCluster(line).produce(spec, sourceLine(line.pos.line)))
        fail(producer ? producer->valuePos : line.pos, *error);
}

// ---------------------------------------------------------------- faults

void ScenarioRunner::executeBroker(const Line& line) {
    const Word& action = word(line, 1, EngineText::tr("kill, restart, pause, resume, add, decommission, remove, slow, "
                                                      "normal or disk-full"));
    if (action.text == "add") {
        expectWords(line, 2, "broker add");
        rejectUnknownOptions(line, {});
        requireCluster(line).addBroker();
        return;
    }
    const Word& id = word(line, 2, EngineText::tr("broker id"));
    expectWords(line, 3, "broker kill|restart|pause|resume|decommission|remove|slow|normal|disk-full ID");
    rejectUnknownOptions(line, action.text == "slow" ? std::initializer_list<const char*>{"delay"} : std::initializer_list<const char*>{});
    Cluster& cluster = requireCluster(line);
    const NodeId broker = nodeId(id);
    if (cluster.wasRemoved(broker)) fail(id.pos, EngineText::tr("broker %1 was removed from the cluster (broker "
                                                                "remove)").args(id.text));
    if (!cluster.isBroker(broker))
        fail(id.pos, EngineText::tr("there is no broker %1 (brokers are 1..%2)").args(id.text, cluster.spec().brokers));
    if (action.text == "slow" || action.text == "normal") {
        SimTime delay = 0;
        if (action.text == "slow") {
            delay = seconds(40);
            if (const KeyValue* kv = line.find("delay")) delay = parseDuration(kv->value, fileName_, kv->valuePos);
            if (delay <= 0) fail(line.find("delay")->valuePos, EngineText::tr("delay must be more than 0 (use 'broker "
                                                                              "normal %1' to undo)").args(id.text));
        }
        if (auto error = cluster.slowFollower(broker, delay)) fail(id.pos, *error);
        return;
    }
    if (action.text == "disk-full") {
        if (auto error = cluster.fillDisk(broker)) fail(id.pos, *error);
        return;
    }
    if (action.text == "decommission") {
        recordAdmin(sourceLine(line.pos.line), cluster.decommissionBroker(broker));
        return;
    }
    if (action.text == "remove") {
        if (auto error = cluster.removeBroker(broker)) fail(id.pos, *error);
        return;
    }
    std::optional<Text> error;
    if (action.text == "kill") error = cluster.killBroker(broker);
    else if (action.text == "restart") error = cluster.restartBroker(broker);
    else if (action.text == "pause") error = cluster.pauseNode(broker);
    else if (action.text == "resume") error = cluster.resumeNode(broker);
    else fail(action.pos, EngineText::tr("expected broker kill, restart, pause, resume, add, decommission, remove, "
                                         "slow, normal or disk-full, not 'broker %1'").args(action.text));
    if (error) fail(id.pos, *error);
}

// `controller ...` names a KRaft controller, `zookeeper ...` a ZooKeeper node; `controller kill active`
// kills whatever is the active controller now (in ZooKeeper mode, the controller broker), so one
// fault schedule runs in both modes.
void ScenarioRunner::executeController(const Line& line) {
    const std::string& noun = line.words[0].text;
    const Word& action = word(line, 1, EngineText::tr("kill, restart, pause or resume"));
    const Word& id = word(line, 2, noun == "zookeeper" ? EngineText::tr("ZooKeeper node id") : EngineText::tr("controller id (or 'active')"));
    expectWords(line, 3, noun == "zookeeper" ? "zookeeper kill|restart|pause|resume ID"
                                             : "controller kill|restart|pause|resume ID|active");
    rejectUnknownOptions(line, {});
    Cluster& cluster = requireCluster(line);
    if (id.text == "active" && noun == "controller") {
        const NodeId active = cluster.activeController();
        if (active == kNoNode) fail(id.pos, EngineText::tr("there is no active controller right now"));
        std::optional<Text> error;
        const bool isBroker = cluster.isBroker(active);
        if (action.text == "kill") error = isBroker ? cluster.killBroker(active) : cluster.killController(active);
        else if (action.text == "pause") error = cluster.pauseNode(active);
        else fail(action.pos, EngineText::tr("'controller %1 active' is not a thing: use kill or pause with 'active'")
            .args(action.text));
        if (error) fail(id.pos, *error);
        return;
    }
    const NodeId controller = nodeId(id);
    const bool zookeeper = noun == "zookeeper";
    if (zookeeper ? !cluster.isZooKeeper(controller) : !cluster.isController(controller))
        fail(id.pos, zookeeper ? (cluster.spec().zookeeperMode
                                      ? EngineText::tr("there is no ZooKeeper node %1 (they are numbered from %2)")
                                            .args(id.text, Cluster::kFirstZooKeeperId)
                                      : EngineText::tr("this cluster runs in KRaft mode: it has no ZooKeeper"))
                               : (cluster.spec().zookeeperMode
                                      ? EngineText::tr("in ZooKeeper mode the controller is a broker: use 'broker "
                                                       "kill N', "
                                                       "'controller kill active' or 'zookeeper kill %1'")
                                            .args(id.text)
                                      : EngineText::tr("there is no controller %1 (controllers are numbered from %2)")
                                            .args(id.text, cluster.quorumIds().front())));
    std::optional<Text> error;
    if (action.text == "kill") error = cluster.killController(controller);
    else if (action.text == "restart") error = cluster.restartController(controller);
    else if (action.text == "pause") error = cluster.pauseNode(controller);
    else if (action.text == "resume") error = cluster.resumeNode(controller);
    else fail(action.pos, EngineText::tr("expected %1 kill, restart, pause or resume, not '%1 %2'")
        .args(noun, action.text));
    if (error) fail(id.pos, *error);
}

void ScenarioRunner::executeLeader(const Line& line) {
    const Word& elect = word(line, 1, EngineText::tr("'elect'"));
    const Word& type = word(line, 2, EngineText::tr("'preferred'"));
    const Word& partition = word(line, 3, EngineText::tr("partition (TOPIC-P)"));
    expectWords(line, 4, "leader elect preferred TOPIC-P");
    rejectUnknownOptions(line, {});
    if (elect.text != "elect" || type.text != "preferred")
        fail(elect.pos, EngineText::tr("expected 'leader elect preferred TOPIC-P'"));
    recordAdmin(sourceLine(line.pos.line), requireCluster(line).electPreferredLeader(partitionRef(partition)));
}

void ScenarioRunner::executePartition(const Line& line) {
    const Word& action = word(line, 1, EngineText::tr("'reassign'"));
    const Word& partition = word(line, 2, EngineText::tr("partition (TOPIC-P)"));
    expectWords(line, 3, "partition reassign TOPIC-P replicas=[IDS]");
    rejectUnknownOptions(line, {"replicas"});
    if (action.text != "reassign") fail(action.pos, EngineText::tr("expected 'partition reassign TOPIC-P "
                                                                   "replicas=[IDS]'"));
    const KeyValue* replicas = line.find("replicas");
    if (!replicas) fail(line.pos, EngineText::tr("partition reassign needs replicas=[IDS], the brokers the partition "
                                                 "moves to"));
    std::vector<BrokerId> target;
    for (const std::string& id : parseList(replicas->value, fileName_, replicas->valuePos))
        target.push_back(static_cast<BrokerId>(parseInteger(id, fileName_, replicas->valuePos)));
    recordAdmin(sourceLine(line.pos.line), requireCluster(line).reassignPartition(partitionRef(partition), target));
}

void ScenarioRunner::executeLink(const Line& line) {
    Cluster& cluster = requireCluster(line);
    const std::string& command = line.words[0].text;
    if (command == "heal") {
        expectWords(line, 2, "heal all");
        if (line.words[1].text != "all") fail(line.words[1].pos, EngineText::tr("expected 'heal all' (use 'link heal "
                                                                                "A B' for one link)"));
        rejectUnknownOptions(line, {});
        cluster.healAll();
        return;
    }
    if (command == "isolate") {
        expectWords(line, 2, "isolate ID");
        rejectUnknownOptions(line, {});
        if (auto error = cluster.isolate(linkEnd(line.words[1]))) fail(line.words[1].pos, *error);
        return;
    }
    const Word& action = word(line, 1, EngineText::tr("cut, slow or heal"));
    const Word& a = word(line, 2, EngineText::tr("first node id"));
    const Word& b = word(line, 3, EngineText::tr("second node id"));
    expectWords(line, 4, "link cut|slow|heal A B [oneway=true] [latency=DURATION jitter=DURATION loss=PERCENT]");
    const KeyValue* oneway = line.find("oneway");
    if (oneway && oneway->value != "true" && oneway->value != "false")
        fail(oneway->valuePos, EngineText::tr("oneway must be true or false"));
    const bool bothWays = !(oneway && oneway->value == "true");
    std::optional<Text> error;
    if (action.text == "cut") {
        rejectUnknownOptions(line, {"oneway"});
        error = cluster.cutLink(linkEnd(a), linkEnd(b), bothWays);
    } else if (action.text == "slow") {
        rejectUnknownOptions(line, {"oneway", "latency", "jitter", "loss"});
        const KeyValue* latency = line.find("latency");
        if (!latency) fail(line.pos, EngineText::tr("link slow needs latency=DURATION, the one-way delay of the slow "
                                                    "link (e.g. latency=200ms)"));
        LinkConfig config;
        config.latency = parseDuration(latency->value, fileName_, latency->valuePos);
        config.jitter = 0;
        if (const KeyValue* kv = line.find("jitter")) config.jitter = parseDuration(kv->value, fileName_, kv->valuePos);
        if (const KeyValue* kv = line.find("loss")) {
            const std::int64_t percent = parseInteger(kv->value, fileName_, kv->valuePos);
            if (percent < 0 || percent > 100) fail(kv->valuePos, EngineText::tr("loss is a percentage from 0 to 100, "
                                                                                "not %1").args(kv->value));
            config.loss = static_cast<double>(percent) / 100.0;
        }
        error = cluster.slowLink(linkEnd(a), linkEnd(b), config, bothWays);
    } else if (action.text == "heal") {
        rejectUnknownOptions(line, {});
        error = cluster.healLink(linkEnd(a), linkEnd(b));
    } else {
        fail(action.pos, EngineText::tr("expected 'link cut', 'link slow' or 'link heal', not 'link %1'")
            .args(action.text));
    }
    if (error) fail(a.pos, *error);
}

void ScenarioRunner::executeNetwork(const Line& line) {
    expectWords(line, 1, "network [latency=DURATION] [jitter=DURATION] [loss=PERCENT]");
    rejectUnknownOptions(line, {"latency", "jitter", "loss"});
    Network& network = requireCluster(line).simulation().network();
    LinkConfig config = network.defaults();
    if (const KeyValue* kv = line.find("latency")) config.latency = parseDuration(kv->value, fileName_, kv->valuePos);
    if (const KeyValue* kv = line.find("jitter")) config.jitter = parseDuration(kv->value, fileName_, kv->valuePos);
    if (const KeyValue* kv = line.find("loss")) {
        const std::int64_t percent = parseInteger(kv->value, fileName_, kv->valuePos);
        if (percent < 0 || percent > 100) fail(kv->valuePos, EngineText::tr("loss is a percentage from 0 to 100, not "
                                                                            "%1").args(kv->value));
        config.loss = static_cast<double>(percent) / 100.0;
    }
    network.setDefaults(config);
    cluster_->simulation().emit(EventKind::Fault, EngineText::tr("network: latency %1, jitter %2, loss %3%")
        .args(formatDuration(config.latency), formatDuration(config.jitter), static_cast<int>(config.loss * 100)));
}

// A random fault schedule drawn from the scenario seed: the seed sweep's engine.
void ScenarioRunner::executeChaos(const Line& line) {
    const Word& durationWord = word(line, 1, EngineText::tr("duration"));
    expectWords(line, 2, "chaos DURATION [topic=NAME]");
    rejectUnknownOptions(line, {"topic"});
    Cluster& cluster = requireCluster(line);
    const SimTime end = cluster.now() + parseDuration(durationWord.text, fileName_, durationWord.pos);
    const KeyValue* topicOpt = line.find("topic");
    Rng rng = Rng::derive(options_.seed, 0xc4a05);
    const int brokers = cluster.spec().brokers;
    const std::vector<NodeId> quorum = cluster.quorumIds();
    const int controllers = static_cast<int>(quorum.size());
    auto randomNode = [&] {
        const auto pick = static_cast<int>(rng.below(static_cast<std::uint64_t>(brokers + controllers)));
        return pick < brokers ? static_cast<NodeId>(pick + 1) : quorum[static_cast<std::size_t>(pick - brokers)];
    };
    while (cluster.now() < end) {
        cluster.advance(std::min<SimTime>(end - cluster.now(), millis(rng.between(200, 5000))));
        if (cluster.now() >= end) break;
        const auto roll = rng.below(100);
        const NodeId node = randomNode();
        if (roll < 35 && topicOpt) {
            ProduceSpec spec;
            spec.topic = topicOpt->value;
            spec.acks = rng.chance(0.7) ? -1 : 1;
            spec.count = rng.between(1, 40);
            spec.value = "chaos";
            if (rng.chance(0.5)) spec.key = "key-" + std::to_string(rng.below(10));
            if (auto error = cluster.produce(spec, "chaos produce " + spec.topic + " count=" + std::to_string(spec.count) +
                                                       " acks=" + (spec.acks == -1 ? "all" : "1")))
                fail(line.pos, *error);
        } else if (roll < 50) {
            if (cluster.isBroker(node)) cluster.killBroker(node);
            else cluster.killController(node);
        } else if (roll < 65) {
            if (cluster.isBroker(node)) cluster.restartBroker(node);
            else cluster.restartController(node);
        } else if (roll < 72) {
            cluster.pauseNode(node);
        } else if (roll < 82) {
            cluster.resumeNode(node);
        } else if (roll < 92) {
            const NodeId other = randomNode();
            if (other != node) cluster.cutLink(node, other, rng.chance(0.7));
        } else {
            cluster.healAll();
        }
    }
    cluster.healAll();
    for (BrokerId b = 1; b <= brokers; ++b) {
        cluster.resumeNode(b);
        cluster.restartBroker(b);
    }
    for (NodeId c : quorum) {
        cluster.resumeNode(c);
        cluster.restartController(c);
    }
    cluster.simulation().emit(EventKind::Fault, EngineText::tr("chaos over: every node running, every link healed"));
}

// ---------------------------------------------------------------- expectations and output

void ScenarioRunner::report(const Line& line, bool passed, const std::string& found) {
    const std::string text = sourceLine(line.pos.line);
    if (passed) {
        ++result_.expectationsPassed;
        if (!options_.quiet) *out_ << std::setw(10) << formatTime(cluster_->now()) << "  ok          " << text << "\n";
    } else {
        ++result_.expectationsFailed;
        *out_ << fileName_ << ":" << line.pos.line << ":" << line.pos.column << ": FAILED " << text << " (found " << found
             << ")\n";
    }
}

void ScenarioRunner::executeExpect(const Line& line) {
    Cluster& cluster = requireCluster(line);
    const Word& what = word(line, 1, EngineText::tr("what to expect (leader, hw, leo, isr, offline, online, "
                                                    "controller, ...)"));
    if (what.text != "acked" && what.text != "failed" && what.text != "pending") rejectUnknownOptions(line, {});
    const ClusterSnapshot snap = cluster.snapshot();
    auto partition = [&](const Word& w) -> const PartitionSnapshot& {
        const TopicPartition tp = partitionRef(w);
        const PartitionSnapshot* p = snap.partition(tp);
        if (!p) fail(w.pos, EngineText::tr("there is no partition %1").args(w.text));
        return *p;
    };
    const std::string& kind = what.text;
    if (kind == "leader" || kind == "controller") {
        const bool isLeader = kind == "leader";
        const std::size_t opIndex = isLeader ? 3 : 2;
        expectWords(line, opIndex + 2, isLeader ? "expect leader TOPIC-P OP ID|none" : "expect controller OP ID|none");
        const Comparison op = parseComparison(line.words[opIndex].text, fileName_, line.words[opIndex].pos);
        const Word& expectedWord = line.words[opIndex + 1];
        const NodeId expected = expectedWord.text == "none" ? kNoNode : nodeId(expectedWord);
        const NodeId actual = isLeader ? partition(line.words[2]).leader : snap.activeController;
        report(line, compare(actual, op, expected), idOrNone(actual));
        return;
    }
    if (kind == "hw" || kind == "leo" || kind == "log-start" || kind == "epoch") {
        expectWords(line, 5, "expect hw|leo|log-start|epoch TOPIC-P OP N");
        const PartitionSnapshot& p = partition(line.words[2]);
        const Comparison op = parseComparison(line.words[3].text, fileName_, line.words[3].pos);
        const std::int64_t expected = parseInteger(line.words[4].text, fileName_, line.words[4].pos);
        const std::int64_t actual = kind == "hw"          ? p.highWatermark
                                    : kind == "leo"       ? p.logEndOffset
                                    : kind == "log-start" ? p.logStartOffset
                                                          : p.leaderEpoch;
        report(line, compare(actual, op, expected), std::to_string(actual));
        return;
    }
    if (kind == "snapshot" || kind == "metadata-log-start") {
        expectWords(line, 5, "expect snapshot|metadata-log-start CONTROLLER OP N");
        const NodeId id = nodeId(line.words[2]);
        const auto c = std::find_if(snap.controllers.begin(), snap.controllers.end(),
                                    [&](const ControllerSnapshot& cs) { return cs.id == id && cs.kind == "controller"; });
        if (c == snap.controllers.end()) fail(line.words[2].pos, EngineText::tr("there is no KRaft controller %1")
            .args(line.words[2].text));
        const Comparison op = parseComparison(line.words[3].text, fileName_, line.words[3].pos);
        const std::int64_t expected = parseInteger(line.words[4].text, fileName_, line.words[4].pos);
        const std::int64_t actual = kind == "snapshot" ? std::max<Offset>(c->snapshotEndOffset, 0) : c->logStartOffset;
        report(line, compare(actual, op, expected), std::to_string(actual));
        return;
    }
    if (kind == "isr" || kind == "replicas") {
        expectWords(line, 5, "expect isr TOPIC-P == [IDS]");
        const PartitionSnapshot& p = partition(line.words[2]);
        const Comparison op = parseComparison(line.words[3].text, fileName_, line.words[3].pos);
        if (op != Comparison::Eq && op != Comparison::Ne) fail(line.words[3].pos, EngineText::tr("a list compares "
                                                                                                 "with == or != only"));
        std::vector<BrokerId> expected;
        for (const std::string& s : parseList(line.words[4].text, fileName_, line.words[4].pos))
            expected.push_back(static_cast<BrokerId>(parseInteger(s, fileName_, line.words[4].pos)));
        std::vector<BrokerId> actual = kind == "isr" ? p.isr : p.replicas;
        const std::string shown = formatIds(actual);
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        report(line, compare(actual, op, expected), shown);
        return;
    }
    if (kind == "offline" || kind == "online") {
        expectWords(line, 3, "expect offline|online TOPIC-P");
        const PartitionSnapshot& p = partition(line.words[2]);
        report(line, p.offline == (kind == "offline"), p.offline ? "offline" : "online, leader " + idOrNone(p.leader));
        return;
    }
    if (kind == "broker") {
        expectWords(line, 5, "expect broker ID OP running|fenced|registering|paused|stopped");
        const NodeId id = nodeId(line.words[2]);
        if (!cluster.isBroker(id)) fail(line.words[2].pos, EngineText::tr("there is no broker %1")
            .args(line.words[2].text));
        const Comparison op = parseComparison(line.words[3].text, fileName_, line.words[3].pos);
        if (op != Comparison::Eq && op != Comparison::Ne) fail(line.words[3].pos, EngineText::tr("a state compares "
                                                                                                 "with == or != only"));
        const auto found = std::find_if(snap.brokers.begin(), snap.brokers.end(), [&](const BrokerSnapshot& b) { return b.id == id; });
        const std::string& actual = found->state;
        report(line, compare(actual, op, line.words[4].text), actual);
        return;
    }
    if (kind == "acked" || kind == "failed" || kind == "pending") {
        expectWords(line, 4, "expect acked|failed|pending OP N [producer=NAME]");
        rejectUnknownOptions(line, {"producer"});
        const Comparison op = parseComparison(line.words[2].text, fileName_, line.words[2].pos);
        const std::int64_t expected = parseInteger(line.words[3].text, fileName_, line.words[3].pos);
        const KeyValue* name = line.find("producer");
        const ProducerSnapshot* found = snap.producer(name ? name->value : std::string(Cluster::kDefaultProducer));
        if (name && !found) fail(name->valuePos, EngineText::tr("there is no producer %1 (or it is closed)")
            .args(name->value));
        const ProducerSnapshot p = found ? *found : ProducerSnapshot{};
        const std::int64_t actual = kind == "acked" ? p.acked : kind == "failed" ? p.failed : p.sent - p.acked - p.failed;
        report(line, compare(actual, op, expected), std::to_string(actual));
        return;
    }
    if (kind == "admin") {
        expectWords(line, 4, "expect admin OP ERROR_NAME (the last topic/config command's result, NONE when it worked)");
        const Comparison op = parseComparison(line.words[2].text, fileName_, line.words[2].pos);
        if (op != Comparison::Eq && op != Comparison::Ne) fail(line.words[2].pos, EngineText::tr("an error name "
                                                                                                 "compares with == or "
                                                                                                 "!= only"));
        const std::string actual = errorName(lastAdmin_.error);
        report(line, compare(actual, op, line.words[3].text), actual);
        return;
    }
    if (kind == "assignment" || kind == "lag" || kind == "committed" || kind == "group" || kind == "generation" ||
        kind == "members" || kind == "coordinator" || kind == "processed" || kind == "duplicates" ||
        kind == "skipped" || kind == "revoked" || kind == "rebalances" || kind == "position" || kind == "consumed")
        return executeGroupExpect(line, snap);
    fail(what.pos, EngineText::tr("unknown expectation '%1' (leader, hw, leo, log-start, epoch, isr, replicas, "
                                  "offline, online, controller, broker, snapshot, metadata-log-start, acked, failed, "
                                  "pending, admin, assignment, lag, committed, group, generation, members, "
                                  "coordinator, processed, duplicates, skipped, revoked, rebalances, position, "
                                  "consumed)").args(kind));
}

void ScenarioRunner::executePrint(const Line& line) {
    const Word& what = word(line, 1, EngineText::tr("partitions, brokers, groups or controllers"));
    expectWords(line, 2, "print partitions|brokers|groups|controllers");
    rejectUnknownOptions(line, {});
    const ClusterSnapshot snap = requireCluster(line).snapshot();
    std::ostringstream o;
    if (what.text == "partitions") {
        o << "  " << padRight("PARTITION", 16) << padRight("LEADER", 8) << padRight("EPOCH", 7) << padRight("ISR", 14)
          << padRight("REPLICAS", 17) << padRight("HW", 8) << padRight("LEO", 8) << "REPLICA LEO\n";
        int internal = 0;
        for (const PartitionSnapshot& p : snap.partitions) {
            if (p.tp.topic.rfind("__", 0) == 0) {
                ++internal;
                continue;
            }
            std::string replicaLeo;
            for (const ReplicaSnapshot& r : p.replicaStates)
                replicaLeo += (replicaLeo.empty() ? "" : " ") + std::to_string(r.broker) + ":" +
                              std::to_string(r.logEndOffset) + (r.online ? "" : "(down)");
            o << "  " << padRight(p.tp.str(), 16) << padRight(idOrNone(p.leader), 8)
              << padRight(std::to_string(p.leaderEpoch), 7) << padRight(formatIds(p.isr), 14)
              << padRight(formatIds(p.replicas), 17) << padRight(std::to_string(p.highWatermark), 8)
              << padRight(std::to_string(p.logEndOffset), 8) << replicaLeo
              << (p.offline ? "  OFFLINE" : p.underReplicated ? "  under-replicated" : "")
              << (p.addingReplicas.empty() && p.removingReplicas.empty()
                      ? std::string()
                      : "  reassigning: adding " + formatIds(p.addingReplicas) + ", removing " + formatIds(p.removingReplicas))
              << "\n";
        }
        if (internal > 0)
            o << "  (" << internal << " partitions of internal topics such as __consumer_offsets not shown; "
              << "print groups shows each group's coordinator)\n";
    } else if (what.text == "brokers") {
        o << "  " << padRight("BROKER", 8) << padRight("STATE", 13) << padRight("LEADERS", 9) << padRight("REPLICAS", 10)
          << "BYTES\n";
        for (const BrokerSnapshot& b : snap.brokers)
            o << "  " << padRight(std::to_string(b.id), 8) << padRight(b.state, 13)
              << padRight(std::to_string(b.leaderCount), 9) << padRight(std::to_string(b.replicaCount), 10)
              << b.sizeBytes << "\n";
    } else if (what.text == "controllers") {
        if (snap.mode == "zookeeper")
            o << "  the controller is broker " << idOrNone(snap.activeController) << "; the ZooKeeper ensemble:\n";
        o << "  " << padRight(snap.mode == "zookeeper" ? "ZOOKEEPER" : "CONTROLLER", 12) << padRight("ROLE", 13) << padRight("STATE", 9) << padRight("EPOCH", 7)
          << padRight("COMMITTED", 11) << padRight("LOG START", 11) << padRight("LOG END", 9) << "SNAPSHOT\n";
        for (const ControllerSnapshot& c : snap.controllers)
            o << "  " << padRight(std::to_string(c.id), 12) << padRight(c.role + (c.active ? " *" : ""), 13)
              << padRight(c.state, 9) << padRight(std::to_string(c.epoch), 7)
              << padRight(std::to_string(c.highWatermark), 11) << padRight(std::to_string(c.logStartOffset), 11)
              << padRight(std::to_string(c.logLength), 9)
              << (c.snapshotEndOffset < 0 ? "none"
                                          : std::to_string(c.snapshotEndOffset) + "-" + std::to_string(c.snapshotEpoch))
              << "\n";
        if (std::any_of(snap.controllers.begin(), snap.controllers.end(), [](const ControllerSnapshot& c) { return c.combined; }))
            o << "  (combined mode: each controller is also the broker with its id, in one process)\n";
    } else if (what.text == "groups") {
        o << formatGroups(snap);
    } else {
        fail(what.pos, EngineText::tr("expected print partitions, brokers, groups or controllers, not 'print %1'")
            .args(what.text));
    }
    if (!options_.quiet) *out_ << std::setw(10) << formatTime(snap.time) << "  print       " << what.text << "\n" << o.str();
}

}  // namespace ks::scenario
