// Same scenario, same seed: byte for byte the same event log, whatever ran before in the process.
// Another seed: another random placement, another event log.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "scenario/runner.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "first_difference.h"


namespace {

const QString kSourceDir = QStringLiteral(KAFKASCOPE_SOURCE_DIR);

std::string readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

struct Run {
    ks::scenario::RunResult result;
    std::string output;
    std::string placement;  // every partition's replica list, from the final snapshot
};

Run runScenario(const std::string& fileName, const std::string& text, std::uint64_t seed, bool verbose = false,
                bool quiet = false) {
    std::ostringstream out;
    ks::scenario::RunOptions options;
    options.seed = seed;
    options.verbose = verbose;
    options.quiet = quiet;
    ks::scenario::ScenarioRunner runner(fileName, text, options, out);
    Run run;
    run.result = runner.run();
    run.output = out.str();
    if (ks::Cluster* cluster = runner.cluster())
        for (const ks::PartitionSnapshot& p : cluster->snapshot().partitions)
            run.placement += p.tp.str() + " " + ks::formatIds(p.replicas) + "\n";
    return run;
}


// The output without the lines that name the seed.
std::string withoutSeed(const std::string& output) {
    std::string out;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);)
        if (line.find("seed ") == std::string::npos) out += line + "\n";
    return out;
}

// A cluster where random placement has room to differ: five brokers, six partitions of rf 3.
const char* const kPlacementScenario =
    "cluster brokers=5\n"
    "topic create t partitions=6 rf=3\n"
    "produce t value=v count=50\n"
    "advance 5s\n"
    "print partitions\n"
    "expect online t-0\n";

}  // namespace

class TestDeterminism : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameOutput_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<quint64>("seed");
        for (const QString& dir : {QStringLiteral("resources/scenarios"), QStringLiteral("tests/scenarios")}) {
            const QDir d(kSourceDir + QLatin1Char('/') + dir);
            for (const QString& name : d.entryList({QStringLiteral("*.scenario")}, QDir::Files, QDir::Name)) {
                const QString file = dir + QLatin1Char('/') + name;
                QTest::addRow("%s seed 7", qPrintable(file)) << file << quint64(7);
            }
        }
    }

    void sameSeedSameOutput() {
        QFETCH(QString, file);
        QFETCH(quint64, seed);
        const std::string text = readFile(kSourceDir + QLatin1Char('/') + file);
        QVERIFY(!text.empty());
        const Run first = runScenario(file.toStdString(), text, seed);
        const Run second = runScenario(file.toStdString(), text, seed);
        QVERIFY2(first.output == second.output, ks::testing::firstDifference(first.output, second.output).constData());
        QCOMPARE(first.result.events, second.result.events);
        QCOMPARE(first.result.simulatedTime, second.result.simulatedTime);
    }

    // Nothing carries over from one run to the next in the same process.
    void runsInBetweenChangeNothing() {
        const std::string text = readFile(kSourceDir + QStringLiteral("/resources/scenarios/classroom.scenario"));
        QVERIFY(!text.empty());
        const Run before = runScenario("classroom.scenario", text, 5);
        runScenario("other.scenario", kPlacementScenario, 6);
        runScenario("classroom.scenario", text, 9, true);
        const Run after = runScenario("classroom.scenario", text, 5);
        QVERIFY2(before.output == after.output, ks::testing::firstDifference(before.output, after.output, "before", "after").constData());
    }

    // Printing more or less does not change what is simulated.
    void outputLevelDoesNotChangeTheRun() {
        const std::string text = readFile(kSourceDir + QStringLiteral("/resources/scenarios/leader-failover.scenario"));
        QVERIFY(!text.empty());
        const Run normal = runScenario("f.scenario", text, 4);
        const Run verbose = runScenario("f.scenario", text, 4, true);
        const Run quiet = runScenario("f.scenario", text, 4, false, true);
        QCOMPARE(verbose.result.events, normal.result.events);
        QCOMPARE(quiet.result.events, normal.result.events);
        QCOMPARE(verbose.placement, normal.placement);
        QCOMPARE(quiet.result.simulatedTime, normal.result.simulatedTime);
        QVERIFY(verbose.output.size() > normal.output.size());
        QVERIFY(quiet.output.size() < normal.output.size());
    }

    // The seed drives the random choices: across a few seeds the placement of replicas changes,
    // and with it the event log (beyond the line that names the seed).
    void differentSeedDifferentOutput() {
        std::set<std::string> placements;
        std::set<std::string> outputs;
        for (std::uint64_t seed = 1; seed <= 8; ++seed) {
            const Run run = runScenario("placement.scenario", kPlacementScenario, seed);
            QCOMPARE(run.result.exitCode, 0);
            placements.insert(run.placement);
            outputs.insert(withoutSeed(run.output));
        }
        QVERIFY2(placements.size() > 1, "eight seeds gave the same replica placement");
        QVERIFY(outputs.size() >= placements.size());
        const Run one = runScenario("placement.scenario", kPlacementScenario, 1);
        const Run two = runScenario("placement.scenario", kPlacementScenario, 2);
        QVERIFY(withoutSeed(one.output) != withoutSeed(two.output));
    }
};

QTEST_APPLESS_MAIN(TestDeterminism)
#include "test_determinism.moc"
