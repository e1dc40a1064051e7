#include "runtime/runtime_worker.h"

#include <algorithm>
#include <cmath>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "cluster/cluster.h"
#include "runtime/record_query.h"
#include "scenario/runner.h"

namespace ks::runtime {
namespace {

constexpr SimTime kCheckInterval = seconds(1);
constexpr int kStepsBetweenClockReads = 128;
constexpr auto kRateWindow = std::chrono::milliseconds(500);
constexpr auto kBehindTolerance = std::chrono::milliseconds(250);
constexpr auto kBehindShownFor = std::chrono::seconds(1);
constexpr auto kShortestWait = std::chrono::milliseconds(1);
constexpr int kWorkerNice = 5;
// A checkpoint may take at most a twentieth of the worker's time: after a copy that took d, the
// next waits at least 20·d of real time (at high speeds they are then further apart).
constexpr int kCheckpointCostFactor = 20;

SimTime ceilToMillisecond(SimTime t) { return (t + kMicrosPerMilli - 1) / kMicrosPerMilli * kMicrosPerMilli; }

}  // namespace

EngineRuntime::Worker::Worker(RuntimeConfig config) : config_(std::move(config)) {
    playing_ = config_.startPlaying;
    speed_ = config_.speed;
    producer_ = config_.producer;
    thread_ = std::thread([this] { run(); });
}

EngineRuntime::Worker::~Worker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void EngineRuntime::Worker::post(Control control) {
    {
        std::lock_guard lock(mutex_);
        controls_.push_back(std::move(control));
    }
    wake_.notify_all();
}

std::optional<Frame> EngineRuntime::Worker::takeFrame() {
    std::lock_guard lock(mutex_);
    if (!fresh_) return std::nullopt;
    fresh_ = false;
    Frame frame = std::move(out_);
    out_ = Frame{};
    return frame;
}

std::vector<CommandRecord> EngineRuntime::Worker::commandLog() const {
    std::lock_guard lock(mutex_);
    return log_;
}

SessionRecord EngineRuntime::Worker::session() const {
    std::lock_guard lock(mutex_);
    return SessionRecord{config_.seed, config_.setup, setupEnd_, log_, publishedTime_};
}

ReplayProgress EngineRuntime::Worker::replayProgress() const {
    std::lock_guard lock(mutex_);
    return replay_;
}

// ---------------------------------------------------------------- the loop

void EngineRuntime::Worker::run() {
    yieldToViewers();
    start();
    std::unique_lock lock(mutex_);
    for (;;) {
        std::deque<Control> controls;
        controls.swap(controls_);
        if (stopping_) return;
        lock.unlock();
        for (const Control& control : controls) handle(control);
        if (cluster_ && (playing_ || fastForward_)) runSlice(Clock::now());
        const auto now = Clock::now();
        if (dirty_ && (!(playing_ || fastForward_) || now >= lastPublish_ + config_.frameInterval)) publish(now);
        lock.lock();
        if (stopping_ || !controls_.empty()) continue;
        const auto until = wakeTime(Clock::now());
        auto woken = [this] { return stopping_ || !controls_.empty(); };
        if (until == Clock::time_point::max())
            wake_.wait(lock, woken);
        else
            wake_.wait_until(lock, until, woken);
    }
}

// The simulation gives way to the window when both want the processor: a frame drawn late is seen,
// a simulated millisecond computed late is not (pacing catches up).
void EngineRuntime::Worker::yieldToViewers() {
#ifdef __linux__
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kWorkerNice);
#endif
}

