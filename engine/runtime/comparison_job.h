#pragma once
// The compare command for the window: runs one scenario in KRaft mode and then in ZooKeeper mode
// (scenario/compare.h) on a thread of its own, reports how far it got and can be cancelled; the
// window polls it and never waits.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace ks::runtime {

struct ComparisonReport {
    bool cancelled = false;
    std::string text;          // the table kafkascope-cli compare prints
    int kraftExitCode = 0;     // the scenario's exit status in each mode (2: the scenario has an error)
    int zookeeperExitCode = 0;
};

class ComparisonJob {
public:
    // Starts at once.
    ComparisonJob(std::string fileName, std::string scenarioText, std::uint64_t seed);
    ~ComparisonJob();   // cancels a comparison still running and waits for its thread
    ComparisonJob(const ComparisonJob&) = delete;
    ComparisonJob& operator=(const ComparisonJob&) = delete;

    double progress() const { return progress_.load(); }   // 0..1 over both runs
    bool finished() const { return finished_.load(); }
    void cancel() { cancel_.store(true); }
    // Once finished(): what the comparison found, or that it was cancelled.
    ComparisonReport report() const;

private:
    void run(const std::string& fileName, const std::string& text, std::uint64_t seed);

    std::atomic<double> progress_{0.0};
    std::atomic<bool> finished_{false};
    std::atomic<bool> cancel_{false};
    mutable std::mutex mutex_;
    ComparisonReport report_;
    std::thread thread_;
};

}  // namespace ks::runtime
