#include "panels/cluster_tables.h"

#include <numeric>

#include "state_text.h"

namespace ks::ui {
namespace {

const QColor kOfflineTint(0xf6, 0xc9, 0xc9);
const QColor kWarningTint(0xfb, 0xe8, 0xc0);
const QColor kStoppedTint(0xe0, 0xe0, 0xe0);

QString str(const std::string& s) { return QString::fromStdString(s); }

QString brokerName(BrokerId id) {
    return id == kNoNode ? KeyedTableModel::tr("none") : QString::number(id);
}

TableCell brokerCell(BrokerId id) { return numberCell(brokerName(id), id); }

TableCell offsetCell(Offset offset) {
    return offset < 0 ? numberCell(KeyedTableModel::tr("—"), -1.0) : numberCell(offset);
}

// Partitions in natural order (orders-2 before orders-10), internal topics last.
TableCell partitionCell(const TopicPartition& tp) {
    const bool internal = tp.topic.rfind("__", 0) == 0;
    return sortedTextCell(QString::fromStdString(tp.str()), QStringLiteral("%1|%2|%3")
                                                                .arg(internal ? 1 : 0)
                                                                .arg(QString::fromStdString(tp.topic))
                                                                .arg(tp.partition, 6, 10, QLatin1Char('0')));
}

TableCell secondsCell(SimTime t) {
    return numberCell(QString::number(static_cast<double>(t) / kMicrosPerSecond, 'f', 1), static_cast<double>(t));
}

}  // namespace

TopicsTableModel::TopicsTableModel(QObject* parent)
    : SnapshotTableModel({{tr("Partition"), tr("TOPIC-P, as Kafka writes it")},
                       {tr("Leader"), tr("The broker that takes writes and serves reads")},
                       {tr("Replicas"), tr("The brokers that keep a copy, the preferred leader first")},
                       {tr("ISR"), tr("In-sync replicas: caught up within replica.lag.time.max.ms")},
                       {tr("Leader epoch"), tr("Grows with every new leader; fences the old one")},
                       {tr("Log start"), tr("The first offset still on disk (retention moves it)")},
                       {tr("LEO"), tr("Log end offset: the offset the next record gets")},
                       {tr("HW"), tr("High watermark: records below it are on every ISR member; consumers read up to it")},
                       {tr("Size"), tr("The leader's log on disk")},
                       {tr("Status"), tr("Under-replicated: ISR smaller than the replicas; offline: no leader")}},
                      parent) {}

std::vector<TableRow> TopicsTableModel::buildRows(const ClusterSnapshot& snapshot) const {
    std::vector<TableRow> rows;
    rows.reserve(snapshot.partitions.size());
    for (const PartitionSnapshot& p : snapshot.partitions) {
        TableRow row;
        row.key = str(p.tp.str());
        QString status = p.offline ? tr("offline") : p.underReplicated ? tr("under-replicated") : tr("ok");
        if (!p.addingReplicas.empty() || !p.removingReplicas.empty()) status += tr(", reassigning");
        row.cells = {partitionCell(p.tp),
                     brokerCell(p.leader),
                     textCell(formatIdList(p.replicas)),
                     sortedTextCell(formatIdList(p.isr), static_cast<double>(p.isr.size())),
                     numberCell(p.leaderEpoch),
                     numberCell(p.logStartOffset),
                     numberCell(p.logEndOffset),
                     numberCell(p.highWatermark),
                     numberCell(formatBytes(p.sizeBytes), static_cast<double>(p.sizeBytes)),
                     sortedTextCell(status, p.offline ? 2 : p.underReplicated ? 1 : 0)};
        if (p.offline) row.tint = kOfflineTint;
        else if (p.underReplicated) row.tint = kWarningTint;
        rows.push_back(std::move(row));
    }
    return rows;
}

BrokersTableModel::BrokersTableModel(QObject* parent)
    : SnapshotTableModel({{tr("Broker"), tr("The broker id")},
                       {tr("State"), tr("running, fenced (the controller stopped trusting it), registering, paused, stopped")},
                       {tr("Leaders"), tr("Partitions this broker leads")},
                       {tr("Replicas"), tr("Partition replicas this broker holds")},
                       {tr("Preferred"), tr("Partitions whose preferred leader (first replica) is this broker")},
                       {tr("Led elsewhere"), tr("Of those, how many another broker leads now (after a failover)")},
                       {tr("Skew"), tr("Led elsewhere ÷ preferred: Kafka's leader imbalance; a preferred leader election brings it to 0")},
                       {tr("Under-replicated"), tr("UnderReplicatedPartitions: partitions it leads whose ISR lacks a replica")},
                       {tr("Log size"), tr("Bytes of all its partition logs on disk")},
                       {tr("Disk share"), tr("Its share of all bytes stored in the cluster")}},
                      parent) {}

std::vector<TableRow> BrokersTableModel::buildRows(const ClusterSnapshot& snapshot) const {
    const qint64 total = std::accumulate(snapshot.brokers.begin(), snapshot.brokers.end(), qint64{0},
                                         [](qint64 sum, const BrokerSnapshot& b) { return sum + b.sizeBytes; });
    std::vector<TableRow> rows;
    for (const BrokerSnapshot& b : snapshot.brokers) {
        TableRow row;
        row.key = QString::number(b.id);
        const double skew = b.preferredLeaderCount ? 100.0 * b.preferredNotLeading / b.preferredLeaderCount : 0.0;
        const double share = total ? 100.0 * static_cast<double>(b.sizeBytes) / static_cast<double>(total) : 0.0;
        row.cells = {numberCell(b.id),
                     textCell(stateText(b.state)),
                     numberCell(b.leaderCount),
                     numberCell(b.replicaCount),
                     numberCell(b.preferredLeaderCount),
                     numberCell(b.preferredNotLeading),
                     numberCell(QStringLiteral("%1%").arg(skew, 0, 'f', 0), skew),
                     numberCell(b.underReplicatedLeaders),
                     numberCell(formatBytes(b.sizeBytes), static_cast<double>(b.sizeBytes)),
                     numberCell(QStringLiteral("%1%").arg(share, 0, 'f', 1), share)};
        if (b.state == "stopped" || b.state == "paused") row.tint = kStoppedTint;
        else if (b.state != "running") row.tint = kWarningTint;
        else if (b.preferredNotLeading > 0 || b.underReplicatedLeaders > 0) row.tint = kWarningTint;
        rows.push_back(std::move(row));
    }
    return rows;
}

GroupsTableModel::GroupsTableModel(QObject* parent)
    : SnapshotTableModel({{tr("Group"), tr("group.id")},
                       {tr("State"), tr("Empty, PreparingRebalance, CompletingRebalance, Stable, Dead")},
                       {tr("Generation"), tr("Grows with every rebalance; commits from an older one are refused")},
                       {tr("Coordinator"), tr("The broker leading the group's __consumer_offsets partition")},
                       {tr("Assignor"), tr("The partition assignor the group uses")},
                       {tr("Protocol"), tr("Rebalance protocol: eager (revoke everything) or cooperative (KIP-429)")},
                       {tr("Members"), tr("Consumers in the group")},
                       {tr("Lag"), tr("Records between the committed offsets and the log ends, summed")},
                       {tr("Lag (s)"), tr("Age of the oldest record not yet consumed")}},
                      parent) {}

std::vector<TableRow> GroupsTableModel::buildRows(const ClusterSnapshot& snapshot) const {
    std::vector<TableRow> rows;
    for (const GroupSnapshot& g : snapshot.groups) {
        TableRow row;
        row.key = str(g.groupId);
        row.cells = {textCell(row.key),
                     textCell(str(g.state)),
                     numberCell(g.generation),
                     brokerCell(g.coordinator),
                     textCell(str(g.protocol)),
                     textCell(str(g.rebalanceProtocol)),
                     numberCell(static_cast<qint64>(g.members.size())),
                     numberCell(g.lag),
                     secondsCell(g.lagTime)};
        if (g.state != "Stable" && g.state != "Empty") row.tint = kWarningTint;
        rows.push_back(std::move(row));
    }
    return rows;
}

GroupMembersTableModel::GroupMembersTableModel(QObject* parent)
    : SnapshotTableModel({{tr("Group"), tr("group.id")},
                       {tr("Client"), tr("client.id of the consumer")},
                       {tr("Member"), tr("The member id the coordinator gave it")},
                       {tr("Role"), tr("The group leader runs the assignor; idle members got no partition")},
                       {tr("Assigned"), tr("The partitions it owns in this generation")}},
                      parent) {}

std::vector<TableRow> GroupMembersTableModel::buildRows(const ClusterSnapshot& snapshot) const {
    std::vector<TableRow> rows;
    for (const GroupSnapshot& g : snapshot.groups) {
        for (const GroupMemberSnapshot& m : g.members) {
            TableRow row;
            row.key = str(g.groupId + "|" + m.memberId);
            QString role = m.leader ? tr("leader") : tr("member");
            if (!m.groupInstanceId.empty()) role += tr(", static");
            if (m.idle) role += tr(", idle");
            row.cells = {textCell(str(g.groupId)), textCell(str(m.clientId)), textCell(str(m.memberId)), textCell(role),
                         sortedTextCell(formatPartitionList(m.assignment), static_cast<double>(m.assignment.size()))};
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

GroupPartitionsTableModel::GroupPartitionsTableModel(QObject* parent)
    : SnapshotTableModel({{tr("Group"), tr("group.id")},
                       {tr("Partition"), tr("A partition the group reads")},
                       {tr("Owner"), tr("The member it is assigned to")},
                       {tr("Position"), tr("The next offset the owner's poll() returns")},
                       {tr("Committed"), tr("The group's committed offset: where a new owner starts")},
                       {tr("LEO"), tr("LOG-END-OFFSET as kafka-consumer-groups shows it: the high watermark")},
                       {tr("Lag"), tr("LEO − committed: records not yet committed as consumed")},
                       {tr("Lag (s)"), tr("Age of the oldest record not yet consumed")}},
                      parent) {}

std::vector<TableRow> GroupPartitionsTableModel::buildRows(const ClusterSnapshot& snapshot) const {
    std::vector<TableRow> rows;
    for (const GroupSnapshot& g : snapshot.groups) {
        for (const GroupPartitionSnapshot& p : g.partitions) {
            TableRow row;
            row.key = str(g.groupId + "|" + p.tp.str());
            row.cells = {textCell(str(g.groupId)),
                         partitionCell(p.tp),
                         textCell(p.owner.empty() ? tr("none") : str(p.owner)),
                         offsetCell(p.position),
                         offsetCell(p.committed),
                         numberCell(p.logEndOffset),
                         numberCell(p.lag),
                         secondsCell(p.lagTime)};
            if (p.lag > 0 && p.owner.empty()) row.tint = kWarningTint;   // nobody reads it: lag only grows
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

}  // namespace ks::ui
