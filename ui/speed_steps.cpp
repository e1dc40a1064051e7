#include "speed_steps.h"

#include "runtime/engine_runtime.h"

namespace ks::ui {

const std::vector<double>& speedSteps() {
    static const std::vector<double> steps{0.001, 0.01, 0.1, 0.25, 0.5, 1, 2, 5, 10, 50, 100, 1000, runtime::kAsFastAsPossible};
    return steps;
}

const std::vector<int>& producerSteps() {
    static const std::vector<int> steps{1, 2, 5, 10, 20, 50, 100};
    return steps;
}

}  // namespace ks::ui
