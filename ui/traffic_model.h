#pragma once
// Records moving through the cluster, read from two consecutive snapshots: a leader whose log grew
// received records from the producer; a consumer whose position moved read them. These are real
// changes between two frames, shown as rates on the producer's and consumers' lines (the single
// messages on the wire come from the snapshot's WireSnapshot).
#include <QString>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "api/frame.h"

namespace ks::ui {

class TrafficModel {
public:
    // How long after its last produce command a topic still counts as written to.
    static constexpr SimTime kWriteWindow = seconds(10);

    void update(const Frame& frame);
    void reset();
    // Whether `topic` got a produce command within kWriteWindow before `now`.
    bool isWritten(const std::string& topic, SimTime now) const;
    // Records per simulated second appended to the partition's leader, smoothed over a few seconds.
    double produceRate(const QString& partition) const;
    // Records per simulated second `consumer` read from `partition`, smoothed the same way.
    double consumeRate(const QString& consumer, const QString& partition) const;
    // Records per simulated second `producer`'s partitioner put into `partition`, smoothed the same way.
    double produceRate(const QString& producer, const QString& partition) const;

private:
    void compare(const ClusterSnapshot& before, const ClusterSnapshot& after);

    std::shared_ptr<const ClusterSnapshot> previous_;
    std::map<std::string, SimTime> lastWrite_;
    std::map<QString, double> rates_;
    std::map<std::pair<QString, QString>, double> consumeRates_;
    std::map<std::pair<QString, QString>, double> producerRates_;
};

}  // namespace ks::ui
