#pragma once
// The plain-language event log: every engine event and every command given, oldest first, capped so
// that a long session does not grow without end.
#include <QAbstractListModel>
#include <QStringList>
#include <deque>

#include "api/frame.h"

namespace ks::ui {

class EventLogModel : public QAbstractListModel {
    Q_OBJECT

public:
    // The engine's event kinds, plus the commands given.
    static constexpr int kCommandKind = 100;
    static constexpr int kMaxRows = 20000;

    enum Role { KindRole = Qt::UserRole + 1, SubjectsRole, RoutineRole, TimeRole };

    struct Row {
        SimTime time = 0;
        int kind = 0;
        QString text;
        QStringList subjects;
        QString output;       // what a command printed
        bool routine = false;
    };

    explicit EventLogModel(QObject* parent = nullptr);

    // Appends a frame's commands and events in simulated-time order.
    void append(const Frame& frame);
    void clear();
    const Row& row(int index) const { return rows_[static_cast<std::size_t>(index)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static QString kindName(int kind);

private:
    void push(std::vector<Row>& rows);

    std::deque<Row> rows_;
};

}  // namespace ks::ui
