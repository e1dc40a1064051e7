#pragma once
// Records moving through the cluster, read from two consecutive snapshots: a leader whose log grew
// received records from the producer; a follower whose log grew fetched them from its leader; a
// consumer whose position moved read them. These are real changes between two frames, drawn as
// moving dots or as rates; the engine does not report single network messages (see docs/GUI.md).
#include <QString>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "api/frame.h"

namespace ks::ui {

struct Flow {
    enum class Kind { Produce, Replicate, Consume };
    Kind kind = Kind::Produce;
    QString partition;      // "orders-1"
    QString client;         // Produce: the producing client; Consume: the consumer
    int fromBroker = -1;    // Replicate: the leader; Consume: the replica it reads from
    int toBroker = -1;      // Produce: the leader; Replicate: the follower
    std::int64_t records = 0;
};

class TrafficModel {
public:
    // How long after its last produce command a topic still counts as written to.
    static constexpr SimTime kWriteWindow = seconds(10);
    // Frames longer than this (a fast-forward, a jump) give rates but no single flows to animate.
    static constexpr SimTime kLongestAnimatedFrame = millis(250);

    void update(const Frame& frame);
    void reset();
    // The flows since the previous call.
    std::vector<Flow> takeFlows();
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
    std::vector<Flow> flows_;
};

}  // namespace ks::ui
