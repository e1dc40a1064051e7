#include "event_log_model.h"

#include <QBrush>
#include <QColor>

#include "sim_time_text.h"

namespace ks::ui {
namespace {

QColor kindColor(int kind) {
    switch (kind) {
    case static_cast<int>(EventKind::Controller): return QColor(0x6b, 0x5f, 0xb5);
    case static_cast<int>(EventKind::Replication): return QColor(0x2f, 0x6f, 0xb0);
    case static_cast<int>(EventKind::Client): return QColor(0x0f, 0x76, 0x6e);
    case static_cast<int>(EventKind::Group): return QColor(0x8a, 0x4b, 0x08);
    case static_cast<int>(EventKind::Fault): return QColor(0xc6, 0x28, 0x28);
    case static_cast<int>(EventKind::Check): return QColor(0xb7, 0x1c, 0x1c);
    case EventLogModel::kCommandKind: return QColor(0x1f, 0x29, 0x33);
    default: return QColor(0x52, 0x5f, 0x6b);
    }
}

EventLogModel::Row commandRow(const CommandRecord& c) {
    EventLogModel::Row row;
    row.time = c.at;
    row.kind = EventLogModel::kCommandKind;
    row.text = c.ok ? QStringLiteral("▶ %1").arg(QString::fromStdString(c.text))
                    : QStringLiteral("✗ %1 — rejected: %2").arg(QString::fromStdString(c.text), QString::fromStdString(c.error));
    row.output = QString::fromStdString(c.output).trimmed();
    if (!row.output.isEmpty()) row.text += QStringLiteral("  (hover to see what it printed)");
    row.routine = c.automatic;
    return row;
}

}  // namespace

EventLogModel::EventLogModel(QObject* parent) : QAbstractListModel(parent) {}

QString EventLogModel::kindName(int kind) {
    if (kind == kCommandKind) return QStringLiteral("command");
    return QString::fromLatin1(eventKindName(static_cast<EventKind>(kind)));
}

void EventLogModel::append(const Frame& frame) {
    std::vector<Row> rows;
    rows.reserve(frame.events.size() + frame.commands.size());
    auto command = frame.commands.begin();
    for (const ClusterEvent& e : frame.events) {
        while (command != frame.commands.end() && command->at <= e.time) rows.push_back(commandRow(*command++));
        Row row;
        row.time = e.time;
        row.kind = static_cast<int>(e.kind);
        row.text = QString::fromStdString(e.text);
        for (const std::string& s : e.subjects) row.subjects << QString::fromStdString(s);
        row.routine = e.verbose;
        rows.push_back(std::move(row));
    }
    while (command != frame.commands.end()) rows.push_back(commandRow(*command++));
    if (frame.droppedEvents > 0) {
        Row row;
        row.time = rows.empty() ? 0 : rows.front().time;
        row.kind = static_cast<int>(EventKind::Scenario);
        row.text = QStringLiteral("(%1 events were not shown: the window fell behind)").arg(frame.droppedEvents);
        rows.insert(rows.begin(), row);
    }
    push(rows);
}

void EventLogModel::push(std::vector<Row>& rows) {
    if (rows.empty()) return;
    const int overflow = static_cast<int>(rows_.size() + rows.size()) - kMaxRows;
    if (overflow > 0) {
        const int drop = std::min<int>(overflow, static_cast<int>(rows_.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            rows_.erase(rows_.begin(), rows_.begin() + drop);
            endRemoveRows();
        }
        if (static_cast<int>(rows.size()) > kMaxRows) rows.erase(rows.begin(), rows.end() - kMaxRows);
    }
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (Row& r : rows) rows_.push_back(std::move(r));
    endInsertRows();
}

void EventLogModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Row& r = row(index.row());
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1  %2").arg(formatSeconds(r.time), 11).arg(r.text);
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 · %2%3").arg(formatSeconds(r.time), kindName(r.kind),
                                                     r.subjects.isEmpty() ? QString() : QStringLiteral(" · about ") + r.subjects.join(QStringLiteral(", ")));
        if (!r.output.isEmpty()) tip += QStringLiteral("<pre>%1</pre>").arg(r.output.toHtmlEscaped());
        return tip;
    }
    case Qt::ForegroundRole: return QBrush(kindColor(r.kind));
    case KindRole: return r.kind;
    case SubjectsRole: return r.subjects;
    case RoutineRole: return r.routine;
    case TimeRole: return QVariant::fromValue<qlonglong>(r.time);
    default: return {};
    }
}

}  // namespace ks::ui
