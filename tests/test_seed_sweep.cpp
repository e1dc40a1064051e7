// The seed sweep: runs the chaos scenarios of tests/scenarios/ (KRaft, KRaft with frequent metadata
// snapshots, KRaft in combined mode, ZooKeeper mode, consumer groups, and KRaft with unclean leader
// election) with seeds 1..N and requires, for every seed, no invariant violation and every
// expectation met. N is 200, or the value of the environment variable KAFKASCOPE_SWEEP_SEEDS (e.g.
// 5000 for a long run). Every failing seed is printed as a command line that reproduces it.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "scenario/runner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <sstream>
#include <string>
#include <vector>


namespace {

const QString kSourceDir = QStringLiteral(KAFKASCOPE_SOURCE_DIR);
constexpr int kDefaultSeeds = 200;
constexpr int kMaxReported = 50;

int sweepSeeds() {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("KAFKASCOPE_SWEEP_SEEDS", &ok);
    return ok && n > 0 ? n : kDefaultSeeds;
}

std::string readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

// What went wrong with one seed, as lines of text; empty when nothing did.
std::vector<std::string> problems(const std::string& file, const std::string& text, std::uint64_t seed,
                                  const std::string& allowedInvariant, std::int64_t& acknowledged) {
    std::ostringstream out;
    ks::scenario::RunOptions options;
    options.seed = seed;
    options.quiet = true;
    ks::scenario::ScenarioRunner runner(file, text, options, out);
    const ks::scenario::RunResult result = runner.run();
    std::vector<std::string> found;
    if (ks::Cluster* cluster = runner.cluster()) {
        acknowledged += cluster->checker().acknowledgedAllRecords();
        for (const ks::Violation& v : cluster->checker().violations()) {
            if (!allowedInvariant.empty() && v.invariant.str().rfind(allowedInvariant, 0) == 0) continue;
            found.push_back("at " + ks::formatTime(v.time) + ": INVARIANT VIOLATED: " + v.invariant.str() + ": " + v.detail.str());
        }
    }
    std::istringstream in(out.str());
    for (std::string line; std::getline(in, line);)
        if (line.find(": FAILED ") != std::string::npos || line.find(": error: ") != std::string::npos)
            found.push_back(line);
    if (result.exitCode == 2 && found.empty()) found.push_back("scenario error (exit status 2)");
    return found;
}

}  // namespace

class TestSeedSweep : public QObject {
    Q_OBJECT

private slots:
    // Seeds beyond the sweep's 1..N that once crashed the engine, run every time.
    void pinnedSeeds_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("seed");
        // A ZooKeeper server expiring sessions: appending a CloseSession committed an earlier one at
        // once, which removed a session from the tree being iterated.
        QTest::newRow("sweep-zookeeper-reassign 308") << QStringLiteral("tests/scenarios/sweep-zookeeper-reassign.scenario") << 308;
    }

    void pinnedSeeds() {
        QFETCH(QString, file);
        QFETCH(int, seed);
        const std::string text = readFile(kSourceDir + QLatin1Char('/') + file);
        QVERIFY2(!text.empty(), qPrintable(file));
        std::int64_t acknowledged = 0;
        const std::vector<std::string> found =
            problems(file.toStdString(), text, static_cast<std::uint64_t>(seed), {}, acknowledged);
        std::string message = "reproduce: kafkascope-cli run --seed " + std::to_string(seed) + " " + file.toStdString();
        for (const std::string& line : found) message += "\n    " + line;
        QVERIFY2(found.empty(), message.c_str());
    }

    void sweep_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("allowedInvariant");
        QTest::newRow("sweep-faults") << QStringLiteral("tests/scenarios/sweep-faults.scenario") << QString();
        QTest::newRow("sweep-zookeeper") << QStringLiteral("tests/scenarios/sweep-zookeeper.scenario") << QString();
        QTest::newRow("sweep-zookeeper-reassign")
            << QStringLiteral("tests/scenarios/sweep-zookeeper-reassign.scenario") << QString();
        QTest::newRow("sweep-snapshots") << QStringLiteral("tests/scenarios/sweep-snapshots.scenario") << QString();
        QTest::newRow("sweep-combined") << QStringLiteral("tests/scenarios/sweep-combined.scenario") << QString();
        QTest::newRow("sweep-consumers") << QStringLiteral("tests/scenarios/sweep-consumers.scenario") << QString();
        // Unclean leader election may lose acknowledged records; everything else must hold.
        QTest::newRow("sweep-unclean") << QStringLiteral("tests/scenarios/sweep-unclean.scenario")
                                       << QStringLiteral("acknowledged acks=all records survive");
    }

    void sweep() {
        QFETCH(QString, file);
        QFETCH(QString, allowedInvariant);
        const std::string text = readFile(kSourceDir + QLatin1Char('/') + file);
        QVERIFY2(!text.empty(), qPrintable(file));
        const int seeds = sweepSeeds();
        QElapsedTimer timer;
        timer.start();
        std::int64_t acknowledged = 0;
        std::vector<std::pair<int, std::vector<std::string>>> failures;
        for (int seed = 1; seed <= seeds; ++seed) {
            std::vector<std::string> found =
                problems(file.toStdString(), text, static_cast<std::uint64_t>(seed), allowedInvariant.toStdString(),
                         acknowledged);
            if (!found.empty()) failures.emplace_back(seed, std::move(found));
        }
        qInfo("%s: %d seeds in %.1f s, %lld acks=all records acknowledged, %d seed(s) failed", qPrintable(file), seeds,
              static_cast<double>(timer.elapsed()) / 1000.0, static_cast<long long>(acknowledged),
              static_cast<int>(failures.size()));
        QVERIFY2(acknowledged > 0, "the sweep acknowledged no acks=all record: its scenario tests nothing");
        if (failures.empty()) return;
        auto reproduce = [&](int seed) {
            return "reproduce: kafkascope-cli run --seed " + std::to_string(seed) + " " + file.toStdString();
        };
        for (std::size_t i = 0; i < failures.size() && i < kMaxReported; ++i) {
            std::string report = reproduce(failures[i].first);
            for (const std::string& line : failures[i].second) report += "\n    " + line;
            qWarning("%s", report.c_str());
        }
        std::string message = std::to_string(failures.size()) + " of " + std::to_string(seeds) + " seeds failed; first:\n" +
                              reproduce(failures.front().first);
        for (const std::string& line : failures.front().second) message += "\n    " + line;
        QFAIL(message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestSeedSweep)
#include "test_seed_sweep.moc"
