#include "inspector_content.h"

#include <algorithm>

#include <QCoreApplication>

#include "engine_text.h"
#include "sim_time_text.h"
#include "state_text.h"

namespace ks::ui {
namespace {

// The translation context of the inspector's texts.
class InspectorText {
    Q_DECLARE_TR_FUNCTIONS(InspectorText)
};

QString ids(const std::vector<BrokerId>& v) {
    QStringList parts;
    for (BrokerId id : v) parts << QString::number(id);
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

QString yesNo(bool b) { return b ? InspectorText::tr("yes") : InspectorText::tr("no"); }

QString node(NodeId id) { return id == kNoNode ? InspectorText::tr("none") : QString::number(id); }

QString cutsOf(const ClusterSnapshot& s, NodeId id) {
    QStringList cuts;
    for (const auto& [from, to] : s.cutLinks) {
        if (from == id) cuts << QStringLiteral("→ %1").arg(to);
        else if (to == id) cuts << QStringLiteral("← %1").arg(from);
    }
    return cuts.isEmpty() ? InspectorText::tr("none") : cuts.join(QStringLiteral(", "));
}

bool isIsolated(const ClusterSnapshot& s, NodeId id) {
    return std::find(s.isolated.begin(), s.isolated.end(), id) != s.isolated.end();
}

QString replicaRole(const PartitionSnapshot& p, const ReplicaSnapshot& r) {
    if (p.offline) return InspectorText::tr("OFFLINE partition");
    if (!r.online) return InspectorText::tr("down");
    if (r.isLeader) return InspectorText::tr("leader");
    return r.inIsr ? InspectorText::tr("follower, in sync") : InspectorText::tr("follower, OUT OF SYNC");
}

InspectorSection replicaSection(const PartitionSnapshot& p, const ReplicaSnapshot& r, const QString& title) {
    return InspectorSection{title,
                            {{InspectorText::tr("Role"), replicaRole(p, r)},
                             {InspectorText::tr("Log end offset (LEO)"), QString::number(r.logEndOffset)},
                             {InspectorText::tr("High watermark (HW)"), QString::number(r.highWatermark)},
                             {InspectorText::tr("Lag behind the leader"), InspectorText::tr("%n offset(s)", nullptr, static_cast<int>(r.lag))},
                             {InspectorText::tr("In the ISR"), yesNo(r.inIsr)},
                             {InspectorText::tr("Broker running"), yesNo(r.online)},
                             {InspectorText::tr("Log start offset"), QString::number(r.logStartOffset)},
                             {InspectorText::tr("Size"), InspectorText::tr("%1 bytes in %n segment(s)", nullptr, static_cast<int>(r.segments)).arg(r.sizeBytes)},
                             {InspectorText::tr("Latest leader epoch in its log"), QString::number(r.latestEpoch)}}};
}

InspectorContent describeCluster(const ClusterSnapshot& s) {
    InspectorContent c;
    c.heading = InspectorText::tr("Cluster");
    c.summary = InspectorText::tr("Click a broker, controller, replica, producer, group or consumer to see everything about it.");
    QStringList topics;
    int internal = 0;
    for (const TopicSnapshot& t : s.topics) {
        if (t.name.rfind("__", 0) == 0) ++internal;
        else topics << QStringLiteral("%1 (%2×%3)").arg(QString::fromStdString(t.name)).arg(t.partitions).arg(t.replicationFactor);
    }
    if (internal) topics << InspectorText::tr("%1 internal").arg(internal);
    c.sections.push_back({InspectorText::tr("Overview"),
                          {{InspectorText::tr("Mode"), QString::fromStdString(s.mode)},
                           {InspectorText::tr("Seed"), QString::number(s.seed)},
                           {InspectorText::tr("Simulated time"), formatSeconds(s.time)},
                           {InspectorText::tr("Active controller"), s.mode == "zookeeper" && s.activeController != kNoNode
                                                                     ? InspectorText::tr("broker %1").arg(s.activeController)
                                                                     : node(s.activeController)},
                           {InspectorText::tr("Brokers"), QString::number(s.brokers.size())},
                           {s.mode == "zookeeper" ? InspectorText::tr("ZooKeeper nodes") : InspectorText::tr("Controllers"),
                            QString::number(s.controllers.size())},
                           {InspectorText::tr("Topics"), topics.isEmpty() ? InspectorText::tr("none") : topics.join(QStringLiteral(", "))},
                           {InspectorText::tr("Partitions"), QString::number(s.partitions.size())},
                           {InspectorText::tr("Under-replicated"), QString::number(s.underReplicatedCount())},
                           {InspectorText::tr("Offline"), QString::number(s.offlineCount())},
                           {InspectorText::tr("Committed metadata records"), QString::number(s.metadataOffset)},
                           {InspectorText::tr("Engine events processed"), QString::number(s.eventsProcessed)},
                           {InspectorText::tr("Consumer groups"), QString::number(s.groups.size())},
                           {InspectorText::tr("Consumers"), QString::number(s.consumers.size())}}});
    return c;
}

InspectorContent describeBroker(const ClusterSnapshot& s, int id) {
    auto b = std::find_if(s.brokers.begin(), s.brokers.end(), [&](const BrokerSnapshot& x) { return x.id == id; });
    if (b == s.brokers.end()) return describeCluster(s);
    InspectorContent c;
    c.heading = InspectorText::tr("Broker %1").arg(id);
    c.summary = InspectorText::tr("%1 · leads %2 of its %n replica(s)", nullptr, b->replicaCount)
                    .arg(stateText(b->state))
                    .arg(b->leaderCount);
    c.sections.push_back({InspectorText::tr("Broker"),
                          {{InspectorText::tr("State"), stateText(b->state)},
                           {InspectorText::tr("Leader replicas"), QString::number(b->leaderCount)},
                           {InspectorText::tr("Replicas"), QString::number(b->replicaCount)},
                           {InspectorText::tr("Bytes on disk"), QString::number(b->sizeBytes)},
                           {InspectorText::tr("Isolated"), yesNo(isIsolated(s, id))},
                           {InspectorText::tr("Links cut"), cutsOf(s, id)}}});
    if (s.mode == "zookeeper") c.sections.back().rows.emplace_back(InspectorText::tr("The controller"), yesNo(s.activeController == id));
    c.sections.back().rows.emplace_back(InspectorText::tr("Controller's view"),
                                        b->controllerView.empty() ? InspectorText::tr("no active controller")
                                                                  : stateText(b->controllerView));
    if (b->sinceHeartbeat >= 0)
        c.sections.back().rows.emplace_back(InspectorText::tr("Last heartbeat"), InspectorText::tr("%1 ago").arg(formatDuration(b->sinceHeartbeat)));
    c.sections.back().rows.emplace_back(InspectorText::tr("Replica fetchers"),
                                        b->replicaFetchDelay > 0
                                            ? InspectorText::tr("slow: wait %1 between fetches").arg(formatDuration(b->replicaFetchDelay))
                                            : InspectorText::tr("normal"));
    c.sections.back().rows.emplace_back(InspectorText::tr("Log dir"),
                                        b->logDirOffline ? InspectorText::tr("offline (disk full): restart the broker to heal it")
                                        : b->diskFull    ? InspectorText::tr("online, but the disk is full: the next write fails")
                                                         : InspectorText::tr("online"));
    InspectorSection replicas{InspectorText::tr("Replicas on this broker"), {}};
    for (const PartitionSnapshot& p : s.partitions)
        for (const ReplicaSnapshot& r : p.replicaStates)
            if (r.broker == id)
                replicas.rows.emplace_back(QString::fromStdString(p.tp.str()),
                                           InspectorText::tr("%1 · LEO %2 · HW %3 · lag %4").arg(replicaRole(p, r)).arg(r.logEndOffset).arg(r.highWatermark).arg(r.lag));
    if (replicas.rows.empty()) replicas.rows.emplace_back(InspectorText::tr("(none)"), QString());
    c.sections.push_back(replicas);
    return c;
}

InspectorContent describeController(const ClusterSnapshot& s, int id) {
    auto k = std::find_if(s.controllers.begin(), s.controllers.end(), [&](const ControllerSnapshot& x) { return x.id == id; });
    if (k == s.controllers.end()) return describeCluster(s);
    InspectorContent c;
    const bool zookeeper = k->kind == "zookeeper";
    c.heading = (zookeeper ? InspectorText::tr("ZooKeeper node %1") : InspectorText::tr("Controller %1")).arg(id);
    if (zookeeper)
        c.summary = InspectorText::tr("%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3")
                        .arg(stateText(k->role))
                        .arg(k->epoch)
                        .arg(node(s.activeController));
    else
        c.summary = k->active ? InspectorText::tr("The active controller: the quorum leader in term %1").arg(k->epoch)
                              : InspectorText::tr("%1 in term %2").arg(stateText(k->role)).arg(k->epoch);
    c.sections.push_back({zookeeper ? InspectorText::tr("ZooKeeper node") : InspectorText::tr("Controller"),
                          {{InspectorText::tr("State"), stateText(k->state)},
                           {InspectorText::tr("Quorum role"), stateText(k->role)},
                           {InspectorText::tr("Term (epoch)"), QString::number(k->epoch)},
                           {InspectorText::tr("Committed up to (HW)"), QString::number(k->highWatermark)},
                           {InspectorText::tr("Log end offset"), QString::number(k->logLength)},
                           {InspectorText::tr("Log start offset"), QString::number(k->logStartOffset)},
                           {InspectorText::tr("Latest snapshot"),
                            k->snapshotEndOffset < 0 ? InspectorText::tr("none")
                                                     : InspectorText::tr("%1-%2 (end offset-epoch)")
                                                           .arg(k->snapshotEndOffset)
                                                           .arg(k->snapshotEpoch)},
                           {InspectorText::tr("Isolated"), yesNo(isIsolated(s, id))},
                           {InspectorText::tr("Links cut"), cutsOf(s, id)}}});
    if (!zookeeper) c.sections.back().rows.insert(c.sections.back().rows.begin() + 2, {InspectorText::tr("Active controller"), yesNo(k->active)});
    return c;
}

InspectorContent describePartition(const ClusterSnapshot& s, const Subject& subject) {
    auto p = std::find_if(s.partitions.begin(), s.partitions.end(),
                          [&](const PartitionSnapshot& x) { return QString::fromStdString(x.tp.str()) == subject.name; });
    if (p == s.partitions.end()) return describeCluster(s);
    InspectorContent c;
    c.heading = InspectorText::tr("Partition %1").arg(subject.name);
    c.summary = p->offline ? InspectorText::tr("OFFLINE: no replica can lead it")
                           : InspectorText::tr("leader broker %1 (epoch %2), ISR %3").arg(p->leader).arg(p->leaderEpoch).arg(ids(p->isr));
    InspectorSection main{InspectorText::tr("Partition"),
                          {{InspectorText::tr("Leader"), node(p->leader)},
                           {InspectorText::tr("Leader epoch"), QString::number(p->leaderEpoch)},
                           {InspectorText::tr("Partition epoch"), QString::number(p->partitionEpoch)},
                           {InspectorText::tr("Replicas"), ids(p->replicas)},
                           {InspectorText::tr("ISR"), ids(p->isr)},
                           {InspectorText::tr("High watermark (HW)"), QString::number(p->highWatermark)},
                           {InspectorText::tr("Log end offset (LEO)"), QString::number(p->logEndOffset)},
                           {InspectorText::tr("Log start offset"), QString::number(p->logStartOffset)},
                           {InspectorText::tr("Under-replicated"), yesNo(p->underReplicated)},
                           {InspectorText::tr("Offline"), yesNo(p->offline)}}};
    if (!p->addingReplicas.empty() || !p->removingReplicas.empty()) {
        main.rows.emplace_back(InspectorText::tr("Reassignment: adding"), ids(p->addingReplicas));
        main.rows.emplace_back(InspectorText::tr("Reassignment: removing"), ids(p->removingReplicas));
    }
    c.sections.push_back(main);
    for (const TopicSnapshot& t : s.topics) {
        if (t.name != p->tp.topic || t.configs.empty()) continue;
        InspectorSection configs{InspectorText::tr("Topic %1 configs").arg(QString::fromStdString(t.name)), {}};
        for (const auto& [key, value] : t.configs) configs.rows.emplace_back(QString::fromStdString(key), QString::fromStdString(value));
        c.sections.push_back(configs);
    }
    std::vector<const ReplicaSnapshot*> order;
    for (const ReplicaSnapshot& r : p->replicaStates) order.push_back(&r);
    std::stable_partition(order.begin(), order.end(), [&](const ReplicaSnapshot* r) { return r->broker == subject.replicaBroker; });
    for (const ReplicaSnapshot* r : order)
        c.sections.push_back(replicaSection(*p, *r, (r->broker == subject.replicaBroker ? InspectorText::tr("Replica on broker %1 (picked)") : InspectorText::tr("Replica on broker %1")).arg(r->broker)));
    return c;
}

QString offset(Offset o) { return o < 0 ? InspectorText::tr("none") : QString::number(o); }

QString partitions(const std::vector<TopicPartition>& tps) {
    QStringList names;
    for (const TopicPartition& tp : tps) names << QString::fromStdString(tp.str());
    return names.isEmpty() ? InspectorText::tr("none") : names.join(QStringLiteral(", "));
}

InspectorContent describeConsumer(const ClusterSnapshot& s, const Subject& subject) {
    const ConsumerSnapshot* c = s.consumer(subject.name.toStdString());
    if (!c) return describeCluster(s);
    InspectorContent content;
    content.heading = InspectorText::tr("Consumer %1").arg(subject.name);
    content.summary = c->group.empty() ? InspectorText::tr("%1, on its own").arg(stateText(c->process))
                                       : InspectorText::tr("%1 in group %2, %3").arg(stateText(c->process), QString::fromStdString(c->group),
                                                                                memberStateText(*c));
    content.sections.push_back({InspectorText::tr("Consumer"),
                                {{InspectorText::tr("Node"), node(c->node)},
                                 {InspectorText::tr("Process"), stateText(c->process)},
                                 {InspectorText::tr("Group"), c->group.empty() ? InspectorText::tr("none") : QString::fromStdString(c->group)},
                                 {InspectorText::tr("Member id"), c->memberId.empty() ? InspectorText::tr("none") : QString::fromStdString(c->memberId)},
                                 {InspectorText::tr("Static member (group.instance.id)"), c->groupInstanceId.empty() ? InspectorText::tr("no") : QString::fromStdString(c->groupInstanceId)},
                                 {InspectorText::tr("Generation"), QString::number(c->generation)},
                                 {InspectorText::tr("Member state"), memberStateText(*c)},
                                 {InspectorText::tr("Application state"), stateText(c->appState)},
                                 {InspectorText::tr("Assignors"), QString::fromStdString(c->assignors)},
                                 {InspectorText::tr("Rebalance protocol"), QString::fromStdString(c->rebalanceProtocol)},
                                 {InspectorText::tr("Coordinator"), node(c->coordinator)},
                                 {InspectorText::tr("Records polled"), QString::number(c->polled)},
                                 {InspectorText::tr("Records processed"), QString::number(c->processed)},
                                 {InspectorText::tr("Commits (failed)"), QStringLiteral("%1 (%2)").arg(c->commits).arg(c->commitFailures)},
                                 {InspectorText::tr("Rebalances"), QString::number(c->rebalances)}}});
    for (const ConsumerPartitionSnapshot& p : c->partitions)
        content.sections.push_back({InspectorText::tr("Owns %1").arg(QString::fromStdString(p.tp.str())),
                                    {{InspectorText::tr("Position (next offset)"), offset(p.position)},
                                     {InspectorText::tr("Committed"), offset(p.committed)},
                                     {InspectorText::tr("High watermark seen"), offset(p.highWatermark)},
                                     {InspectorText::tr("Lag"), QString::number(p.lag)},
                                     {InspectorText::tr("Reads from broker"), node(p.readFrom)},
                                     {InspectorText::tr("Error"), p.error.empty() ? InspectorText::tr("none") : engineText(p.error)}}});
    if (c->partitions.empty()) content.sections.push_back({InspectorText::tr("Owns"), {{InspectorText::tr("(nothing)"), QString()}}});
    return content;
}

InspectorContent describeGroup(const ClusterSnapshot& s, const Subject& subject) {
    const GroupSnapshot* g = s.group(subject.name.toStdString());
    if (!g) return describeCluster(s);
    InspectorContent content;
    content.heading = InspectorText::tr("Consumer group %1").arg(subject.name);
    content.summary = InspectorText::tr("%1, generation %2, %n member(s), lag %3", nullptr, static_cast<int>(g->members.size()))
                          .arg(QString::fromStdString(g->state))
                          .arg(g->generation)
                          .arg(g->lag);
    content.sections.push_back({InspectorText::tr("Group"),
                                {{InspectorText::tr("State"), QString::fromStdString(g->state)},
                                 {InspectorText::tr("Generation"), QString::number(g->generation)},
                                 {InspectorText::tr("Coordinator"), node(g->coordinator)},
                                 {InspectorText::tr("Offsets stored in"), QString::fromStdString(g->offsetsPartition.str())},
                                 {InspectorText::tr("Assignor"), g->protocol.empty() ? InspectorText::tr("none yet") : QString::fromStdString(g->protocol)},
                                 {InspectorText::tr("Rebalance protocol"), QString::fromStdString(g->rebalanceProtocol)},
                                 {InspectorText::tr("Lag"), QString::number(g->lag)},
                                 {InspectorText::tr("Oldest unread record"), g->lagTime > 0 ? formatSeconds(g->lagTime) : InspectorText::tr("none")},
                                 {InspectorText::tr("Records processed"), QString::number(g->processed)},
                                 {InspectorText::tr("Processed twice (duplicates)"), QString::number(g->duplicates)},
                                 {InspectorText::tr("Never processed (skipped)"), QString::number(g->skipped)}}});
    InspectorSection members{InspectorText::tr("Members"), {}};
    for (const GroupMemberSnapshot& m : g->members)
        members.rows.emplace_back(m.memberId == g->leader ? InspectorText::tr("%1 (leader)").arg(QString::fromStdString(m.clientId)) : QString::fromStdString(m.clientId),
                                  m.idle ? InspectorText::tr("idle: no partitions") : partitions(m.assignment));
    if (members.rows.empty()) members.rows.emplace_back(InspectorText::tr("(none)"), QString());
    content.sections.push_back(members);
    InspectorSection parts{InspectorText::tr("Partitions"), {}};
    for (const GroupPartitionSnapshot& p : g->partitions)
        parts.rows.emplace_back(QString::fromStdString(p.tp.str()),
                                InspectorText::tr("%1 · position %2 · committed %3 · end %4 · lag %5")
                                    .arg(p.owner.empty() ? InspectorText::tr("no owner") : QString::fromStdString(p.owner), offset(p.position), offset(p.committed))
                                    .arg(p.logEndOffset)
                                    .arg(p.lag));
    content.sections.push_back(parts);
    if (!g->rebalances.empty()) {
        const RebalanceSnapshot& r = g->rebalances.back();
        InspectorSection last{InspectorText::tr("Last rebalance"),
                              {{InspectorText::tr("Reason"), engineText(r.reason)},
                               {InspectorText::tr("Started"), formatSeconds(r.start)},
                               {InspectorText::tr("Took"), r.end < 0 ? InspectorText::tr("still running") : formatSeconds(r.end - r.start)},
                               {InspectorText::tr("Generations"), QStringLiteral("%1 → %2").arg(r.fromGeneration).arg(r.generation)}}};
        for (const RebalanceMemberSnapshot& m : r.members)
            last.rows.emplace_back(QString::fromStdString(m.clientId), InspectorText::tr("revoked %1 · lost %2 · assigned %3")
                                                                             .arg(partitions(m.revoked), partitions(m.lost), partitions(m.assigned)));
        content.sections.push_back(last);
    }
    return content;
}

InspectorContent describeClient(const ClusterSnapshot& s, const Subject& subject, const InspectorContext& context) {
    auto p = std::find_if(s.producers.begin(), s.producers.end(),
                          [&](const ProducerSnapshot& x) { return QString::fromStdString(x.clientId) == subject.name; });
    if (p == s.producers.end()) return describeCluster(s);
    InspectorContent c;
    c.heading = subject.name;
    const NodeId id = p->node;
    c.summary = InspectorText::tr("Producer client on node %1").arg(node(id));
    c.sections.push_back({InspectorText::tr("Producer"),
                          {{InspectorText::tr("Node"), node(id)},
                           {InspectorText::tr("Records sent"), QString::number(p->sent)},
                           {InspectorText::tr("Acknowledged"), QString::number(p->acked)},
                           {InspectorText::tr("Failed"), QString::number(p->failed)},
                           {InspectorText::tr("Pending"), QString::number(p->sent - p->acked - p->failed)},
                           {InspectorText::tr("Batch retries"), QString::number(p->retries)},
                           {InspectorText::tr("State"), QString::fromStdString(p->state)},
                           {InspectorText::tr("Isolated"), yesNo(isIsolated(s, id))},
                           {InspectorText::tr("Links cut"), cutsOf(s, id)}}});
    c.sections.push_back({InspectorText::tr("Configs"),
                          {{QStringLiteral("acks"), p->acks == -1 ? QStringLiteral("all") : QString::number(p->acks)},
                           {QStringLiteral("linger.ms"), QString::number(p->linger / kMicrosPerMilli)},
                           {QStringLiteral("batch.size"), QString::number(p->batchSize)},
                           {QStringLiteral("partitioner"), QString::fromStdString(p->partitioner)}}});
    InspectorSection written{InspectorText::tr("Partitions written"), {}};
    for (const ProducerPartitionSnapshot& w : p->partitions)
        written.rows.emplace_back(QString::fromStdString(w.tp.str()),
                                  InspectorText::tr("%1 record(s), %2 acknowledged, last %3")
                                      .arg(w.records)
                                      .arg(w.acked)
                                      .arg(formatSeconds(w.lastAppend)));
    if (!written.rows.empty()) c.sections.push_back(written);
    if (p->clientId != "producer-1") return c;
    const BackgroundProducerState& b = context.producer;
    c.sections.push_back({InspectorText::tr("Background producer"),
                          {{InspectorText::tr("Running"), yesNo(b.enabled)},
                           {InspectorText::tr("Topic"), QString::fromStdString(b.topic)},
                           {InspectorText::tr("Records per send"), QString::number(b.recordsPerTick)},
                           {InspectorText::tr("Every"), formatSeconds(b.interval)}}});
    return c;
}

}  // namespace

InspectorContent describeSubject(const ClusterSnapshot& snapshot, const Subject& subject, const InspectorContext& context) {
    switch (subject.kind) {
    case Subject::Kind::Broker: return describeBroker(snapshot, subject.id());
    case Subject::Kind::Controller:
    case Subject::Kind::ZooKeeper: return describeController(snapshot, subject.id());
    case Subject::Kind::Partition: return describePartition(snapshot, subject);
    case Subject::Kind::Client: return describeClient(snapshot, subject, context);
    case Subject::Kind::Consumer: return describeConsumer(snapshot, subject);
    case Subject::Kind::Group: return describeGroup(snapshot, subject);
    case Subject::Kind::Link:
    case Subject::Kind::None: break;
    }
    return describeCluster(snapshot);
}

}  // namespace ks::ui
