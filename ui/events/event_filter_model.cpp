#include "event_filter_model.h"

#include "api/frame.h"
#include "event_log_model.h"

namespace ks::ui {

EventFilterModel::EventFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void EventFilterModel::setKindShown(int kind, bool shown) {
    if (shown == isKindShown(kind)) return;
    if (shown) hidden_.remove(kind);
    else hidden_.insert(kind);
    invalidateFilter();
}

void EventFilterModel::setRoutineShown(bool shown) {
    if (shown == routine_) return;
    routine_ = shown;
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int kind = index.data(EventLogModel::KindRole).toInt();
    if (kind == static_cast<int>(EventKind::Check)) return true;
    if (!routine_ && index.data(EventLogModel::RoutineRole).toBool()) return false;
    return !hidden_.contains(kind);
}

}  // namespace ks::ui
