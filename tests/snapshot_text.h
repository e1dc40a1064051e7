#pragma once
// Every field of a snapshot a viewer shows, as text, so that two snapshots compare with one QCOMPARE
// (shared by the tests that check a replay reaches exactly the same state).
#include "api/snapshot.h"

#include <QString>
#include <sstream>
#include <string>
#include <vector>

namespace ks::testing {

inline std::string ids(const std::vector<BrokerId>& v) {
    std::string s;
    for (BrokerId id : v) s += std::to_string(id) + ",";
    return s;
}

inline QString describe(const ClusterSnapshot& s) {
    std::ostringstream o;
    o << "t=" << s.time << " active=" << s.activeController << " metadata=" << s.metadataOffset
      << " events=" << s.eventsProcessed << "\n";
    for (const auto& b : s.brokers) o << "broker " << b.id << " " << b.state << " " << b.leaderCount << "/" << b.replicaCount << " " << b.sizeBytes << "\n";
    for (const auto& c : s.controllers) o << "controller " << c.id << " " << c.role << " " << c.state << " " << c.epoch << " " << c.highWatermark << "\n";
    for (const auto& p : s.partitions) {
        o << p.tp.str() << " leader=" << p.leader << " epoch=" << p.leaderEpoch << " isr=" << ids(p.isr)
          << " hw=" << p.highWatermark << " leo=" << p.logEndOffset;
        for (const auto& r : p.replicaStates) o << " [" << r.broker << " " << r.logEndOffset << " " << r.highWatermark << " " << r.lag << "]";
        o << "\n";
    }
    for (const auto& p : s.producers) o << p.clientId << " sent=" << p.sent << " acked=" << p.acked << " failed=" << p.failed << "\n";
    for (const auto& [a, b] : s.cutLinks) o << "cut " << a << "-" << b << "\n";
    return QString::fromStdString(o.str());
}

}  // namespace ks::testing
