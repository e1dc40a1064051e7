#pragma once
// The data tables of the Tables docks, each a SnapshotTableModel over the frame's snapshot:
// partitions, brokers, consumer groups, their members and the partitions they read.
#include "panels/keyed_table_model.h"

namespace ks::ui {

// One row per partition (key "orders-0"): leader, replicas, ISR, epochs, offsets, size, health.
class TopicsTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum ColumnId { Partition, Leader, Replicas, Isr, LeaderEpoch, LogStart, LogEnd, HighWatermark, Size, Status };
    explicit TopicsTableModel(QObject* parent = nullptr);

protected:
    std::vector<TableRow> buildRows(const ClusterSnapshot& snapshot) const override;
};

// One row per broker (key "1"): state, leaders, replicas, partition skew, log size.
class BrokersTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum ColumnId { Broker, State, Leaders, Replicas, PreferredLeaders, LedElsewhere, Skew, UnderReplicated, LogSize, DiskShare };
    explicit BrokersTableModel(QObject* parent = nullptr);

protected:
    std::vector<TableRow> buildRows(const ClusterSnapshot& snapshot) const override;
};

// One row per consumer group (key: the group id).
class GroupsTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum ColumnId { Group, State, Generation, Coordinator, Assignor, Protocol, Members, Lag, LagTime };
    explicit GroupsTableModel(QObject* parent = nullptr);

protected:
    std::vector<TableRow> buildRows(const ClusterSnapshot& snapshot) const override;
};

// One row per group member (key "group|member id"): its client and the partitions assigned to it.
class GroupMembersTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum ColumnId { Group, Client, Member, Role, Assigned };
    explicit GroupMembersTableModel(QObject* parent = nullptr);

protected:
    std::vector<TableRow> buildRows(const ClusterSnapshot& snapshot) const override;
};

// One row per partition a group reads (key "group|orders-0"), as kafka-consumer-groups --describe.
class GroupPartitionsTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum ColumnId { Group, Partition, Owner, Position, Committed, LogEnd, Lag, LagTime };
    explicit GroupPartitionsTableModel(QObject* parent = nullptr);

protected:
    std::vector<TableRow> buildRows(const ClusterSnapshot& snapshot) const override;
};

}  // namespace ks::ui
