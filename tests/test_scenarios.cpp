// Runs every scenario file shipped in resources/scenarios/ and every regression scenario in
// tests/scenarios/ through the scenario runner with seeds 1..3 (each must exit 0 without an
// invariant violation), checks the errors bad scenario texts produce, and runs every example of
// docs/scenarios.md.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "scenario/runner.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <sstream>
#include <string>
#include <vector>


namespace {

const QString kSourceDir = QStringLiteral(KAFKASCOPE_SOURCE_DIR);

// The seed sweep's scenarios run in tests/test_seed_sweep.cpp, over many seeds.
bool isSweepScenario(const QString& file) { return QFileInfo(file).fileName().startsWith(QStringLiteral("sweep-")); }


std::string readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

// Scenario files below `dir` (relative to the source tree), as relative paths, sorted.
QStringList scenarioFiles(const QString& dir) {
    QStringList out;
    const QDir d(kSourceDir + QLatin1Char('/') + dir);
    for (const QString& name : d.entryList({QStringLiteral("*.scenario")}, QDir::Files, QDir::Name))
        out << dir + QLatin1Char('/') + name;
    return out;
}

struct Run {
    ks::scenario::RunResult result;
    std::string output;
    std::vector<ks::Violation> violations;
};

Run runScenario(const std::string& fileName, const std::string& text, std::uint64_t seed, bool quiet = false) {
    std::ostringstream out;
    ks::scenario::RunOptions options;
    options.seed = seed;
    options.quiet = quiet;
    ks::scenario::ScenarioRunner runner(fileName, text, options, out);
    Run run;
    run.result = runner.run();
    run.output = out.str();
    if (ks::Cluster* cluster = runner.cluster()) run.violations = cluster->checker().violations();
    return run;
}

// The lines of a run's output that say what went wrong.
QByteArray problems(const Run& run) {
    QByteArray out;
    std::istringstream in(run.output);
    for (std::string line; std::getline(in, line);)
        if (line.find("FAILED") != std::string::npos || line.find(": error: ") != std::string::npos ||
            line.find("INVARIANT") != std::string::npos || line.rfind("scenario ", 0) == 0)
            out += "\n  " + QByteArray::fromStdString(line);
    return out;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::string join(std::initializer_list<const char*> parts) {
    std::string out;
    for (const char* part : parts) out += std::string(part) + "\n";
    return out;
}

// A fenced ```scenario block of docs/scenarios.md: where it starts and the exit status it must end
// with (0, unless the line before the fence is an exit marker such as <!-- exit 2 -->).
struct DocExample {
    int line = 0;
    int exitCode = 0;
    std::string text;
};

std::vector<DocExample> docExamples() {
    std::vector<DocExample> out;
    const std::vector<std::string> doc = lines(readFile(kSourceDir + QStringLiteral("/docs/scenarios.md")));
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc[i] != "```scenario") continue;
        DocExample example;
        example.line = static_cast<int>(i) + 1;
        if (i > 0 && doc[i - 1].rfind("<!-- exit ", 0) == 0) example.exitCode = std::stoi(doc[i - 1].substr(10));
        for (++i; i < doc.size() && doc[i] != "```"; ++i) example.text += doc[i] + "\n";
        out.push_back(example);
    }
    return out;
}

}  // namespace

