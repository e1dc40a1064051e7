#include "runtime_bridge.h"

#include "engine_text.h"

namespace ks::ui {
namespace {
constexpr int kPollMilliseconds = 16;
}

RuntimeBridge::RuntimeBridge(runtime::RuntimeConfig config, QObject* parent)
    : QObject(parent),
      checkpoints_(std::make_shared<runtime::CheckpointStore>()),
      runtime_(std::make_unique<runtime::EngineRuntime>(withCheckpoints(std::move(config)))) {
    clock_.playing = runtime_->config().startPlaying;
    clock_.speed = runtime_->config().speed;
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &RuntimeBridge::poll);
    timer_.start(kPollMilliseconds);
}

RuntimeBridge::~RuntimeBridge() = default;

void RuntimeBridge::restart(runtime::RuntimeConfig config) {
    runtime_.reset();
    exchange(std::make_unique<runtime::EngineRuntime>(withCheckpoints(std::move(config))));
}

runtime::RuntimeConfig RuntimeBridge::withCheckpoints(runtime::RuntimeConfig config) const {
    if (!config.checkpoints) config.checkpoints = checkpoints_;
    return config;
}

std::unique_ptr<runtime::EngineRuntime> RuntimeBridge::exchange(std::unique_ptr<runtime::EngineRuntime> runtime) {
    snapshot_.reset();
    frame_.reset();
    clientNodes_.clear();
    startupError_.clear();
    clock_ = ClockState{};
    clock_.playing = runtime->config().startPlaying;
    clock_.speed = runtime->config().speed;
    std::swap(runtime_, runtime);
    Q_EMIT restarted();
    return runtime;
}

NodeId RuntimeBridge::clientNode(const std::string& clientId) const {
    auto it = clientNodes_.find(clientId);
    return it == clientNodes_.end() ? kNoNode : it->second;
}

void RuntimeBridge::submit(const QString& command) { runtime_->submit(command.toStdString()); }

void RuntimeBridge::schedule(SimTime at, const QString& command) { runtime_->schedule(at, command.toStdString()); }

std::uint64_t RuntimeBridge::produce(const RecordToProduce& record) { return runtime_->produce(record); }

std::uint64_t RuntimeBridge::queryRecords(const RecordQuery& query) { return runtime_->queryRecords(query); }

void RuntimeBridge::play() { runtime_->play(); }

void RuntimeBridge::pause() { runtime_->pause(); }

void RuntimeBridge::togglePlay() { clock_.playing ? pause() : play(); }

void RuntimeBridge::stepEvent() { runtime_->stepEvent(); }

void RuntimeBridge::stepMillisecond() { runtime_->stepMillisecond(); }

void RuntimeBridge::setSpeed(double speed) { runtime_->setSpeed(speed); }

void RuntimeBridge::fastForwardBy(SimTime duration) { runtime_->fastForwardBy(duration); }

void RuntimeBridge::fastForwardTo(SimTime until) { runtime_->fastForwardTo(until); }

void RuntimeBridge::setBackgroundProducer(const runtime::BackgroundProducer& producer) {
    runtime_->setBackgroundProducer(producer);
}

runtime::BackgroundProducer RuntimeBridge::backgroundProducer() const {
    runtime::BackgroundProducer p = runtime_->config().producer;
    if (!producer_.topic.empty()) {
        p.enabled = producer_.enabled;
        p.topic = producer_.topic;
        p.recordsPerTick = producer_.recordsPerTick;
        p.interval = producer_.interval;
        p.keys = producer_.keys;
    }
    return p;
}

QString RuntimeBridge::scenarioText() const { return QString::fromStdString(runtime_->scenarioText()); }

runtime::SessionRecord RuntimeBridge::session() const { return runtime_->session(); }

void RuntimeBridge::poll() {
    std::optional<Frame> taken = runtime_->takeFrame();
    if (!taken) return;
    frame_ = std::make_shared<const Frame>(std::move(*taken));
    if (frame_->snapshot) snapshot_ = frame_->snapshot;
    clock_ = frame_->clock;
    producer_ = frame_->producer;
    clientNodes_ = frame_->clientNodes;
    startupError_ = engineText(frame_->startupError);
    Q_EMIT frameArrived(*frame_);
}

}  // namespace ks::ui
