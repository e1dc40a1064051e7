#include "runtime/pacer.h"

#include <cmath>

namespace ks::runtime {

void Pacer::anchor(Clock::time_point wall, SimTime sim, double speed) {
    wall_ = wall;
    sim_ = sim;
    speed_ = speed;
}

SimTime Pacer::target(Clock::time_point wall) const {
    const double elapsed = std::chrono::duration<double, std::micro>(wall - wall_).count();
    if (elapsed <= 0) return sim_;
    const double ahead = elapsed * speed_;
    if (ahead >= static_cast<double>(kNever - sim_)) return kNever;
    return sim_ + static_cast<SimTime>(std::floor(ahead));
}

Pacer::Clock::time_point Pacer::wallTimeOf(SimTime sim) const {
    if (sim <= sim_) return wall_;
    const double micros = static_cast<double>(sim - sim_) / speed_;
    if (micros > 3.6e9) return Clock::time_point::max();
    return wall_ + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double, std::micro>(micros));
}

}  // namespace ks::runtime
