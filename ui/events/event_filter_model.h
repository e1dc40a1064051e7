#pragma once
// Which rows of the event log show: chosen kinds only, and routine detail (every fetch, every ack of
// the background producer) only when asked for. Invariant violations always show.
#include <QSet>
#include <QSortFilterProxyModel>

namespace ks::ui {

class EventFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit EventFilterModel(QObject* parent = nullptr);

    void setKindShown(int kind, bool shown);
    bool isKindShown(int kind) const { return !hidden_.contains(kind); }
    void setRoutineShown(bool shown);
    bool isRoutineShown() const { return routine_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<int> hidden_;
    bool routine_ = false;
};

}  // namespace ks::ui
