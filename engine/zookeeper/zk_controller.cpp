#include "zookeeper/zk_controller.h"

#include <algorithm>
#include <cstdlib>

#include "controller/topic_plan.h"
#include "metadata/configs.h"
#include "zookeeper/znode_json.h"

namespace ks {
namespace {

bool contains(const std::vector<BrokerId>& ids, BrokerId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

std::string statePath(const TopicPartition& tp) {
    return "/brokers/topics/" + tp.topic + "/partitions/" + std::to_string(tp.partition) + "/state";
}

}  // namespace

std::vector<BrokerId> ZkController::PartitionState::target() const {
    std::vector<BrokerId> out;
    for (BrokerId b : replicas)
        if (!contains(removing, b)) out.push_back(b);
    return out;
}

void ZkController::emit(NodeContext& ctx, Text text, std::vector<std::string> subjects) const {
    subjects.push_back(brokerSubject(self_));
    ctx.emit(EventKind::Controller, EngineText::tr("controller broker %1: %2")
        .args(self_, std::move(text)), std::move(subjects));
}

std::string ZkController::config(const std::string& topic, const std::string& key) const {
    auto t = configs_.find(topic);
    if (t != configs_.end()) {
        auto it = t->second.find(key);
        if (it != t->second.end()) return it->second;
    }
    const ConfigDef* def = findConfig(key, ConfigScope::Topic);
    if (!def) return {};
    auto cluster = configs_.find("");
    const std::string& clusterKey = def->brokerSynonym.empty() ? def->name : def->brokerSynonym;
    if (cluster != configs_.end()) {
        auto it = cluster->second.find(clusterKey);
        if (it != cluster->second.end()) return it->second;
    }
    return def->defaultValue;
}

// ---------------------------------------------------------------- taking over

void ZkController::activate(NodeContext& ctx) {
    active_ = true;
    loaded_ = false;
    const std::uint64_t gen = ++generation_;
    activatedAt_ = ctx.now();
    ctx.observer().onActiveController(self_, false);
    live_.clear();
    offlineDirs_.clear();
    topics_.clear();
    states_.clear();
    configs_.clear();
    writing_.clear();
    reassignmentWrites_.clear();
    zk().request(ctx, zkRequest(ZkOp::GetData, "/controller_epoch"), [this, gen](NodeContext& c, const ZkResponse& r) {
        if (gen != generation_) return;
        epoch_ = r.error == ZkError::Ok ? std::atoi(r.data.c_str()) + 1 : 1;
        const ZkRequest write = r.error == ZkError::Ok
                                    ? zkRequest(ZkOp::SetData, "/controller_epoch", std::to_string(epoch_), false, r.version)
                                    : zkRequest(ZkOp::Create, "/controller_epoch", std::to_string(epoch_));
        zk().request(c, write, [this, gen](NodeContext& c2, const ZkResponse& w) {
            if (gen != generation_) return;
            if (w.error != ZkError::Ok) {
                emit(c2, EngineText::tr("could not claim controller epoch %1: %2").args(epoch_, zkErrorName(w.error)));
                return;
            }
            epochVersion_ = w.version;
            emit(c2, EngineText::tr("won the race to create /controller: it is the controller (controller epoch %1); "
                                    "reading "
                                    "the cluster state from ZooKeeper").args(epoch_));
            load(c2);
        });
    });
}

void ZkController::load(NodeContext& ctx) {
    const std::uint64_t gen = generation_;
    pendingReads_ = 1;
    readBrokers(ctx);
    ++pendingReads_;
    zk().request(ctx, zkRequest(ZkOp::GetData, "/config/brokers/<default>"), [this, gen](NodeContext& c, const ZkResponse& cr) {
        if (gen != generation_) return;
        if (cr.error == ZkError::Ok)
            if (auto parsed = zk::parseConfigJson(cr.data)) configs_[""] = *parsed;
        readDone(c);
    });
    ++pendingReads_;
    zk().request(ctx, zkRequest(ZkOp::GetChildren, "/brokers/topics"), [this, gen](NodeContext& c, const ZkResponse& tr) {
        if (gen != generation_) return;
        for (const std::string& topic : tr.children) loadTopic(c, topic);
        readDone(c);
    });
}

ZkRequest ZkController::fenced(ZkRequest request) const {
    request.checkPath = "/controller_epoch";
    request.checkVersion = epochVersion_;
    return request;
}

void ZkController::deactivate(NodeContext& ctx) {
    if (!active_) return;
    active_ = false;
    loaded_ = false;
    ++generation_;
    emit(ctx, EngineText::tr("is no longer the controller"));
}

void ZkController::readBrokers(NodeContext& ctx) {
    const std::uint64_t gen = generation_;
    zk().request(ctx, zkRequest(ZkOp::GetChildren, "/brokers/ids", {}, true), [this, gen](NodeContext& c, const ZkResponse& r) {
        if (gen != generation_) return;
        std::set<BrokerId> live;
        for (const std::string& child : r.children) live.insert(static_cast<BrokerId>(std::atoi(child.c_str())));
        if (!loaded_) {
            live_ = live;
            readDone(c);
        } else {
            onBrokersChanged(c, live);
        }
    });
}

void ZkController::loadTopic(NodeContext& ctx, const std::string& topic) {
    const std::uint64_t gen = generation_;
    ++pendingReads_;
    zk().request(ctx, zkRequest(ZkOp::GetData, "/brokers/topics/" + topic), [this, gen, topic](NodeContext& c, const ZkResponse& r) {
        if (gen != generation_) return;
        if (auto assignment = zk::parseTopicJson(r.data)) {
            topics_.insert(topic);
            for (const auto& [p, replicas] : assignment->partitions) {
                const TopicPartition tp{topic, p};
                PartitionState& state = states_[tp];
                state.replicas = replicas;
                if (auto adding = assignment->addingReplicas.find(p); adding != assignment->addingReplicas.end())
                    state.adding = adding->second;
                if (auto removing = assignment->removingReplicas.find(p); removing != assignment->removingReplicas.end())
                    state.removing = removing->second;
                ++pendingReads_;
                zk().request(c, zkRequest(ZkOp::GetData, statePath(tp)), [this, gen, tp](NodeContext& c2, const ZkResponse& sr) {
                    if (gen != generation_) return;
                    if (auto state = zk::parsePartitionStateJson(sr.data)) {
                        PartitionState& s = states_[tp];
                        s.leader = state->leader;
                        s.leaderEpoch = state->leaderEpoch;
                        s.isr = state->isr;
                        s.zkVersion = sr.version;
                    }
                    readDone(c2);
                });
            }
        }
        ++pendingReads_;
        zk().request(c, zkRequest(ZkOp::GetData, "/config/topics/" + topic), [this, gen, topic](NodeContext& c2, const ZkResponse& cr) {
            if (gen != generation_) return;
            if (cr.error == ZkError::Ok)
                if (auto parsed = zk::parseConfigJson(cr.data)) configs_[topic] = *parsed;
            readDone(c2);
        });
        readDone(c);
    });
}

void ZkController::readDone(NodeContext& ctx) {
    if (--pendingReads_ > 0 || loaded_) return;
    loaded_ = true;
    ctx.observer().onActiveController(self_, true);
    emit(ctx, EngineText::tr("loaded %1 live broker(s), %2 topic(s) and %3 partition state(s) from ZooKeeper in %4")
        .args(live_.size(), topics_.size(), states_.size(), formatDuration(ctx.now() - activatedAt_)));
    std::set<BrokerId> dead;
    for (const auto& [tp, state] : states_)
        for (BrokerId b : state.replicas)
            if (!live_.count(b)) dead.insert(b);
    for (const auto& [tp, state] : states_) {
        const bool deadInIsr = std::any_of(state.isr.begin(), state.isr.end(), [&](BrokerId b) { return dead.count(b) > 0; });
        if (state.leader == kNoNode || !live_.count(state.leader) || deadInIsr)
            elect(ctx, tp, dead, live_.count(state.leader) ? EngineText::tr("a replica is not alive") : EngineText::tr("its leader is not alive"));
    }
    sendUpdateMetadata(ctx);
    std::vector<TopicPartition> settled;
    for (const auto& [tp, state] : states_)
        if (!writing_.count(tp)) settled.push_back(tp);
    sendLeaderAndIsr(ctx, settled);
    // Reassignments the previous controller started go on from where ZooKeeper has them.
    for (const TopicPartition& tp : settled)
        if (states_.at(tp).reassigning()) {
            const PartitionState& state = states_.at(tp);
            emit(ctx, EngineText::tr("%1: resuming its reassignment (adding %2, removing %3)")
                .args(tp.str(), formatIds(state.adding), formatIds(state.removing)), {partitionSubject(tp)});
            maybeCompleteReassignment(ctx, tp);
        }
    readLogDirEvents(ctx);
}

// ---------------------------------------------------------------- brokers come and go

void ZkController::onWatch(NodeContext& ctx, const ZkWatchEvent& event) {
    if (!active_) return;
    if (event.path == kLogDirEventPath) return readLogDirEvents(ctx);
    if (event.path != "/brokers/ids") return;
    readBrokers(ctx);
}

void ZkController::onBrokersChanged(NodeContext& ctx, const std::set<BrokerId>& live) {
    std::set<BrokerId> dead;
    std::vector<BrokerId> born;
    for (BrokerId b : live_)
        if (!live.count(b)) dead.insert(b);
    for (BrokerId b : live)
        if (!live_.count(b)) born.push_back(b);
    live_ = live;
    for (BrokerId b : dead) emit(ctx, EngineText::tr("/brokers/ids/%1 is gone (its ZooKeeper session ended) → broker "
                                                     "%1 is dead")
        .args(b), {brokerSubject(b)});
    for (BrokerId b : born) emit(ctx, EngineText::tr("/brokers/ids/%1 appeared → broker %1 is alive")
        .args(b), {brokerSubject(b)});
    std::vector<TopicPartition> forBorn;
    for (auto& [tp, state] : states_) {
        const bool hitByDeath = std::any_of(dead.begin(), dead.end(), [&](BrokerId b) { return contains(state.isr, b); });
        if (hitByDeath || state.leader == kNoNode) elect(ctx, tp, dead, hitByDeath ? EngineText::tr("a replica died") : EngineText::tr("it has no leader"));
        if (!writing_.count(tp) &&
            std::any_of(born.begin(), born.end(), [&](BrokerId b) { return contains(state.replicas, b); }))
            forBorn.push_back(tp);
    }
    sendUpdateMetadata(ctx);
    sendLeaderAndIsr(ctx, forBorn);
}

void ZkController::elect(NodeContext& ctx, const TopicPartition& tp, const std::set<BrokerId>& dead, Text why) {
    if (writing_.count(tp)) return;
    PartitionState next = states_.at(tp);
    std::vector<BrokerId> isr;
    for (BrokerId b : next.isr)
        if (!dead.count(b)) isr.push_back(b);
    if (isr.empty()) isr = next.isr;
    const bool leaderAlive = next.leader != kNoNode && usable(next.leader);
    bool unclean = false;
    if (!leaderAlive) {
        BrokerId leader = kNoNode;
        for (BrokerId b : next.replicas)
            if (contains(isr, b) && usable(b)) {
                leader = b;
                break;
            }
        if (leader == kNoNode && config(tp.topic, "unclean.leader.election.enable") == "true")
            for (BrokerId b : next.replicas)
                if (usable(b)) {
                    leader = b;
                    isr = {b};
                    unclean = true;
                    break;
                }
        if (leader != next.leader) {
            next.leader = leader;
            ++next.leaderEpoch;
        }
    }
    if (next.leader == states_.at(tp).leader && isr == next.isr) return;
    next.isr = isr;
    Text text = next.leader == kNoNode
                    ? EngineText::tr("%1 (%2): offline, no in-sync replica is alive, ISR %3; writing %4")
                          .args(tp.str(), std::move(why), formatIds(isr), statePath(tp))
                : unclean ? EngineText::tr("%1 (%2): leader broker %3 (epoch %4) by UNCLEAN election, ISR %5; writing "
                                           "%6")
                                .args(tp.str(), std::move(why), next.leader, next.leaderEpoch, formatIds(isr), statePath(tp))
                          : EngineText::tr("%1 (%2): leader broker %3 (epoch %4), ISR %5; writing %6")
                                .args(tp.str(), std::move(why), next.leader, next.leaderEpoch, formatIds(isr), statePath(tp));
    emit(ctx, std::move(text), {partitionSubject(tp)});
    writeState(ctx, tp, next, unclean, [](NodeContext&, bool) {});
}

void ZkController::writeState(NodeContext& ctx, const TopicPartition& tp, PartitionState next, bool unclean,
                              std::function<void(NodeContext&, bool)> done) {
    const std::uint64_t gen = generation_;
    writing_.insert(tp);
    zk::PartitionStateJson json{epoch_, next.leader, next.leaderEpoch, next.isr, unclean};
    zk().request(ctx, fenced(zkRequest(ZkOp::SetData, statePath(tp), zk::partitionStateJson(json), false, states_.at(tp).zkVersion)),
                [this, gen, tp, next, done](NodeContext& c, const ZkResponse& r) mutable {
                    if (gen != generation_) return;
                    writing_.erase(tp);
                    if (!states_.count(tp)) return;
                    if (r.error != ZkError::Ok) {
                        emit(c, EngineText::tr("could not write %1: %2 (the znode or /controller_epoch changed); "
                                               "reading it again")
                            .args(statePath(tp), zkErrorName(r.error)));
                        refreshState(c, tp);
                        done(c, false);
                        return;
                    }
                    // Only now, with the state in ZooKeeper, do the brokers hear of it. The replica
                    // set is the topic znode's, which a reassignment may have changed meanwhile.
                    PartitionState& state = states_[tp];
                    state.leader = next.leader;
                    state.leaderEpoch = next.leaderEpoch;
                    state.isr = next.isr;
                    state.zkVersion = r.version;
                    sendLeaderAndIsr(c, {tp});
                    sendUpdateMetadata(c);
                    done(c, true);
                    if (!states_.count(tp)) return;
                    maybeCompleteReassignment(c, tp);
                    const PartitionState& now = states_.at(tp);
                    if (now.leader == kNoNode || !live_.count(now.leader)) elect(c, tp, {}, EngineText::tr("its "
                                                                                                           "leader is "
                                                                                                           "not alive"));
                });
}

// Reads a partition's state znode again and tells its replicas what it says.
void ZkController::refreshState(NodeContext& ctx, const TopicPartition& tp) {
    const std::uint64_t gen = generation_;
    zk().request(ctx, zkRequest(ZkOp::GetData, statePath(tp)), [this, gen, tp](NodeContext& c, const ZkResponse& sr) {
        if (gen != generation_ || !states_.count(tp) || writing_.count(tp)) return;
        if (auto state = zk::parsePartitionStateJson(sr.data)) {
            PartitionState& s = states_[tp];
            s.leader = state->leader;
            s.leaderEpoch = state->leaderEpoch;
            s.isr = state->isr;
            s.zkVersion = sr.version;
            sendLeaderAndIsr(c, {tp});
            maybeCompleteReassignment(c, tp);
        }
    });
}

// ---------------------------------------------------------------- pushing state to brokers

ZkPartitionState ZkController::wireState(const TopicPartition& tp) const {
    const PartitionState& s = states_.at(tp);
    return ZkPartitionState{tp, s.leader, s.leaderEpoch, s.isr, s.replicas, s.zkVersion, s.adding, s.removing};
}

void ZkController::sendLeaderAndIsr(NodeContext& ctx, const std::vector<TopicPartition>& partitions) {
    std::map<BrokerId, LeaderAndIsrRequest> requests;
    for (const TopicPartition& tp : partitions) {
        for (BrokerId b : states_.at(tp).replicas) {
            if (!live_.count(b)) continue;
            LeaderAndIsrRequest& r = requests[b];
            r.controllerId = self_;
            r.controllerEpoch = epoch_;
            r.partitions.push_back(wireState(tp));
        }
    }
    for (auto& [broker, request] : requests) ctx.send(broker, std::move(request));
}

void ZkController::sendUpdateMetadata(NodeContext& ctx, std::vector<std::string> deletedTopics) {
    UpdateMetadataRequest request;
    request.controllerId = self_;
    request.controllerEpoch = epoch_;
    request.liveBrokers.assign(live_.begin(), live_.end());
    request.deletedTopics = std::move(deletedTopics);
    for (const auto& [tp, state] : states_) request.partitions.push_back(wireState(tp));
    for (const auto& [topic, keys] : configs_)
        for (const auto& [key, value] : keys) request.configs.push_back(ZkTopicConfig{topic, key, value});
    for (BrokerId b : live_) ctx.send(b, request);
}

// ---------------------------------------------------------------- requests

bool ZkController::handle(NodeContext& ctx, NodeId from, const Message& message) {
    if (const auto* m = std::get_if<AlterPartitionRequest>(&message)) handleAlterPartition(ctx, from, *m);
    else if (const auto* m = std::get_if<CreateTopicsRequest>(&message)) handleCreateTopics(ctx, from, *m);
    else if (const auto* m = std::get_if<DeleteTopicsRequest>(&message)) handleDeleteTopics(ctx, from, *m);
    else if (const auto* m = std::get_if<AlterConfigsRequest>(&message)) handleAlterConfigs(ctx, from, *m);
    else if (const auto* m = std::get_if<ElectLeadersRequest>(&message)) handleElectLeaders(ctx, from, *m);
    else if (const auto* m = std::get_if<AlterPartitionReassignmentsRequest>(&message)) handleReassignment(ctx, from, *m);
    else return false;
    return true;
}

void ZkController::handleAlterPartition(NodeContext& ctx, NodeId from, const AlterPartitionRequest& request) {
    for (const AlterPartitionItem& item : request.partitions) {
        AlterPartitionResult result;
        result.tp = item.tp;
        auto it = states_.find(item.tp);
        auto reply = [&](KafkaError error) {
            result.error = error;
            AlterPartitionResponse response;
            response.partitions.push_back(result);
            ctx.send(from, std::move(response));
        };
        if (!loaded_ || it == states_.end()) { reply(KafkaError::UNKNOWN_TOPIC_OR_PARTITION); continue; }
        if (it->second.leader != request.brokerId) { reply(KafkaError::NOT_LEADER_OR_FOLLOWER); continue; }
        if (item.leaderEpoch != it->second.leaderEpoch) { reply(KafkaError::FENCED_LEADER_EPOCH); continue; }
        if (item.partitionEpoch != it->second.zkVersion) {
            // One of the two is behind: read the znode again, and let the leader know what it says.
            refreshState(ctx, item.tp);
            reply(KafkaError::INVALID_UPDATE_VERSION);
            continue;
        }
        bool eligible = true;
        for (BrokerId b : item.newIsr)
            if (!contains(it->second.replicas, b) || (!contains(it->second.isr, b) && !usable(b))) eligible = false;
        if (!eligible) { reply(KafkaError::INELIGIBLE_REPLICA); continue; }
        PartitionState next = it->second;
        emit(ctx, EngineText::tr("%1 ISR %2 → %3 (asked by leader %4); writing %5")
            .args(item.tp.str(), formatIds(next.isr), formatIds(item.newIsr), request.brokerId, statePath(item.tp)),
             {partitionSubject(item.tp)});
        next.isr = item.newIsr;
        result.leader = next.leader;
        result.leaderEpoch = next.leaderEpoch;
        result.isr = next.isr;
        result.partitionEpoch = it->second.zkVersion + 1;
        writeState(ctx, item.tp, next, false, [from, result](NodeContext& c, bool ok) mutable {
            result.error = ok ? KafkaError::NONE : KafkaError::INVALID_UPDATE_VERSION;
            AlterPartitionResponse response;
            response.partitions.push_back(result);
            c.send(from, std::move(response));
        });
    }
}

void ZkController::handleCreateTopics(NodeContext& ctx, NodeId from, const CreateTopicsRequest& request) {
    MetadataImage image;
    for (const std::string& topic : topics_) image.apply(TopicRecord{topic, 0});
    if (configs_.count(""))
        for (const auto& [key, value] : configs_.at("")) image.apply(ConfigRecord{"", key, value});
    std::vector<BrokerId> live(live_.begin(), live_.end());
    auto planned = planTopic(request, image, live, ctx.rng());
    if (!loaded_) planned = AdminResponse{request.correlationId, KafkaError::NOT_CONTROLLER, EngineText::tr("the "
                                                                                                            "controller is still loading"), kNoNode};
    if (auto* rejected = std::get_if<AdminResponse>(&planned)) {
        ctx.send(from, *rejected);
        return;
    }
    const TopicPlan& plan = std::get<TopicPlan>(planned);
    std::map<std::int32_t, std::vector<BrokerId>> assignment;
    for (std::size_t p = 0; p < plan.assignment.size(); ++p) assignment[static_cast<std::int32_t>(p)] = plan.assignment[p];
    topics_.insert(request.name);
    configs_[request.name] = request.configs;
    emit(ctx, EngineText::tr("creating topic %1 with %2 partition(s): writing /brokers/topics/%1 and one state znode "
                             "per partition").args(request.name, assignment.size()),
         {"topic:" + request.name});
    zk().request(ctx, fenced(zkRequest(ZkOp::Create, "/config/topics/" + request.name, zk::configJson(request.configs))),
                [](NodeContext&, const ZkResponse&) {});
    auto remaining = std::make_shared<int>(static_cast<int>(assignment.size()) + 1);
    const std::uint64_t gen = generation_;
    std::vector<TopicPartition> partitions;
    auto finish = [this, gen, from, remaining, request](NodeContext& c) {
        if (--*remaining > 0 || gen != generation_) return;
        std::vector<TopicPartition> tps;
        for (const auto& [tp, state] : states_)
            if (tp.topic == request.name) tps.push_back(tp);
        sendUpdateMetadata(c);
        sendLeaderAndIsr(c, tps);
        c.send(from, AdminResponse{request.correlationId, KafkaError::NONE, {}, self_});
    };
    zk().request(ctx, fenced(zkRequest(ZkOp::Create, "/brokers/topics/" + request.name, zk::topicJson(zk::TopicJson{assignment, {}, {}}))),
                [finish](NodeContext& c, const ZkResponse&) { finish(c); });
    for (const auto& [p, replicas] : assignment) {
        const TopicPartition tp{request.name, p};
        PartitionState& state = states_[tp];
        state.replicas = replicas;
        state.isr = replicas;
        state.leader = replicas.front();
        zk::PartitionStateJson json{epoch_, state.leader, 0, state.isr, false};
        zk().request(ctx, fenced(zkRequest(ZkOp::Create, statePath(tp), zk::partitionStateJson(json))),
                    [finish](NodeContext& c, const ZkResponse&) { finish(c); });
    }
}

void ZkController::handleDeleteTopics(NodeContext& ctx, NodeId from, const DeleteTopicsRequest& request) {
    if (!topics_.count(request.name)) {
        ctx.send(from, AdminResponse{request.correlationId, KafkaError::UNKNOWN_TOPIC_OR_PARTITION,
                                     EngineText::tr("Topic '%1' does not exist.").args(request.name), self_});
        return;
    }
    emit(ctx, EngineText::tr("deleting topic %1").args(request.name), {"topic:" + request.name});
    topics_.erase(request.name);
    configs_.erase(request.name);
    std::erase_if(states_, [&](const auto& e) { return e.first.topic == request.name; });
    zk().request(ctx, fenced(zkRequest(ZkOp::Delete, "/brokers/topics/" + request.name)), [](NodeContext&, const ZkResponse&) {});
    zk().request(ctx, fenced(zkRequest(ZkOp::Delete, "/config/topics/" + request.name)), [](NodeContext&, const ZkResponse&) {});
    sendUpdateMetadata(ctx, {request.name});
    ctx.send(from, AdminResponse{request.correlationId, KafkaError::NONE, {}, self_});
}

void ZkController::handleAlterConfigs(NodeContext& ctx, NodeId from, const AlterConfigsRequest& request) {
    const ConfigScope scope = request.topic.empty() ? ConfigScope::Broker : ConfigScope::Topic;
    if (!request.topic.empty() && !topics_.count(request.topic)) {
        ctx.send(from, AdminResponse{request.correlationId, KafkaError::UNKNOWN_TOPIC_OR_PARTITION,
                                     EngineText::tr("Topic '%1' does not exist.").args(request.topic), self_});
        return;
    }
    for (const auto& [key, value] : request.configs) {
        if (auto error = validateConfig(key, value, scope)) {
            ctx.send(from, AdminResponse{request.correlationId, KafkaError::INVALID_CONFIG, *error, self_});
            return;
        }
    }
    auto& configs = configs_[request.topic];
    for (const auto& [key, value] : request.configs) configs[key] = value;
    const std::string path = request.topic.empty() ? "/config/brokers/<default>" : "/config/topics/" + request.topic;
    zk().request(ctx, fenced(zkRequest(ZkOp::SetData, path, zk::configJson(configs))), [this, path, configs](NodeContext& c, const ZkResponse& r) {
        if (r.error == ZkError::NoNode)
            zk().request(c, fenced(zkRequest(ZkOp::Create, path, zk::configJson(configs))), [](NodeContext&, const ZkResponse&) {});
    });
    std::set<BrokerId> none;
    for (const auto& [tp, state] : states_)
        if (state.leader == kNoNode) elect(ctx, tp, none, EngineText::tr("configs changed"));
    sendUpdateMetadata(ctx);
    ctx.send(from, AdminResponse{request.correlationId, KafkaError::NONE, {}, self_});
}

void ZkController::handleElectLeaders(NodeContext& ctx, NodeId from, const ElectLeadersRequest& request) {
    auto it = states_.find(request.tp);
    if (it == states_.end()) {
        ctx.send(from, AdminResponse{request.correlationId, KafkaError::UNKNOWN_TOPIC_OR_PARTITION,
                                     EngineText::tr("Partition %1 does not exist.").args(request.tp.str()), self_});
        return;
    }
    const BrokerId preferred = it->second.replicas.front();
    if (it->second.leader == preferred) {
        ctx.send(from, AdminResponse{request.correlationId, KafkaError::ELECTION_NOT_NEEDED,
                                     EngineText::tr("broker %1 is already the preferred leader")
                                         .args(preferred), self_});
        return;
    }
    if (!contains(it->second.isr, preferred) || !usable(preferred)) {
        ctx.send(from, AdminResponse{request.correlationId, KafkaError::PREFERRED_LEADER_NOT_AVAILABLE,
                                     EngineText::tr("the preferred leader, broker %1, is not alive and in the ISR")
                                         .args(preferred), self_});
        return;
    }
    PartitionState next = it->second;
    next.leader = preferred;
    ++next.leaderEpoch;
    emit(ctx, EngineText::tr("%1: preferred leader election → broker %2 (epoch %3)")
        .args(request.tp.str(), preferred, next.leaderEpoch), {partitionSubject(request.tp)});
    const CorrelationId id = request.correlationId;
    const BrokerId self = self_;
    writeState(ctx, request.tp, next, false, [from, id, self](NodeContext& c, bool ok) {
        c.send(from, AdminResponse{id, ok ? KafkaError::NONE : KafkaError::INVALID_UPDATE_VERSION, {}, self});
    });
}

// ---------------------------------------------------------------- reassignment (KIP-455)

void ZkController::writeTopic(NodeContext& ctx, const std::string& topic, std::function<void(NodeContext&, bool)> done) {
    zk::TopicJson json;
    for (const auto& [tp, state] : states_) {
        if (tp.topic != topic) continue;
        json.partitions[tp.partition] = state.replicas;
        if (!state.adding.empty()) json.addingReplicas[tp.partition] = state.adding;
        if (!state.removing.empty()) json.removingReplicas[tp.partition] = state.removing;
    }
    const std::uint64_t gen = generation_;
    zk().request(ctx, fenced(zkRequest(ZkOp::SetData, "/brokers/topics/" + topic, zk::topicJson(json))),
                [this, gen, done](NodeContext& c, const ZkResponse& r) {
                    if (gen != generation_) return;
                    done(c, r.error == ZkError::Ok);
                });
}

void ZkController::handleReassignment(NodeContext& ctx, NodeId from, const AlterPartitionReassignmentsRequest& request) {
    const TopicPartition tp = request.tp;
    auto reply = [&](KafkaError error, Text message) {
        ctx.send(from, AdminResponse{request.correlationId, error, std::move(message), self_});
    };
    auto it = states_.find(tp);
    if (it == states_.end()) return reply(KafkaError::UNKNOWN_TOPIC_OR_PARTITION, EngineText::tr("Partition %1 does "
                                                                                                 "not exist.")
        .args(tp.str()));
    PartitionState& state = it->second;
    if (state.reassigning() || reassignmentWrites_.count(tp))
        return reply(KafkaError::REASSIGNMENT_IN_PROGRESS, EngineText::tr("a reassignment of %1 is already running")
            .args(tp.str()));
    const std::vector<BrokerId>& target = request.targetReplicas;
    if (target.empty()) return reply(KafkaError::INVALID_REPLICA_ASSIGNMENT, EngineText::tr("the new replica list is "
                                                                                            "empty"));
    for (std::size_t i = 0; i < target.size(); ++i)
        if (std::find(target.begin(), target.begin() + static_cast<std::ptrdiff_t>(i), target[i]) !=
            target.begin() + static_cast<std::ptrdiff_t>(i))
            return reply(KafkaError::INVALID_REPLICA_ASSIGNMENT, EngineText::tr("broker %1 is listed twice")
                .args(target[i]));
    std::vector<BrokerId> replicas = target;
    std::vector<BrokerId> adding;
    std::vector<BrokerId> removing;
    for (BrokerId b : target)
        if (!contains(state.replicas, b)) adding.push_back(b);
    for (BrokerId b : state.replicas)
        if (!contains(target, b)) {
            removing.push_back(b);
            replicas.push_back(b);
        }
    // As Kafka's ZooKeeper controller: a new replica must be on a live broker, to start copying.
    for (BrokerId b : adding)
        if (!live_.count(b))
            return reply(KafkaError::INVALID_REPLICA_ASSIGNMENT,
                         EngineText::tr("broker %1 is not alive (live brokers %2)")
                             .args(b, formatIds(std::vector<BrokerId>(live_.begin(), live_.end()))));
    if (replicas == state.replicas) return reply(KafkaError::NONE, {});
    Text reassigning =
        !adding.empty() && !removing.empty()
            ? EngineText::tr("reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, adding %6, "
                             "removing %7; %6 "
                             "must catch up and join the ISR first")
        : !adding.empty() ? EngineText::tr("reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, "
                                           "adding %6; %6 "
                                           "must catch up and join the ISR first")
        : !removing.empty() ? EngineText::tr("reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, "
                                             "removing %7")
                            : EngineText::tr("reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5");
    emit(ctx,
         std::move(reassigning)
             .args(tp.str(), formatIds(state.replicas), formatIds(target), tp.topic, formatIds(replicas), formatIds(adding),
                   formatIds(removing)),
         {partitionSubject(tp)});
    state.replicas = replicas;
    state.adding = adding;
    state.removing = removing;
    reassignmentWrites_.insert(tp);
    const CorrelationId id = request.correlationId;
    writeTopic(ctx, tp.topic, [this, tp, from, id](NodeContext& c, bool ok) {
        reassignmentWrites_.erase(tp);
        if (!ok) {
            emit(c, EngineText::tr("could not write /brokers/topics/%1 (the topic is gone or another controller took "
                                   "over)")
                .args(tp.topic));
            c.send(from, AdminResponse{id, KafkaError::NOT_CONTROLLER, EngineText::tr("the reassignment could not be "
                                                                                      "written to ZooKeeper"), kNoNode});
            return;
        }
        c.send(from, AdminResponse{id, KafkaError::NONE, {}, self_});
        if (!states_.count(tp)) return;
        // LeaderAndIsr with the full replica set: the new replicas create their logs and start
        // fetching from the leader, which adds them to the ISR once they have caught up.
        sendLeaderAndIsr(c, {tp});
        sendUpdateMetadata(c);
        maybeCompleteReassignment(c, tp);
    });
}

void ZkController::maybeCompleteReassignment(NodeContext& ctx, const TopicPartition& tp) {
    auto it = states_.find(tp);
    if (it == states_.end() || !it->second.reassigning() || writing_.count(tp) || reassignmentWrites_.count(tp)) return;
    const PartitionState& state = it->second;
    const std::vector<BrokerId> target = state.target();
    for (BrokerId b : target)
        if (!contains(state.isr, b)) return;
    PartitionState next = state;
    next.isr.clear();
    for (BrokerId b : state.isr)
        if (contains(target, b)) next.isr.push_back(b);
    if (!contains(target, state.leader) || !usable(state.leader)) {
        next.leader = kNoNode;
        for (BrokerId b : target)
            if (contains(next.isr, b) && usable(b)) {
                next.leader = b;
                break;
            }
        if (next.leader == kNoNode) return;   // no target replica is alive to lead: wait for one
        ++next.leaderEpoch;
    }
    const PartitionState before = state;
    reassignmentWrites_.insert(tp);
    // As Kafka's controller does: the replica set shrinks to the target first, so that the
    // LeaderAndIsr carrying the new leader and ISR also keeps the leader from adding a leaving
    // replica back to the ISR. The topic znode follows once the state znode is written.
    PartitionState& shrunk = it->second;
    shrunk.replicas = target;
    shrunk.adding.clear();
    shrunk.removing.clear();
    if (next.leader == before.leader && next.isr == before.isr) return finishReassignment(ctx, tp, before);
    emit(ctx,
         next.leader != before.leader
             ? EngineText::tr("%1: every target replica %2 is in the ISR → leader moves to broker %3 (epoch %4), ISR "
                              "%5; "
                              "writing %6")
                   .args(tp.str(), formatIds(target), next.leader, next.leaderEpoch, formatIds(next.isr), statePath(tp))
             : EngineText::tr("%1: every target replica %2 is in the ISR → ISR %3; writing %4")
                   .args(tp.str(), formatIds(target), formatIds(next.isr), statePath(tp)),
         {partitionSubject(tp)});
    writeState(ctx, tp, next, false, [this, tp, before](NodeContext& c, bool ok) {
        if (ok) return finishReassignment(c, tp, before);
        // ZooKeeper still has the reassignment running: so does the controller. The state znode is
        // read again, and the check runs once more then.
        reassignmentWrites_.erase(tp);
        if (auto again = states_.find(tp); again != states_.end()) {
            again->second.replicas = before.replicas;
            again->second.adding = before.adding;
            again->second.removing = before.removing;
        }
    });
}

void ZkController::finishReassignment(NodeContext& ctx, const TopicPartition& tp, const PartitionState& before) {
    if (!states_.count(tp)) {
        reassignmentWrites_.erase(tp);
        return;
    }
    writeTopic(ctx, tp.topic, [this, tp, before](NodeContext& c, bool ok) {
        reassignmentWrites_.erase(tp);
        if (!ok || !states_.count(tp)) return;
        emit(c,
             (before.removing.empty()
                  ? EngineText::tr("%1 reassignment done: replicas %2 → %3")
                  : EngineText::tr("%1 reassignment done: replicas %2 → %3; StopReplica (delete) to broker(s) %4"))
                 .args(tp.str(), formatIds(before.replicas), formatIds(states_.at(tp).replicas), formatIds(before.removing)),
             {partitionSubject(tp)});
        sendLeaderAndIsr(c, {tp});
        StopReplicaRequest stop;
        stop.controllerId = self_;
        stop.controllerEpoch = epoch_;
        stop.partitions.push_back(wireState(tp));
        for (BrokerId b : before.removing)
            if (live_.count(b)) c.send(b, stop);
        sendUpdateMetadata(c);
    });
}

}  // namespace ks
