// The cluster's consumers and what the snapshot shows of consumer groups.
#include <algorithm>
#include <set>

#include "cluster/cluster.h"
#include "group/group_records.h"

namespace ks {
namespace {

std::string joinAssignors(const std::vector<std::string>& assignors) {
    std::string out;
    for (const auto& a : assignors) out += (out.empty() ? "" : ",") + a;
    return out;
}

std::string rebalanceProtocolOf(const std::string& assignor) {
    if (assignor.empty()) return "";
    return supportsCooperative(assignor) ? "cooperative" : "eager";
}

}  // namespace

const Consumer* Cluster::consumer(const std::string& name) const {
    auto it = consumers_.find(name);
    return it == consumers_.end() ? nullptr : sim_.nodeAs<Consumer>(it->second.id);
}

std::optional<Text> Cluster::addConsumer(ConsumerConfig config) {
    if (config.clientId.empty()) return EngineText::tr("a consumer needs a name (its client.id)");
    auto existing = consumers_.find(config.clientId);
    if (existing != consumers_.end()) {
        const NodeId id = existing->second.id;
        const Consumer* running = sim_.nodeAs<Consumer>(id);
        if (sim_.state(id) != NodeState::Dead && running && !running->closed())
            return EngineText::tr("consumer %1 already exists; remove or kill it first").args(config.clientId);
        config.id = id;
    } else {
        config.id = kFirstConsumerId + static_cast<NodeId>(consumers_.size());
    }
    config.bootstrap.clear();
    config.bootstrap = brokerIds();
    const bool restart = existing != consumers_.end();
    consumers_[config.clientId] = config;
    sim_.emit(EventKind::Client,
              config.groupId.empty()
                  ? (restart ? EngineText::tr("consumer %1 started again (node %2)") : EngineText::tr("consumer %1 added (node %2)"))
                        .args(config.clientId, config.id)
                  : (restart ? EngineText::tr("consumer %1 started again (node %2, group %3)")
                             : EngineText::tr("consumer %1 added (node %2, group %3)"))
                        .args(config.clientId, config.id, config.groupId),
              {"consumer:" + config.clientId});
    sim_.startNode(std::make_unique<Consumer>(std::move(config)));
    return std::nullopt;
}

std::optional<Text> Cluster::removeConsumer(const std::string& name) {
    auto it = consumers_.find(name);
    if (it == consumers_.end()) return EngineText::tr("there is no consumer %1").args(name);
    const NodeId id = it->second.id;
    if (sim_.state(id) == NodeState::Dead) return EngineText::tr("consumer %1 is not running (it was killed)")
        .args(name);
    if (sim_.state(id) == NodeState::Paused) return EngineText::tr("consumer %1 is paused; resume it first").args(name);
    auto* c = sim_.nodeAs<Consumer>(id);
    if (!c || c->closed()) return EngineText::tr("consumer %1 is already closed").args(name);
    sim_.emit(EventKind::Client,
              EngineText::tr("consumer %1 closing (close(): it finishes its batch, commits, and leaves the group)")
                  .args(name),
              {"consumer:" + name});
    sim_.act(id, [&](NodeContext& ctx) { c->close(ctx); });
    return std::nullopt;
}

std::optional<Text> Cluster::killConsumer(const std::string& name) {
    auto it = consumers_.find(name);
    if (it == consumers_.end()) return EngineText::tr("there is no consumer %1").args(name);
    const NodeId id = it->second.id;
    if (sim_.state(id) == NodeState::Dead) return EngineText::tr("consumer %1 is already stopped").args(name);
    sim_.emit(EventKind::Fault,
              it->second.usesGroupManagement()
                  ? EngineText::tr("consumer %1 killed (a crash: no commit, no LeaveGroup; the coordinator notices "
                                   "after "
                                   "session.timeout.ms (%2))")
                        .args(name, formatDuration(it->second.sessionTimeout))
                  : EngineText::tr("consumer %1 killed (a crash: no commit, no LeaveGroup)").args(name),
              {"consumer:" + name});
    sim_.kill(id);
    sim_.observer().onGroup(ConsumerStopped{it->second.groupId, name});
    return std::nullopt;
}

std::optional<Text> Cluster::pauseConsumer(const std::string& name) {
    auto it = consumers_.find(name);
    if (it == consumers_.end()) return EngineText::tr("there is no consumer %1").args(name);
    if (sim_.state(it->second.id) != NodeState::Running) return EngineText::tr("consumer %1 is not running").args(name);
    sim_.emit(EventKind::Fault,
              EngineText::tr("consumer %1 paused (like a long GC pause: no poll, no heartbeat, no processing)")
                  .args(name),
              {"consumer:" + name});
    sim_.pause(it->second.id);
    return std::nullopt;
}

std::optional<Text> Cluster::resumeConsumer(const std::string& name) {
    auto it = consumers_.find(name);
    if (it == consumers_.end()) return EngineText::tr("there is no consumer %1").args(name);
    if (sim_.state(it->second.id) != NodeState::Paused) return EngineText::tr("consumer %1 is not paused").args(name);
    sim_.emit(EventKind::Fault, EngineText::tr("consumer %1 resumed").args(name), {"consumer:" + name});
    sim_.resume(it->second.id);
    return std::nullopt;
}

std::optional<Text> Cluster::commitConsumer(const std::string& name) {
    auto it = consumers_.find(name);
    if (it == consumers_.end()) return EngineText::tr("there is no consumer %1").args(name);
    auto* c = sim_.nodeAs<Consumer>(it->second.id);
    if (!c || sim_.state(it->second.id) == NodeState::Dead) return EngineText::tr("consumer %1 is not running")
        .args(name);
    if (sim_.state(it->second.id) == NodeState::Paused) return EngineText::tr("consumer %1 is paused").args(name);
    std::optional<Text> error;
    sim_.act(it->second.id, [&](NodeContext& ctx) { error = c->commit(ctx); });
    return error;
}

std::optional<Text> Cluster::seekConsumer(const std::string& name, const TopicPartition& tp, SeekTarget target) {
    auto it = consumers_.find(name);
    if (it == consumers_.end()) return EngineText::tr("there is no consumer %1").args(name);
    auto* c = sim_.nodeAs<Consumer>(it->second.id);
    if (!c || sim_.state(it->second.id) == NodeState::Dead) return EngineText::tr("consumer %1 is not running")
        .args(name);
    if (sim_.state(it->second.id) == NodeState::Paused) return EngineText::tr("consumer %1 is paused").args(name);
    if (target.kind == SeekTarget::Kind::Offset) {
        const PartitionRegistration* reg = metadata().partition(tp);
        const PartitionLog* log = reg && reg->leader != kNoNode ? replicaLog(reg->leader, tp) : nullptr;
        if (log && target.value > log->logEndOffset())
            return EngineText::tr("%1 ends at offset %2; a seek goes to %2 at most")
                .args(tp.str(), log->logEndOffset());
    }
    std::optional<Text> error;
    sim_.act(it->second.id, [&](NodeContext& ctx) {
        switch (target.kind) {
        case SeekTarget::Kind::Offset: error = c->seek(ctx, tp, target.value); break;
        case SeekTarget::Kind::Beginning: error = c->seekToBeginning(ctx, tp); break;
        case SeekTarget::Kind::End: error = c->seekToEnd(ctx, tp); break;
        case SeekTarget::Kind::Timestamp: error = c->seekToTimestamp(ctx, tp, target.value); break;
        }
    });
    return error;
}

void Cluster::snapshotGroups(ClusterSnapshot& s) const {
    const GroupLedger& ledger = checker_.groupLedger();
    std::set<std::string> groupIds;
    for (const auto& [name, config] : consumers_) {
        ConsumerSnapshot c;
        c.clientId = name;
        c.node = config.id;
        c.group = config.groupId;
        c.groupInstanceId = config.groupInstanceId.value_or("");
        c.assignors = config.usesGroupManagement() ? joinAssignors(config.assignors) : "";
        c.rebalanceProtocol = config.usesGroupManagement() ? rebalanceProtocolName(config.rebalanceProtocol()) : "";
        const NodeState state = sim_.state(config.id);
        c.process = state == NodeState::Dead ? "stopped" : state == NodeState::Paused ? "paused" : "running";
        if (!config.groupId.empty()) groupIds.insert(config.groupId);
        const Consumer* node = state == NodeState::Dead ? nullptr : sim_.nodeAs<Consumer>(config.id);
        if (!node) {
            c.memberState = "stopped";
            c.appState = "stopped";
            s.consumers.push_back(std::move(c));
            continue;
        }
        c.memberId = node->memberId();
        c.generation = node->generation();
        c.memberState = node->memberState();
        c.appState = node->appState();
        c.failure = node->fatalError();
        c.coordinator = node->coordinator();
        for (const auto& [tp, p] : node->assignment()) {
            ConsumerPartitionSnapshot ps;
            ps.tp = tp;
            ps.position = p.position;
            ps.committed = p.committed;
            ps.highWatermark = p.highWatermark;
            ps.readFrom = node->readReplica(tp);
            ps.lag = p.position >= 0 && p.highWatermark >= 0 ? std::max<std::int64_t>(0, p.highWatermark - p.position) : 0;
            ps.error = p.error;
            c.partitions.push_back(std::move(ps));
        }
        const ConsumerStats& st = node->stats();
        c.polled = st.polled;
        c.processed = st.processed;
        c.commits = st.commits;
        c.commitFailures = st.commitFailures;
        c.rebalances = st.rebalances;
        s.consumers.push_back(std::move(c));
    }
    for (const auto& [id, g] : ledger.groups()) groupIds.insert(id);

    const MetadataImage& image = metadata();
    const TopicImage* offsetsTopic = image.topic(kConsumerOffsetsTopic);
    for (BrokerId b = 1; b <= spec_.brokers; ++b) {
        if (sim_.state(b) == NodeState::Dead) continue;
        if (const Broker* br = broker(b))
            for (const auto& [id, g] : br->groupCoordinator().groups()) groupIds.insert(id);
    }

    for (const std::string& id : groupIds) {
        GroupSnapshot g;
        g.groupId = id;
        g.state = "Unknown";
        const Group* group = nullptr;
        if (offsetsTopic && !offsetsTopic->partitions.empty()) {
            const std::int32_t p = offsetsPartitionFor(id, static_cast<std::int32_t>(offsetsTopic->partitions.size()));
            g.offsetsPartition = TopicPartition{kConsumerOffsetsTopic, p};
            g.coordinator = offsetsTopic->partitions[static_cast<std::size_t>(p)].leader;
            // The broker that acts as coordinator: the one that took the partition over most recently.
            LeaderEpoch best = -1;
            for (BrokerId b = 1; b <= spec_.brokers; ++b) {
                if (sim_.state(b) == NodeState::Dead) continue;
                const Broker* br = broker(b);
                if (!br) continue;
                auto owned = br->groupCoordinator().ownedPartitions().find(p);
                const Group* candidate = br->groupCoordinator().group(id);
                if (owned == br->groupCoordinator().ownedPartitions().end() || !candidate || owned->second <= best) continue;
                best = owned->second;
                group = candidate;
                g.coordinator = b;
            }
        }
        const LedgerGroup* lg = ledger.group(id);
        std::set<std::string> topics;
        std::map<TopicPartition, std::string> owners;
        std::map<TopicPartition, Offset> committed;
        if (group) {
            g.state = groupStateName(group->state);
            g.generation = group->generation;
            g.protocol = group->protocol;
            g.leader = group->leader;
            for (const auto& [memberId, m] : group->members) {
                GroupMemberSnapshot ms;
                ms.memberId = memberId;
                ms.clientId = m.clientId;
                ms.groupInstanceId = m.groupInstanceId.value_or("");
                ms.assignment = m.assignment;
                ms.leader = memberId == group->leader;
                ms.idle = group->state == GroupState::Stable && m.assignment.empty();
                for (const TopicPartition& tp : m.assignment) owners[tp] = m.clientId;
                for (const std::string& t : m.subscription()) topics.insert(t);
                g.members.push_back(std::move(ms));
            }
            for (const auto& [tp, o] : group->offsets) {
                committed[tp] = o.offset;
                topics.insert(tp.topic);
            }
        } else if (lg && lg->lastStable) {
            g.generation = lg->lastStable->generation;
            g.protocol = lg->lastStable->protocol;
            for (const auto& [memberId, parts] : lg->lastStable->assignment) {
                GroupMemberSnapshot ms;
                ms.memberId = memberId;
                auto client = lg->lastStable->clientIds.find(memberId);
                ms.clientId = client == lg->lastStable->clientIds.end() ? memberId : client->second;
                ms.assignment = parts;
                for (const TopicPartition& tp : parts) {
                    owners[tp] = ms.clientId;
                    topics.insert(tp.topic);
                }
                g.members.push_back(std::move(ms));
            }
        }
        g.rebalanceProtocol = rebalanceProtocolOf(g.protocol);
        for (const auto& [name, config] : consumers_)
            if (config.groupId == id) {
                topics.insert(config.topics.begin(), config.topics.end());
                for (const TopicPartition& tp : config.manualAssignment) topics.insert(tp.topic);
            }
        if (lg)
            for (const auto& [tp, lp] : lg->partitions) topics.insert(tp.topic);

        for (const std::string& topic : topics) {
            const TopicImage* ti = image.topic(topic);
            if (!ti) continue;
            for (std::size_t p = 0; p < ti->partitions.size(); ++p) {
                GroupPartitionSnapshot gp;
                gp.tp = TopicPartition{topic, static_cast<std::int32_t>(p)};
                auto owner = owners.find(gp.tp);
                if (owner != owners.end()) {
                    gp.owner = owner->second;
                    if (const Consumer* c = consumer(owner->second)) {
                        auto part = c->assignment().find(gp.tp);
                        if (part != c->assignment().end() && c->config().groupId == id) gp.position = part->second.position;
                    }
                }
                auto o = committed.find(gp.tp);
                gp.committed = o == committed.end() ? -1 : o->second;
                const PartitionSnapshot* ps = s.partition(gp.tp);
                const Offset hw = ps ? ps->highWatermark : 0;
                const Offset start = ps ? ps->logStartOffset : 0;
                gp.logEndOffset = hw;
                const Offset from = std::max(gp.committed >= 0 ? gp.committed : start, start);
                gp.lag = std::max<std::int64_t>(0, hw - from);
                if (gp.lag > 0 && ps && ps->leader != kNoNode) {
                    if (const PartitionLog* log = replicaLog(ps->leader, gp.tp)) {
                        if (const StoredBatch* batch = log->batchContaining(from))
                            gp.lagTime = std::max<SimTime>(
                                0, s.time - batch->data->timestamp(batch->first + static_cast<std::size_t>(from - batch->baseOffset)));
                    }
                }
                if (lg) {
                    auto lp = lg->partitions.find(gp.tp);
                    if (lp != lg->partitions.end()) {
                        gp.processed = lp->second.processedRecords;
                        gp.duplicates = lp->second.duplicates;
                        gp.skipped = lp->second.skipped();
                    }
                }
                g.lag += gp.lag;
                g.lagTime = std::max(g.lagTime, gp.lagTime);
                g.processed += gp.processed;
                g.duplicates += gp.duplicates;
                g.skipped += gp.skipped;
                g.partitions.push_back(std::move(gp));
            }
        }
        if (lg) {
            for (const LedgerRebalance& r : lg->history) {
                RebalanceSnapshot rs;
                rs.start = r.start;
                rs.end = r.end;
                rs.fromGeneration = r.fromGeneration;
                rs.generation = r.generation;
                rs.reason = r.reason;
                rs.coordinator = r.coordinator;
                for (const auto& [client, m] : r.members)
                    rs.members.push_back(RebalanceMemberSnapshot{client, m.revoked, m.lost, m.assigned});
                g.rebalances.push_back(std::move(rs));
            }
        }
        s.groups.push_back(std::move(g));
    }
}

}  // namespace ks
