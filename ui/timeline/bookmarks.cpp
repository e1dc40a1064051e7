#include "timeline/bookmarks.h"

#include <cstdlib>

#include "engine_text.h"

namespace ks::ui {
namespace {

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

}  // namespace

std::optional<Bookmark> bookmarkFor(const ClusterEvent& event) {
    if (event.verbose) return std::nullopt;
    std::optional<Bookmark::Kind> kind;
    const std::string& t = event.text;
    if (event.kind == EventKind::Fault) kind = Bookmark::Kind::Fault;
    else if (event.kind == EventKind::Controller && contains(t, "is the active controller")) kind = Bookmark::Kind::Controller;
    else if (event.kind == EventKind::Controller && contains(t, ": new leader")) kind = Bookmark::Kind::Leader;
    else if (event.kind == EventKind::Group && (contains(t, "PreparingRebalance") || contains(t, "Stable at generation")))
        kind = Bookmark::Kind::Rebalance;
    if (!kind) return std::nullopt;
    Bookmark b;
    b.time = event.time;
    b.kind = *kind;
    b.text = eventText(event);
    for (const std::string& s : event.subjects) b.subjects << QString::fromStdString(s);
    return b;
}

void Bookmarks::add(const std::vector<ClusterEvent>& events) {
    for (const ClusterEvent& e : events) {
        std::optional<Bookmark> b = bookmarkFor(e);
        if (!b) continue;
        auto [from, to] = byTime_.equal_range(b->time);
        bool known = false;
        for (auto it = from; it != to && !known; ++it) known = it->second.text == b->text;
        if (!known) byTime_.emplace(b->time, std::move(*b));
    }
}

void Bookmarks::dropAfter(SimTime t) { byTime_.erase(byTime_.upper_bound(t), byTime_.end()); }

const Bookmark* Bookmarks::near(SimTime t, SimTime tolerance) const {
    const Bookmark* best = nullptr;
    SimTime bestDistance = tolerance + 1;
    for (auto it = byTime_.lower_bound(t - tolerance); it != byTime_.end() && it->first <= t + tolerance; ++it) {
        const SimTime d = std::llabs(it->first - t);
        if (d < bestDistance) {
            best = &it->second;
            bestDistance = d;
        }
    }
    return best;
}

}  // namespace ks::ui
