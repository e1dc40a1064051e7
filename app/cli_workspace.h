#pragma once
// kafkascope-cli workspace replay FILE: replays a saved workspace headless and prints its final state.
#include <string>

namespace ks::cli {

int replayWorkspace(const std::string& file);

// Ctrl-C sets a flag that long operations poll, so they stop cleanly and say so.
void catchInterrupt();
bool interrupted();

// "\r<label>: 12.000s of 60.000s simulated (20%)" on stderr, at most ten times a second.
class ProgressLine {
public:
    explicit ProgressLine(std::string label) : label_(std::move(label)) {}
    void show(double fraction, const std::string& detail);
    void finish();

private:
    std::string label_;
    long long lastShown_ = -1;
    bool shown_ = false;
};

}  // namespace ks::cli
