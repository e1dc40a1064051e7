#pragma once
// The notable moments of a run, picked from its event log for the timeline: faults (a broker or
// controller killed, restarted, paused, a link cut), controller changes, partition leader elections
// and consumer group rebalances.
#include <QString>
#include <QStringList>
#include <map>
#include <optional>

#include "api/frame.h"

namespace ks::ui {

struct Bookmark {
    enum class Kind { Fault, Controller, Leader, Rebalance };
    SimTime time = 0;
    Kind kind = Kind::Fault;
    QString text;
    QStringList subjects;   // what the event is about, as the view names it ("broker:2")
};

// The bookmark an event makes, if it is notable.
std::optional<Bookmark> bookmarkFor(const ClusterEvent& event);

// Bookmarks by time; the same event seen twice (a replay shows it again) is kept once.
class Bookmarks {
public:
    void add(const std::vector<ClusterEvent>& events);
    void dropAfter(SimTime t);
    void clear() { byTime_.clear(); }
    const std::multimap<SimTime, Bookmark>& all() const { return byTime_; }
    // The bookmark nearest to `t` within `tolerance`, if any.
    const Bookmark* near(SimTime t, SimTime tolerance) const;

private:
    std::multimap<SimTime, Bookmark> byTime_;
};

}  // namespace ks::ui