void EngineRuntime::Worker::start() {
    scenario::RunOptions options;
    options.seed = config_.seed;
    options.eventSink = [this](const ClusterEvent& event) { onEvent(event); };
    std::size_t alreadyApplied = 0;
    if (restoreCheckpoint(options)) {
        alreadyApplied = log_.size();
    } else {
        runner_ = std::make_unique<scenario::ScenarioRunner>("session", "", options, discarded_);
        const scenario::CommandResult result = runner_->executeCommands(config_.setup);
        cluster_ = runner_->cluster();
        if (!result.ok) startupError_ = result.errorMessage;
        else if (!cluster_)
            startupError_ = EngineText::tr("the setup commands did not build a cluster (start them with 'cluster')");
        if (!startupError_.empty()) {
            cluster_ = nullptr;
            playing_ = false;
            dirty_ = true;
            {
                std::lock_guard lock(mutex_);
                replay_.done = true;
                replay_.error = startupError_;
            }
            publish(Clock::now());
            return;
        }
        std::lock_guard lock(mutex_);
        setupEnd_ = cluster_->now();
    }
    producerClient_ = Cluster::kDefaultProducer;
    clientNodes_ = cluster_->producerNodes();
    const SimTime now = cluster_->now();
    nextTick_ = nextTickAtOrAfter(now, producer_.interval);
    nextCheck_ = (now / kCheckInterval + 1) * kCheckInterval;
    nextCheckpoint_ = now + kCheckpointInterval;
    pacer_.anchor(Clock::now(), now, speed_);
    rateWall_ = Clock::now();
    rateEvents_ = cluster_->simulation().eventsProcessed();
    startReplay(alreadyApplied);
    publish(Clock::now());
}

bool EngineRuntime::Worker::restoreCheckpoint(const scenario::RunOptions& options) {
    if (!config_.checkpoints || (config_.history.empty() && config_.replayUntil == 0)) return false;
    std::optional<RestoredCheckpoint> restored = config_.checkpoints->restore(
        config_.seed, config_.setup, config_.history, config_.replayUntil, options, discarded_);
    if (!restored) return false;
    runner_ = std::move(restored->runner);
    cluster_ = runner_->cluster();
    backgroundLabels_ = std::move(restored->backgroundLabels);
    applied_ = restored->commands;
    std::lock_guard lock(mutex_);
    setupEnd_ = restored->setupEnd;
    log_ = std::move(restored->commands);
    replay_.checkpoint = restored->at;
    return true;
}

// A copy of the engine as it stands, with the commands that brought it here. Taken at a whole
// simulated second, after that instant's commands, when copying has not been too costly lately.
void EngineRuntime::Worker::takeCheckpoint() {
    const auto began = Clock::now();
    if (began < checkpointAllowedAt_) return;
    static std::ostream nowhere(nullptr);
    scenario::RunOptions options;
    options.seed = config_.seed;
    std::unique_ptr<scenario::ScenarioRunner> copy = runner_->clone(options, nowhere);
    const auto finished = Clock::now();
    checkpointAllowedAt_ = finished + (finished - began) * kCheckpointCostFactor;
    if (!copy) return;   // a node is in the middle of something: the next whole second tries again
    Checkpoint checkpoint;
    checkpoint.seed = config_.seed;
    checkpoint.setup = config_.setup;
    checkpoint.setupEnd = setupEnd_;
    checkpoint.at = cluster_->now();
    checkpoint.commands = log_;
    checkpoint.backgroundLabels = backgroundLabels_;
    checkpoint.runner = std::move(copy);
    config_.checkpoints->add(std::move(checkpoint));
    nextCheckpoint_ = cluster_->now() + kCheckpointInterval;
}

// The recorded commands go into the schedule in their order and the clock fast-forwards through them,
// exactly as the live run applied them. The background producer's commands are among them, so the
// producer itself waits until the end and then continues from the recorded tick count.
void EngineRuntime::Worker::startReplay(std::size_t alreadyApplied) {
    const SimTime now = cluster_->now();
    SimTime until = std::max(config_.replayUntil, now);
    for (std::size_t i = 0; i < config_.history.size(); ++i) {
        const CommandRecord& record = config_.history[i];
        if (i >= alreadyApplied) scheduled_.emplace(record.at, Scheduled{record.text, record.automatic});
        until = std::max(until, record.at);
        if (record.automatic) ++ticks_;
    }
    {
        std::lock_guard lock(mutex_);
        replay_.reached = now;
        replay_.until = until;
        replay_.done = config_.history.empty() && until == now;
    }
    if (config_.history.empty() && until == now) return;
    replaying_ = true;
    producerAfterReplay_ = producer_;
    producer_.enabled = false;
    playAfterFastForward_ = playing_;
    playing_ = false;
    fastForward_ = true;
    fastForwardUntil_ = until;
}

