#include "runtime/background_producer.h"

namespace ks::runtime {
std::string backgroundProduceCommand(const BackgroundProducer& producer, std::uint64_t tick, std::size_t partitions) {
    const std::uint64_t partition = partitions == 0 ? 0 : tick % partitions;
    return "produce " + producer.topic + " partition=" + std::to_string(partition) + " value=order-" + std::to_string(tick) +
           " count=" + std::to_string(producer.recordsPerTick);
}

SimTime nextTickAtOrAfter(SimTime now, SimTime interval) {
    if (interval <= 0) return now;
    return (now + interval - 1) / interval * interval;
}

}  // namespace ks::runtime
