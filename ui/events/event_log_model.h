#pragma once
// The plain-language event log: every engine event and every command given, oldest first, capped so
// that a long session does not grow without end. Rows point into the frames they came in (kept
// alive by shared pointers) and are turned into text only when shown.
#include <QAbstractListModel>
#include <QStringList>
#include <deque>
#include <memory>

#include "api/frame.h"

namespace ks::ui {

class EventLogModel : public QAbstractListModel {
    Q_OBJECT

public:
    // The engine's event kinds, plus the commands given.
    static constexpr int kCommandKind = 100;
    static constexpr int kMaxRows = 20000;

    enum Role { KindRole = Qt::UserRole + 1, SubjectsRole, RoutineRole, TimeRole };

    explicit EventLogModel(QObject* parent = nullptr);

    // Appends a frame's commands and events in simulated-time order.
    void append(const std::shared_ptr<const Frame>& frame);
    void clear();
    QString text(int row) const;
    QStringList subjects(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static QString kindName(int kind);

private:
    struct Row {
        SimTime time = 0;
        int kind = 0;
        bool routine = false;
        std::shared_ptr<const Frame> frame;   // null: a note of the model's own
        int event = -1;                       // index into frame->events
        int command = -1;                     // index into frame->commands
        std::uint64_t dropped = 0;            // a note: events the window did not get in time
    };

    const CommandRecord* commandOf(const Row& r) const;
    void push(std::vector<Row>& rows);

    std::deque<Row> rows_;
};

}  // namespace ks::ui
