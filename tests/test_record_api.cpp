// The runtime's record API behind the producer panel and the message browser: a produced record
// comes back with its partition, offset or error and the partitioner that decided; it is logged, so
// the exported scenario replays it to the same offset; pages of records say which replicas hold each
// record, whether it is committed and which groups committed past it; the rate generator's keys.
// Engine headers come before Qt's: Qt defines 'emit' as a macro, and the engine has emit() methods.
#include "client/partitioner.h"
#include "cluster/cluster.h"
#include "runtime/background_producer.h"
#include "runtime/engine_runtime.h"
#include "runtime/record_query.h"
#include "scenario/runner.h"

#include <QtTest>

#include <chrono>
#include <functional>
#include <set>
#include <sstream>
#include <thread>

using namespace ks;
using namespace ks::runtime;

namespace {

RuntimeConfig pausedConfig() {
    RuntimeConfig config;
    config.seed = 11;
    config.startPlaying = false;
    config.producer.enabled = false;
    return config;
}

// Takes frames until `done` says the gathered replies are enough (or ten seconds pass).
struct Replies {
    std::vector<ProduceReply> produced;
    std::vector<RecordPage> pages;
    std::shared_ptr<const ClusterSnapshot> snapshot;
};

bool gather(EngineRuntime& runtime, Replies& replies, const std::function<bool(const Replies&)>& done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto frame = runtime.takeFrame()) {
            replies.produced.insert(replies.produced.end(), frame->produced.begin(), frame->produced.end());
            replies.pages.insert(replies.pages.end(), frame->pages.begin(), frame->pages.end());
            if (frame->snapshot) replies.snapshot = frame->snapshot;
        }
        if (done(replies)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

const ProduceReply* replyTo(const Replies& replies, std::uint64_t request) {
    for (const ProduceReply& r : replies.produced)
        if (r.request == request) return &r;
    return nullptr;
}

const RecordPage* pageFor(const Replies& replies, std::uint64_t request) {
    for (const RecordPage& p : replies.pages)
        if (p.request == request) return &p;
    return nullptr;
}

ProduceReply produceAndWait(EngineRuntime& runtime, const RecordToProduce& record) {
    const std::uint64_t id = runtime.produce(record);
    runtime.fastForwardBy(seconds(1));
    Replies replies;
    if (!gather(runtime, replies, [&](const Replies& r) { return replyTo(r, id) != nullptr; })) return {};
    return *replyTo(replies, id);
}

// Fast-forwards by `duration` and waits until the clock stands there.
void advance(EngineRuntime& runtime, SimTime duration) {
    Replies replies;
    gather(runtime, replies, [](const Replies& r) { return r.snapshot != nullptr; });
    const SimTime until = replies.snapshot->time + duration;
    runtime.fastForwardBy(duration);
    gather(runtime, replies, [&](const Replies& r) { return r.snapshot->time >= until; });
}

RecordPage queryAndWait(EngineRuntime& runtime, const RecordQuery& query) {
    const std::uint64_t id = runtime.queryRecords(query);
    Replies replies;
    if (!gather(runtime, replies, [&](const Replies& r) { return pageFor(r, id) != nullptr; })) return {};
    return *pageFor(replies, id);
}

std::string describe(const BrowsedRecord& r) {
    std::ostringstream o;
    o << r.offset << " key=" << (r.key ? *r.key : "(null)") << " value=" << (r.value ? *r.value : "(null)");
    for (const RecordHeader& h : r.headers) o << " h:" << h.key << "=" << h.value;
    o << " replicas=";
    for (BrokerId b : r.replicas) o << b << ",";
    o << " committed=" << r.committed << " groups=";
    for (const std::string& g : r.groupsPast) o << g << ",";
    return o.str();
}

}  // namespace

class TestRecordApi : public QObject {
    Q_OBJECT

private slots:
    void producedRecordIsFoundAtItsOffset();
    void exportedScenarioReplaysTheProducedRecord();
    void partitionerThatDecidedIsReported();
    void errorsComeBack();
    void requestsACommandCannotCarryAreRefused();
    void pagesSeekAndSearch();
    void uncommittedRecordIsOnTheLeaderOnly();
    void groupsCommittedPastARecord();
    void keyPatterns();
};

void TestRecordApi::producedRecordIsFoundAtItsOffset() {
    EngineRuntime runtime(pausedConfig());
    RecordToProduce record;
    record.topic = "orders";
    record.key = "user \"7\" \\ ü";
    record.value = "{\"user\":\"7\",\"items\":[1,2]}";
    record.headers = {{"trace", "abc"}, {"source", "web panel"}};
    record.acks = 1;
    const ProduceReply reply = produceAndWait(runtime, record);
    QVERIFY2(reply.rejected.empty(), reply.rejected.str().c_str());
    QCOMPARE(reply.error, KafkaError::NONE);
    QCOMPARE(reply.partitioner, PartitionChoice::KeyHash);
    QCOMPARE(reply.tp.partition, partitionForKey(*record.key, 3));
    QCOMPARE(reply.offset, Offset{0});

    RecordQuery query;
    query.tp = reply.tp;
    query.seek = SeekKind::Offset;
    query.offset = reply.offset;
    query.maxRecords = 1;
    const RecordPage page = queryAndWait(runtime, query);
    QVERIFY2(page.error.empty(), page.error.str().c_str());
    QCOMPARE(page.records.size(), std::size_t{1});
    const BrowsedRecord& found = page.records.front();
    QCOMPARE(found.offset, reply.offset);
    QCOMPARE(found.key, record.key);
    QCOMPARE(found.value, record.value);
    QCOMPARE(found.headers.size(), std::size_t{2});
    QCOMPARE(found.headers[1].value, std::string("web panel"));
    QCOMPARE(found.replicas.size(), std::size_t{3});
    QVERIFY(found.committed);
    QVERIFY(found.sizeBytes > record.value->size());

    bool logged = false;
    for (const CommandRecord& c : runtime.commandLog()) logged |= c.text == reply.command && c.ok && !c.automatic;
    QVERIFY2(logged, reply.command.c_str());
}

void TestRecordApi::exportedScenarioReplaysTheProducedRecord() {
    EngineRuntime runtime(pausedConfig());
    RecordToProduce record;
    record.topic = "orders";
    record.value = "no key, sticky";
    record.headers = {{"n", "1"}};
    const ProduceReply reply = produceAndWait(runtime, record);
    QCOMPARE(reply.error, KafkaError::NONE);
    RecordQuery query;
    query.tp = reply.tp;
    const RecordPage live = queryAndWait(runtime, query);
    QVERIFY(!live.records.empty());

    std::ostringstream out;
    scenario::RunOptions options;
    options.seed = runtime.config().seed;
    scenario::ScenarioRunner runner("replay.scenario", runtime.scenarioText(), options, out);
    runner.run();
    QVERIFY(runner.cluster());
    const RecordPage replayed = readRecords(*runner.cluster(), runner.cluster()->snapshot(), query);
    QCOMPARE(replayed.records.size(), live.records.size());
    for (std::size_t i = 0; i < live.records.size(); ++i)
        QCOMPARE(describe(replayed.records[i]), describe(live.records[i]));
}

void TestRecordApi::partitionerThatDecidedIsReported() {
    EngineRuntime runtime(pausedConfig());
    RecordToProduce explicitPartition;
    explicitPartition.topic = "orders";
    explicitPartition.partition = 2;
    explicitPartition.key = "k";
    ProduceReply reply = produceAndWait(runtime, explicitPartition);
    QCOMPARE(reply.partitioner, PartitionChoice::Explicit);
    QCOMPARE(reply.tp.partition, 2);

    RecordToProduce unkeyed;
    unkeyed.topic = "orders";
    unkeyed.value = "v";
    QCOMPARE(produceAndWait(runtime, unkeyed).partitioner, PartitionChoice::Sticky);
    runtime.submit("producer config partitioner=round-robin");
    QCOMPARE(produceAndWait(runtime, unkeyed).partitioner, PartitionChoice::RoundRobin);
}

void TestRecordApi::errorsComeBack() {
    EngineRuntime runtime(pausedConfig());
    RecordToProduce outOfRange;
    outOfRange.topic = "orders";
    outOfRange.partition = 9;
    ProduceReply reply = produceAndWait(runtime, outOfRange);
    QVERIFY(reply.rejected.empty());
    QCOMPARE(reply.error, KafkaError::UNKNOWN_TOPIC_OR_PARTITION);
    QCOMPARE(reply.offset, Offset{-1});

    RecordToProduce fireAndForget;
    fireAndForget.topic = "orders";
    fireAndForget.partition = 0;
    fireAndForget.acks = 0;
    reply = produceAndWait(runtime, fireAndForget);
    QCOMPARE(reply.error, KafkaError::NONE);
    QCOMPARE(reply.offset, Offset{-1});

    RecordQuery query;
    query.tp = TopicPartition{"nosuch", 0};
    QVERIFY(queryAndWait(runtime, query).error.str().find("no partition nosuch-0") != std::string::npos);
}

void TestRecordApi::requestsACommandCannotCarryAreRefused() {
    RecordToProduce record;
    record.topic = "orders";
    record.value = "two\nlines";
    QCOMPARE(produceRequestProblem(record)->field, std::string("value"));
    record.value = "one line";
    record.headers = {{"ok", "1"}, {"", "no key"}};
    QCOMPARE(produceRequestProblem(record)->field, std::string("header 2 key"));
    record.headers = {{"a:b", "1"}};
    QCOMPARE(produceRequestProblem(record)->field, std::string("header 1 key"));
    record.headers = {{"list", "1,2"}};
    QCOMPARE(produceRequestProblem(record)->field, std::string("header 1 value"));
    record.headers = {};
    record.topic = "bad topic";
    QCOMPARE(produceRequestProblem(record)->field, std::string("topic"));

    EngineRuntime runtime(pausedConfig());
    record.topic = "orders";
    record.key = "a\nb";
    const std::uint64_t id = runtime.produce(record);
    Replies replies;
    QVERIFY(gather(runtime, replies, [&](const Replies& r) { return replyTo(r, id) != nullptr; }));
    QVERIFY(replyTo(replies, id)->rejected.str().find("key") == 0);
    for (const CommandRecord& c : runtime.commandLog()) QVERIFY(c.text.find("produce") != 0);
}

void TestRecordApi::pagesSeekAndSearch() {
    EngineRuntime runtime(pausedConfig());
    runtime.submit("produce orders partition=1 key=alice value=a count=5");
    advance(runtime, seconds(2));
    runtime.submit("produce orders partition=1 key=bob value=b count=5");
    advance(runtime, seconds(2));
    RecordQuery query;
    query.tp = TopicPartition{"orders", 1};
    query.maxRecords = 3;
    RecordPage page = queryAndWait(runtime, query);
    QCOMPARE(page.logEndOffset, Offset{10});
    QCOMPARE(page.records.size(), std::size_t{3});
    QCOMPARE(page.records.front().offset, Offset{0});
    QCOMPARE(page.next, Offset{3});
    QVERIFY(!page.atEnd());

    query.seek = SeekKind::End;
    page = queryAndWait(runtime, query);
    QCOMPARE(page.records.front().offset, Offset{7});
    QCOMPARE(page.records.back().offset, Offset{9});
    QVERIFY(page.atEnd());

    query.seek = SeekKind::Timestamp;
    query.timestamp = page.records.front().timestamp;
    query.maxRecords = 100;
    page = queryAndWait(runtime, query);
    QCOMPARE(page.records.front().offset, Offset{5});
    QCOMPARE(page.records.front().timestamp, query.timestamp);
    QCOMPARE(page.records.size(), std::size_t{5});

    query.seek = SeekKind::Beginning;
    query.search = "bob";
    page = queryAndWait(runtime, query);
    QCOMPARE(page.records.size(), std::size_t{5});
    for (const BrowsedRecord& r : page.records) QCOMPARE(*r.key, std::string("bob"));
    query.search = "a-3";
    page = queryAndWait(runtime, query);
    QCOMPARE(page.records.size(), std::size_t{1});
    QCOMPARE(page.records.front().offset, Offset{3});
}

void TestRecordApi::uncommittedRecordIsOnTheLeaderOnly() {
    EngineRuntime runtime(pausedConfig());
    runtime.fastForwardBy(millis(100));
    Replies replies;
    QVERIFY(gather(runtime, replies, [](const Replies& r) { return r.snapshot != nullptr; }));
    const PartitionSnapshot* p = replies.snapshot->partition(TopicPartition{"orders", 0});
    QVERIFY(p);
    const BrokerId leader = p->leader;
    for (BrokerId other : p->replicas)
        if (other != leader) runtime.submit("link cut " + std::to_string(leader) + " " + std::to_string(other));
    RecordToProduce record;
    record.topic = "orders";
    record.partition = 0;
    record.acks = 1;
    record.value = "alone";
    const ProduceReply reply = produceAndWait(runtime, record);
    QCOMPARE(reply.error, KafkaError::NONE);
    RecordQuery query;
    query.tp = reply.tp;
    query.seek = SeekKind::Offset;
    query.offset = reply.offset;
    const RecordPage page = queryAndWait(runtime, query);
    QCOMPARE(page.records.size(), std::size_t{1});
    QCOMPARE(page.records.front().replicas, std::vector<BrokerId>{leader});
    QVERIFY(!page.records.front().committed);
    QCOMPARE(page.highWatermark, reply.offset);
}

void TestRecordApi::groupsCommittedPastARecord() {
    EngineRuntime runtime(pausedConfig());
    runtime.submit("produce orders partition=0 value=v count=4");
    advance(runtime, seconds(15));
    RecordQuery query;
    query.tp = TopicPartition{"orders", 0};
    const RecordPage page = queryAndWait(runtime, query);
    QCOMPARE(page.records.size(), std::size_t{4});
    for (const BrowsedRecord& r : page.records)
        QCOMPARE(r.groupsPast, std::vector<std::string>{"analytics"});
}

void TestRecordApi::keyPatterns() {
    KeyPatternSpec keys;
    QVERIFY(!patternKey(keys, 3));
    keys.pattern = KeyPattern::Fixed;
    keys.prefix = "hot";
    QCOMPARE(*patternKey(keys, 3), std::string("hot"));
    keys.pattern = KeyPattern::Sequential;
    keys.prefix = "user-";
    QCOMPARE(*patternKey(keys, 41), std::string("user-41"));
    keys.pattern = KeyPattern::RandomSet;
    keys.keyCount = 4;
    std::set<std::string> seen;
    for (std::uint64_t n = 0; n < 200; ++n) seen.insert(*patternKey(keys, n));
    QCOMPARE(seen, (std::set<std::string>{"user-0", "user-1", "user-2", "user-3"}));
    QCOMPARE(*patternKey(keys, 17), *patternKey(keys, 17));
    keys.pattern = KeyPattern::HotKey;
    keys.keyCount = 10;
    keys.hotPercent = 80;
    int hot = 0;
    for (std::uint64_t n = 0; n < 1000; ++n) hot += *patternKey(keys, n) == "user-0";
    QVERIFY2(hot > 740 && hot < 860, std::to_string(hot).c_str());

    BackgroundProducer producer;
    producer.recordsPerTick = 3;
    producer.keys = keys;
    const std::vector<std::string> commands = backgroundProduceCommands(producer, 2, 3);
    QCOMPARE(commands.size(), std::size_t{3});
    QCOMPARE(commands[0], "produce orders key=\"" + *patternKey(keys, 6) + "\" value=\"order-6\" acks=all");
    producer.keys.pattern = KeyPattern::None;
    QCOMPARE(backgroundProduceCommands(producer, 4, 3),
             std::vector<std::string>{"produce orders partition=1 value=order-4 count=3"});
}

QTEST_GUILESS_MAIN(TestRecordApi)
#include "test_record_api.moc"
