#include "panels/keyed_table_model.h"

#include <QBrush>
#include <QLocale>
#include <unordered_map>

namespace ks::ui {

KeyedTableModel::KeyedTableModel(std::vector<Column> columns, QObject* parent)
    : QAbstractTableModel(parent), columns_(std::move(columns)) {}

void KeyedTableModel::clear() { setRows({}); }

void KeyedTableModel::setRows(std::vector<TableRow> next) {
    std::unordered_map<QString, std::size_t> wanted;
    for (std::size_t i = 0; i < next.size(); ++i) wanted.emplace(next[i].key, i);
    // Remove the rows that are gone, in runs from the bottom so the indexes stay right.
    for (int row = static_cast<int>(rows_.size()) - 1; row >= 0;) {
        if (wanted.count(rows_[static_cast<std::size_t>(row)].key)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.count(rows_[static_cast<std::size_t>(first - 1)].key)) --first;
        beginRemoveRows({}, first, row);
        rows_.erase(rows_.begin() + first, rows_.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Update the rows that stay, signalling only the ones that changed.
    std::vector<bool> placed(next.size(), false);
    const int lastColumn = static_cast<int>(columns_.size()) - 1;
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        const std::size_t from = wanted.at(rows_[row].key);
        placed[from] = true;
        if (rows_[row] == next[from]) continue;
        rows_[row] = std::move(next[from]);
        const int r = static_cast<int>(row);
        Q_EMIT dataChanged(index(r, 0), index(r, lastColumn));
    }
    // Append the new ones.
    std::vector<TableRow> added;
    for (std::size_t i = 0; i < next.size(); ++i)
        if (!placed[i]) added.push_back(std::move(next[i]));
    if (added.empty()) return;
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (TableRow& row : added) rows_.push_back(std::move(row));
    endInsertRows();
}

int KeyedTableModel::rowOf(const QString& key) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].key == key) return static_cast<int>(i);
    return -1;
}

QString KeyedTableModel::cellText(const QString& key, int column) const {
    const int row = rowOf(key);
    if (row < 0 || column < 0 || column >= static_cast<int>(columns_.size())) return {};
    return rows_[static_cast<std::size_t>(row)].cells[static_cast<std::size_t>(column)].text;
}

int KeyedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int KeyedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

QVariant KeyedTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const TableRow& row = rows_[static_cast<std::size_t>(index.row())];
    const TableCell& cell = row.cells[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole: return cell.text;
    case SortRole: return cell.sortValue.isValid() ? cell.sortValue : QVariant(cell.text);
    case KeyRole: return row.key;
    case Qt::ToolTipRole: return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case Qt::BackgroundRole: return row.tint.isValid() ? QVariant(QBrush(row.tint)) : QVariant();
    case Qt::TextAlignmentRole: return cell.number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant KeyedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= static_cast<int>(columns_.size())) return {};
    if (role == Qt::DisplayRole) return columns_[static_cast<std::size_t>(section)].title;
    if (role == Qt::ToolTipRole) return columns_[static_cast<std::size_t>(section)].toolTip;
    return {};
}

TableCell textCell(const QString& text) { return TableCell{text, {}, false}; }

TableCell numberCell(qint64 value) { return TableCell{QString::number(value), QVariant::fromValue<qlonglong>(value), true}; }

TableCell numberCell(const QString& text, double sortValue) { return TableCell{text, QVariant(sortValue), true}; }

TableCell sortedTextCell(const QString& text, const QVariant& sortValue) { return TableCell{text, sortValue, false}; }

QString formatBytes(qint64 bytes) { return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); }

QString formatIdList(const std::vector<BrokerId>& ids) {
    QStringList names;
    for (BrokerId id : ids) names << QString::number(id);
    return u'[' + names.join(QStringLiteral(", ")) + u']';
}

QString formatPartitionList(const std::vector<TopicPartition>& partitions) {
    QStringList names;
    for (const TopicPartition& tp : partitions) names << QString::fromStdString(tp.str());
    return names.join(QStringLiteral(", "));
}

}  // namespace ks::ui
