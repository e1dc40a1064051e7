#pragma once
// The window's side of the engine runtime: forwards commands and clock controls to it, and picks up
// its newest frame on a timer, about 60 times a second, without ever waiting for the engine.
#include <QObject>
#include <QTimer>
#include <map>
#include <memory>

#include "runtime/engine_runtime.h"

namespace ks::ui {

class RuntimeBridge : public QObject {
    Q_OBJECT

public:
    explicit RuntimeBridge(runtime::RuntimeConfig config, QObject* parent = nullptr);
    ~RuntimeBridge() override;

    // Starts over with a new cluster; the old run is discarded.
    void restart(runtime::RuntimeConfig config);
    // Shows `runtime` from now on (a replayed workspace, a moment of the past) and hands back the
    // one shown so far, for the caller to keep or drop.
    std::unique_ptr<runtime::EngineRuntime> exchange(std::unique_ptr<runtime::EngineRuntime> runtime);
    const runtime::RuntimeConfig& config() const { return runtime_->config(); }
    // The session's checkpoints, shared by every runtime this bridge starts and by the timeline's
    // replays (RuntimeConfig::checkpoints).
    const std::shared_ptr<runtime::CheckpointStore>& checkpoints() const { return checkpoints_; }

    bool hasFrame() const { return snapshot_ != nullptr; }
    const std::shared_ptr<const ClusterSnapshot>& snapshot() const { return snapshot_; }
    const ClockState& clock() const { return clock_; }
    const BackgroundProducerState& producer() const { return producer_; }
    NodeId clientNode(const std::string& clientId) const;
    SimTime now() const { return snapshot_ ? snapshot_->time : 0; }
    QString startupError() const { return startupError_; }
    // The newest frame, shared, for whoever keeps parts of it (the event log does).
    const std::shared_ptr<const Frame>& frame() const { return frame_; }

    void submit(const QString& command);
    void schedule(SimTime at, const QString& command);
    void play();
    void pause();
    void togglePlay();
    void stepEvent();
    void stepMillisecond();
    void setSpeed(double speed);
    void fastForwardBy(SimTime duration);
    void fastForwardTo(SimTime until);
    void setBackgroundProducer(const runtime::BackgroundProducer& producer);
    runtime::BackgroundProducer backgroundProducer() const;
    QString scenarioText() const;
    runtime::SessionRecord session() const;
    // Asynchronous: the answers come in a later frame (Frame::produced, Frame::pages) with this number.
    std::uint64_t produce(const RecordToProduce& record);
    std::uint64_t queryRecords(const RecordQuery& query);

Q_SIGNALS:
    // A new frame; the snapshot, clock and producer accessors already show it.
    void frameArrived(const ks::Frame& frame);
    // The runtime was restarted with a new cluster.
    void restarted();

private:
    void poll();
    runtime::RuntimeConfig withCheckpoints(runtime::RuntimeConfig config) const;

    std::shared_ptr<runtime::CheckpointStore> checkpoints_;
    std::unique_ptr<runtime::EngineRuntime> runtime_;
    QTimer timer_;
    std::shared_ptr<const ClusterSnapshot> snapshot_;
    std::shared_ptr<const Frame> frame_;
    ClockState clock_;
    BackgroundProducerState producer_;
    std::map<std::string, NodeId> clientNodes_;
    QString startupError_;
};

}  // namespace ks::ui
