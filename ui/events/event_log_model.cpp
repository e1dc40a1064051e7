#include "event_log_model.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include "engine_text.h"
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
    case EventLogModel::kCommandKind: return QGuiApplication::palette().color(QPalette::Text);
    default: return QGuiApplication::palette().color(QPalette::PlaceholderText);
    }
}

}  // namespace

EventLogModel::EventLogModel(QObject* parent) : QAbstractListModel(parent) {}

QString EventLogModel::kindName(int kind) {
    if (kind == kCommandKind) return QStringLiteral("command");
    return QString::fromLatin1(eventKindName(static_cast<EventKind>(kind)));
}

void EventLogModel::append(const std::shared_ptr<const Frame>& frame) {
    std::vector<Row> rows;
    rows.reserve(frame->events.size() + frame->commands.size() + 1);
    if (frame->droppedEvents > 0) {
        Row note;
        note.time = frame->events.empty() ? 0 : frame->events.front().time;
        note.kind = static_cast<int>(EventKind::Scenario);
        note.dropped = frame->droppedEvents;
        rows.push_back(note);
    }
    std::size_t command = 0;
    auto addCommand = [&] {
        const CommandRecord& c = frame->commands[command];
        rows.push_back(Row{c.at, kCommandKind, c.automatic, frame, -1, static_cast<int>(command), 0});
        ++command;
    };
    for (std::size_t i = 0; i < frame->events.size(); ++i) {
        const ClusterEvent& e = frame->events[i];
        while (command < frame->commands.size() && frame->commands[command].at <= e.time) addCommand();
        rows.push_back(Row{e.time, static_cast<int>(e.kind), e.verbose, frame, static_cast<int>(i), -1, 0});
    }
    while (command < frame->commands.size()) addCommand();
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

const CommandRecord* EventLogModel::commandOf(const Row& r) const {
    return r.frame && r.command >= 0 ? &r.frame->commands[static_cast<std::size_t>(r.command)] : nullptr;
}

QString EventLogModel::text(int row) const {
    const Row& r = rows_[static_cast<std::size_t>(row)];
    if (r.dropped > 0) return tr("(%1 events were not shown: the window fell behind)").arg(r.dropped);
    if (const CommandRecord* c = commandOf(r)) {
        QString text = c->ok ? QStringLiteral("▶ %1").arg(QString::fromStdString(c->text))
                             : tr("✗ %1 — rejected: %2").arg(QString::fromStdString(c->text), commandError(*c));
        if (!c->output.empty()) text += tr("  (hover to see what it printed)");
        return text;
    }
    return eventText(r.frame->events[static_cast<std::size_t>(r.event)]);
}

QStringList EventLogModel::subjects(int row) const {
    const Row& r = rows_[static_cast<std::size_t>(row)];
    QStringList out;
    if (r.frame && r.event >= 0)
        for (const std::string& s : r.frame->events[static_cast<std::size_t>(r.event)].subjects) out << QString::fromStdString(s);
    return out;
}

int EventLogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Row& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1  %2").arg(formatSeconds(r.time), 11).arg(text(index.row()));
    case Qt::ToolTipRole: {
        const QStringList about = subjects(index.row());
        QString tip = QStringLiteral("<p>%1</p><p>%2 · %3%4</p>")
                          .arg(text(index.row()).toHtmlEscaped(), formatSeconds(r.time), kindName(r.kind),
                               about.isEmpty() ? QString() : tr(" · about %1").arg(about.join(QStringLiteral(", "))));
        if (const CommandRecord* c = commandOf(r); c && !c->output.empty())
            tip += QStringLiteral("<pre>%1</pre>").arg(QString::fromStdString(c->output).trimmed().toHtmlEscaped());
        return tip;
    }
    case Qt::ForegroundRole: return QBrush(kindColor(r.kind));
    case KindRole: return r.kind;
    case SubjectsRole: return subjects(index.row());
    case RoutineRole: return r.routine;
    case TimeRole: return QVariant::fromValue<qlonglong>(r.time);
    default: return {};
    }
}

}  // namespace ks::ui