class TestScenarios : public QObject {
    Q_OBJECT

private slots:
    void scenarioFilesPass_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<quint64>("seed");
        const QStringList files = scenarioFiles(QStringLiteral("resources/scenarios")) +
                                  scenarioFiles(QStringLiteral("tests/scenarios"));
        if (files.isEmpty()) QTest::newRow("no scenario files") << QString() << quint64(1);
        for (const QString& file : files) {
            if (isSweepScenario(file)) continue;
            for (quint64 seed = 1; seed <= 3; ++seed)
                QTest::addRow("%s seed %llu", qPrintable(file), static_cast<unsigned long long>(seed)) << file << seed;
        }
    }

    void scenarioFilesPass() {
        QFETCH(QString, file);
        QFETCH(quint64, seed);
        const std::string text = readFile(kSourceDir + QLatin1Char('/') + file);
        QVERIFY2(!text.empty(), qPrintable(file));
        const Run run = runScenario(file.toStdString(), text, seed);
        QVERIFY2(run.result.exitCode != 2, problems(run).constData());
        QVERIFY2(run.violations.empty(), problems(run).constData());
        QVERIFY2(run.result.expectationsPassed > 0, "a scenario file checks at least one expectation");
        QVERIFY2(run.result.exitCode == 0, problems(run).constData());
    }

    void scenarioFilesAreFound() {
        QVERIFY(scenarioFiles(QStringLiteral("resources/scenarios")).size() >= 5);
        QVERIFY(scenarioFiles(QStringLiteral("tests/scenarios")).size() >= 10);
    }

    // Each bad text, run quietly, prints exactly one line: its error, naming file, line and column.
    void scenarioErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        auto row = [](const char* tag, const std::string& text, const char* error) {
            QTest::newRow(tag) << QString::fromStdString(text) << QString::fromUtf8(error);
        };
        row("unknown command", join({"cluster brokers=3", "frobnicate now"}),
            "bad.scenario:2:1: error: unknown command 'frobnicate' (commands: cluster, config, topic, produce, "
            "producer, consumer, broker, controller, leader, partition, link, isolate, heal, network, chaos, advance, "
            "expect, print)");
        row("missing cluster", join({"topic create orders partitions=3 rf=3"}),
            "bad.scenario:1:1: error: no cluster yet: start the scenario with a 'cluster' command, e.g. 'cluster brokers=3'");
        row("missing cluster after comments", join({"# comment", "", "  produce orders value=x"}),
            "bad.scenario:3:3: error: no cluster yet: start the scenario with a 'cluster' command, e.g. 'cluster brokers=3'");
        row("second cluster", join({"cluster brokers=3", "cluster brokers=2"}),
            "bad.scenario:2:1: error: the cluster is already defined; a scenario has one 'cluster' command, at the start");
        row("process.roles in zookeeper mode", join({"cluster mode=zookeeper process.roles=broker,controller"}),
            "bad.scenario:1:24: error: process.roles is a KRaft config: it needs mode=kraft");
        row("process.roles controller only", join({"cluster brokers=3 process.roles=controller"}),
            "bad.scenario:1:33: error: process.roles on the cluster line must be broker,controller (combined mode), "
            "not 'controller'; without it brokers and controllers are separate processes");
        row("combined with too few brokers", join({"cluster brokers=2 process.roles=broker,controller"}),
            "bad.scenario:1:33: error: process.roles=broker,controller makes brokers 1..3 the controllers: "
            "controllers (3) cannot exceed brokers (2)");
        row("snapshot config in zookeeper mode", join({"cluster mode=zookeeper metadata.log.max.snapshot.interval.ms=5"}),
            "bad.scenario:1:24: error: metadata.log.max.snapshot.interval.ms is a KRaft controller config: it needs "
            "mode=kraft");
        row("snapshot bytes zero", join({"cluster brokers=3 metadata.log.max.record.bytes.between.snapshots=0"}),
            "bad.scenario:1:67: error: metadata.log.max.record.bytes.between.snapshots must be at least 1, not 0");
        row("snapshot of a zookeeper node", join({"cluster mode=zookeeper brokers=3", "expect snapshot 201 == 0"}),
            "bad.scenario:2:17: error: there is no KRaft controller 201");
        row("too many brokers", join({"cluster brokers=51"}),
            "bad.scenario:1:17: error: brokers must be between 1 and 50, not 51");
        row("zookeepers without zookeeper mode", join({"cluster brokers=3 zookeepers=3"}),
            "bad.scenario:1:19: error: zookeepers= sizes the ZooKeeper ensemble: it needs mode=zookeeper");
        row("ensemble too large", join({"cluster mode=zookeeper brokers=3 zookeepers=10"}),
            "bad.scenario:1:45: error: zookeepers must be between 1 and 9, not 10");
        row("zookeeper in kraft mode", join({"cluster brokers=3", "zookeeper kill 201"}),
            "bad.scenario:2:16: error: this cluster runs in KRaft mode: it has no ZooKeeper");
        row("unknown zookeeper node", join({"cluster mode=zookeeper brokers=3", "zookeeper kill 205"}),
            "bad.scenario:2:16: error: there is no ZooKeeper node 205 (they are numbered from 201)");
        row("restart the active controller", join({"cluster brokers=3", "controller restart active"}),
            "bad.scenario:2:12: error: 'controller restart active' is not a thing: use kill or pause with 'active'");
        row("unknown mode", join({"cluster mode=raft brokers=3"}),
            "bad.scenario:1:14: error: mode must be kraft or zookeeper, not 'raft'");
        row("bad duration", join({"cluster brokers=3", "advance 5sec"}),
            "bad.scenario:2:9: error: invalid duration '5sec': expected a duration such as 250ms, 5s, 2m, 1h or 100us");
        row("duration in words", join({"cluster brokers=3", "advance 5 seconds"}),
            "bad.scenario:2:11: error: unexpected 'seconds'; usage: advance DURATION");
        row("negative duration", join({"cluster brokers=3", "advance -5s"}),
            "bad.scenario:2:9: error: invalid duration '-5s': durations cannot be negative");
        row("unknown broker", join({"cluster brokers=3", "broker kill 4"}),
            "bad.scenario:2:13: error: there is no broker 4 (brokers are 1..3)");
        row("broker id not a number", join({"cluster brokers=3", "broker kill one"}),
            "bad.scenario:2:13: error: invalid integer 'one': expected a whole number");
        row("unknown broker action", join({"cluster brokers=3", "broker explode 1"}),
            "bad.scenario:2:8: error: expected broker kill, restart, pause, resume, add, decommission, remove, slow, normal or disk-full, not 'broker explode'");
        row("remove a broker that hosts replicas", join({"cluster brokers=3", "topic create t partitions=2 rf=3", "broker remove 2"}),
            "bad.scenario:3:15: error: broker 2 still hosts replicas of 2 partition(s): t-0, t-1; move them away first "
            "('partition reassign TOPIC-P [IDS]', or 'broker decommission 2' for all of them), then remove it");
        row("broker removed twice", join({"cluster brokers=3", "broker add", "broker remove 4", "broker remove 4"}),
            "bad.scenario:4:15: error: broker 4 was removed from the cluster (broker remove)");
        row("restart a removed broker", join({"cluster brokers=3", "broker add", "broker remove 4", "broker restart 4"}),
            "bad.scenario:4:16: error: broker 4 was removed from the cluster (broker remove)");
        row("remove a combined node", join({"cluster brokers=3 controllers=3 process.roles=broker,controller", "broker remove 1"}),
            "bad.scenario:2:15: error: node 1 is a controller too (process.roles=broker,controller): removing it would "
            "change the controller quorum, which is not simulated");
        row("remove the last broker", join({"cluster brokers=1", "broker remove 1"}),
            "bad.scenario:2:15: error: broker 1 is the cluster's last broker");
        row("broker killed twice", join({"cluster brokers=3", "broker kill 1", "broker kill 1"}),
            "bad.scenario:3:13: error: broker 1 is already stopped");
        row("restart a running broker", join({"cluster brokers=3", "broker restart 2"}),
            "bad.scenario:2:16: error: broker 2 is running; kill it first");
        row("unknown controller", join({"cluster brokers=3", "controller kill 1"}),
            "bad.scenario:2:17: error: there is no controller 1 (controllers are numbered from 101)");
        row("unknown option", join({"cluster brokers=3", "broker kill 1 now=true"}),
            "bad.scenario:2:15: error: unknown option 'now' for 'broker' (it takes none)");
        row("bad acks", join({"cluster brokers=3", "topic create t partitions=1 rf=1", "produce t acks=2"}),
            "bad.scenario:3:16: error: acks must be 0, 1 or all, not '2'");
        row("misspelt produce option", join({"cluster brokers=3", "produce t keys=a"}),
            "bad.scenario:2:11: error: unknown option 'keys' for 'produce' (it takes producer, key, value, partition, acks, "
            "count, headers)");
        row("count zero", join({"cluster brokers=3", "produce t count=0"}),
            "bad.scenario:2:17: error: count must be between 1 and 10000000, not 0");
        row("header without colon", join({"cluster brokers=3", "produce t headers=[nocolon]"}),
            "bad.scenario:2:19: error: a header is written key:value, with a key; 'nocolon' is not");
        row("expect on a missing partition",
            join({"cluster brokers=3", "topic create t partitions=2 rf=1", "expect leader t-2 == 1"}),
            "bad.scenario:3:15: error: there is no partition t-2");
        row("expect on a missing topic", join({"cluster brokers=3", "expect hw nope-0 == 0"}),
            "bad.scenario:2:11: error: there is no partition nope-0");
        row("partition without number", join({"cluster brokers=3", "topic create t partitions=1 rf=1", "expect hw t == 0"}),
            "bad.scenario:3:11: error: invalid partition 't': expected TOPIC-PARTITION such as orders-0");
        row("list compared with <", join({"cluster brokers=3", "topic create t partitions=1 rf=1", "expect isr t-0 < [1]"}),
            "bad.scenario:3:16: error: a list compares with == or != only");
        row("state compared with >", join({"cluster brokers=3", "expect broker 1 > running"}),
            "bad.scenario:2:17: error: a state compares with == or != only");
        row("unknown expectation", join({"cluster brokers=3", "expect weather == sunny"}),
            "bad.scenario:2:8: error: unknown expectation 'weather' (leader, hw, leo, log-start, epoch, isr, replicas, "
            "offline, online, controller, broker, snapshot, metadata-log-start, acked, failed, pending, admin, assignment, lag, committed, group, "
            "generation, members, coordinator, processed, duplicates, skipped, revoked, rebalances, position, "
            "consumed)");
        row("extra word", join({"cluster brokers=3", "expect controller != none extra"}),
            "bad.scenario:2:27: error: unexpected 'extra'; usage: expect controller OP ID|none");
        row("consumer without topic", join({"cluster brokers=3", "consumer add c1 group=g"}),
            "bad.scenario:2:14: error: consumer add needs topic=T (subscribe) or assign=[TOPIC-P, ...] (manual "
            "assignment)");
        row("unknown consumer option", join({"cluster brokers=3", "consumer add c1 topic=t colour=blue"}),
            "bad.scenario:2:25: error: unknown consumer option 'colour' (consumer add takes topic, group, assignor, "
            "partition.assignment.strategy, assign, group.instance.id, session.timeout.ms, heartbeat.interval.ms, "
            "max.poll.interval.ms, max.poll.records, fetch.min.bytes, fetch.max.wait.ms, fetch.max.bytes, "
            "auto.offset.reset, enable.auto.commit, auto.commit.interval.ms, request.timeout.ms, retry.backoff.ms, "
            "metadata.max.age.ms, default.api.timeout.ms, client.rack, processing.ms, commit, commit.async)");
        row("unknown assignor", join({"cluster brokers=3", "consumer add c1 topic=t group=g assignor=fair"}),
            "bad.scenario:2:42: error: unknown assignor 'fair' (range, roundrobin, sticky, cooperative-sticky)");
        row("consumer twice", join({"cluster brokers=3", "consumer add c1 topic=t", "consumer add c1 topic=t"}),
            "bad.scenario:3:14: error: consumer c1 already exists; remove or kill it first");
        row("kill unknown consumer", join({"cluster brokers=3", "consumer kill c9"}),
            "bad.scenario:2:15: error: there is no consumer c9");
        row("commit without group", join({"cluster brokers=3", "consumer add c1 topic=t commit=after"}),
            "bad.scenario:2:25: error: commit=after needs group=G: offsets are committed to a group");
        row("expect lag", join({"cluster brokers=3", "expect lag g t-0 == 0"}),
            "bad.scenario:2:12: error: there is no consumer group g");
        row("print unknown", join({"cluster brokers=3", "print topics"}),
            "bad.scenario:2:7: error: expected print partitions, brokers, groups or controllers, not 'print topics'");
        row("heal what", join({"cluster brokers=3", "heal everything"}),
            "bad.scenario:2:6: error: expected 'heal all' (use 'link heal A B' for one link)");
        row("link to no node", join({"cluster brokers=3", "link cut 1 9"}), "bad.scenario:2:10: error: there is no node 9");
        row("oneway not boolean", join({"cluster brokers=3", "link cut 1 2 oneway=yes"}),
            "bad.scenario:2:21: error: oneway must be true or false");
        row("loss over 100", join({"cluster brokers=3", "network loss=150"}),
            "bad.scenario:2:14: error: loss is a percentage from 0 to 100, not 150");
        row("config without setting", join({"cluster brokers=3", "config set"}),
            "bad.scenario:2:1: error: config set needs at least one KEY=VALUE");
        row("unknown producer config", join({"cluster brokers=3", "producer config compression.type=lz4"}),
            "bad.scenario:2:17: error: unknown producer config 'compression.type' (acks, linger.ms, batch.size, "
            "partitioner, retries, delivery.timeout.ms, request.timeout.ms, retry.backoff.ms, max.block.ms, "
            "max.in.flight.requests.per.connection, enable.idempotence)");
        row("producer added twice", join({"cluster brokers=3", "producer add billing", "producer add billing"}),
            "bad.scenario:3:14: error: producer billing already exists; remove it first or choose another name");
        row("producer with a consumer's name", join({"cluster brokers=3", "consumer add reader topic=t", "producer add reader"}),
            "bad.scenario:3:14: error: 'reader' is already a consumer's client.id; give the producer another name");
        row("producer name with a slash", join({"cluster brokers=3", "producer add a/b"}),
            "bad.scenario:2:14: error: a producer's name has only letters, digits, '.', '_' and '-', not 'a/b'");
        row("produce through an unknown producer",
            join({"cluster brokers=3", "topic create t partitions=1 rf=1", "produce t producer=nobody"}),
            "bad.scenario:3:20: error: there is no producer nobody");
        row("produce through a closing producer",
            join({"cluster brokers=3", "topic create t partitions=1 rf=1", "producer add p2", "producer remove p2",
                  "produce t producer=p2"}),
            "bad.scenario:5:20: error: producer p2 is closed: it takes no more records (send() after close())");
        row("producer removed twice", join({"cluster brokers=3", "producer add p2", "producer remove p2", "advance 1s",
                                            "producer remove p2"}),
            "bad.scenario:5:17: error: producer p2 is already removed (closed)");
        row("remove an unknown producer", join({"cluster brokers=3", "producer remove p9"}),
            "bad.scenario:2:17: error: there is no producer p9");
        row("config of an unknown producer", join({"cluster brokers=3", "producer config p9 acks=1"}),
            "bad.scenario:2:17: error: there is no producer p9");
        row("idempotent producer", join({"cluster brokers=3", "producer add p2 enable.idempotence=true"}),
            "bad.scenario:2:36: error: enable.idempotence=true is not simulated: Kafkascope's producers have no "
            "producer id or sequence numbers, so they behave as enable.idempotence=false");
        row("unknown producer action", join({"cluster brokers=3", "producer start p2"}),
            "bad.scenario:2:10: error: expected 'producer add', 'producer remove' or 'producer config', not 'producer start'");
        row("expect counts of an unknown producer", join({"cluster brokers=3", "expect acked == 0 producer=p9"}),
            "bad.scenario:2:28: error: there is no producer p9 (or it is closed)");
        row("reassign without replicas",
            join({"cluster brokers=3", "topic create t partitions=1 rf=1", "partition reassign t-0"}),
            "bad.scenario:3:1: error: partition reassign needs replicas=[IDS], the brokers the partition moves to");
        row("unterminated quote", join({"cluster brokers=3", "produce t value=\"hello"}),
            "bad.scenario:2:17: error: unterminated quoted string (missing closing '\"')");
        row("unbalanced brace", join({"cluster brokers=3", "produce t value={\"a\":1"}),
            "bad.scenario:2:17: error: unbalanced '{': missing '}'");
        row("repeated key", join({"cluster brokers=3", "produce t key=a key=b"}),
            "bad.scenario:2:17: error: duplicate key 'key'");
        row("word after options", join({"cluster brokers=3", "produce t key=a extra"}),
            "bad.scenario:2:17: error: unexpected word 'extra' after key=value options (positional words come first; a "
            "value containing spaces must be quoted)");
        row("error after a failed expectation",
            join({"cluster brokers=1", "topic create t partitions=1 rf=1", "expect leader t-0 == 7", "broker kill 9"}),
            "bad.scenario:3:1: FAILED expect leader t-0 == 7 (found 1)");
    }

    void scenarioErrors() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Run run = runScenario("bad.scenario", text.toStdString(), 1, true);
        QCOMPARE(run.result.exitCode, 2);
        const std::vector<std::string> out = lines(run.output);
        QVERIFY(!out.empty());
        QCOMPARE(QString::fromStdString(out.front()), error);
        QVERIFY2(QString::fromStdString(out.back()).contains(QStringLiteral(": error: ")), run.output.c_str());
        QVERIFY2(out.size() <= 2, run.output.c_str());
    }

    // A failed expectation names file:line:col, prints FAILED with what it found, lets the run go
    // on, and makes the exit status 1.
    void failedExpectation() {
        const std::string text = join({"cluster brokers=1", "topic create t partitions=1 rf=1", "advance 1s",
                                       "  expect leader t-0 == 7   # wrong on purpose", "expect leader t-0 == 1",
                                       "expect hw t-0 > 0", "expect isr t-0 == [1]"});
        const Run run = runScenario("wrong.scenario", text, 1);
        QCOMPARE(run.result.exitCode, 1);
        QCOMPARE(run.result.expectationsFailed, 2);
        QCOMPARE(run.result.expectationsPassed, 2);
        const QString output = QString::fromStdString(run.output);
        QVERIFY2(output.contains(QStringLiteral("\nwrong.scenario:4:3: FAILED expect leader t-0 == 7 (found 1)\n")),
                 run.output.c_str());
        QVERIFY2(output.contains(QStringLiteral("\nwrong.scenario:6:1: FAILED expect hw t-0 > 0 (found 0)\n")),
                 run.output.c_str());
        QVERIFY2(output.contains(QStringLiteral("ok          expect leader t-0 == 1\n")), run.output.c_str());
        QVERIFY2(output.contains(QStringLiteral("scenario wrong.scenario (seed 1): 2 expectation(s) passed, 2 failed; "
                                                "0 invariant violation(s)")),
                 run.output.c_str());
    }

    // Topic configs are checked by the controller, as in Kafka: a bad one is an admin error the
    // event log names and `expect admin` checks, not a scenario error.
    void unknownTopicConfigIsAnAdminError() {
        const std::string text = join({"cluster brokers=1", "topic create t partitions=1 rf=1 colour=blue",
                                       "expect admin == INVALID_CONFIG"});
        const Run run = runScenario("admin.scenario", text, 1);
        QCOMPARE(run.result.exitCode, 0);
        QVERIFY2(QString::fromStdString(run.output)
                     .contains(QStringLiteral("topic create t partitions=1 rf=1 colour=blue failed: INVALID_CONFIG: "
                                              "unknown topic config 'colour'")),
                 run.output.c_str());
    }

    // The event log echoes each produce command; a '#' inside quotes is part of the value, not a
    // comment, so the echo keeps it.
    void echoKeepsHashInsideQuotes() {
        const std::string text = join({"cluster brokers=1", "topic create t partitions=1 rf=1",
                                       "produce t value=\"a # b\" key=k", "advance 2s", "expect acked == 1"});
        const Run run = runScenario("hash.scenario", text, 1);
        QCOMPARE(run.result.exitCode, 0);
        QVERIFY2(QString::fromStdString(run.output).contains(QStringLiteral("produce t value=\"a # b\" key=k → 1 acked")),
                 run.output.c_str());
    }

    void docHasExamples() {
        const std::vector<DocExample> examples = docExamples();
        QVERIFY2(examples.size() >= 10, "docs/scenarios.md has its examples in ```scenario blocks");
        int errorExamples = 0;
        for (const DocExample& example : examples) errorExamples += example.exitCode != 0;
        QVERIFY2(errorExamples >= 1, "docs/scenarios.md shows at least one error example, marked <!-- exit N -->");
    }

    void docExamplesRun_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<quint64>("seed");
        const std::vector<DocExample> examples = docExamples();
        if (examples.empty()) QTest::newRow("no examples") << QString() << -1 << quint64(1);
        for (const DocExample& example : examples)
            for (quint64 seed = 1; seed <= 3; ++seed)
                QTest::addRow("docs/scenarios.md:%d seed %llu", example.line, static_cast<unsigned long long>(seed))
                    << QString::fromStdString(example.text) << example.exitCode << seed;
    }

    void docExamplesRun() {
        QFETCH(QString, text);
        QFETCH(int, exitCode);
        QFETCH(quint64, seed);
        QVERIFY2(exitCode >= 0, "docs/scenarios.md has no ```scenario examples");
        const Run run = runScenario("example.scenario", text.toStdString(), seed);
        QVERIFY2(run.violations.empty(), problems(run).constData());
        QVERIFY2(run.result.exitCode == exitCode, problems(run).constData());
    }
};

QTEST_APPLESS_MAIN(TestScenarios)
#include "test_scenarios.moc"