void EngineRuntime::Worker::finishReplay() {
    replaying_ = false;
    producer_ = producerAfterReplay_;
    SimTime lastTick = -1;
    for (const CommandRecord& record : config_.history)
        if (record.automatic) lastTick = std::max(lastTick, record.at);
    nextTick_ = nextTickAtOrAfter(std::max(cluster_->now(), lastTick + 1), producer_.interval);
    {
        std::lock_guard lock(mutex_);
        replay_.reached = cluster_->now();
        replay_.done = true;
    }
    std::deque<Control> deferred;
    deferred.swap(deferred_);
    for (const Control& control : deferred) handle(control);
}

void EngineRuntime::Worker::handle(const Control& control) {
    using Kind = Control::Kind;
    if (!cluster_ && (control.kind == Kind::Produce || control.kind == Kind::Query)) {
        if (control.kind == Kind::Produce) {
            ProduceReply reply;
            reply.request = control.request;
            reply.rejected = EngineText::tr("no cluster is running");
            produced_.push_back(std::move(reply));
        } else {
            RecordPage page;
            page.request = control.request;
            page.query = control.query;
            page.error = EngineText::tr("no cluster is running");
            pages_.push_back(std::move(page));
        }
        dirty_ = true;
        return;
    }
    if (!cluster_) return;
    Simulation& sim = cluster_->simulation();
    dirty_ = true;
    // Commands, steps and fast-forwards sent during a replay wait for its end, where they belong.
    const bool clockOnly = control.kind == Kind::Play || control.kind == Kind::Pause || control.kind == Kind::Speed;
    if (replaying_ && !clockOnly && control.kind != Kind::Producer) {
        deferred_.push_back(control);
        return;
    }
    switch (control.kind) {
    case Kind::Submit: apply(control.command, false); break;
    case Kind::Schedule:
        if (control.at <= cluster_->now()) apply(control.command, false);
        else scheduled_.emplace(control.at, Scheduled{control.command, false});
        break;
    case Kind::Play: setPlaying(true); break;
    case Kind::Pause: setPlaying(false); break;
    case Kind::StepEvent:
        setPlaying(false);
        if (sim.nextEventTime() < nextStop()) {
            sim.step();
        } else {
            runTo(nextStop(), Clock::time_point::max());
            fireDue();
        }
        break;
    case Kind::StepMillisecond: {
        setPlaying(false);
        const SimTime goal = (cluster_->now() / kMicrosPerMilli + 1) * kMicrosPerMilli;
        while (cluster_->now() < goal) {
            runTo(std::min(goal, nextStop()), Clock::time_point::max());
            if (cluster_->now() >= nextStop()) fireDue();
        }
        break;
    }
    case Kind::Speed:
        speed_ = std::isinf(control.speed) ? control.speed : std::clamp(control.speed, kSlowestSpeed, kFastestPacedSpeed);
        pacer_.anchor(Clock::now(), cluster_->now(), speed_);
        behind_ = false;
        break;
    case Kind::FastForward: {
        const SimTime until = control.relative ? cluster_->now() + control.at : control.at;
        if (until <= cluster_->now()) break;
        if (!fastForward_) playAfterFastForward_ = playing_;
        fastForward_ = true;
        fastForwardUntil_ = until;
        playing_ = false;
        break;
    }
    case Kind::PauseAt:
        if (control.at > cluster_->now()) pauseAt_ = control.at;
        break;
    case Kind::Producer:
        if (replaying_) {
            producerAfterReplay_ = control.producer;
            break;
        }
        producer_ = control.producer;
        nextTick_ = nextTickAtOrAfter(cluster_->now() + 1, producer_.interval);
        break;
    case Kind::Produce: produceRecord(control.request, control.produce); break;
    case Kind::Query: {
        RecordPage page = readRecords(*cluster_, cluster_->snapshot(), control.query);
        page.request = control.request;
        pages_.push_back(std::move(page));
        break;
    }
    }
}

