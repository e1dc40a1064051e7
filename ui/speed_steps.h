#pragma once
// The clock speeds and background-producer rates the window offers, slowest first.
#include <vector>

namespace ks::ui {

// Simulated seconds per real second; the last is runtime::kAsFastAsPossible.
const std::vector<double>& speedSteps();
// Records the background producer sends every 100 ms of simulated time.
const std::vector<int>& producerSteps();

}  // namespace ks::ui
