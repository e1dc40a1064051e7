#pragma once
// Seeded pseudo-random numbers. Every node and every link gets its own stream, derived from the
// one scenario seed, so adding a node never changes the numbers another node draws.
#include <cstdint>

namespace ks {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0);
    // A stream for one named purpose (a node id, a link), independent of this one.
    static Rng derive(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next();
    // Uniform in [0, bound).
    std::uint64_t below(std::uint64_t bound);
    // Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi);
    // Uniform in [0, 1).
    double unit();
    bool chance(double probability) { return unit() < probability; }

private:
    std::uint64_t s_[4];
};

}  // namespace ks