// The record goes through the scenario language's `produce` so the command log has it; the
// producer keeps that command's outcome until collectProduced picks it up.
void EngineRuntime::Worker::produceRecord(std::uint64_t request, const RecordToProduce& record) {
    ProduceReply reply;
    reply.request = request;
    reply.tp = TopicPartition{record.topic, record.partition.value_or(-1)};
    const std::string name = record.producer.empty() ? std::string(Cluster::kDefaultProducer) : record.producer;
    Producer* producer = cluster_->producer(name);
    if (const auto problem = produceRequestProblem(record)) reply.rejected = EngineText::tr("%1: %2")
        .args(problem->field, problem->message);
    else if (!producer) reply.rejected = EngineText::tr("there is no producer %1").args(name);
    else if (producer->closing()) reply.rejected = EngineText::tr("producer %1 is closing: it takes no more records")
        .args(name);
    if (!reply.rejected.empty()) {
        produced_.push_back(std::move(reply));
        return;
    }
    reply.command = produceCommand(record);
    ProducerRecord asSent;
    asSent.key = record.key;
    asSent.partition = record.partition;
    reply.partitioner = partitionChoice(asSent, producer->config().partitioner);
    Simulation& sim = cluster_->simulation();
    sim.runUntil(ceilToMillisecond(sim.now()));
    const std::uint64_t group = producer->nextGroupId();
    producer->keepResult(group);
    apply(reply.command, false);
    reply.at = applied_.back().at;
    if (!applied_.back().ok) {
        producer->forgetResult(group);
        reply.rejected = applied_.back().errorMessage;
        produced_.push_back(std::move(reply));
        return;
    }
    pendingProduces_.push_back({std::move(reply), producer->id(), group});
    collectProduced();
}

void EngineRuntime::Worker::collectProduced() {
    if (!cluster_) return;
    for (auto it = pendingProduces_.begin(); it != pendingProduces_.end();) {
        Producer* producer = cluster_->simulation().nodeAs<Producer>(it->producer);
        std::optional<SendGroupResult> result = producer ? producer->takeResult(it->group) : std::nullopt;
        if (!result) {
            ++it;
            continue;
        }
        ProduceReply reply = std::move(it->reply);
        if (!result->outcomes.empty()) {
            const SendOutcome& outcome = result->outcomes.front();
            reply.tp = outcome.tp;
            reply.offset = outcome.baseOffset;
            reply.error = outcome.error;
        }
        produced_.push_back(std::move(reply));
        it = pendingProduces_.erase(it);
    }
}

void EngineRuntime::Worker::setPlaying(bool playing) {
    if (fastForward_) {
        playAfterFastForward_ = playing;
        return;
    }
    if (playing && !playing_) pacer_.anchor(Clock::now(), cluster_->now(), speed_);
    playing_ = playing;
}

// Runs to the next whole millisecond (finishing any half-processed instant), then executes.
void EngineRuntime::Worker::apply(const std::string& text, bool automatic) {
    Simulation& sim = cluster_->simulation();
    sim.runUntil(ceilToMillisecond(sim.now()));
    CommandRecord record;
    record.at = sim.now();
    record.text = text;
    record.automatic = automatic;
    const scenario::CommandResult result = runner_->executeCommands(text);
    record.ok = result.ok;
    record.error = result.error;
    record.errorMessage = result.errorMessage;
    record.output = result.output;
    if (automatic && result.ok) backgroundLabels_.insert(producerClient_ + ": " + text + " → ");
    const auto wall = Clock::now();
    if (pacer_.target(wall) < sim.now()) pacer_.anchor(wall, sim.now(), speed_);
    applied_.push_back(record);
    std::lock_guard lock(mutex_);
    log_.push_back(std::move(record));
}

