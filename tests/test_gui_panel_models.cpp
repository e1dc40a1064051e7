// The data panels' models, charts and metrics, fed with real snapshots of a scripted cluster: every
// table passes QAbstractItemModelTester and updates in place, the chart series are the engine's
// counters, the CSV export holds exactly what is plotted, and the metrics show was → now.

// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "scenario/runner.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>
#include <qcustomplot.h>

#include "panels/charts_panel.h"
#include "panels/cluster_tables.h"
#include "panels/metrics_panel.h"
#include "panels/table_panel.h"

using namespace ks;
using namespace ks::ui;

namespace {

// A scripted cluster that keeps every event, so frames can be built as the runtime builds them.
struct Run {
    std::ostringstream out;
    std::vector<ClusterEvent> events;
    std::unique_ptr<scenario::ScenarioRunner> runner;

    explicit Run(const std::string& text) {
        scenario::RunOptions options;
        options.seed = 1;
        options.quiet = true;
        options.eventSink = [this](const ClusterEvent& e) { events.push_back(e); };
        runner = std::make_unique<scenario::ScenarioRunner>("test.scenario", text, options, out);
        const scenario::RunResult result = runner->run();
        if (result.exitCode != 0) qWarning("%s", out.str().c_str());
    }
    bool more(const std::string& commands) {
        const scenario::CommandResult r = runner->executeCommands(commands);
        if (!r.ok) qWarning("%s", r.error.c_str());
        return r.ok;
    }
    std::shared_ptr<const ClusterSnapshot> snapshot() { return std::make_shared<const ClusterSnapshot>(runner->cluster()->snapshot()); }
    // A frame with the snapshot now and the events since the last frame.
    Frame frame() {
        Frame f;
        f.snapshot = snapshot();
        f.events = std::move(events);
        events.clear();
        return f;
    }
};

const char* kGroupsScenario =
    "cluster brokers=3\n"
    "config set offsets.topic.num.partitions=3\n"
    "config set auto.leader.rebalance.enable=false\n"
    "topic create orders partitions=3 rf=3\n"
    "produce orders partition=0 value=a count=10\n"
    "produce orders partition=1 value=b count=10\n"
    "produce orders partition=2 value=c count=10\n"
    "advance 1s\n"
    "consumer add c1 topic=orders group=analytics auto.offset.reset=earliest\n"
    "consumer add c2 topic=orders group=analytics auto.offset.reset=earliest\n"
    "advance 15s\n";

std::vector<KeyedTableModel*> allTables(QObject* parent) {
    return {new TopicsTableModel(parent), new BrokersTableModel(parent), new GroupsTableModel(parent),
            new GroupMembersTableModel(parent), new GroupPartitionsTableModel(parent)};
}

void updateAll(const std::vector<KeyedTableModel*>& models, const ClusterSnapshot& s) {
    for (KeyedTableModel* m : models) static_cast<SnapshotTableModel*>(m)->update(s);
}

QString cell(const KeyedTableModel& model, const QString& key, int column) { return model.cellText(key, column); }

std::vector<double> valuesOf(const QCPGraph* g) {
    std::vector<double> out;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) out.push_back(it->value);
    return out;
}

std::vector<double> keysOf(const QCPGraph* g) {
    std::vector<double> out;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) out.push_back(it->key);
    return out;
}

}  // namespace

