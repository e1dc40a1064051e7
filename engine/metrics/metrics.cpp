#include "metrics/metrics.h"

namespace ks {

TopicCounters& TopicCounters::operator+=(const TopicCounters& other) {
    messagesIn += other.messagesIn;
    bytesIn += other.bytesIn;
    messagesOut += other.messagesOut;
    bytesOut += other.bytesOut;
    failedProduceRequests += other.failedProduceRequests;
    return *this;
}

TopicCounters BrokerMetrics::allTopics() const {
    TopicCounters total;
    for (const auto& [topic, counters] : topics) total += counters;
    return total;
}

}  // namespace ks
