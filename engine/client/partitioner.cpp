#include "client/partitioner.h"

namespace ks {

// MurmurHash2, 32-bit, with the seed Kafka uses (0x9747b28c); arithmetic on unsigned values so
// overflow wraps as Java's int arithmetic does.
std::int32_t murmur2(std::string_view data) {
    const std::uint32_t length = static_cast<std::uint32_t>(data.size());
    const std::uint32_t seed = 0x9747b28cu;
    const std::uint32_t m = 0x5bd1e995u;
    const int r = 24;
    std::uint32_t h = seed ^ length;
    const std::uint32_t length4 = length / 4;
    auto byte = [&](std::uint32_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(data[i])); };
    for (std::uint32_t i = 0; i < length4; ++i) {
        const std::uint32_t i4 = i * 4;
        std::uint32_t k = byte(i4) | (byte(i4 + 1) << 8) | (byte(i4 + 2) << 16) | (byte(i4 + 3) << 24);
        k *= m;
        k ^= k >> r;
        k *= m;
        h *= m;
        h ^= k;
    }
    switch (length % 4) {
    case 3: h ^= byte((length & ~3u) + 2) << 16; [[fallthrough]];
    case 2: h ^= byte((length & ~3u) + 1) << 8; [[fallthrough]];
    case 1:
        h ^= byte(length & ~3u);
        h *= m;
    }
    h ^= h >> 13;
    h *= m;
    h ^= h >> 15;
    return static_cast<std::int32_t>(h);
}

}  // namespace ks
