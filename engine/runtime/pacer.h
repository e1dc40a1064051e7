#pragma once
// Maps real time to simulated time at a chosen speed. Pacing only decides how soon the simulation
// reaches a simulated instant, never what happens there, so changing speed cannot change a run.
#include <chrono>

#include "core/types.h"

namespace ks::runtime {

class Pacer {
public:
    using Clock = std::chrono::steady_clock;

    // Simulated time runs at `speed` simulated seconds per real second from (wall, sim) on.
    void anchor(Clock::time_point wall, SimTime sim, double speed);
    // Where the simulated clock should be at `wall`.
    SimTime target(Clock::time_point wall) const;
    // When the simulated clock reaches `sim`, in real time.
    Clock::time_point wallTimeOf(SimTime sim) const;
    double speed() const { return speed_; }

private:
    Clock::time_point wall_{};
    SimTime sim_ = 0;
    double speed_ = 1.0;
};

}  // namespace ks::runtime