// ---------------------------------------------------------------- pacing

void EngineRuntime::Worker::runSlice(Clock::time_point now) {
    const auto deadline = now + config_.frameInterval * 3 / 4;
    const bool unpaced = fastForward_ || std::isinf(speed_);
    const SimTime target = unpaced ? kNever : pacer_.target(now);
    while (playing_ || fastForward_) {
        const SimTime stop = nextStop();
        const SimTime goal = std::min(target, stop);
        if (!runTo(goal, deadline)) {
            const auto later = Clock::now();
            if (!unpaced && pacer_.target(later - kBehindTolerance) > cluster_->now()) {
                pacer_.anchor(later, cluster_->now(), speed_);
                behind_ = true;
                behindSince_ = later;
            }
            return;
        }
        if (cluster_->now() >= stop) fireDue();
        if (goal == target || Clock::now() >= deadline) return;
    }
}

// Processes events up to `target` and sets the clock there. When the deadline passes first, it stops
// after the current instant is complete and returns false.
bool EngineRuntime::Worker::runTo(SimTime target, Clock::time_point deadline) {
    Simulation& sim = cluster_->simulation();
    int steps = 0;
    while (sim.nextEventTime() <= target) {
        if (!sim.step()) break;
        if (++steps % kStepsBetweenClockReads == 0 && Clock::now() >= deadline) {
            sim.runUntil(sim.now());
            dirty_ = true;
            return false;
        }
    }
    if (target != kNever) sim.runUntil(target);
    dirty_ = true;
    return true;
}

SimTime EngineRuntime::Worker::nextStop() const {
    SimTime stop = nextCheck_;
    if (!scheduled_.empty()) stop = std::min(stop, scheduled_.begin()->first);
    if (producer_.enabled) stop = std::min(stop, nextTick_);
    if (fastForward_) stop = std::min(stop, fastForwardUntil_);
    return std::min(stop, pauseAt_);
}

// What is due at the current instant: scheduled commands, then the background producer, then the
// acknowledged-records check, then the end of a fast-forward or a set pause. Always in this order.
void EngineRuntime::Worker::fireDue() {
    while (!scheduled_.empty() && scheduled_.begin()->first <= cluster_->now()) {
        const Scheduled command = scheduled_.begin()->second;
        scheduled_.erase(scheduled_.begin());
        apply(command.command, command.automatic);
    }
    if (producer_.enabled && cluster_->now() >= nextTick_) {
        if (const std::size_t partitions = partitionCount(producer_.topic); partitions > 0)
            for (const std::string& command : backgroundProduceCommands(producer_, ticks_++, partitions))
                apply(command, true);
        nextTick_ = nextTickAtOrAfter(std::max(nextTick_ + 1, cluster_->now()), producer_.interval);
    }
    if (cluster_->now() >= nextCheck_) {
        cluster_->checker().checkAcknowledgedRecords();
        nextCheck_ = (cluster_->now() / kCheckInterval + 1) * kCheckInterval;
        if (config_.checkpoints && cluster_->now() >= nextCheckpoint_) takeCheckpoint();
    }
    if (fastForward_ && cluster_->now() >= fastForwardUntil_) endFastForward();
    if (cluster_->now() >= pauseAt_) {
        pauseAt_ = kNever;
        setPlaying(false);
    }
}

void EngineRuntime::Worker::endFastForward() {
    fastForward_ = false;
    playing_ = playAfterFastForward_;
    pacer_.anchor(Clock::now(), cluster_->now(), speed_);
    if (replaying_) finishReplay();
}

std::size_t EngineRuntime::Worker::partitionCount(const std::string& topic) const {
    const auto& topics = cluster_->metadata().topics();
    auto it = topics.find(topic);
    return it == topics.end() ? 0 : it->second.partitions.size();
}

