#include "inspector_content.h"

#include <algorithm>

#include "sim_time_text.h"

namespace ks::ui {
namespace {

QString ids(const std::vector<BrokerId>& v) {
    QStringList parts;
    for (BrokerId id : v) parts << QString::number(id);
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

QString yesNo(bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); }

QString node(NodeId id) { return id == kNoNode ? QStringLiteral("none") : QString::number(id); }

QString cutsOf(const ClusterSnapshot& s, NodeId id) {
    QStringList cuts;
    for (const auto& [from, to] : s.cutLinks) {
        if (from == id) cuts << QStringLiteral("→ %1").arg(to);
        else if (to == id) cuts << QStringLiteral("← %1").arg(from);
    }
    return cuts.isEmpty() ? QStringLiteral("none") : cuts.join(QStringLiteral(", "));
}

bool isIsolated(const ClusterSnapshot& s, NodeId id) {
    return std::find(s.isolated.begin(), s.isolated.end(), id) != s.isolated.end();
}

QString replicaRole(const PartitionSnapshot& p, const ReplicaSnapshot& r) {
    if (p.offline) return QStringLiteral("OFFLINE partition");
    if (!r.online) return QStringLiteral("down");
    if (r.isLeader) return QStringLiteral("leader");
    return r.inIsr ? QStringLiteral("follower, in sync") : QStringLiteral("follower, OUT OF SYNC");
}

InspectorSection replicaSection(const PartitionSnapshot& p, const ReplicaSnapshot& r, const QString& title) {
    return InspectorSection{title,
                            {{QStringLiteral("Role"), replicaRole(p, r)},
                             {QStringLiteral("Log end offset (LEO)"), QString::number(r.logEndOffset)},
                             {QStringLiteral("High watermark (HW)"), QString::number(r.highWatermark)},
                             {QStringLiteral("Lag behind the leader"), QStringLiteral("%1 offset(s)").arg(r.lag)},
                             {QStringLiteral("In the ISR"), yesNo(r.inIsr)},
                             {QStringLiteral("Broker running"), yesNo(r.online)},
                             {QStringLiteral("Log start offset"), QString::number(r.logStartOffset)},
                             {QStringLiteral("Size"), QStringLiteral("%1 bytes in %2 segment(s)").arg(r.sizeBytes).arg(r.segments)},
                             {QStringLiteral("Latest leader epoch in its log"), QString::number(r.latestEpoch)}}};
}

InspectorContent describeCluster(const ClusterSnapshot& s) {
    InspectorContent c;
    c.heading = QStringLiteral("Cluster");
    c.summary = QStringLiteral("Click a broker, controller, replica, producer, group or consumer to see everything about it.");
    QStringList topics;
    int internal = 0;
    for (const TopicSnapshot& t : s.topics) {
        if (t.name.rfind("__", 0) == 0) ++internal;
        else topics << QStringLiteral("%1 (%2×%3)").arg(QString::fromStdString(t.name)).arg(t.partitions).arg(t.replicationFactor);
    }
    if (internal) topics << QStringLiteral("%1 internal").arg(internal);
    c.sections.push_back({QStringLiteral("Overview"),
                          {{QStringLiteral("Mode"), QString::fromStdString(s.mode)},
                           {QStringLiteral("Seed"), QString::number(s.seed)},
                           {QStringLiteral("Simulated time"), formatSeconds(s.time)},
                           {QStringLiteral("Active controller"), s.mode == "zookeeper" && s.activeController != kNoNode
                                                                     ? QStringLiteral("broker %1").arg(s.activeController)
                                                                     : node(s.activeController)},
                           {QStringLiteral("Brokers"), QString::number(s.brokers.size())},
                           {s.mode == "zookeeper" ? QStringLiteral("ZooKeeper nodes") : QStringLiteral("Controllers"),
                            QString::number(s.controllers.size())},
                           {QStringLiteral("Topics"), topics.isEmpty() ? QStringLiteral("none") : topics.join(QStringLiteral(", "))},
                           {QStringLiteral("Partitions"), QString::number(s.partitions.size())},
                           {QStringLiteral("Under-replicated"), QString::number(s.underReplicatedCount())},
                           {QStringLiteral("Offline"), QString::number(s.offlineCount())},
                           {QStringLiteral("Committed metadata records"), QString::number(s.metadataOffset)},
                           {QStringLiteral("Engine events processed"), QString::number(s.eventsProcessed)},
                           {QStringLiteral("Consumer groups"), QString::number(s.groups.size())},
                           {QStringLiteral("Consumers"), QString::number(s.consumers.size())}}});
    return c;
}

InspectorContent describeBroker(const ClusterSnapshot& s, int id) {
    auto b = std::find_if(s.brokers.begin(), s.brokers.end(), [&](const BrokerSnapshot& x) { return x.id == id; });
    if (b == s.brokers.end()) return describeCluster(s);
    InspectorContent c;
    c.heading = QStringLiteral("Broker %1").arg(id);
    c.summary = QStringLiteral("%1 · leads %2 of its %3 replica(s)").arg(QString::fromStdString(b->state)).arg(b->leaderCount).arg(b->replicaCount);
    c.sections.push_back({QStringLiteral("Broker"),
                          {{QStringLiteral("State"), QString::fromStdString(b->state)},
                           {QStringLiteral("Leader replicas"), QString::number(b->leaderCount)},
                           {QStringLiteral("Replicas"), QString::number(b->replicaCount)},
                           {QStringLiteral("Bytes on disk"), QString::number(b->sizeBytes)},
                           {QStringLiteral("Isolated"), yesNo(isIsolated(s, id))},
                           {QStringLiteral("Links cut"), cutsOf(s, id)}}});
    if (s.mode == "zookeeper") c.sections.back().rows.emplace_back(QStringLiteral("The controller"), yesNo(s.activeController == id));
    InspectorSection replicas{QStringLiteral("Replicas on this broker"), {}};
    for (const PartitionSnapshot& p : s.partitions)
        for (const ReplicaSnapshot& r : p.replicaStates)
            if (r.broker == id)
                replicas.rows.emplace_back(QString::fromStdString(p.tp.str()),
                                           QStringLiteral("%1 · LEO %2 · HW %3 · lag %4").arg(replicaRole(p, r)).arg(r.logEndOffset).arg(r.highWatermark).arg(r.lag));
    if (replicas.rows.empty()) replicas.rows.emplace_back(QStringLiteral("(none)"), QString());
    c.sections.push_back(replicas);
    return c;
}

InspectorContent describeController(const ClusterSnapshot& s, int id) {
    auto k = std::find_if(s.controllers.begin(), s.controllers.end(), [&](const ControllerSnapshot& x) { return x.id == id; });
    if (k == s.controllers.end()) return describeCluster(s);
    InspectorContent c;
    const bool zookeeper = k->kind == "zookeeper";
    c.heading = (zookeeper ? QStringLiteral("ZooKeeper node %1") : QStringLiteral("Controller %1")).arg(id);
    if (zookeeper)
        c.summary = QStringLiteral("%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3")
                        .arg(QString::fromStdString(k->role))
                        .arg(k->epoch)
                        .arg(node(s.activeController));
    else
        c.summary = k->active ? QStringLiteral("The active controller: the quorum leader in term %1").arg(k->epoch)
                              : QStringLiteral("%1 in term %2").arg(QString::fromStdString(k->role)).arg(k->epoch);
    c.sections.push_back({zookeeper ? QStringLiteral("ZooKeeper node") : QStringLiteral("Controller"),
                          {{QStringLiteral("State"), QString::fromStdString(k->state)},
                           {QStringLiteral("Quorum role"), QString::fromStdString(k->role)},
                           {QStringLiteral("Term (epoch)"), QString::number(k->epoch)},
                           {QStringLiteral("Committed up to (HW)"), QString::number(k->highWatermark)},
                           {QStringLiteral("Log entries"), QString::number(k->logLength)},
                           {QStringLiteral("Isolated"), yesNo(isIsolated(s, id))},
                           {QStringLiteral("Links cut"), cutsOf(s, id)}}});
    if (!zookeeper) c.sections.back().rows.insert(c.sections.back().rows.begin() + 2, {QStringLiteral("Active controller"), yesNo(k->active)});
    return c;
}

InspectorContent describePartition(const ClusterSnapshot& s, const Subject& subject) {
    auto p = std::find_if(s.partitions.begin(), s.partitions.end(),
                          [&](const PartitionSnapshot& x) { return QString::fromStdString(x.tp.str()) == subject.name; });
    if (p == s.partitions.end()) return describeCluster(s);
    InspectorContent c;
    c.heading = QStringLiteral("Partition %1").arg(subject.name);
    c.summary = p->offline ? QStringLiteral("OFFLINE: no replica can lead it")
                           : QStringLiteral("leader broker %1 (epoch %2), ISR %3").arg(p->leader).arg(p->leaderEpoch).arg(ids(p->isr));
    InspectorSection main{QStringLiteral("Partition"),
                          {{QStringLiteral("Leader"), node(p->leader)},
                           {QStringLiteral("Leader epoch"), QString::number(p->leaderEpoch)},
                           {QStringLiteral("Partition epoch"), QString::number(p->partitionEpoch)},
                           {QStringLiteral("Replicas"), ids(p->replicas)},
                           {QStringLiteral("ISR"), ids(p->isr)},
                           {QStringLiteral("High watermark (HW)"), QString::number(p->highWatermark)},
                           {QStringLiteral("Log end offset (LEO)"), QString::number(p->logEndOffset)},
                           {QStringLiteral("Log start offset"), QString::number(p->logStartOffset)},
                           {QStringLiteral("Under-replicated"), yesNo(p->underReplicated)},
                           {QStringLiteral("Offline"), yesNo(p->offline)}}};
    if (!p->addingReplicas.empty() || !p->removingReplicas.empty()) {
        main.rows.emplace_back(QStringLiteral("Reassignment: adding"), ids(p->addingReplicas));
        main.rows.emplace_back(QStringLiteral("Reassignment: removing"), ids(p->removingReplicas));
    }
    c.sections.push_back(main);
    for (const TopicSnapshot& t : s.topics) {
        if (t.name != p->tp.topic || t.configs.empty()) continue;
        InspectorSection configs{QStringLiteral("Topic %1 configs").arg(QString::fromStdString(t.name)), {}};
        for (const auto& [key, value] : t.configs) configs.rows.emplace_back(QString::fromStdString(key), QString::fromStdString(value));
        c.sections.push_back(configs);
    }
    std::vector<const ReplicaSnapshot*> order;
    for (const ReplicaSnapshot& r : p->replicaStates) order.push_back(&r);
    std::stable_partition(order.begin(), order.end(), [&](const ReplicaSnapshot* r) { return r->broker == subject.replicaBroker; });
    for (const ReplicaSnapshot* r : order)
        c.sections.push_back(replicaSection(*p, *r, QStringLiteral("Replica on broker %1%2").arg(r->broker).arg(r->broker == subject.replicaBroker ? QStringLiteral(" (picked)") : QString())));
    return c;
}

QString offset(Offset o) { return o < 0 ? QStringLiteral("none") : QString::number(o); }

QString partitions(const std::vector<TopicPartition>& tps) {
    QStringList names;
    for (const TopicPartition& tp : tps) names << QString::fromStdString(tp.str());
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

InspectorContent describeConsumer(const ClusterSnapshot& s, const Subject& subject) {
    const ConsumerSnapshot* c = s.consumer(subject.name.toStdString());
    if (!c) return describeCluster(s);
    InspectorContent content;
    content.heading = QStringLiteral("Consumer %1").arg(subject.name);
    content.summary = c->group.empty() ? QStringLiteral("%1, on its own").arg(QString::fromStdString(c->process))
                                       : QStringLiteral("%1 in group %2, %3").arg(QString::fromStdString(c->process), QString::fromStdString(c->group),
                                                                                QString::fromStdString(c->memberState));
    content.sections.push_back({QStringLiteral("Consumer"),
                                {{QStringLiteral("Node"), node(c->node)},
                                 {QStringLiteral("Process"), QString::fromStdString(c->process)},
                                 {QStringLiteral("Group"), c->group.empty() ? QStringLiteral("none") : QString::fromStdString(c->group)},
                                 {QStringLiteral("Member id"), c->memberId.empty() ? QStringLiteral("none") : QString::fromStdString(c->memberId)},
                                 {QStringLiteral("Static member (group.instance.id)"), c->groupInstanceId.empty() ? QStringLiteral("no") : QString::fromStdString(c->groupInstanceId)},
                                 {QStringLiteral("Generation"), QString::number(c->generation)},
                                 {QStringLiteral("Member state"), QString::fromStdString(c->memberState)},
                                 {QStringLiteral("Application state"), QString::fromStdString(c->appState)},
                                 {QStringLiteral("Assignors"), QString::fromStdString(c->assignors)},
                                 {QStringLiteral("Rebalance protocol"), QString::fromStdString(c->rebalanceProtocol)},
                                 {QStringLiteral("Coordinator"), node(c->coordinator)},
                                 {QStringLiteral("Records polled"), QString::number(c->polled)},
                                 {QStringLiteral("Records processed"), QString::number(c->processed)},
                                 {QStringLiteral("Commits (failed)"), QStringLiteral("%1 (%2)").arg(c->commits).arg(c->commitFailures)},
                                 {QStringLiteral("Rebalances"), QString::number(c->rebalances)}}});
    for (const ConsumerPartitionSnapshot& p : c->partitions)
        content.sections.push_back({QStringLiteral("Owns %1").arg(QString::fromStdString(p.tp.str())),
                                    {{QStringLiteral("Position (next offset)"), offset(p.position)},
                                     {QStringLiteral("Committed"), offset(p.committed)},
                                     {QStringLiteral("High watermark seen"), offset(p.highWatermark)},
                                     {QStringLiteral("Lag"), QString::number(p.lag)},
                                     {QStringLiteral("Reads from broker"), node(p.readFrom)},
                                     {QStringLiteral("Error"), p.error.empty() ? QStringLiteral("none") : QString::fromStdString(p.error)}}});
    if (c->partitions.empty()) content.sections.push_back({QStringLiteral("Owns"), {{QStringLiteral("(nothing)"), QString()}}});
    return content;
}

InspectorContent describeGroup(const ClusterSnapshot& s, const Subject& subject) {
    const GroupSnapshot* g = s.group(subject.name.toStdString());
    if (!g) return describeCluster(s);
    InspectorContent content;
    content.heading = QStringLiteral("Consumer group %1").arg(subject.name);
    content.summary = QStringLiteral("%1, generation %2, %3 member(s), lag %4")
                          .arg(QString::fromStdString(g->state))
                          .arg(g->generation)
                          .arg(g->members.size())
                          .arg(g->lag);
    content.sections.push_back({QStringLiteral("Group"),
                                {{QStringLiteral("State"), QString::fromStdString(g->state)},
                                 {QStringLiteral("Generation"), QString::number(g->generation)},
                                 {QStringLiteral("Coordinator"), node(g->coordinator)},
                                 {QStringLiteral("Offsets stored in"), QString::fromStdString(g->offsetsPartition.str())},
                                 {QStringLiteral("Assignor"), g->protocol.empty() ? QStringLiteral("none yet") : QString::fromStdString(g->protocol)},
                                 {QStringLiteral("Rebalance protocol"), QString::fromStdString(g->rebalanceProtocol)},
                                 {QStringLiteral("Lag"), QString::number(g->lag)},
                                 {QStringLiteral("Oldest unread record"), g->lagTime > 0 ? formatSeconds(g->lagTime) : QStringLiteral("none")},
                                 {QStringLiteral("Records processed"), QString::number(g->processed)},
                                 {QStringLiteral("Processed twice (duplicates)"), QString::number(g->duplicates)},
                                 {QStringLiteral("Never processed (skipped)"), QString::number(g->skipped)}}});
    InspectorSection members{QStringLiteral("Members"), {}};
    for (const GroupMemberSnapshot& m : g->members)
        members.rows.emplace_back(QString::fromStdString(m.clientId) + (m.memberId == g->leader ? QStringLiteral(" (leader)") : QString()),
                                  m.idle ? QStringLiteral("idle: no partitions") : partitions(m.assignment));
    if (members.rows.empty()) members.rows.emplace_back(QStringLiteral("(none)"), QString());
    content.sections.push_back(members);
    InspectorSection parts{QStringLiteral("Partitions"), {}};
    for (const GroupPartitionSnapshot& p : g->partitions)
        parts.rows.emplace_back(QString::fromStdString(p.tp.str()),
                                QStringLiteral("%1 · position %2 · committed %3 · end %4 · lag %5")
                                    .arg(p.owner.empty() ? QStringLiteral("no owner") : QString::fromStdString(p.owner), offset(p.position), offset(p.committed))
                                    .arg(p.logEndOffset)
                                    .arg(p.lag));
    content.sections.push_back(parts);
    if (!g->rebalances.empty()) {
        const RebalanceSnapshot& r = g->rebalances.back();
        InspectorSection last{QStringLiteral("Last rebalance"),
                              {{QStringLiteral("Reason"), QString::fromStdString(r.reason)},
                               {QStringLiteral("Started"), formatSeconds(r.start)},
                               {QStringLiteral("Took"), r.end < 0 ? QStringLiteral("still running") : formatSeconds(r.end - r.start)},
                               {QStringLiteral("Generations"), QStringLiteral("%1 → %2").arg(r.fromGeneration).arg(r.generation)}}};
        for (const RebalanceMemberSnapshot& m : r.members)
            last.rows.emplace_back(QString::fromStdString(m.clientId), QStringLiteral("revoked %1 · lost %2 · assigned %3")
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
    auto nodeIt = context.clientNodes.find(p->clientId);
    const NodeId id = nodeIt == context.clientNodes.end() ? kNoNode : nodeIt->second;
    c.summary = QStringLiteral("Producer client on node %1").arg(node(id));
    c.sections.push_back({QStringLiteral("Producer"),
                          {{QStringLiteral("Node"), node(id)},
                           {QStringLiteral("Records sent"), QString::number(p->sent)},
                           {QStringLiteral("Acknowledged"), QString::number(p->acked)},
                           {QStringLiteral("Failed"), QString::number(p->failed)},
                           {QStringLiteral("Pending"), QString::number(p->sent - p->acked - p->failed)},
                           {QStringLiteral("Batch retries"), QString::number(p->retries)},
                           {QStringLiteral("Isolated"), yesNo(isIsolated(s, id))},
                           {QStringLiteral("Links cut"), cutsOf(s, id)}}});
    const BackgroundProducerState& b = context.producer;
    c.sections.push_back({QStringLiteral("Background producer"),
                          {{QStringLiteral("Running"), yesNo(b.enabled)},
                           {QStringLiteral("Topic"), QString::fromStdString(b.topic)},
                           {QStringLiteral("Records per send"), QString::number(b.recordsPerTick)},
                           {QStringLiteral("Every"), formatSeconds(b.interval)}}});
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
