#pragma once
// A KRaft node with process.roles=broker,controller ("combined mode"): one process, one node id, a
// broker and a controller inside. Killing, pausing or restarting it affects both roles. Requests
// go to the role that serves them; each role keeps its own timers.
#include <memory>

#include "broker/broker.h"
#include "controller/controller.h"

namespace ks {

class CombinedNode final : public Node {
public:
    CombinedNode(std::unique_ptr<Broker> broker, std::unique_ptr<Controller> controller);

    NodeId id() const override { return broker_->id(); }
    void start(NodeContext& ctx) override;
    void onMessage(NodeContext& ctx, NodeId from, Message message) override;
    void onTimer(NodeContext& ctx, std::uint64_t token) override;
    std::unique_ptr<Node> clone(CloneMap& shared) const override;

    const Broker& broker() const { return *broker_; }
    Broker& broker() { return *broker_; }
    const Controller& controller() const { return *controller_; }

    // Whether a message is for the controller role (the quorum, broker lifecycle, admin requests).
    static bool forController(const Message& message);

private:
    std::unique_ptr<Broker> broker_;
    std::unique_ptr<Controller> controller_;
};

}  // namespace ks