EngineRuntime::Worker::Clock::time_point EngineRuntime::Worker::wakeTime(Clock::time_point now) const {
    if (!cluster_ || !(playing_ || fastForward_)) return dirty_ ? now : Clock::time_point::max();
    if (fastForward_ || std::isinf(speed_)) return now;
    const SimTime next = std::min(cluster_->simulation().nextEventTime(), nextStop());
    const auto nextEvent = std::max(pacer_.wallTimeOf(next), now + kShortestWait);
    return std::min(nextEvent, lastPublish_ + config_.frameInterval);
}

// ---------------------------------------------------------------- output

void EngineRuntime::Worker::onEvent(const ClusterEvent& event) {
    events_.push_back(event);
    if (background(event)) events_.back().verbose = true;
}

// The background producer's acknowledgements are routine detail; its failures are not.
bool EngineRuntime::Worker::background(const ClusterEvent& event) {
    if (event.kind != EventKind::Client || backgroundLabels_.empty()) return false;
    const std::string& text = event.text;
    auto it = backgroundLabels_.upper_bound(text);
    if (it == backgroundLabels_.begin()) return false;
    --it;
    if (text.compare(0, it->size(), *it) != 0) return false;
    backgroundLabels_.erase(it);
    return text.find("failed") == std::string::npos;
}

void EngineRuntime::Worker::publish(Clock::time_point now) {
    collectProduced();
    std::shared_ptr<const ClusterSnapshot> snapshot;
    ClockState clock;
    clock.playing = playing_ || fastForward_;
    clock.speed = speed_;
    clock.fastForwarding = fastForward_;
    if (behind_ && now - behindSince_ > kBehindShownFor) behind_ = false;
    clock.behind = behind_;
    if (cluster_) {
        snapshot = std::make_shared<const ClusterSnapshot>(cluster_->snapshot());
        if (!clock.playing) {
            eventsPerSecond_ = 0.0;
            rateWall_ = now;
            rateEvents_ = snapshot->eventsProcessed;
        } else if (now - rateWall_ >= kRateWindow) {
            const double elapsed = std::chrono::duration<double>(now - rateWall_).count();
            eventsPerSecond_ = static_cast<double>(snapshot->eventsProcessed - rateEvents_) / elapsed;
            rateWall_ = now;
            rateEvents_ = snapshot->eventsProcessed;
        }
    }
    clock.eventsPerSecond = eventsPerSecond_;
    BackgroundProducerState producer{producer_.enabled, producer_.topic, producer_.recordsPerTick, producer_.interval,
                                     producer_.keys};

    std::lock_guard lock(mutex_);
    out_.sequence = ++sequence_;
    if (snapshot) {
        out_.snapshot = snapshot;
        publishedTime_ = snapshot->time;
        if (replaying_) replay_.reached = snapshot->time;
    }
    out_.events.insert(out_.events.end(), std::make_move_iterator(events_.begin()), std::make_move_iterator(events_.end()));
    out_.commands.insert(out_.commands.end(), applied_.begin(), applied_.end());
    if (out_.events.size() > config_.maxPendingEvents) {
        const std::size_t excess = out_.events.size() - config_.maxPendingEvents;
        out_.events.erase(out_.events.begin(), out_.events.begin() + static_cast<std::ptrdiff_t>(excess));
        out_.droppedEvents += excess;
    }
    out_.clock = clock;
    out_.producer = producer;
    if (cluster_) clientNodes_ = cluster_->producerNodes();
    out_.clientNodes = clientNodes_;
    out_.startupError = startupError_;
    out_.produced.insert(out_.produced.end(), std::make_move_iterator(produced_.begin()), std::make_move_iterator(produced_.end()));
    out_.pages.insert(out_.pages.end(), std::make_move_iterator(pages_.begin()), std::make_move_iterator(pages_.end()));
    produced_.clear();
    pages_.clear();
    fresh_ = true;
    events_.clear();
    applied_.clear();
    dirty_ = false;
    lastPublish_ = now;
}

}  // namespace ks::runtime
