#include "traffic_model.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace ks::ui {
namespace {

constexpr double kRateSmoothingSeconds = 2.0;

std::unordered_map<TopicPartition, const PartitionSnapshot*> byPartition(const ClusterSnapshot& s) {
    std::unordered_map<TopicPartition, const PartitionSnapshot*> index;
    index.reserve(s.partitions.size());
    for (const PartitionSnapshot& p : s.partitions) index.emplace(p.tp, &p);
    return index;
}

// The consumer's earlier position in `tp`, or -1: the same index first (the usual case), then a search.
Offset positionIn(const ConsumerSnapshot& c, std::size_t hint, const TopicPartition& tp) {
    if (hint < c.partitions.size() && c.partitions[hint].tp == tp) return c.partitions[hint].position;
    for (const ConsumerPartitionSnapshot& p : c.partitions)
        if (p.tp == tp) return p.position;
    return -1;
}

std::int64_t endOffsetOn(const PartitionSnapshot& p, BrokerId broker) {
    for (const ReplicaSnapshot& r : p.replicaStates)
        if (r.broker == broker) return r.logEndOffset;
    return -1;
}

}  // namespace

void TrafficModel::reset() {
    previous_.reset();
    lastWrite_.clear();
    rates_.clear();
    consumeRates_.clear();
    producerRates_.clear();
}

void TrafficModel::update(const Frame& frame) {
    for (const CommandRecord& command : frame.commands) {
        if (!command.ok || command.text.rfind("produce ", 0) != 0) continue;
        const std::size_t start = 8;
        const std::size_t end = command.text.find(' ', start);
        lastWrite_[command.text.substr(start, end == std::string::npos ? std::string::npos : end - start)] = command.at;
    }
    if (!frame.snapshot) return;
    if (previous_ && frame.snapshot->time > previous_->time) compare(*previous_, *frame.snapshot);
    previous_ = frame.snapshot;
}

void TrafficModel::compare(const ClusterSnapshot& before, const ClusterSnapshot& after) {
    const double dt = static_cast<double>(after.time - before.time) / kMicrosPerSecond;
    const double keep = std::exp(-dt / kRateSmoothingSeconds);
    for (auto& [partition, rate] : rates_) rate *= keep;
    for (auto& [key, rate] : consumeRates_) rate *= keep;
    for (auto& [key, rate] : producerRates_) rate *= keep;
    for (const ProducerSnapshot& p : after.producers) {
        const ProducerSnapshot* old = before.producer(p.clientId);
        const QString producer = QString::fromStdString(p.clientId);
        for (const ProducerPartitionSnapshot& w : p.partitions) {
            std::int64_t was = 0;
            if (old)
                for (const ProducerPartitionSnapshot& o : old->partitions)
                    if (o.tp == w.tp) was = o.records;
            const std::int64_t added = w.records - was;
            if (added <= 0) continue;
            producerRates_[{producer, QString::fromStdString(w.tp.str())}] += (1.0 - keep) * static_cast<double>(added) / dt;
        }
    }
    for (const ConsumerSnapshot& c : after.consumers) {
        const ConsumerSnapshot* old = before.consumer(c.clientId);
        if (!old) continue;
        const QString consumer = QString::fromStdString(c.clientId);
        for (std::size_t i = 0; i < c.partitions.size(); ++i) {
            const ConsumerPartitionSnapshot& p = c.partitions[i];
            const Offset was = positionIn(*old, i, p.tp);
            if (was < 0 || p.position <= was) continue;
            const std::int64_t read = p.position - was;
            const QString name = QString::fromStdString(p.tp.str());
            consumeRates_[{consumer, name}] += (1.0 - keep) * static_cast<double>(read) / dt;
        }
    }
    const auto earlier = byPartition(before);
    for (const PartitionSnapshot& p : after.partitions) {
        auto found = earlier.find(p.tp);
        const PartitionSnapshot* old = found == earlier.end() ? nullptr : found->second;
        if (!old || p.leader == kNoNode) continue;
        const QString name = QString::fromStdString(p.tp.str());
        for (const ReplicaSnapshot& r : p.replicaStates) {
            const std::int64_t was = endOffsetOn(*old, r.broker);
            const std::int64_t grown = was < 0 ? 0 : r.logEndOffset - was;
            if (grown <= 0) continue;
            if (r.isLeader) rates_[name] += (1.0 - keep) * static_cast<double>(grown) / dt;
        }
    }
}

bool TrafficModel::isWritten(const std::string& topic, SimTime now) const {
    auto it = lastWrite_.find(topic);
    return it != lastWrite_.end() && now - it->second <= kWriteWindow;
}

double TrafficModel::consumeRate(const QString& consumer, const QString& partition) const {
    auto it = consumeRates_.find({consumer, partition});
    return it == consumeRates_.end() ? 0.0 : it->second;
}

double TrafficModel::produceRate(const QString& producer, const QString& partition) const {
    auto it = producerRates_.find({producer, partition});
    return it == producerRates_.end() ? 0.0 : it->second;
}

double TrafficModel::produceRate(const QString& partition) const {
    auto it = rates_.find(partition);
    return it == rates_.end() ? 0.0 : it->second;
}

}  // namespace ks::ui
