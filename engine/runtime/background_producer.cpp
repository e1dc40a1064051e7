#include "runtime/background_producer.h"

namespace ks::runtime {
namespace {
constexpr std::uint64_t kUsers = 6;
}

std::string backgroundProduceCommand(const BackgroundProducer& producer, std::uint64_t tick) {
    return "produce " + producer.topic + " key=user-" + std::to_string(tick % kUsers + 1) + " value=order-" +
           std::to_string(tick) + " count=" + std::to_string(producer.recordsPerTick);
}

SimTime nextTickAtOrAfter(SimTime now, SimTime interval) {
    if (interval <= 0) return now;
    return (now + interval - 1) / interval * interval;
}

}  // namespace ks::runtime
