#include "runtime/engine_runtime.h"

#include "runtime/runtime_worker.h"

namespace ks::runtime {

std::string defaultSetup() {
    return "cluster brokers=3 controllers=3\n"
           "topic create orders partitions=3 rf=3 min.insync.replicas=2\n"
           "consumer add analytics-1 topic=orders group=analytics auto.offset.reset=earliest\n"
           "consumer add analytics-2 topic=orders group=analytics auto.offset.reset=earliest\n";
}

EngineRuntime::EngineRuntime(RuntimeConfig config)
    : config_(std::move(config)), worker_(std::make_unique<Worker>(config_)) {}

EngineRuntime::~EngineRuntime() = default;

void EngineRuntime::submit(std::string command) {
    Control control = Control::of(Control::Kind::Submit);
    control.command = std::move(command);
    worker_->post(std::move(control));
}

void EngineRuntime::schedule(SimTime at, std::string command) {
    Control control = Control::of(Control::Kind::Schedule);
    control.at = at;
    control.command = std::move(command);
    worker_->post(std::move(control));
}

void EngineRuntime::play() { worker_->post(Control::of(Control::Kind::Play)); }

void EngineRuntime::pause() { worker_->post(Control::of(Control::Kind::Pause)); }

void EngineRuntime::stepEvent() { worker_->post(Control::of(Control::Kind::StepEvent)); }

void EngineRuntime::stepMillisecond() { worker_->post(Control::of(Control::Kind::StepMillisecond)); }

void EngineRuntime::setSpeed(double speed) {
    Control control = Control::of(Control::Kind::Speed);
    control.speed = speed;
    worker_->post(std::move(control));
}

void EngineRuntime::fastForwardTo(SimTime until) {
    Control control = Control::of(Control::Kind::FastForward);
    control.at = until;
    worker_->post(std::move(control));
}

void EngineRuntime::fastForwardBy(SimTime duration) {
    Control control = Control::of(Control::Kind::FastForward);
    control.at = duration;
    control.relative = true;
    worker_->post(std::move(control));
}

void EngineRuntime::pauseAt(SimTime at) {
    Control control = Control::of(Control::Kind::PauseAt);
    control.at = at;
    worker_->post(std::move(control));
}

void EngineRuntime::setBackgroundProducer(BackgroundProducer producer) {
    Control control = Control::of(Control::Kind::Producer);
    control.producer = std::move(producer);
    worker_->post(std::move(control));
}

std::uint64_t EngineRuntime::produce(RecordToProduce request) {
    Control control = Control::of(Control::Kind::Produce);
    control.produce = std::move(request);
    return post(std::move(control));
}

std::uint64_t EngineRuntime::queryRecords(RecordQuery query) {
    Control control = Control::of(Control::Kind::Query);
    control.query = std::move(query);
    return post(std::move(control));
}

std::uint64_t EngineRuntime::post(Control control) {
    const std::uint64_t id = nextRequest_++;
    control.request = id;
    worker_->post(std::move(control));
    return id;
}

std::optional<Frame> EngineRuntime::takeFrame() { return worker_->takeFrame(); }

std::vector<CommandRecord> EngineRuntime::commandLog() const { return worker_->commandLog(); }

std::string EngineRuntime::scenarioText() const { return exportScenario(worker_->session()); }

SessionRecord EngineRuntime::session() const { return worker_->session(); }

ReplayProgress EngineRuntime::replayProgress() const { return worker_->replayProgress(); }

}  // namespace ks::runtime
