#include "cli_workspace.h"

#include <QCoreApplication>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <thread>

#include "workspace/workspace_file.h"

namespace ks::cli {
namespace {

volatile std::sig_atomic_t gInterrupted = 0;

extern "C" void onInterrupt(int) { gInterrupted = 1; }

constexpr const char* kFinalState = "print brokers\nprint controllers\nprint partitions\nprint groups";
constexpr auto kPoll = std::chrono::milliseconds(20);

long long wallMillis() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

void catchInterrupt() { std::signal(SIGINT, onInterrupt); }

bool interrupted() { return gInterrupted != 0; }

void ProgressLine::show(double fraction, const std::string& detail) {
    const long long now = wallMillis();
    if (shown_ && now - lastShown_ < 100) return;
    lastShown_ = now;
    shown_ = true;
    std::fprintf(stderr, "\r%s: %s (%d%%)   ", label_.c_str(), detail.c_str(), static_cast<int>(fraction * 100.0));
    std::fflush(stderr);
}

void ProgressLine::finish() {
    if (shown_) std::fputc('\n', stderr);
    shown_ = false;
}

int replayWorkspace(const std::string& file) {
    int argc = 1;
    char name[] = "kafkascope-cli";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QString error;
    const std::optional<workspace::Workspace> w = workspace::load(QString::fromLocal8Bit(file.c_str()), &error);
    if (!w) {
        std::cerr << "kafkascope-cli: " << error.toStdString() << "\n";
        return 2;
    }
    runtime::RuntimeConfig config;
    config.seed = w->session.seed;
    config.setup = w->session.setup;
    config.producer = w->producer;
    config.startPlaying = false;
    config.history = w->session.commands;
    config.replayUntil = w->replayEnd();
    catchInterrupt();
    runtime::EngineRuntime engine(config);
    ProgressLine progress("replaying " + file);
    runtime::ReplayProgress p;
    for (;;) {
        p = engine.replayProgress();
        if (p.done) break;
        if (interrupted()) {
            progress.finish();
            std::cerr << "kafkascope-cli: replay cancelled at " << formatTime(p.reached) << " of " << formatTime(p.until)
                      << "; nothing was written\n";
            return 130;
        }
        if (p.until > 0)
            progress.show(static_cast<double>(p.reached) / static_cast<double>(p.until),
                          formatTime(p.reached) + " of " + formatTime(p.until) + " simulated");
        engine.takeFrame();
        std::this_thread::sleep_for(kPoll);
    }
    progress.finish();
    if (!p.error.empty()) {
        std::cerr << "kafkascope-cli: the workspace's setup commands failed: " << p.error.str() << "\n";
        return 2;
    }
    engine.submit(kFinalState);
    for (;;) {
        if (interrupted()) return 130;
        if (std::optional<Frame> frame = engine.takeFrame()) {
            for (const CommandRecord& c : frame->commands) {
                if (c.text != kFinalState) continue;
                std::size_t rejected = 0;
                for (const CommandRecord& r : w->session.commands) rejected += r.ok ? 0 : 1;
                std::cout << "workspace " << file << " (seed " << w->session.seed << "): " << w->session.commands.size()
                          << " command(s) replayed (" << rejected << " rejected, as when recorded), simulated "
                          << formatTime(frame->snapshot ? frame->snapshot->time : p.reached) << "\n"
                          << c.output;
                return 0;
            }
        }
        std::this_thread::sleep_for(kPoll);
    }
}

}  // namespace ks::cli
