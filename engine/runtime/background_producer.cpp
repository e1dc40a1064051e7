#include "runtime/background_producer.h"

#include <algorithm>

#include "core/rng.h"
#include "api/records.h"

namespace ks::runtime {
namespace {
constexpr std::uint64_t kKeyStream = 0x6b657973;  // "keys"
}

std::optional<std::string> patternKey(const KeyPatternSpec& keys, std::uint64_t n) {
    const auto count = static_cast<std::uint64_t>(std::max(1, keys.keyCount));
    switch (keys.pattern) {
    case KeyPattern::None: return std::nullopt;
    case KeyPattern::Fixed: return keys.prefix;
    case KeyPattern::Sequential: return keys.prefix + std::to_string(n);
    case KeyPattern::RandomSet: return keys.prefix + std::to_string(Rng::derive(n, kKeyStream).below(count));
    case KeyPattern::HotKey: {
        Rng rng = Rng::derive(n, kKeyStream);
        if (count == 1 || rng.below(100) < static_cast<std::uint64_t>(std::clamp(keys.hotPercent, 0, 100)))
            return keys.prefix + "0";
        return keys.prefix + std::to_string(1 + rng.below(count - 1));
    }
    }
    return std::nullopt;
}

std::vector<std::string> backgroundProduceCommands(const BackgroundProducer& producer, std::uint64_t tick,
                                                   std::size_t partitions) {
    if (producer.keys.pattern == KeyPattern::None) {
        const std::uint64_t partition = partitions == 0 ? 0 : tick % partitions;
        return {"produce " + producer.topic + " partition=" + std::to_string(partition) + " value=order-" +
                std::to_string(tick) + " count=" + std::to_string(producer.recordsPerTick)};
    }
    std::vector<std::string> commands;
    const auto perTick = static_cast<std::uint64_t>(std::max(1, producer.recordsPerTick));
    for (std::uint64_t i = 0; i < perTick; ++i) {
        const std::uint64_t n = tick * perTick + i;
        RecordToProduce request;
        request.topic = producer.topic;
        request.key = patternKey(producer.keys, n);
        request.value = "order-" + std::to_string(n);
        commands.push_back(produceCommand(request));
    }
    return commands;
}

SimTime nextTickAtOrAfter(SimTime now, SimTime interval) {
    if (interval <= 0) return now;
    return (now + interval - 1) / interval * interval;
}

}  // namespace ks::runtime
