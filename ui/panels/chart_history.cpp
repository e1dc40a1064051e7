#include "panels/chart_history.h"

namespace ks::ui {
namespace {

bool internalTopic(const std::string& topic) { return topic.rfind("__", 0) == 0; }

QString str(const std::string& s) { return QString::fromStdString(s); }

// Appends the rate between the cumulative series' last two points.
void appendRate(const ChartSeries& cumulative, ChartSeries& rate) {
    const auto n = cumulative.keys.size();
    if (n < 2) return;
    const double dt = cumulative.keys[n - 1] - cumulative.keys[n - 2];
    if (dt <= 0) return;
    rate.append(cumulative.keys[n - 1], (cumulative.values[n - 1] - cumulative.values[n - 2]) / dt);
}

}  // namespace

double toSeconds(SimTime t) { return static_cast<double>(t) / kMicrosPerSecond; }

void ChartSeries::append(double key, double value) {
    keys.push_back(key);
    values.push_back(value);
}

bool ChartHistory::add(const ClusterSnapshot& s) {
    if (sampled_ && s.time < lastSample_ + kMinStep) return false;
    sampled_ = true;
    lastSample_ = s.time;
    const double t = toSeconds(s.time);
    lastTime_ = t;
    for (const TopicSnapshot& topic : s.topics) {
        if (internalTopic(topic.name)) continue;
        const QString name = str(topic.name);
        ChartSeries& in = recordsIn_[name];
        ChartSeries& out = recordsOut_[name];
        in.append(t, static_cast<double>(topic.counters.messagesIn));
        out.append(t, static_cast<double>(topic.counters.messagesOut));
        appendRate(in, recordsInRate_[name]);
        appendRate(out, recordsOutRate_[name]);
    }
    for (const GroupSnapshot& g : s.groups) {
        groupLag_[str(g.groupId)].append(t, static_cast<double>(g.lag));
        for (const GroupPartitionSnapshot& p : g.partitions)
            partitionLag_[str(g.groupId + "|" + p.tp.str())].append(t, static_cast<double>(p.lag));
        for (const RebalanceSnapshot& r : g.rebalances) {
            if (rebalancesSeen_.emplace(g.groupId, r.start).second)
                addMarker(toSeconds(r.start), ChartMarker::Kind::RebalanceStart,
                          tr("%1 rebalance").arg(str(g.groupId)));
            if (r.end >= 0 && rebalancesEnded_.emplace(g.groupId, r.start).second)
                addMarker(toSeconds(r.end), ChartMarker::Kind::RebalanceEnd,
                          tr("%1 generation %2").arg(str(g.groupId)).arg(r.generation));
        }
    }
    for (const PartitionSnapshot& p : s.partitions)
        if (!internalTopic(p.tp.topic)) isrSize_[str(p.tp.str())].append(t, static_cast<double>(p.isr.size()));
    underReplicated_.append(t, s.underReplicatedCount());
    offline_.append(t, s.offlineCount());
    for (auto* family : {&recordsIn_, &recordsOut_, &recordsInRate_, &recordsOutRate_, &groupLag_, &partitionLag_, &isrSize_})
        for (auto& [name, series] : *family) trim(series);
    trim(underReplicated_);
    trim(offline_);
    return true;
}

void ChartHistory::addEvents(const std::vector<ClusterEvent>& events) {
    for (const ClusterEvent& e : events) {
        const QString text = str(e.text);
        if (e.kind == EventKind::Fault && text.startsWith(QLatin1String("broker ")) && text.contains(QLatin1String(" killed")))
            addMarker(toSeconds(e.time), ChartMarker::Kind::BrokerKilled, tr("broker %1 killed").arg(text.section(u' ', 1, 1)));
        else if (e.kind == EventKind::Controller && text.contains(QLatin1String("new leader broker")))
            addMarker(toSeconds(e.time), ChartMarker::Kind::LeaderElected, tr("leader elected"));
    }
}

void ChartHistory::addMarker(double time, ChartMarker::Kind kind, const QString& label) {
    // Elections of one failover come within a few milliseconds: one marker, counted.
    for (auto it = markers_.rbegin(); it != markers_.rend() && time - it->time < 0.05; ++it) {
        if (it->kind == kind && it->label == label) {
            ++it->count;
            return;
        }
    }
    markers_.push_back(ChartMarker{time, kind, label, 1});
}

void ChartHistory::trim(ChartSeries& series) const {
    const auto excess = series.keys.size() - kMaxPoints;
    if (excess <= 0) return;
    series.keys.remove(0, excess);
    series.values.remove(0, excess);
}

void ChartHistory::clear() { *this = ChartHistory{}; }

}  // namespace ks::ui
