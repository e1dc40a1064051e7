#include "runtime/comparison_job.h"

#include "scenario/compare.h"
#include "scenario/runner.h"

namespace ks::runtime {

ComparisonJob::ComparisonJob(std::string fileName, std::string scenarioText, std::uint64_t seed)
    : thread_([this, fileName = std::move(fileName), text = std::move(scenarioText), seed] { run(fileName, text, seed); }) {}

ComparisonJob::~ComparisonJob() {
    cancel();
    thread_.join();
}

ComparisonReport ComparisonJob::report() const {
    std::lock_guard lock(mutex_);
    return report_;
}

void ComparisonJob::run(const std::string& fileName, const std::string& text, std::uint64_t seed) {
    ComparisonReport report;
    try {
        const scenario::ModeComparison c = scenario::compareModes(fileName, text, seed, [this](double fraction) {
            progress_.store(fraction);
            return !cancel_.load();
        });
        report.text = c.text;
        report.kraftExitCode = c.kraft.exitCode;
        report.zookeeperExitCode = c.zookeeper.exitCode;
        progress_.store(1.0);
    } catch (const scenario::RunCancelled&) {
        report.cancelled = true;
    }
    {
        std::lock_guard lock(mutex_);
        report_ = std::move(report);
    }
    finished_.store(true);
}

}  // namespace ks::runtime
