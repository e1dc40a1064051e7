#include "panels/metrics_tracker.h"

#include <algorithm>
#include <cmath>

#include "engine_text.h"
#include "panels/keyed_table_model.h"

namespace ks::ui {
namespace {

const QString kUnderReplicated = QStringLiteral("UnderReplicatedPartitions");
const QString kOffline = QStringLiteral("OfflinePartitionsCount");
const QString kActiveController = QStringLiteral("ActiveControllerCount");
const QString kIsrShrinks = QStringLiteral("IsrShrinksPerSec");
const QString kIsrExpands = QStringLiteral("IsrExpandsPerSec");
const QString kElections = QStringLiteral("LeaderElectionRateAndTimeMs");
const QString kUnclean = QStringLiteral("UncleanLeaderElectionsPerSec");
const QString kMessagesIn = QStringLiteral("MessagesInPerSec");
const QString kBytesIn = QStringLiteral("BytesInPerSec");
const QString kBytesOut = QStringLiteral("BytesOutPerSec");
const QString kFailedProduce = QStringLiteral("FailedProduceRequestsPerSec");
const QString kProduceTime = QStringLiteral("TotalTimeMs (Produce)");
const QString kFetchTime = QStringLiteral("TotalTimeMs (FetchConsumer)");
const QString kLagMax = QStringLiteral("records-lag-max");

QString rateText(double perSecond) { return QStringLiteral("%1/s").arg(perSecond, 0, 'f', 1); }

QString countText(double count) { return QString::number(static_cast<qint64>(count)); }

}  // namespace

bool metricMoved(const MetricValue& was, const MetricValue& now) {
    if (was.text == now.text) return false;
    if (now.gauge) return true;
    return std::abs(now.value - was.value) >= 0.1 * std::max(std::abs(was.value), std::abs(now.value));
}

QStringList MetricsTracker::names() {
    return {kUnderReplicated, kOffline, kActiveController, kIsrShrinks, kIsrExpands, kElections, kUnclean,
            kMessagesIn, kBytesIn, kBytesOut, kFailedProduce, kProduceTime, kFetchTime, kLagMax};
}

QString MetricsTracker::explanation(const QString& name) {
    if (name == kUnderReplicated)
        return tr("Partitions this broker leads whose ISR lacks a replica: a follower is down or slow. Healthy: 0.");
    if (name == kOffline) return tr("Partitions with no leader: nobody can produce to or consume from them. Above 0 is an outage.");
    if (name == kActiveController) return tr("Nodes acting as the active controller; over the whole cluster it must be exactly 1.");
    if (name == kIsrShrinks)
        return tr("How often leaders drop a follower from the ISR (it fell behind replica.lag.time.max.ms or its broker died).");
    if (name == kIsrExpands) return tr("How often leaders take a caught-up follower back into the ISR, e.g. after a restart.");
    if (name == kElections)
        return tr("Leader elections per second, and how long the partitions went without a leader (from the fault to the new leader).");
    if (name == kUnclean)
        return tr("Elections of an out-of-sync replica (unclean.leader.election.enable): acknowledged records can be lost. Healthy: 0.");
    if (name == kMessagesIn) return tr("Records per second this broker appends as leader (from producers and its group coordinator).");
    if (name == kBytesIn) return tr("Bytes per second producers send to this broker (replication not included).");
    if (name == kBytesOut) return tr("Bytes per second this broker sends to consumers (replication not included).");
    if (name == kFailedProduce)
        return tr("Appends the broker refused for an unexpected reason, e.g. NOT_ENOUGH_REPLICAS with the ISR below min.insync.replicas.");
    if (name == kProduceTime)
        return tr("Mean time from a produce request's arrival to its answer; with acks=all it includes waiting for the followers.");
    if (name == kFetchTime)
        return tr("Mean time a consumer's fetch spends at the broker, including waiting up to fetch.max.wait.ms for records.");
    if (name == kLagMax) return tr("The consumer's largest lag over its partitions (high watermark − position): is it keeping up?");
    return {};
}

const MetricValue* MetricsTracker::value(const QString& name, const QString& scope) const {
    auto it = std::find_if(current_.begin(), current_.end(),
                           [&](const MetricValue& v) { return v.name == name && v.scope == scope; });
    return it == current_.end() ? nullptr : &*it;
}

void MetricsTracker::clear() {
    samples_.clear();
    current_.clear();
    moments_.clear();
    momentsNoted_ = 0;
}

void MetricsTracker::update(const Frame& frame) {
    if (!frame.snapshot) return;
    const ClusterSnapshot& s = *frame.snapshot;
    Sample sample;
    sample.time = s.time;
    sample.controller = s.controllerMetrics;
    for (const BrokerSnapshot& b : s.brokers) {
        const TopicCounters all = b.metrics.allTopics();
        BrokerCounters& c = sample.brokers[b.id];
        c.messagesIn = all.messagesIn;
        c.bytesIn = all.bytesIn;
        c.bytesOut = all.bytesOut;
        c.failedProduce = all.failedProduceRequests;
        c.isrShrinks = b.metrics.isrShrinks;
        c.isrExpands = b.metrics.isrExpands;
        c.produceRequests = b.metrics.produceRequests;
        c.produceTime = b.metrics.produceTotalTime;
        c.fetchRequests = b.metrics.fetchConsumerRequests;
        c.fetchTime = b.metrics.fetchConsumerTotalTime;
    }
    if (samples_.empty() || s.time >= samples_.back().time + millis(100)) samples_.push_back(sample);
    while (samples_.size() > 1 && samples_[1].time <= s.time - kWindow) samples_.pop_front();
    std::vector<MetricValue> before = std::move(current_);
    current_ = compute(s, sample, samples_.front());
    noteMoments(frame, before);
}

std::vector<MetricValue> MetricsTracker::compute(const ClusterSnapshot& s, const Sample& now, const Sample& start) const {
    std::vector<MetricValue> out;
    const double dt = static_cast<double>(now.time - start.time) / kMicrosPerSecond;
    auto rate = [dt](std::int64_t a, std::int64_t b) { return dt > 0 ? static_cast<double>(a - b) / dt : 0.0; };
    auto add = [&out](const QString& name, const QString& scope, double value, const QString& text) {
        const bool gauge = name == kUnderReplicated || name == kOffline || name == kActiveController || name == kLagMax;
        out.push_back(MetricValue{name, scope, value, text, gauge});
    };
    const QString cluster = tr("cluster");

    add(kOffline, cluster, s.offlineCount(), countText(s.offlineCount()));
    int active = 0;
    for (const ControllerSnapshot& c : s.controllers) active += c.active;
    if (s.mode == "zookeeper") active = s.activeController != kNoNode ? 1 : 0;
    add(kActiveController, cluster, active,
        active ? tr("%1 (node %2)").arg(active).arg(s.activeController) : countText(active));
    const std::int64_t elections = now.controller.leaderElections - start.controller.leaderElections;
    const SimTime electionTime = now.controller.leaderElectionTime - start.controller.leaderElectionTime;
    const double electionRate = rate(now.controller.leaderElections, start.controller.leaderElections);
    add(kElections, cluster, electionRate,
        elections ? tr("%1, mean %2 ms").arg(rateText(electionRate)).arg(static_cast<double>(electionTime) / elections / kMicrosPerMilli, 0, 'f', 0)
                  : rateText(0));
    const double unclean = rate(now.controller.uncleanLeaderElections, start.controller.uncleanLeaderElections);
    add(kUnclean, cluster, unclean, rateText(unclean));

    for (const BrokerSnapshot& b : s.brokers) {
        const QString scope = tr("broker %1").arg(b.id);
        const BrokerCounters& n = now.brokers.at(b.id);
        auto it = start.brokers.find(b.id);
        const BrokerCounters st = it == start.brokers.end() ? BrokerCounters{} : it->second;
        add(kUnderReplicated, scope, b.underReplicatedLeaders, countText(b.underReplicatedLeaders));
        const double shrinks = rate(n.isrShrinks, st.isrShrinks);
        add(kIsrShrinks, scope, shrinks, rateText(shrinks));
        const double expands = rate(n.isrExpands, st.isrExpands);
        add(kIsrExpands, scope, expands, rateText(expands));
        const double messages = rate(n.messagesIn, st.messagesIn);
        add(kMessagesIn, scope, messages, rateText(messages));
        const double bytesIn = rate(n.bytesIn, st.bytesIn);
        add(kBytesIn, scope, bytesIn, formatBytes(static_cast<qint64>(bytesIn)) + QStringLiteral("/s"));
        const double bytesOut = rate(n.bytesOut, st.bytesOut);
        add(kBytesOut, scope, bytesOut, formatBytes(static_cast<qint64>(bytesOut)) + QStringLiteral("/s"));
        const double failed = rate(n.failedProduce, st.failedProduce);
        add(kFailedProduce, scope, failed, rateText(failed));
        auto mean = [](std::int64_t requests, SimTime time) {
            return requests > 0 ? static_cast<double>(time) / static_cast<double>(requests) / kMicrosPerMilli : 0.0;
        };
        const double produceMs = mean(n.produceRequests - st.produceRequests, n.produceTime - st.produceTime);
        add(kProduceTime, scope, produceMs, tr("%1 ms").arg(produceMs, 0, 'f', 1));
        const double fetchMs = mean(n.fetchRequests - st.fetchRequests, n.fetchTime - st.fetchTime);
        add(kFetchTime, scope, fetchMs, tr("%1 ms").arg(fetchMs, 0, 'f', 1));
    }
    for (const ConsumerSnapshot& c : s.consumers) {
        std::int64_t lagMax = 0;
        for (const ConsumerPartitionSnapshot& p : c.partitions) lagMax = std::max(lagMax, p.lag);
        add(kLagMax, tr("consumer %1").arg(QString::fromStdString(c.clientId)), static_cast<double>(lagMax),
            countText(static_cast<double>(lagMax)));
    }
    return out;
}

void MetricsTracker::noteMoments(const Frame& frame, const std::vector<MetricValue>& before) {
    std::vector<std::pair<SimTime, QString>> found;
    int elections = 0;
    SimTime electionTime = 0;
    for (const ClusterEvent& e : frame.events) {
        const QString text = QString::fromStdString(e.text);
        if (e.kind == EventKind::Fault) {
            found.emplace_back(e.time, eventText(e).section(QStringLiteral(" ("), 0, 0));
        } else if (e.kind == EventKind::Controller && text.contains(QLatin1String("new leader broker"))) {
            if (!elections++) electionTime = e.time;
        }
    }
    if (elections) found.emplace_back(electionTime, tr("%n leader(s) elected", nullptr, elections));
    std::map<QString, MetricValue> baseline;
    for (const MetricValue& v : before) baseline.emplace(v.key(), v);
    for (auto& [time, label] : found) {
        moments_.push_back(MetricsMoment{time, std::move(label), baseline});
        ++momentsNoted_;
        if (moments_.size() > kMaxMoments) moments_.pop_front();
    }
}

}  // namespace ks::ui
