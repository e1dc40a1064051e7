#include "zookeeper/zk_broker_agent.h"

#include <set>

#include "broker/broker.h"
#include "zookeeper/znode_json.h"

namespace ks {
namespace {

constexpr std::int32_t kSessionTimeoutMs = 18000;   // zookeeper.session.timeout.ms (Kafka 3.x)
constexpr std::uint64_t kRegisterRetry = ZkBrokerAgent::kTimerBase | 1;

PartitionRecord partitionRecord(const ZkPartitionState& s) {
    return PartitionRecord{s.tp, s.replicas, s.isr, s.leader, s.leaderEpoch, s.zkVersion, s.addingReplicas, s.removingReplicas};
}

}  // namespace

ZkBrokerAgent::ZkBrokerAgent(Broker& broker, std::vector<NodeId> ensemble)
    : broker_(&broker), zk_(std::move(ensemble), kSessionTimeoutMs), controller_(broker.id(), zk_) {}

void ZkBrokerAgent::start(NodeContext& ctx) {
    installHandlers();
    ctx.emit(EventKind::Cluster, EngineText::tr("broker %1 starting, connecting to ZooKeeper").args(broker_->id()),
             {brokerSubject(broker_->id())});
    zk_.connect(ctx);
}

void ZkBrokerAgent::rebind(Broker& broker) {
    broker_ = &broker;
    controller_.rebind(zk_);
    installHandlers();
}

void ZkBrokerAgent::installHandlers() {
    zk_.onSession = [this](NodeContext& c) { registerBroker(c); };
    zk_.onSessionExpired = [this](NodeContext& c) {
        c.emit(EventKind::Cluster,
               EngineText::tr("broker %1: its ZooKeeper session expired; opening a new one").args(broker_->id()),
               {brokerSubject(broker_->id())});
        controller_.deactivate(c);
        broker_->state_ = BrokerState::Registering;
        zk_.connect(c);
    };
    zk_.onWatch = [this](NodeContext& c, const ZkWatchEvent& event) {
        if (event.path == "/controller") {
            if (event.type == ZkEventType::NodeDeleted)
                c.emit(EventKind::Controller,
                       EngineText::tr("broker %1 saw /controller deleted → races to create it").args(broker_->id()),
                       {brokerSubject(broker_->id())});
            electController(c);
        } else {
            controller_.onWatch(c, event);
        }
    };
}

void ZkBrokerAgent::registerBroker(NodeContext& ctx) {
    const std::string path = "/brokers/ids/" + std::to_string(broker_->id());
    zk_.request(ctx, zkRequest(ZkOp::Create, path, zk::brokerJson(broker_->id()), false, -1, true),
                [this, path](NodeContext& c, const ZkResponse& r) {
                    if (r.error == ZkError::Ok) {
                        broker_->state_ = BrokerState::Running;
                        c.emit(EventKind::Cluster,
                               EngineText::tr("broker %1 registered %2 (ephemeral)").args(broker_->id(), path),
                               {brokerSubject(broker_->id())});
                        electController(c);
                        return;
                    }
                    zk_.request(c, zkRequest(ZkOp::GetData, path), [this, path](NodeContext& c2, const ZkResponse& owner) {
                        if (owner.error == ZkError::Ok && owner.ephemeralOwner == zk_.sessionId()) {
                            broker_->state_ = BrokerState::Running;
                            electController(c2);
                            return;
                        }
                        c2.emit(EventKind::Cluster,
                                EngineText::tr("broker %1: %2 still belongs to its previous session; retrying until that session expires")
                                    .args(broker_->id(), path),
                                {brokerSubject(broker_->id())});
                        c2.setTimer(c2.now() + seconds(1), kRegisterRetry);
                    });
                });
}

void ZkBrokerAgent::electController(NodeContext& ctx) {
    zk_.request(ctx, zkRequest(ZkOp::GetData, "/controller", {}, true), [this](NodeContext& c, const ZkResponse& r) {
        if (r.error == ZkError::Ok) {
            if (auto id = zk::parseControllerJson(r.data)) controllerId_ = *id;
            if (controllerId_ != broker_->id()) controller_.deactivate(c);
            return;
        }
        zk_.request(c, zkRequest(ZkOp::Exists, "/controller", {}, true), [](NodeContext&, const ZkResponse&) {});
        zk_.request(c, zkRequest(ZkOp::Create, "/controller", zk::controllerJson(broker_->id()), false, -1, true),
                    [this](NodeContext& c2, const ZkResponse& created) {
                        if (created.error == ZkError::Ok) {
                            controllerId_ = broker_->id();
                            controller_.activate(c2);
                        }
                    });
    });
}

bool ZkBrokerAgent::fromStaleController(std::int32_t epoch) {
    if (epoch < controllerEpoch_) return true;
    controllerEpoch_ = epoch;
    return false;
}

void ZkBrokerAgent::applyLeaderAndIsr(NodeContext& ctx, const LeaderAndIsrRequest& request) {
    if (fromStaleController(request.controllerEpoch)) return;
    controllerId_ = request.controllerId;
    std::vector<MetadataRecord> records;
    for (const ZkPartitionState& s : request.partitions) {
        if (!broker_->image_.topic(s.tp.topic)) records.push_back(TopicRecord{s.tp.topic, 0});
        records.push_back(partitionRecord(s));
    }
    broker_->applyMetadata(ctx, records);
}

void ZkBrokerAgent::applyStopReplica(NodeContext& ctx, const StopReplicaRequest& request) {
    if (fromStaleController(request.controllerEpoch)) return;
    controllerId_ = request.controllerId;
    std::vector<MetadataRecord> records;
    for (const ZkPartitionState& s : request.partitions) {
        ctx.emit(EventKind::Replication,
                 (request.deletePartitions ? EngineText::tr("broker %1: StopReplica for %2 from controller broker %3 (delete)")
                                           : EngineText::tr("broker %1: StopReplica for %2 from controller broker %3"))
                     .args(broker_->id(), s.tp.str(), request.controllerId),
                 {brokerSubject(broker_->id()), partitionSubject(s.tp)});
        records.push_back(partitionRecord(s));
    }
    // The new state no longer lists this broker: applying it stops the replica and deletes its log.
    broker_->applyMetadata(ctx, records);
}

void ZkBrokerAgent::applyUpdateMetadata(NodeContext& ctx, const UpdateMetadataRequest& request) {
    if (fromStaleController(request.controllerEpoch)) return;
    controllerId_ = request.controllerId;
    std::vector<MetadataRecord> records;
    const std::set<BrokerId> live(request.liveBrokers.begin(), request.liveBrokers.end());
    for (const auto& [id, reg] : broker_->image_.brokers())
        if (!live.count(id) && !reg.fenced) records.push_back(FenceBrokerRecord{id, 0});
    for (BrokerId id : live) {
        if (broker_->image_.isUnfenced(id)) continue;
        records.push_back(RegisterBrokerRecord{id, 0});
        records.push_back(UnfenceBrokerRecord{id, 0});
    }
    for (const std::string& topic : request.deletedTopics) records.push_back(RemoveTopicRecord{topic});
    for (const ZkPartitionState& s : request.partitions) {
        if (!broker_->image_.topic(s.tp.topic)) records.push_back(TopicRecord{s.tp.topic, 0});
        const PartitionRegistration* known = broker_->image_.partition(s.tp);
        // Only a newer state: LeaderAndIsr may already have brought this broker further. A
        // reassignment changes the replica set (the topic's znode) without a newer state znode.
        const bool sameVersion = known && known->leaderEpoch == s.leaderEpoch && known->partitionEpoch == s.zkVersion;
        if (!known || known->leaderEpoch < s.leaderEpoch || known->partitionEpoch < s.zkVersion ||
            (sameVersion && (known->replicas != s.replicas || known->addingReplicas != s.addingReplicas ||
                             known->removingReplicas != s.removingReplicas)))
            records.push_back(partitionRecord(s));
    }
    for (const ZkTopicConfig& c : request.configs) records.push_back(ConfigRecord{c.topic, c.key, c.value});
    broker_->applyMetadata(ctx, records);
}

bool ZkBrokerAgent::handle(NodeContext& ctx, NodeId from, const Message& message) {
    if (zk_.handle(ctx, from, message)) return true;
    if (const auto* d = std::get_if<Disconnected>(&message)) {
        zk_.onDisconnected(ctx, d->peer);
        return false;
    }
    if (const auto* m = std::get_if<LeaderAndIsrRequest>(&message)) {
        applyLeaderAndIsr(ctx, *m);
        return true;
    }
    if (const auto* m = std::get_if<UpdateMetadataRequest>(&message)) {
        applyUpdateMetadata(ctx, *m);
        return true;
    }
    if (const auto* m = std::get_if<StopReplicaRequest>(&message)) {
        applyStopReplica(ctx, *m);
        return true;
    }
    const bool controllerRequest = std::holds_alternative<AlterPartitionRequest>(message) ||
                                   std::holds_alternative<CreateTopicsRequest>(message) ||
                                   std::holds_alternative<DeleteTopicsRequest>(message) ||
                                   std::holds_alternative<AlterConfigsRequest>(message) ||
                                   std::holds_alternative<ElectLeadersRequest>(message) ||
                                   std::holds_alternative<AlterPartitionReassignmentsRequest>(message);
    if (!controllerRequest) return false;
    if (controller_.active() && controller_.loaded())
        controller_.handle(ctx, from, message);
    else if (auto answer = notControllerAnswer(message, controllerId_))
        ctx.send(from, std::move(*answer));
    return true;
}

void ZkBrokerAgent::handleTimer(NodeContext& ctx, std::uint64_t token) {
    if (token >= ZkClient::kTimerBase && token < ZkClient::kTimerEnd) {
        zk_.handleTimer(ctx, token);
        return;
    }
    if (token == kRegisterRetry && zk_.connected() && broker_->state_ == BrokerState::Registering) registerBroker(ctx);
}

void ZkBrokerAgent::reportLogDirFailure(NodeContext& ctx) {
    const std::string path = std::string(kLogDirEventPath) + "/log_dir_event_" + std::to_string(broker_->id());
    zk_.request(ctx, zkRequest(ZkOp::Create, path, zk::brokerJson(broker_->id()), false, -1, true),
                [this, path](NodeContext& c, const ZkResponse& r) {
                    c.emit(EventKind::Replication,
                           r.error == ZkError::Ok
                               ? EngineText::tr("broker %1 created %2 to tell the controller").args(broker_->id(), path)
                               : EngineText::tr("broker %1 could not create %2: %3")
                                   .args(broker_->id(), path, zkErrorName(r.error)),
                           {brokerSubject(broker_->id())});
                });
}

}  // namespace ks
