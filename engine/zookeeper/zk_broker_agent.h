#pragma once
// What a broker does in ZooKeeper mode instead of talking to a KRaft quorum: it opens a ZooKeeper
// session, registers the ephemeral /brokers/ids/N, races the other brokers for /controller (and
// acts as controller when it wins), and takes its metadata from the controller's LeaderAndIsr and
// UpdateMetadata requests.
#include <memory>
#include <vector>

#include "sim/node.h"
#include "zookeeper/zk_client.h"
#include "zookeeper/zk_controller.h"

namespace ks {

class Broker;

class ZkBrokerAgent {
public:
    static constexpr std::uint64_t kTimerBase = 0x20ULL << 56;

    ZkBrokerAgent(Broker& broker, std::vector<NodeId> ensemble);

    void start(NodeContext& ctx);
    // A checkpoint's copy of the agent (copied with its broker) works for `broker` from now on.
    // Only an agent waiting for no ZooKeeper answer can be copied: the answers' handlers are code.
    void rebind(Broker& broker);
    bool cloneable() const { return zk_.idle(); }
    // True when the message was the agent's alone.
    bool handle(NodeContext& ctx, NodeId from, const Message& message);
    void handleTimer(NodeContext& ctx, std::uint64_t token);

    NodeId controllerId() const { return controllerId_; }
    // A log dir failed: tells the controller through ZooKeeper (zk_controller.h, kLogDirEventPath).
    void reportLogDirFailure(NodeContext& ctx);
    const ZkController& controller() const { return controller_; }

private:
    void installHandlers();
    void registerBroker(NodeContext& ctx);
    void electController(NodeContext& ctx);
    void applyLeaderAndIsr(NodeContext& ctx, const LeaderAndIsrRequest& request);
    void applyUpdateMetadata(NodeContext& ctx, const UpdateMetadataRequest& request);
    void applyStopReplica(NodeContext& ctx, const StopReplicaRequest& request);
    bool fromStaleController(std::int32_t epoch);

    Broker* broker_;
    ZkClient zk_;
    ZkController controller_;
    NodeId controllerId_ = kNoNode;
    std::int32_t controllerEpoch_ = 0;
};

}  // namespace ks