class TestGuiPanelModels : public QObject {
    Q_OBJECT

private slots:
    // Every table through a cluster's life: topics created and deleted, a broker killed, consumers
    // joining and leaving; QAbstractItemModelTester checks each change.
    void everyTablePassesTheModelTester() {
        Run run(kGroupsScenario);
        QObject owner;
        const std::vector<KeyedTableModel*> models = allTables(&owner);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (KeyedTableModel* m : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        updateAll(models, *run.snapshot());
        QVERIFY(models[0]->rowCount() >= 3);
        QCOMPARE(models[1]->rowCount(), 3);
        QCOMPARE(models[2]->rowCount(), 1);
        QCOMPARE(models[3]->rowCount(), 2);
        QCOMPARE(models[4]->rowCount(), 3);
        for (const char* step : {"topic create extra partitions=2 rf=2\nadvance 1s\n", "broker kill 2\nadvance 12s\n",
                                        "consumer add c3 topic=orders group=analytics\nadvance 10s\n",
                                        "topic delete extra\nadvance 2s\n", "consumer remove c1\nadvance 10s\n",
                                        "broker restart 2\nadvance 20s\n"}) {
            QVERIFY(run.more(step));
            updateAll(models, *run.snapshot());
            if (QTest::currentTestFailed()) return;
        }
        QCOMPARE(models[0]->rowOf(QStringLiteral("extra-0")), -1);
        for (KeyedTableModel* m : models) {
            m->clear();
            QCOMPARE(m->rowCount(), 0);
        }
    }

    // Rows change in place: no reset, inserts and removes only for rows that come and go, changed
    // rows only signal dataChanged, and a persistent index (a selection) follows its row.
    void rowsUpdateInPlace() {
        Run run(kGroupsScenario);
        TopicsTableModel topics;
        topics.update(*run.snapshot());
        QSignalSpy reset(&topics, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&topics, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&topics, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&topics, &QAbstractItemModel::dataChanged);
        const auto same = run.snapshot();
        topics.update(*same);
        topics.update(*same);
        QCOMPARE(changed.count(), 0);

        const QPersistentModelIndex selected = topics.index(topics.rowOf(QStringLiteral("orders-2")), 0);
        QVERIFY(run.more("topic create aaa partitions=2 rf=1\nadvance 1s\n"));
        topics.update(*run.snapshot());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt(), 1);   // two rows at once
        QVERIFY(run.more("topic delete aaa\nadvance 1s\n"));
        topics.update(*run.snapshot());
        QCOMPARE(removed.count(), 1);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), QStringLiteral("orders-2"));

        changed.clear();
        const int leader = run.snapshot()->partition(TopicPartition{"orders", 2})->leader;
        QVERIFY(run.more("broker kill " + std::to_string(leader) + "\nadvance 12s\n"));
        topics.update(*run.snapshot());
        QVERIFY(changed.count() > 0);
        QVERIFY(cell(topics, QStringLiteral("orders-2"), TopicsTableModel::Leader) != QString::number(leader));
        QCOMPARE(cell(topics, QStringLiteral("orders-2"), TopicsTableModel::Status), QStringLiteral("under-replicated"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(selected.data().toString(), QStringLiteral("orders-2"));
    }

    // The partition table shows what the snapshot says, column by column.
    void topicsTableShowsThePartitions() {
        Run run(kGroupsScenario);
        const auto s = run.snapshot();
        TopicsTableModel topics;
        topics.update(*s);
        const PartitionSnapshot& p = *s->partition(TopicPartition{"orders", 1});
        const QString key = QStringLiteral("orders-1");
        QCOMPARE(cell(topics, key, TopicsTableModel::Leader), QString::number(p.leader));
        QCOMPARE(cell(topics, key, TopicsTableModel::LogEnd), QStringLiteral("10"));
        QCOMPARE(cell(topics, key, TopicsTableModel::HighWatermark), QStringLiteral("10"));
        QCOMPARE(cell(topics, key, TopicsTableModel::LogStart), QStringLiteral("0"));
        QCOMPARE(cell(topics, key, TopicsTableModel::Isr).count(u','), 2);
        QCOMPARE(cell(topics, key, TopicsTableModel::Status), QStringLiteral("ok"));
        QVERIFY(p.sizeBytes > 0);
        QCOMPARE(topics.index(topics.rowOf(key), TopicsTableModel::Size).data(KeyedTableModel::SortRole).toDouble(),
                 static_cast<double>(p.sizeBytes));
    }

    // After a failover the old leader's partitions stay led elsewhere (skew) until a preferred
    // leader election moves them back.
    void brokersTableShowsSkewUntilPreferredElection() {
        Run run("cluster brokers=3 controllers=1\n"
                "config set auto.leader.rebalance.enable=false\n"
                "topic create t partitions=1 rf=3\n"
                "partition reassign t-0 replicas=[1, 2, 3]\n"
                "advance 2s\n"
                "leader elect preferred t-0\n"
                "advance 2s\n");
        BrokersTableModel brokers;
        brokers.update(*run.snapshot());
        QCOMPARE(cell(brokers, QStringLiteral("1"), BrokersTableModel::Leaders), QStringLiteral("1"));
        QCOMPARE(cell(brokers, QStringLiteral("1"), BrokersTableModel::Skew), QStringLiteral("0%"));
        QVERIFY(run.more("broker kill 1\nadvance 15s\nbroker restart 1\nadvance 30s\nexpect isr t-0 == [1, 2, 3]\n"));
        brokers.update(*run.snapshot());
        QCOMPARE(cell(brokers, QStringLiteral("1"), BrokersTableModel::State), QStringLiteral("running"));
        QCOMPARE(cell(brokers, QStringLiteral("1"), BrokersTableModel::Leaders), QStringLiteral("0"));
        QCOMPARE(cell(brokers, QStringLiteral("1"), BrokersTableModel::LedElsewhere), QStringLiteral("1"));
        QCOMPARE(cell(brokers, QStringLiteral("1"), BrokersTableModel::Skew), QStringLiteral("100%"));
        QVERIFY(run.more("leader elect preferred t-0\nadvance 2s\n"));
        brokers.update(*run.snapshot());
        QCOMPARE(cell(brokers, QStringLiteral("1"), BrokersTableModel::Leaders), QStringLiteral("1"));
        QCOMPARE(cell(brokers, QStringLiteral("1"), BrokersTableModel::Skew), QStringLiteral("0%"));
    }

    // The group tables: the group, its members with their partitions, and per partition the
    // position, committed offset, log end and lag.
    void groupTablesShowMembersOffsetsAndLag() {
        Run run(kGroupsScenario);
        const auto s = run.snapshot();
        GroupsTableModel groups;
        GroupMembersTableModel members;
        GroupPartitionsTableModel partitions;
        groups.update(*s);
        members.update(*s);
        partitions.update(*s);
        const GroupSnapshot& g = *s->group("analytics");
        const QString id = QStringLiteral("analytics");
        QCOMPARE(cell(groups, id, GroupsTableModel::State), QStringLiteral("Stable"));
        QCOMPARE(cell(groups, id, GroupsTableModel::Generation), QString::number(g.generation));
        QCOMPARE(cell(groups, id, GroupsTableModel::Coordinator), QString::number(g.coordinator));
        QCOMPARE(cell(groups, id, GroupsTableModel::Assignor), QString::fromStdString(g.protocol));
        QCOMPARE(cell(groups, id, GroupsTableModel::Protocol), QString::fromStdString(g.rebalanceProtocol));
        QCOMPARE(cell(groups, id, GroupsTableModel::Members), QStringLiteral("2"));
        const GroupMemberSnapshot& c1 = *g.memberByClient("c1");
        QCOMPARE(cell(members, id + u'|' + QString::fromStdString(c1.memberId), GroupMembersTableModel::Assigned),
                 QStringLiteral("orders-0, orders-1"));
        QCOMPARE(cell(partitions, QStringLiteral("analytics|orders-2"), GroupPartitionsTableModel::Owner), QStringLiteral("c2"));
        QCOMPARE(cell(partitions, QStringLiteral("analytics|orders-2"), GroupPartitionsTableModel::Committed), QStringLiteral("10"));
        QCOMPARE(cell(partitions, QStringLiteral("analytics|orders-2"), GroupPartitionsTableModel::LogEnd), QStringLiteral("10"));
        QCOMPARE(cell(partitions, QStringLiteral("analytics|orders-2"), GroupPartitionsTableModel::Lag), QStringLiteral("0"));

        QVERIFY(run.more("consumer pause c2\nproduce orders partition=2 value=d count=7\nadvance 3s\n"));
        partitions.update(*run.snapshot());
        QCOMPARE(cell(partitions, QStringLiteral("analytics|orders-2"), GroupPartitionsTableModel::Lag), QStringLiteral("7"));
        QVERIFY(cell(partitions, QStringLiteral("analytics|orders-2"), GroupPartitionsTableModel::LagTime).toDouble() >= 2.5);
    }

    // The filter box and the header sort: numbers sort as numbers.
    void tablesFilterAndSortNumerically() {
        Run run(kGroupsScenario);
        QVERIFY(run.more("topic create big partitions=12 rf=1\nadvance 1s\nproduce big partition=10 value=x count=3\nadvance 1s\n"));
        TopicsTableModel topics;
        topics.setObjectName(QStringLiteral("topicsModel"));
        TablePanel panel(QStringLiteral("topicsPanel"), {{QString(), &topics}});
        topics.update(*run.snapshot());
        QSortFilterProxyModel* proxy = panel.proxy(0);
        panel.filter()->setText(QStringLiteral("big-1"));   // big-1, big-10, big-11
        QCOMPARE(proxy->rowCount(), 3);
        panel.filter()->clear();
        panel.view(0)->sortByColumn(TopicsTableModel::LogEnd, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, TopicsTableModel::Partition).data().toString(), QStringLiteral("orders-0"));
        panel.filter()->setText(QStringLiteral("big"));
        QCOMPARE(proxy->index(0, TopicsTableModel::Partition).data().toString(), QStringLiteral("big-10"));
    }

    // The charts plot the engine's counters: records in and out per topic as rates between samples,
    // lag per group, under-replicated partitions; and markers for the kill and the elections.
    void chartSeriesAreTheEngineCounters() {
        Run run("cluster brokers=3\n"
                "topic create orders partitions=3 rf=3\n"
                "advance 1s\n"
                "consumer add c1 topic=orders group=g auto.offset.reset=earliest\n"
                "advance 5s\n");
        ChartsPanel charts;
        std::vector<std::pair<double, std::int64_t>> in, out;
        std::vector<std::pair<double, std::int64_t>> lag;
        std::vector<std::pair<double, int>> urp;
        auto sample = [&] {
            Frame f = run.frame();
            charts.history().addEvents(f.events);
            if (!charts.history().add(*f.snapshot)) return;
            const ClusterSnapshot& s = *f.snapshot;
            for (const TopicSnapshot& t : s.topics)
                if (t.name == "orders") {
                    in.emplace_back(toSeconds(s.time), t.counters.messagesIn);
                    out.emplace_back(toSeconds(s.time), t.counters.messagesOut);
                }
            lag.emplace_back(toSeconds(s.time), s.group("g") ? s.group("g")->lag : 0);
            urp.emplace_back(toSeconds(s.time), s.underReplicatedCount());
        };
        sample();
        for (int i = 0; i < 60; ++i) {
            QVERIFY(run.more("produce orders value=v count=" + std::to_string(1 + i % 4) + "\nadvance 250ms\n"));
            if (i == 3) QVERIFY(run.more("broker kill 2\n"));
            sample();
        }
        charts.refresh();
        const auto graphs = charts.graphs(ChartsPanel::Chart::Throughput);
        QVERIFY(graphs.count(QStringLiteral("orders in")) && graphs.count(QStringLiteral("orders out")));
        for (auto [name, counters] : {std::pair{QStringLiteral("orders in"), &in}, std::pair{QStringLiteral("orders out"), &out}}) {
            const std::vector<double> keys = keysOf(graphs.at(name));
            const std::vector<double> values = valuesOf(graphs.at(name));
            QCOMPARE(keys.size(), counters->size() - 1);
            double integral = 0;
            for (std::size_t i = 1; i < counters->size(); ++i) {
                const double dt = (*counters)[i].first - (*counters)[i - 1].first;
                QCOMPARE(keys[i - 1], (*counters)[i].first);
                QCOMPARE(values[i - 1], static_cast<double>((*counters)[i].second - (*counters)[i - 1].second) / dt);
                integral += values[i - 1] * dt;
            }
            QVERIFY(qAbs(integral - static_cast<double>(counters->back().second - counters->front().second)) < 1e-6);
        }
        // Before the kill every record produced was counted in: 4 rounds of 1..4 records.
        QCOMPARE(in[4].second - in.front().second, 10);
        QCOMPARE(charts.history().recordsIn().at(QStringLiteral("orders")).values.back(), static_cast<double>(in.back().second));
        charts.setLagBy(ChartsPanel::LagBy::Group);
        const std::vector<double> lagValues = valuesOf(charts.graphs(ChartsPanel::Chart::Lag).at(QStringLiteral("g")));
        QCOMPARE(lagValues.size(), lag.size());
        for (std::size_t i = 0; i < lag.size(); ++i) QCOMPARE(lagValues[i], static_cast<double>(lag[i].second));
        const std::vector<double> urpValues =
            valuesOf(charts.graphs(ChartsPanel::Chart::Isr).at(QStringLiteral("under-replicated partitions")));
        QCOMPARE(urpValues.size(), urp.size());
        for (std::size_t i = 0; i < urp.size(); ++i) QCOMPARE(urpValues[i], static_cast<double>(urp[i].second));
        QVERIFY(urp.back().second > 0);

        const auto& markers = charts.history().markers();
        auto killed = std::find_if(markers.begin(), markers.end(), [](const ChartMarker& m) { return m.kind == ChartMarker::Kind::BrokerKilled; });
        QVERIFY(killed != markers.end());
        QCOMPARE(killed->label, QStringLiteral("broker 2 killed"));
        QVERIFY(std::any_of(markers.begin(), markers.end(), [&](const ChartMarker& m) {
            return m.kind == ChartMarker::Kind::LeaderElected && m.time > killed->time;
        }));
        QVERIFY(std::any_of(markers.begin(), markers.end(), [](const ChartMarker& m) { return m.kind == ChartMarker::Kind::RebalanceEnd; }));
    }

    // CSV holds exactly the plotted series; PNG and SVG are written; a bad path is an error.
    void chartExports() {
        Run run("cluster brokers=3\ntopic create orders partitions=1 rf=3\nadvance 1s\n");
        ChartsPanel charts;
        charts.resize(800, 400);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(run.more("produce orders value=v count=" + std::to_string(i + 1) + "\nadvance 200ms\n"));
            charts.history().add(*run.snapshot());
        }
        charts.refresh();
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("chart.csv"));
        QCOMPARE(charts.exportCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("time_s,orders in,orders out"));
        const QCPGraph* in = charts.graphs(ChartsPanel::Chart::Throughput).at(QStringLiteral("orders in"));
        QCOMPARE(lines.size() - 1, in->dataCount());
        for (int i = 0; i < in->dataCount(); ++i) {
            const QStringList fields = lines[i + 1].split(u',');
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields[0].toDouble(), std::round(in->data()->at(i)->key * 1000) / 1000);
            QCOMPARE(fields[1].toDouble(), in->data()->at(i)->value);
        }
        QCOMPARE(charts.exportPng(dir.filePath(QStringLiteral("chart.png"))), QString());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("chart.png"))).size() > 1000);
        QCOMPARE(charts.exportSvg(dir.filePath(QStringLiteral("chart.svg"))), QString());
        QFile svg(dir.filePath(QStringLiteral("chart.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(!charts.exportCsv(dir.filePath(QStringLiteral("missing/dir/chart.csv"))).isEmpty());
    }

    // Dragging the time axis stops following; following again jumps back to the newest time.
    void chartsFollowTimeUntilScrolled() {
        Run run("cluster brokers=3\ntopic create orders partitions=1 rf=3\nadvance 1s\n");
        ChartsPanel charts;
        for (int i = 0; i < 100; ++i) {
            QVERIFY(run.more("advance 1s\n"));
            charts.history().add(*run.snapshot());
        }
        charts.refresh();
        QCustomPlot* plot = charts.plot(ChartsPanel::Chart::Throughput);
        QVERIFY(charts.following());
        QCOMPARE(plot->xAxis->range().upper, charts.history().lastTime());
        plot->xAxis->moveRange(-30);
        QVERIFY(!charts.following());
        QVERIFY(run.more("advance 5s\n"));
        charts.history().add(*run.snapshot());
        charts.refresh();
        QVERIFY(plot->xAxis->range().upper < charts.history().lastTime() - 20);
        charts.setFollowing(true);
        QCOMPARE(plot->xAxis->range().upper, charts.history().lastTime());
    }

    // A leader's crash: the metrics around it move, and the panel says which, as was → now.
    void metricsShowWasAndNowAroundAnEvent() {
        Run run("cluster brokers=3 controllers=1\n"
                "topic create orders partitions=3 rf=3\n"
                "advance 2s\n");
        MetricsPanel panel;
        panel.update(run.frame());
        for (int i = 0; i < 10; ++i) {
            QVERIFY(run.more("produce orders value=v count=5\nadvance 500ms\n"));
            panel.update(run.frame());
        }
        const MetricsTracker& tracker = panel.tracker();
        const MetricValue* active = tracker.value(QStringLiteral("ActiveControllerCount"), QStringLiteral("cluster"));
        QVERIFY(active);
        QCOMPARE(active->value, 1.0);
        double messagesIn = 0;
        for (int b = 1; b <= 3; ++b) messagesIn += tracker.value(QStringLiteral("MessagesInPerSec"), QStringLiteral("broker %1").arg(b))->value;
        QVERIFY2(qAbs(messagesIn - 10.0) < 0.01, qPrintable(QString::number(messagesIn)));   // 5 records per 500 ms
        QVERIFY(tracker.value(QStringLiteral("TotalTimeMs (Produce)"), QStringLiteral("broker 1")));
        QVERIFY(tracker.moments().empty());

        const int victim = run.snapshot()->partition(TopicPartition{"orders", 0})->leader;
        QVERIFY(run.more("broker kill " + std::to_string(victim) + "\n"));
        panel.update(run.frame());
        QCOMPARE(tracker.moments().size(), std::size_t(1));
        QCOMPARE(tracker.moments().back().label, QStringLiteral("broker %1 killed").arg(victim));
        for (int i = 0; i < 30; ++i) {
            QVERIFY(run.more("advance 500ms\n"));
            panel.update(run.frame());
        }
        QCOMPARE(tracker.moments().size(), std::size_t(2));   // then the leaders elected
        QVERIFY(tracker.moments().back().label.contains(QStringLiteral("elected")));
        panel.momentBox()->setCurrentIndex(1);                // the kill, the older one
        const QStringList moved = panel.movedLines();
        QVERIFY2(moved.join(u'\n').contains(QStringLiteral("LeaderElectionRateAndTimeMs (cluster): 0.0/s → ")), qPrintable(moved.join(u'\n')));
        QVERIFY(moved.join(u'\n').contains(QStringLiteral("UnderReplicatedPartitions (broker")));
        const int row = panel.model()->rowOf(QStringLiteral("LeaderElectionRateAndTimeMs|cluster"));
        QCOMPARE(panel.model()->index(row, MetricsTableModel::Moved).data().toString(), QStringLiteral("moved"));
        QCOMPARE(panel.model()->index(row, MetricsTableModel::Before).data().toString(), QStringLiteral("0.0/s"));
        QVERIFY(panel.movedText()->toPlainText().contains(QStringLiteral("broker %1 killed").arg(victim)));
        for (const QString& name : MetricsTracker::names()) QVERIFY2(!MetricsTracker::explanation(name).isEmpty(), qPrintable(name));
        QVERIFY(!panel.model()->index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(run.more("broker restart " + std::to_string(victim) + "\nadvance 20s\n"));
        panel.update(run.frame());
    }
};

QTEST_MAIN(TestGuiPanelModels)
#include "test_gui_panel_models.moc"
