#pragma once
// A table whose rows have stable keys (a partition, a broker id, a group), rebuilt from each frame's
// snapshot and applied in place: rows that changed emit dataChanged, new rows are inserted and gone
// rows removed, never a reset, so a view keeps its selection and scroll position while the cluster
// changes under it. Subclasses say what the columns are and turn a snapshot into rows.
#include <QAbstractTableModel>
#include <QColor>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

#include "api/snapshot.h"

namespace ks::ui {

struct TableCell {
    QString text;
    QVariant sortValue;            // what sorting compares (numbers as numbers); the text when empty
    bool number = false;           // aligned right

    bool operator==(const TableCell&) const = default;
};

struct TableRow {
    QString key;
    std::vector<TableCell> cells;
    QColor tint;                   // a row to notice (offline, under-replicated, lagging); invalid: none
    QString toolTip;

    bool operator==(const TableRow&) const = default;
};

class KeyedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int KeyRole = Qt::UserRole + 2;

    struct Column {
        QString title;
        QString toolTip;           // what the column means
    };

    KeyedTableModel(std::vector<Column> columns, QObject* parent = nullptr);

    // Applies `next` (any order, unique keys): changes, removals, then inserts at the end.
    void setRows(std::vector<TableRow> next);
    void clear();
    const std::vector<TableRow>& rows() const { return rows_; }
    int rowOf(const QString& key) const;
    QString cellText(const QString& key, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Column> columns_;
    std::vector<TableRow> rows_;
};

// A keyed table whose rows come from the frame's snapshot.
class SnapshotTableModel : public KeyedTableModel {
    Q_OBJECT

public:
    using KeyedTableModel::KeyedTableModel;
    // Rebuilds the rows from `snapshot` and applies the difference.
    void update(const ClusterSnapshot& snapshot) { setRows(buildRows(snapshot)); }

protected:
    virtual std::vector<TableRow> buildRows(const ClusterSnapshot& snapshot) const = 0;
};

// Cell helpers shared by the tables.
TableCell textCell(const QString& text);
TableCell numberCell(qint64 value);
TableCell numberCell(const QString& text, double sortValue);
// Text shown left-aligned but sorted by `sortValue`.
TableCell sortedTextCell(const QString& text, const QVariant& sortValue);
QString formatBytes(qint64 bytes);
QString formatIdList(const std::vector<BrokerId>& ids);
QString formatPartitionList(const std::vector<TopicPartition>& partitions);

}  // namespace ks::ui
