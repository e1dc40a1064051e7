#pragma once
// What the window tests share: a paused window without saved settings, and running it on.
#include <QtTest>

#include "main_window.h"
#include "runtime_bridge.h"

namespace ks::ui::testing {

constexpr int kTimeoutMs = 20000;

inline MainWindow::Options pausedOptions() {
    MainWindow::Options options;
    options.runtime.startPlaying = false;
    options.persistSettings = false;
    return options;
}

// Runs the simulation `duration` further, as fast as possible, and waits until the window shows it.
inline bool advance(MainWindow& window, SimTime duration) {
    const SimTime target = window.bridge()->now() + duration;
    window.bridge()->fastForwardBy(duration);
    return QTest::qWaitFor([&] { return window.bridge()->now() >= target && !window.bridge()->clock().playing; }, kTimeoutMs);
}

inline bool started(MainWindow& window) {
    return QTest::qWaitFor([&] { return window.bridge()->hasFrame(); }, kTimeoutMs);
}

}  // namespace ks::ui::testing
