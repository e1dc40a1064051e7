// The cluster's producers: each its own client node with its own accumulator, partitioner state
// and metrics, and what the snapshot shows of them.
#include <algorithm>

#include "cluster/cluster.h"

namespace ks {
namespace {

const char* partitionerName(PartitionerKind kind) { return kind == PartitionerKind::RoundRobin ? "round-robin" : "sticky"; }

std::string acksText(int acks) { return acks == -1 ? "all" : std::to_string(acks); }

}  // namespace

const Producer* Cluster::producer(const std::string& name) const {
    auto it = producers_.find(name);
    if (it == producers_.end()) return nullptr;
    const auto* p = sim_.nodeAs<Producer>(it->second);
    return p && !p->closed() ? p : nullptr;
}

Producer* Cluster::producer(const std::string& name) {
    auto it = producers_.find(name);
    if (it == producers_.end()) return nullptr;
    auto* p = sim_.nodeAs<Producer>(it->second);
    return p && !p->closed() ? p : nullptr;
}

bool Cluster::isProducerNode(NodeId id) const {
    return std::any_of(producers_.begin(), producers_.end(), [&](const auto& entry) { return entry.second == id; });
}

std::optional<Text> Cluster::addProducer(ProducerConfig config) {
    if (config.clientId.empty()) return EngineText::tr("a producer needs a name (its client.id)");
    if (consumers_.count(config.clientId))
        return EngineText::tr("'%1' is already a consumer's client.id; give the producer another name")
            .args(config.clientId);
    auto existing = producers_.find(config.clientId);
    const bool restart = existing != producers_.end();
    if (restart) {
        const auto* running = sim_.nodeAs<Producer>(existing->second);
        if (running && !running->closed())
            return (running->closing() ? EngineText::tr("producer %1 already exists (it is still closing)")
                                       : EngineText::tr("producer %1 already exists; remove it first or choose "
                                                        "another name"))
                .args(config.clientId);
        config.id = existing->second;
    } else {
        NodeId next = kProducerId;
        for (const auto& [name, node] : producers_) next = std::max(next, node + 1);
        if (next > kLastProducerId)
            return EngineText::tr("the cluster already has %1 producers, the most it can hold").args(producers_.size());
        config.id = next;
    }
    config.bootstrap.clear();
    config.bootstrap = brokerIds();
    producers_[config.clientId] = config.id;
    sim_.emit(EventKind::Client,
              (restart ? EngineText::tr("producer %1 started again (node %2, acks=%3, linger.ms=%4, batch.size=%5, "
                                        "partitioner=%6)")
                       : EngineText::tr("producer %1 added (node %2, acks=%3, linger.ms=%4, batch.size=%5, "
                                        "partitioner=%6)"))
                  .args(config.clientId, config.id, acksText(config.acks), config.linger / kMicrosPerMilli, config.batchSize,
                        partitionerName(config.partitioner)),
              {"client:" + config.clientId});
    sim_.startNode(std::make_unique<Producer>(std::move(config)));
    return std::nullopt;
}

std::optional<Text> Cluster::removeProducer(const std::string& name) {
    auto it = producers_.find(name);
    if (it == producers_.end()) return EngineText::tr("there is no producer %1").args(name);
    auto* p = sim_.nodeAs<Producer>(it->second);
    if (!p || p->closed()) return EngineText::tr("producer %1 is already removed (closed)").args(name);
    if (p->closing()) return EngineText::tr("producer %1 is already closing").args(name);
    if (sim_.state(it->second) == NodeState::Paused) return EngineText::tr("producer %1 is paused; resume it first")
        .args(name);
    sim_.emit(EventKind::Client,
              EngineText::tr("producer %1 closing (close(): it sends what it holds without waiting for linger.ms, and "
                             "waits for %2 record(s) to be acknowledged or to fail)").args(name, p->pendingRecords()),
              {"client:" + name});
    sim_.act(it->second, [&](NodeContext& ctx) { p->close(ctx); });
    return std::nullopt;
}

std::optional<Text> Cluster::setProducerConfig(const std::string& name, const ProducerConfig& config) {
    Producer* p = producer(name);
    if (!p) return EngineText::tr("there is no producer %1").args(name);
    ProducerConfig next = config;
    next.id = p->config().id;
    next.clientId = p->config().clientId;
    next.bootstrap = p->config().bootstrap;
    p->mutableConfig() = next;
    return std::nullopt;
}

std::optional<Text> Cluster::produce(const ProduceSpec& spec, const std::string& label) {
    const std::string name = spec.producer.empty() ? std::string(kDefaultProducer) : spec.producer;
    auto it = producers_.find(name);
    if (it == producers_.end()) return EngineText::tr("there is no producer %1").args(name);
    auto* producer = sim_.nodeAs<Producer>(it->second);
    if (!producer || producer->closing())
        return EngineText::tr("producer %1 is closed: it takes no more records (send() after close())").args(name);
    const int acks = spec.acks.value_or(producer->config().acks);
    sim_.act(it->second, [&](NodeContext& ctx) {
        const std::uint64_t group = producer->beginGroup(label);
        for (std::int64_t i = 0; i < spec.count; ++i) {
            ProducerRecord record;
            record.key = spec.key;
            record.value = spec.value;
            if (spec.value && spec.count > 1) *record.value += "-" + std::to_string(i);
            record.partition = spec.partition;
            record.headers = spec.headers;
            producer->send(ctx, spec.topic, std::move(record), acks, group);
        }
        producer->endGroup(ctx, group);
    });
    return std::nullopt;
}

void Cluster::snapshotProducers(ClusterSnapshot& s) const {
    std::vector<std::pair<NodeId, std::string>> byNode;
    for (const auto& [name, node] : producers_) byNode.emplace_back(node, name);
    std::sort(byNode.begin(), byNode.end());
    for (const auto& [node, name] : byNode) {
        const auto* p = sim_.nodeAs<Producer>(node);
        if (!p || p->closed()) continue;
        const ProducerStats& st = p->stats();
        const ProducerConfig& c = p->config();
        ProducerSnapshot ps;
        ps.clientId = name;
        ps.node = node;
        ps.sent = st.sent;
        ps.acked = st.acked;
        ps.failed = st.failed;
        ps.retries = st.retries;
        ps.state = p->closing() ? "closing" : sim_.state(node) == NodeState::Paused ? "paused" : "running";
        ps.acks = c.acks;
        ps.linger = c.linger;
        ps.batchSize = c.batchSize;
        ps.partitioner = partitionerName(c.partitioner);
        for (const auto& [tp, written] : p->partitionStats())
            ps.partitions.push_back(ProducerPartitionSnapshot{tp, written.records, written.acked, written.lastAppend});
        s.producers.push_back(std::move(ps));
    }
}

}  // namespace ks
