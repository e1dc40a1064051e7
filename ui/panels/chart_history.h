#pragma once
// What the charts plot, sampled from the frames' snapshots at most every 100 ms of simulated time:
// records in and out per topic (the brokers' cumulative counters, and their rates between samples),
// consumer lag per group and per partition, ISR sizes and under-replicated partitions, and markers
// for the events worth seeing on the time axis. No widgets: the charts draw it, tests read it.
#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <map>
#include <set>
#include <vector>

#include "api/frame.h"

namespace ks::ui {

struct ChartSeries {
    QVector<double> keys;          // simulated seconds
    QVector<double> values;

    void append(double key, double value);
};

struct ChartMarker {
    enum class Kind { BrokerKilled, LeaderElected, RebalanceStart, RebalanceEnd };
    double time = 0;               // simulated seconds
    Kind kind = Kind::BrokerKilled;
    QString label;
    int count = 1;                 // events of this kind folded into it (one failover elects many leaders)
};

class ChartHistory {
    Q_DECLARE_TR_FUNCTIONS(ChartHistory)

public:
    static constexpr SimTime kMinStep = millis(100);
    static constexpr int kMaxPoints = 20000;   // per series; older points are dropped

    // Takes a sample when the snapshot is at least kMinStep after the last one; says whether it did.
    bool add(const ClusterSnapshot& snapshot);
    // Adds markers for the events among `events` that the charts show.
    void addEvents(const std::vector<ClusterEvent>& events);
    void clear();

    // Per topic (internal topics left out): cumulative records, and records per second.
    const std::map<QString, ChartSeries>& recordsIn() const { return recordsIn_; }
    const std::map<QString, ChartSeries>& recordsOut() const { return recordsOut_; }
    const std::map<QString, ChartSeries>& recordsInRate() const { return recordsInRate_; }
    const std::map<QString, ChartSeries>& recordsOutRate() const { return recordsOutRate_; }
    // Lag in records per group, and per "group|TOPIC-P".
    const std::map<QString, ChartSeries>& groupLag() const { return groupLag_; }
    const std::map<QString, ChartSeries>& partitionLag() const { return partitionLag_; }
    // ISR size per partition (internal topics left out), and under-replicated partitions (all).
    const std::map<QString, ChartSeries>& isrSize() const { return isrSize_; }
    const ChartSeries& underReplicated() const { return underReplicated_; }
    const ChartSeries& offline() const { return offline_; }
    const std::vector<ChartMarker>& markers() const { return markers_; }
    double lastTime() const { return lastTime_; }
    bool empty() const { return !sampled_; }

private:
    void addMarker(double time, ChartMarker::Kind kind, const QString& label);
    void trim(ChartSeries& series) const;

    bool sampled_ = false;
    SimTime lastSample_ = 0;
    double lastTime_ = 0;
    std::map<QString, ChartSeries> recordsIn_, recordsOut_, recordsInRate_, recordsOutRate_;
    std::map<QString, ChartSeries> groupLag_, partitionLag_, isrSize_;
    ChartSeries underReplicated_, offline_;
    std::vector<ChartMarker> markers_;
    std::set<std::pair<std::string, SimTime>> rebalancesSeen_;      // (group, start)
    std::set<std::pair<std::string, SimTime>> rebalancesEnded_;
};

double toSeconds(SimTime t);

}  // namespace ks::ui
