#include "cluster/cluster.h"

#include <algorithm>

#include "client/admin_client.h"
#include "cluster/combined_node.h"
#include "cluster/wire_snapshot.h"
#include "zookeeper/zookeeper_server.h"

namespace ks {
namespace {
constexpr SimTime kAdminTimeout = seconds(60);   // default.api.timeout.ms
}

Cluster::Cluster(ClusterSpec spec) : spec_(spec), sim_(spec.seed), checker_(*this) {
    connectChecker();
    sim_.network().setDefaults(spec_.network);
    if (spec_.zookeeperMode)
        for (int i = 0; i < spec_.zookeepers; ++i) controllerIds_.push_back(kFirstZooKeeperId + i);
    else
        for (int i = 0; i < spec_.controllers; ++i) controllerIds_.push_back(firstControllerId() + i);
    for (NodeId id : controllerIds_) startController(id);
    for (BrokerId id = 1; id <= spec_.brokers; ++id)
        if (!isCombined(id)) startBroker(id);
    std::vector<NodeId> adminTargets = controllerIds_;
    if (spec_.zookeeperMode) {
        adminTargets.clear();
        for (BrokerId id = 1; id <= spec_.brokers; ++id) adminTargets.push_back(id);
    }
    sim_.startNode(std::make_unique<AdminClient>(kAdminId, adminTargets));
    ProducerConfig producer;
    producer.id = kProducerId;
    producer.clientId = kDefaultProducer;
    for (BrokerId id = 1; id <= spec_.brokers; ++id) producer.bootstrap.push_back(id);
    producers_[producer.clientId] = producer.id;
    sim_.startNode(std::make_unique<Producer>(producer));
}

Cluster::~Cluster() = default;

Cluster::Cluster(const Cluster& other, Simulation::NodeCopies nodes, CloneMap& shared)
    : spec_(other.spec_), sim_(other.sim_, std::move(nodes)), checker_(other.checker_, *this),
      elections_(other.elections_), controllerIds_(other.controllerIds_), consumers_(other.consumers_),
      producers_(other.producers_), removedBrokers_(other.removedBrokers_) {
    for (const auto& [id, storage] : other.storages_) storages_[id] = shared.copy(storage);
    for (const auto& [id, metrics] : other.brokerMetrics_) brokerMetrics_[id] = shared.copy(metrics);
    for (const auto& [id, storage] : other.controllerStorages_) controllerStorages_[id] = shared.copy(storage);
    connectChecker();
}

std::unique_ptr<Cluster> Cluster::clone() const {
    CloneMap shared;
    std::optional<Simulation::NodeCopies> nodes = sim_.cloneNodes(shared);
    if (!nodes) return nullptr;
    return std::unique_ptr<Cluster>(new Cluster(*this, std::move(*nodes), shared));
}

void Cluster::connectChecker() {
    sim_.addObserver(&checker_);
    checker_.setReporter([this](const Violation& v) {
        sim_.emit(EventKind::Check, EngineText::tr("INVARIANT VIOLATED: %1: %2").args(v.invariant, v.detail));
    });
    checker_.setLossReporter([this](const TopicPartition& tp, std::int64_t lost, Offset first, Offset last) {
        sim_.emit(EventKind::Controller,
                  lost == 0 ? EngineText::tr("%1: the unclean leader happens to hold every acknowledged acks=all "
                                             "record")
                      .args(tp.str())
                            : EngineText::tr("%1: the unclean election lost %2 acknowledged acks=all record(s), "
                                             "offsets %3..%4")
                                  .args(tp.str(), lost, first, last),
                  {partitionSubject(tp)});
    });
    checker_.setPartitionStateListener([this](const TopicPartition& tp, const PartitionRegistration& reg, bool unclean) {
        elections_.onPartitionState(tp, reg, unclean, sim_.now());
    });
}

void Cluster::setEventSink(std::function<void(const ClusterEvent&)> sink) {
    sink_ = std::move(sink);
    sim_.setEventSink(sink_);
}

std::unique_ptr<Broker> Cluster::makeBroker(BrokerId id) {
    auto& storage = storages_[id];
    if (!storage) storage = std::make_shared<BrokerStorage>();
    auto& metrics = brokerMetrics_[id];
    if (!metrics) metrics = std::make_shared<BrokerMetrics>();
    BrokerConfig config;
    config.id = id;
    config.metrics = metrics;
    (spec_.zookeeperMode ? config.zookeepers : config.controllers) = controllerIds_;
    return std::make_unique<Broker>(config, storage);
}

std::unique_ptr<Controller> Cluster::makeController(NodeId id) {
    auto& storage = controllerStorages_[id];
    if (!storage) storage = std::make_shared<QuorumStorage>();
    return std::make_unique<Controller>(
        ControllerConfig{id, controllerIds_, spec_.metadataSnapshotMaxRecordBytes, spec_.metadataSnapshotInterval},
        storage);
}

void Cluster::startBroker(BrokerId id) {
    if (isCombined(id)) sim_.startNode(std::make_unique<CombinedNode>(makeBroker(id), makeController(id)));
    else sim_.startNode(makeBroker(id));
}

void Cluster::startController(NodeId id) {
    if (isCombined(id)) return startBroker(id);
    if (!spec_.zookeeperMode) return sim_.startNode(makeController(id));
    auto& storage = controllerStorages_[id];
    if (!storage) storage = std::make_shared<QuorumStorage>();
    sim_.startNode(std::make_unique<ZooKeeperServer>(id, controllerIds_, storage));
}

const Controller* Cluster::controller(NodeId id) const {
    if (const auto* combined = sim_.nodeAs<CombinedNode>(id)) return &combined->controller();
    return sim_.nodeAs<Controller>(id);
}

std::string Cluster::subject(NodeId id) const {
    if (isBroker(id)) return brokerSubject(id);
    if (isController(id)) return "controller:" + std::to_string(id);
    if (isZooKeeper(id)) return "zookeeper:" + std::to_string(id);
    for (const auto& [name, config] : consumers_)
        if (config.id == id) return "consumer:" + name;
    for (const auto& [name, node] : producers_)
        if (node == id) return "client:" + name;
    return "node:" + std::to_string(id);
}

Text Cluster::nodeText(NodeId id) const {
    if (isCombined(id)) return EngineText::tr("node %1 (broker+controller)").args(id);
    if (isBroker(id)) return EngineText::tr("broker %1").args(id);
    if (isController(id)) return EngineText::tr("controller %1").args(id);
    if (isZooKeeper(id)) return EngineText::tr("zookeeper %1").args(id);
    for (const auto& [name, node] : producers_)
        if (node == id) return Text::data(name);
    for (const auto& [name, config] : consumers_)
        if (config.id == id) return EngineText::tr("consumer %1").args(name);
    return EngineText::tr("node %1").args(id);
}

void Cluster::advance(SimTime duration) {
    sim_.runUntil(sim_.now() + duration);
    checker_.checkAcknowledgedRecords();
}

bool Cluster::waitUntilReady(SimTime limit) {
    const SimTime deadline = sim_.now() + limit;
    // Ready: a controller is active and every broker runs and sees every broker alive.
    auto ready = [&] {
        if (activeController() == kNoNode) return false;
        const std::vector<BrokerId> ids = brokerIds();
        for (BrokerId id : ids) {
            const Broker* b = broker(id);
            if (!b || b->state() != BrokerState::Running) return false;
            for (BrokerId other : ids)
                if (!b->metadata().isUnfenced(other)) return false;
        }
        return true;
    };
    while (!ready() && sim_.now() < deadline) sim_.runUntil(std::min(deadline, sim_.now() + millis(10)));
    return ready();
}

// ---------------------------------------------------------------- faults

std::optional<Text> Cluster::killBroker(BrokerId id) {
    if (!isBroker(id)) return EngineText::tr("there is no broker %1 (brokers are 1..%2)").args(id, spec_.brokers);
    if (sim_.state(id) == NodeState::Dead) return EngineText::tr("broker %1 is already stopped").args(id);
    sim_.emit(EventKind::Fault, EngineText::tr("%1 killed (a crash: its log on disk survives)").args(nodeText(id)),
              {brokerSubject(id)});
    sim_.kill(id);
    elections_.onBrokerLost(id, sim_.now());
    return std::nullopt;
}

std::optional<Text> Cluster::restartBroker(BrokerId id) {
    if (!isBroker(id)) return EngineText::tr("there is no broker %1 (brokers are 1..%2)").args(id, spec_.brokers);
    if (sim_.state(id) != NodeState::Dead) return EngineText::tr("broker %1 is running; kill it first").args(id);
    sim_.emit(EventKind::Fault, EngineText::tr("%1 restarted").args(nodeText(id)), {brokerSubject(id)});
    startBroker(id);
    return std::nullopt;
}

std::optional<Text> Cluster::pauseNode(NodeId id) {
    if (!isNode(id)) return EngineText::tr("there is no node %1").args(id);
    if (sim_.state(id) != NodeState::Running) return EngineText::tr("%1 is not running").args(nodeText(id));
    sim_.emit(EventKind::Fault, EngineText::tr("%1 paused (like a long GC pause: it holds what it receives)")
        .args(nodeText(id)),
              {subject(id)});
    sim_.pause(id);
    if (isBroker(id)) elections_.onBrokerLost(id, sim_.now());
    return std::nullopt;
}

std::optional<Text> Cluster::resumeNode(NodeId id) {
    if (!isNode(id)) return EngineText::tr("there is no node %1").args(id);
    if (sim_.state(id) != NodeState::Paused) return EngineText::tr("%1 is not paused").args(nodeText(id));
    sim_.emit(EventKind::Fault, EngineText::tr("%1 resumed").args(nodeText(id)), {subject(id)});
    sim_.resume(id);
    if (isBroker(id)) elections_.onBrokerBack(id);
    return std::nullopt;
}

std::optional<Text> Cluster::killController(NodeId id) {
    if (!isController(id) && !isZooKeeper(id))
        return (spec_.zookeeperMode ? EngineText::tr("there is no ZooKeeper node %1") : EngineText::tr("there is no controller %1"))
            .args(id);
    if (sim_.state(id) == NodeState::Dead) return EngineText::tr("%1 is already stopped").args(nodeText(id));
    sim_.emit(EventKind::Fault, EngineText::tr("%1 killed (its log on disk survives)")
        .args(nodeText(id)), {subject(id)});
    sim_.kill(id);
    return std::nullopt;
}

std::optional<Text> Cluster::restartController(NodeId id) {
    if (!isController(id) && !isZooKeeper(id))
        return (spec_.zookeeperMode ? EngineText::tr("there is no ZooKeeper node %1") : EngineText::tr("there is no controller %1"))
            .args(id);
    if (sim_.state(id) != NodeState::Dead) return EngineText::tr("%1 is running; kill it first").args(nodeText(id));
    sim_.emit(EventKind::Fault, EngineText::tr("%1 restarted").args(nodeText(id)), {subject(id)});
    startController(id);
    return std::nullopt;
}

std::optional<Text> Cluster::cutLink(NodeId a, NodeId b, bool bothWays) {
    if (!isNode(a)) return EngineText::tr("there is no node %1").args(a);
    if (!isNode(b)) return EngineText::tr("there is no node %1").args(b);
    if (a == b) return EngineText::tr("a link needs two different nodes");
    sim_.network().cut(a, b);
    if (bothWays) sim_.network().cut(b, a);
    sim_.emit(EventKind::Fault,
              (bothWays ? EngineText::tr("link %1 ⇹ %2 cut") : EngineText::tr("link %1 → %2 cut (one way: %2 can still reach %1)"))
                  .args(nodeText(a), nodeText(b)),
              {"link:" + std::to_string(a) + "-" + std::to_string(b)});
    return std::nullopt;
}

std::optional<Text> Cluster::healLink(NodeId a, NodeId b) {
    if (!isNode(a)) return EngineText::tr("there is no node %1").args(a);
    if (!isNode(b)) return EngineText::tr("there is no node %1").args(b);
    sim_.network().heal(a, b);
    sim_.network().heal(b, a);
    sim_.network().clearLink(a, b);
    sim_.network().clearLink(b, a);
    sim_.emit(EventKind::Fault, EngineText::tr("link %1 ⇹ %2 healed").args(nodeText(a), nodeText(b)),
              {"link:" + std::to_string(a) + "-" + std::to_string(b)});
    return std::nullopt;
}

std::optional<Text> Cluster::isolate(NodeId id) {
    if (!isNode(id)) return EngineText::tr("there is no node %1").args(id);
    sim_.network().isolate(id);
    if (isBroker(id)) elections_.onBrokerLost(id, sim_.now());
    sim_.emit(EventKind::Fault, EngineText::tr("%1 isolated from every other node").args(nodeText(id)), {subject(id)});
    return std::nullopt;
}

void Cluster::healAll() {
    sim_.network().healAll();
    sim_.network().clearLinks();
    for (BrokerId id = 1; id <= spec_.brokers; ++id)
        if (sim_.state(id) == NodeState::Running) elections_.onBrokerBack(id);
    sim_.emit(EventKind::Fault, EngineText::tr("every link healed"));
}

// ---------------------------------------------------------------- admin and produce

AdminResult Cluster::runAdmin(const std::function<std::int64_t(AdminClient&, NodeContext&)>& submit) {
    auto* admin = sim_.nodeAs<AdminClient>(kAdminId);
    CorrelationId id = 0;
    sim_.act(kAdminId, [&](NodeContext& ctx) { id = submit(*admin, ctx); });
    const SimTime deadline = sim_.now() + kAdminTimeout;
    while (sim_.now() < deadline) {
        if (auto response = admin->takeResponse(id)) return AdminResult{response->error, response->message};
        const SimTime next = sim_.nextEventTime();
        if (next == kNever || next > deadline) break;
        sim_.step();
    }
    if (auto response = admin->takeResponse(id)) return AdminResult{response->error, response->message};
    sim_.runUntil(std::max(sim_.now(), deadline));
    return AdminResult{KafkaError::REQUEST_TIMED_OUT,
                       EngineText::tr("no answer from the controller within default.api.timeout.ms (60000 ms)")};
}

AdminResult Cluster::createTopic(const std::string& name, int partitions, int replicationFactor,
                                 const std::map<std::string, std::string>& configs) {
    return runAdmin([&](AdminClient& admin, NodeContext& ctx) {
        CreateTopicsRequest request;
        request.name = name;
        request.numPartitions = partitions;
        request.replicationFactor = replicationFactor;
        request.configs = configs;
        return admin.submit(ctx, request);
    });
}

AdminResult Cluster::deleteTopic(const std::string& name) {
    return runAdmin([&](AdminClient& admin, NodeContext& ctx) {
        DeleteTopicsRequest request;
        request.name = name;
        return admin.submit(ctx, request);
    });
}

AdminResult Cluster::alterConfig(const std::string& topic, const std::map<std::string, std::string>& configs) {
    return runAdmin([&](AdminClient& admin, NodeContext& ctx) {
        AlterConfigsRequest request;
        request.topic = topic;
        request.configs = configs;
        return admin.submit(ctx, request);
    });
}

AdminResult Cluster::electPreferredLeader(const TopicPartition& tp) {
    return runAdmin([&](AdminClient& admin, NodeContext& ctx) {
        ElectLeadersRequest request;
        request.tp = tp;
        return admin.submit(ctx, request);
    });
}

AdminResult Cluster::reassignPartition(const TopicPartition& tp, const std::vector<BrokerId>& targetReplicas) {
    return runAdmin([&](AdminClient& admin, NodeContext& ctx) {
        AlterPartitionReassignmentsRequest request;
        request.tp = tp;
        request.targetReplicas = targetReplicas;
        return admin.submit(ctx, request);
    });
}

BrokerId Cluster::addBroker() {
    const BrokerId id = ++spec_.brokers;
    sim_.emit(EventKind::Fault, EngineText::tr("broker %1 added to the cluster").args(id), {brokerSubject(id)});
    startBroker(id);
    return id;
}

AdminResult Cluster::decommissionBroker(BrokerId id) {
    if (!isBroker(id)) return AdminResult{KafkaError::INVALID_REQUEST, EngineText::tr("there is no broker %1")
        .args(id)};
    std::map<BrokerId, int> load;
    for (BrokerId b = 1; b <= spec_.brokers; ++b)
        if (b != id && sim_.state(b) == NodeState::Running) load[b] = 0;
    std::vector<std::pair<TopicPartition, std::vector<BrokerId>>> moves;
    for (const auto& [name, topic] : metadata().topics())
        for (std::size_t p = 0; p < topic.partitions.size(); ++p)
            for (BrokerId b : topic.partitions[p].replicas) {
                if (load.count(b)) ++load[b];
                if (b == id) moves.emplace_back(TopicPartition{name, static_cast<std::int32_t>(p)}, topic.partitions[p].replicas);
            }
    sim_.emit(EventKind::Fault, EngineText::tr("broker %1 is being decommissioned: moving its %2 replica(s) to other "
                                               "brokers")
        .args(id, moves.size()),
              {brokerSubject(id)});
    for (auto& [tp, replicas] : moves) {
        BrokerId target = kNoNode;
        for (const auto& [b, count] : load)
            if (std::find(replicas.begin(), replicas.end(), b) == replicas.end() && (target == kNoNode || count < load[target]))
                target = b;
        if (target == kNoNode)
            return AdminResult{KafkaError::INVALID_REPLICA_ASSIGNMENT,
                               EngineText::tr("no live broker outside %1 can take %2's replica")
                                   .args(formatIds(replicas), tp.str())};
        std::replace(replicas.begin(), replicas.end(), id, target);
        ++load[target];
        const AdminResult result = reassignPartition(tp, replicas);
        if (!result.ok()) return result;
    }
    return AdminResult{};
}

// ---------------------------------------------------------------- views

NodeId Cluster::activeController() const {
    NodeId active = kNoNode;
    std::int32_t epoch = -1;
    if (spec_.zookeeperMode) {
        for (BrokerId id = 1; id <= spec_.brokers; ++id) {
            const Broker* b = broker(id);
            if (b && sim_.state(id) == NodeState::Running && b->isZkController() && b->zkControllerEpoch() > epoch) {
                active = id;
                epoch = b->zkControllerEpoch();
            }
        }
        return active;
    }
    for (NodeId id : controllerIds_) {
        const auto* c = controller(id);
        if (c && sim_.state(id) == NodeState::Running && c->isActive() && c->quorum().epoch() > epoch) {
            active = id;
            epoch = c->quorum().epoch();
        }
    }
    return active;
}

const MetadataImage& Cluster::metadata() const { return checker_.committedMetadata(); }

Broker* Cluster::brokerNode(BrokerId id) {
    if (auto* combined = sim_.nodeAs<CombinedNode>(id)) return &combined->broker();
    return sim_.nodeAs<Broker>(id);
}

const Broker* Cluster::broker(BrokerId id) const {
    if (const auto* combined = sim_.nodeAs<CombinedNode>(id)) return &combined->broker();
    return sim_.nodeAs<Broker>(id);
}

const PartitionLog* Cluster::replicaLog(BrokerId broker, const TopicPartition& tp) const {
    auto storage = storages_.find(broker);
    if (storage == storages_.end()) return nullptr;
    auto log = storage->second->logs.find(tp);
    return log == storage->second->logs.end() ? nullptr : &log->second;
}


void Cluster::snapshotPartitionSkew(ClusterSnapshot& s, const PartitionSnapshot& p) {
    if (!p.replicas.empty()) {
        BrokerSnapshot& preferred = s.brokers[static_cast<std::size_t>(p.replicas.front() - 1)];
        ++preferred.preferredLeaderCount;
        if (p.leader != p.replicas.front()) ++preferred.preferredNotLeading;
    }
    if (p.underReplicated && p.leader != kNoNode) ++s.brokers[static_cast<std::size_t>(p.leader - 1)].underReplicatedLeaders;
}

ClusterSnapshot Cluster::snapshot() const {
    ClusterSnapshot s;
    s.time = sim_.now();
    s.seed = spec_.seed;
    s.mode = spec_.zookeeperMode ? "zookeeper" : "kraft";
    s.activeController = activeController();
    s.eventsProcessed = sim_.eventsProcessed();
    for (NodeId id : controllerIds_) {
        ControllerSnapshot c;
        c.id = id;
        const NodeState state = sim_.state(id);
        c.state = state == NodeState::Running ? "running" : state == NodeState::Paused ? "paused" : "stopped";
        const RaftReplica* quorum = nullptr;
        if (const auto* node = controller(id)) quorum = &node->quorum();
        c.combined = isCombined(id);
        if (const auto* zookeeper = sim_.nodeAs<ZooKeeperServer>(id)) quorum = &zookeeper->quorum();
        c.kind = spec_.zookeeperMode ? "zookeeper" : "controller";
        c.role = quorum ? raftRoleName(quorum->role()) : "stopped";
        c.active = id == s.activeController;
        c.epoch = controllerStorages_.at(id)->epoch;
        const QuorumStorage& storage = *controllerStorages_.at(id);
        c.logStartOffset = storage.logStartOffset;
        c.logLength = static_cast<std::size_t>(storage.logStartOffset) + storage.entries.size();
        if (storage.snapshot) {
            c.snapshotEndOffset = storage.snapshot->id.endOffset;
            c.snapshotEpoch = storage.snapshot->id.epoch;
        }
        c.highWatermark = quorum ? quorum->highWatermark() : 0;
        s.controllers.push_back(c);
    }
    const MetadataImage& image = metadata();
    s.metadataOffset = image.offset() + 1;
    for (BrokerId id = 1; id <= spec_.brokers; ++id) {
        BrokerSnapshot b;
        b.id = id;
        b.combined = isCombined(id);
        const NodeState state = sim_.state(id);
        const Broker* node = broker(id);
        b.state = state == NodeState::Dead ? "stopped" : state == NodeState::Paused ? "paused" : brokerStateName(node->state());
        for (const auto& [tp, log] : storages_.at(id)->logs) b.sizeBytes += log.sizeInBytes();
        b.metrics = *brokerMetrics_.at(id);
        s.brokers.push_back(b);
    }
    for (const auto& [name, topic] : image.topics()) {
        TopicSnapshot t;
        t.name = name;
        t.partitions = static_cast<int>(topic.partitions.size());
        t.replicationFactor = topic.partitions.empty() ? 0 : static_cast<int>(topic.partitions.front().replicas.size());
        t.configs = topic.configs;
        s.topics.push_back(t);
        for (std::size_t p = 0; p < topic.partitions.size(); ++p) {
            const PartitionRegistration& reg = topic.partitions[p];
            PartitionSnapshot ps;
            ps.tp = TopicPartition{name, static_cast<std::int32_t>(p)};
            ps.leader = reg.leader;
            ps.leaderEpoch = reg.leaderEpoch;
            ps.partitionEpoch = reg.partitionEpoch;
            ps.replicas = reg.replicas;
            ps.isr = reg.isr;
            ps.addingReplicas = reg.addingReplicas;
            ps.removingReplicas = reg.removingReplicas;
            ps.offline = reg.leader == kNoNode;
            ps.underReplicated = reg.isr.size() < reg.replicas.size();
            const PartitionLog* leaderLog = ps.offline ? nullptr : replicaLog(reg.leader, ps.tp);
            for (BrokerId r : reg.replicas) {
                ReplicaSnapshot rs;
                rs.broker = r;
                rs.isLeader = r == reg.leader;
                rs.inIsr = std::find(reg.isr.begin(), reg.isr.end(), r) != reg.isr.end();
                rs.online = sim_.state(r) == NodeState::Running;
                if (const PartitionLog* log = replicaLog(r, ps.tp)) {
                    rs.logStartOffset = log->logStartOffset();
                    rs.logEndOffset = log->logEndOffset();
                    rs.highWatermark = log->highWatermark();
                    rs.sizeBytes = log->sizeInBytes();
                    rs.segments = log->segments().size();
                    rs.latestEpoch = log->latestEpoch();
                }
                if (leaderLog) rs.lag = std::max<std::int64_t>(0, leaderLog->logEndOffset() - rs.logEndOffset);
                ps.highWatermark = std::max(ps.highWatermark, rs.highWatermark);
                ps.logEndOffset = std::max(ps.logEndOffset, rs.logEndOffset);
                ps.sizeBytes = std::max(ps.sizeBytes, rs.sizeBytes);
                ps.replicaStates.push_back(rs);
                auto& bs = s.brokers[static_cast<std::size_t>(r - 1)];
                ++bs.replicaCount;
                if (rs.isLeader) ++bs.leaderCount;
            }
            if (leaderLog) {
                ps.highWatermark = leaderLog->highWatermark();
                ps.logEndOffset = leaderLog->logEndOffset();
                ps.logStartOffset = leaderLog->logStartOffset();
                ps.sizeBytes = leaderLog->sizeInBytes();
            }
            snapshotPartitionSkew(s, ps);
            s.partitions.push_back(std::move(ps));
        }
    }
    snapshotProducers(s);
    for (const auto& link : sim_.network().cuts()) s.cutLinks.push_back(link);
    s.isolated.assign(sim_.network().isolated().begin(), sim_.network().isolated().end());
    for (TopicSnapshot& t : s.topics)
        for (const BrokerSnapshot& b : s.brokers)
            if (auto it = b.metrics.topics.find(t.name); it != b.metrics.topics.end()) t.counters += it->second;
    s.controllerMetrics = elections_.metrics();
    snapshotGroups(s);
    snapshotFaults(s);
    std::erase_if(s.brokers, [&](const BrokerSnapshot& b) { return removedBrokers_.count(b.id) > 0; });
    s.wire = wireSnapshot(sim_.wire(), sim_.now());
    return s;
}

}  // namespace ks
