#pragma once
// Cumulative counters behind Kafka's broker and controller metrics (their JMX names in the comments).
// They only grow; a viewer turns them into rates over simulated time. Unlike a real broker's meters
// they are kept per broker id across restarts, as a metrics store that scraped them would chart them.
#include <cstdint>
#include <map>
#include <string>

#include "core/types.h"

namespace ks {

// kafka.server:type=BrokerTopicMetrics, per topic.
struct TopicCounters {
    std::int64_t messagesIn = 0;             // MessagesInPerSec: records appended as leader
    std::int64_t bytesIn = 0;                // BytesInPerSec: bytes of those (not replication)
    std::int64_t messagesOut = 0;            // records sent to consumers (consume throughput)
    std::int64_t bytesOut = 0;               // BytesOutPerSec: bytes sent to consumers (not replication)
    std::int64_t failedProduceRequests = 0;  // FailedProduceRequestsPerSec

    TopicCounters& operator+=(const TopicCounters& other);
    bool operator==(const TopicCounters&) const = default;
};

struct BrokerMetrics {
    std::map<std::string, TopicCounters> topics;
    std::int64_t isrShrinks = 0;             // kafka.server:type=ReplicaManager,name=IsrShrinksPerSec
    std::int64_t isrExpands = 0;             // ... IsrExpandsPerSec
    // kafka.network:type=RequestMetrics,name=TotalTimeMs,request=Produce / FetchConsumer:
    // answered requests and the summed time from arrival to answer.
    std::int64_t produceRequests = 0;
    SimTime produceTotalTime = 0;
    std::int64_t fetchConsumerRequests = 0;
    SimTime fetchConsumerTotalTime = 0;

    TopicCounters allTopics() const;
};

// kafka.controller:type=ControllerStats, for the whole cluster (whichever controller was active).
struct ControllerMetrics {
    std::int64_t leaderElections = 0;        // LeaderElectionRateAndTimeMs (the count)
    SimTime leaderElectionTime = 0;          // ... summed: from losing the leader to the new one's commit
    std::int64_t uncleanLeaderElections = 0; // UncleanLeaderElectionsPerSec
};

}  // namespace ks
