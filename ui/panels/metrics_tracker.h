#pragma once
// The broker metrics panel's numbers, by Kafka's JMX names: gauges read from the snapshot, rates
// and mean request times from the engine's cumulative counters over the last kWindow of simulated
// time. Around each notable event (a broker killed, leaders elected, a fault) it keeps the values
// from just before, so the panel can show was → now. No widgets: the panel shows it, tests read it.
#include <QCoreApplication>
#include <QString>
#include <deque>
#include <map>
#include <vector>

#include "api/frame.h"

namespace ks::ui {

struct MetricValue {
    QString name;                  // the JMX name, e.g. UnderReplicatedPartitions
    QString scope;                 // "broker 2", "cluster", "consumer c1"
    double value = 0;
    QString text;                  // the value as shown, with its unit
    bool gauge = false;            // a count now (any change matters), not a rate or a mean time

    QString key() const { return name + u'|' + scope; }
};

// A notable event and the metric values just before it.
// Whether `now` differs from `was` enough to point out: any change of a gauge; for rates and
// times, a change of at least 10 % (the noise of a steady load stays quiet).
bool metricMoved(const MetricValue& was, const MetricValue& now);

struct MetricsMoment {
    SimTime time = 0;
    QString label;
    std::map<QString, MetricValue> before;   // by key
};

class MetricsTracker {
    Q_DECLARE_TR_FUNCTIONS(MetricsTracker)

public:
    static constexpr SimTime kWindow = seconds(10);
    static constexpr std::size_t kMaxMoments = 20;

    void update(const Frame& frame);
    void clear();

    const std::vector<MetricValue>& current() const { return current_; }
    const MetricValue* value(const QString& name, const QString& scope) const;
    const std::deque<MetricsMoment>& moments() const { return moments_; }
    std::uint64_t momentsNoted() const { return momentsNoted_; }   // ever, including those dropped

    // Every metric name the panel shows, and its one-line explanation.
    static QStringList names();
    static QString explanation(const QString& name);

private:
    struct BrokerCounters {
        std::int64_t messagesIn = 0, bytesIn = 0, bytesOut = 0, failedProduce = 0;
        std::int64_t isrShrinks = 0, isrExpands = 0;
        std::int64_t produceRequests = 0, fetchRequests = 0;
        SimTime produceTime = 0, fetchTime = 0;
    };
    struct Sample {
        SimTime time = 0;
        std::map<BrokerId, BrokerCounters> brokers;
        ControllerMetrics controller;
    };

    std::vector<MetricValue> compute(const ClusterSnapshot& s, const Sample& now, const Sample& start) const;
    void noteMoments(const Frame& frame, const std::vector<MetricValue>& before);

    std::deque<Sample> samples_;   // one per 100 ms at most, over the last kWindow
    std::vector<MetricValue> current_;
    std::deque<MetricsMoment> moments_;
    std::uint64_t momentsNoted_ = 0;
};

}  // namespace ks::ui
