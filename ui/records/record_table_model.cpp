#include "records/record_table_model.h"

#include <QBrush>
#include <QColor>

#include "records/record_text.h"
#include "sim_time_text.h"

namespace ks::ui {
namespace {
constexpr int kMaxCellChars = 200;

QString joined(const std::vector<BrokerId>& ids) {
    QStringList parts;
    for (BrokerId id : ids) parts << QString::number(id);
    return parts.join(QLatin1String(", "));
}

QString elided(const QString& text) {
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.size() > kMaxCellChars ? line.left(kMaxCellChars) + QStringLiteral("…") : line;
}
}  // namespace

RecordTableModel::RecordTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordTableModel::resetTo(const RecordPage& page) {
    beginResetModel();
    records_ = page.records;
    if (records_.size() > static_cast<std::size_t>(kMaxRows)) records_.resize(kMaxRows);
    tp_ = page.query.tp;
    next_ = page.next;
    atEnd_ = page.atEnd() || !page.error.empty();
    waiting_ = false;
    endResetModel();
}

void RecordTableModel::appendPage(const RecordPage& page) {
    waiting_ = false;
    next_ = page.next;
    atEnd_ = page.atEnd() || !page.error.empty();
    const std::size_t room = static_cast<std::size_t>(kMaxRows) - std::min(records_.size(), static_cast<std::size_t>(kMaxRows));
    const std::size_t count = std::min(room, page.records.size());
    if (count == 0) return;
    beginInsertRows({}, static_cast<int>(records_.size()), static_cast<int>(records_.size() + count - 1));
    records_.insert(records_.end(), page.records.begin(), page.records.begin() + static_cast<std::ptrdiff_t>(count));
    endInsertRows();
}

void RecordTableModel::clear() {
    beginResetModel();
    records_.clear();
    atEnd_ = true;
    waiting_ = false;
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(records_.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RecordTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const BrowsedRecord& r = record(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Offset || index.column() == Size))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !r.committed) return QBrush(QColor(0xb0, 0x60, 0x00));
    if (role == Qt::ToolTipRole && index.column() == Committed)
        return r.committed ? tr("Below the high watermark: every in-sync replica has it; consumers can read it")
                           : tr("At or above the high watermark: not yet on every in-sync replica; consumers cannot read it yet");
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Offset: return QVariant::fromValue<qlonglong>(r.offset);
    case Timestamp: return formatSeconds(r.timestamp);
    case Key: return elided(sideText(r.key));
    case Value: return elided(sideText(r.value));
    case Headers: return elided(headersText(r.headers));
    case Size: return QVariant::fromValue<qulonglong>(r.sizeBytes);
    case Replicas: return joined(r.replicas);
    case Committed: return r.committed ? tr("yes") : tr("no");
    case GroupsPast: return QString::fromStdString([&] {
        std::string s;
        for (const std::string& g : r.groupsPast) s += (s.empty() ? "" : ", ") + g;
        return s;
    }());
    default: return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Offset: return tr("Offset");
    case Timestamp: return tr("Timestamp");
    case Key: return tr("Key");
    case Value: return tr("Value");
    case Headers: return tr("Headers");
    case Size: return tr("Size (B)");
    case Replicas: return tr("On replicas");
    case Committed: return tr("Committed");
    case GroupsPast: return tr("Groups past it");
    default: return {};
    }
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !atEnd_ && !waiting_ && requester_ && rowCount() < kMaxRows;
}

void RecordTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    waiting_ = true;
    requester_(next_);
}

}  // namespace ks::ui
