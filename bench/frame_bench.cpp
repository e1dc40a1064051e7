// Frame time of the Kafkascope window on the offscreen platform. A frame is everything the window
// does with one frame the runtime publishes (event log, scene, inspector, status bar, the messages on
// the wire as dots or rates) plus repainting it, with the whole topology view repainted every time (the worst case). Two
// sessions: the default classroom cluster, and 20 brokers holding about 1,000 replicas with 10
// consumer groups of two consumers each and records flowing from the background producer. Prints
// one table row per session: wall-clock p50/p99/max of the frame, and the p50/p99 of the CPU time
// the window's thread spent (which other programs on the machine do not inflate), and how the wire
// was drawn: in how many frames as moving dots (and how many dots at the median) or as rates.
// `--quick` runs a small session for CTest.
#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

#include "main_window.h"
#include "runtime_bridge.h"
#include "sim_time_text.h"
#include "topology/topology_scene.h"
#include "topology/topology_view.h"
#include "topology/wire_layer_item.h"

namespace {

// Scene changes reach the screen through posted events (dirty items, then an update request); a
// few rounds deliver them all within the measured frame.
constexpr int kFlushRounds = 3;

struct Session {
    const char* name;
    std::string setup;
    std::string topic;
    int recordsPerTick;
    ks::SimTime interval;
    int frames;
    int width;
    int height;
};

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

std::string bigSetup(int brokers, int partitions, int groups) {
    std::string setup = "cluster brokers=" + std::to_string(brokers) + " controllers=3\n" + "topic create bench partitions=" +
                        std::to_string(partitions) + " rf=3 min.insync.replicas=2\n";
    for (int g = 1; g <= groups; ++g)
        for (int c = 1; c <= 2; ++c)
            setup += "consumer add g" + std::to_string(g) + "-c" + std::to_string(c) + " topic=bench group=g" + std::to_string(g) +
                     " auto.offset.reset=earliest\n";
    return setup;
}

// Runs one session; prints its row and returns whether every frame arrived and records flowed.
bool run(const Session& session) {
    ks::ui::MainWindow::Options options;
    options.persistSettings = false;
    options.runtime.seed = 1;
    options.runtime.speed = 2.0;
    options.runtime.setup = session.setup;
    options.runtime.producer.topic = session.topic;
    options.runtime.producer.recordsPerTick = session.recordsPerTick;
    options.runtime.producer.interval = session.interval;
    ks::ui::MainWindow window(options);
    window.resize(session.width, session.height);
    window.show();

    bool arrived = false;
    QObject::connect(window.bridge(), &ks::ui::RuntimeBridge::frameArrived, [&] { arrived = true; });
    std::vector<double> wall;
    std::vector<double> cpu;
    std::vector<double> dots;
    std::size_t counterFrames = 0;
    QElapsedTimer overall;
    overall.start();
    while (static_cast<int>(wall.size()) < session.frames && overall.elapsed() < 300000) {
        QElapsedTimer frame;
        frame.start();
        const double cpuStart = threadCpuMs();
        arrived = false;
        QCoreApplication::processEvents();
        if (!arrived) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        window.view()->viewport()->update();
        for (int round = 0; round < kFlushRounds; ++round) QCoreApplication::sendPostedEvents();
        if (!window.bridge()->snapshot()) continue;
        wall.push_back(static_cast<double>(frame.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
        const ks::ui::WireLayerItem& wire = *window.scene()->wireLayer();
        if (wire.mode() == ks::ui::WireLayerItem::Mode::Dots) dots.push_back(static_cast<double>(wire.dots().size()));
        else ++counterFrames;
    }
    if (static_cast<int>(wall.size()) < session.frames) {
        std::fprintf(stderr, "frame bench: %s: only %zu of %d frames arrived\n", session.name, wall.size(), session.frames);
        return false;
    }
    const ks::ClusterSnapshot& s = *window.bridge()->snapshot();
    std::size_t replicas = 0;
    for (const auto& p : s.partitions) replicas += p.replicaStates.size();
    const long long acked = s.producers.empty() ? 0 : s.producers.front().acked;
    std::printf("| %s: %zu brokers, %zu replicas, %zu groups, %zu consumers, %dx%d | %zu | %lld | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %zu (%.0f) | %zu |\n",
                session.name, s.brokers.size(), replicas, s.groups.size(), s.consumers.size(), session.width, session.height,
                wall.size(), acked, qPrintable(ks::ui::formatSeconds(s.time)), percentile(wall, 0.5), percentile(wall, 0.99),
                *std::max_element(wall.begin(), wall.end()), percentile(cpu, 0.5), percentile(cpu, 0.99),
                dots.size(), dots.empty() ? 0.0 : percentile(dots, 0.5), counterFrames);
    std::fflush(stdout);
    return acked > 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    std::vector<Session> sessions;
    if (quick) {
        sessions.push_back({"small", bigSetup(5, 30, 2), "bench", 20, ks::millis(10), 60, 1024, 768});
    } else {
        sessions.push_back({"classroom default", ks::runtime::defaultSetup(), "orders", 1, ks::millis(100), 1200, 1024, 768});
        sessions.push_back({"large", bigSetup(20, 334, 10), "bench", 20, ks::millis(10), 1200, 1280, 800});
    }
    std::printf("| Session | Frames | Records acked | Simulated | Wall p50 ms | Wall p99 ms | Wall max ms | CPU p50 ms | CPU p99 ms | Dot frames (median dots) | Rate frames |\n"
                "|---|---|---|---|---|---|---|---|---|---|---|\n");
    bool ok = true;
    for (const Session& session : sessions) ok = run(session) && ok;
    return ok ? 0 : 1;
}
