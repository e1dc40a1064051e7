#include "cluster/combined_node.h"

namespace ks {
namespace {

// The controller role's timer tokens carry this bit; the broker's never do.
constexpr std::uint64_t kControllerTimer = 1ULL << 63;

// The controller role's view of the process: the same clock, network and RNG, its own timers.
class ControllerContext final : public NodeContext {
public:
    explicit ControllerContext(NodeContext& process) : process_(process) {}
    SimTime now() const override { return process_.now(); }
    void send(NodeId to, Message message) override { process_.send(to, std::move(message)); }
    TimerId setTimer(SimTime at, std::uint64_t token) override { return process_.setTimer(at, token | kControllerTimer); }
    void cancelTimer(TimerId timer) override { process_.cancelTimer(timer); }
    Rng& rng() override { return process_.rng(); }
    void emit(EventKind kind, Text text, std::vector<std::string> subjects, bool verbose) override {
        process_.emit(kind, std::move(text), std::move(subjects), verbose);
    }
    ClusterObserver& observer() override { return process_.observer(); }

private:
    NodeContext& process_;
};

}  // namespace

CombinedNode::CombinedNode(std::unique_ptr<Broker> broker, std::unique_ptr<Controller> controller)
    : broker_(std::move(broker)), controller_(std::move(controller)) {}

bool CombinedNode::forController(const Message& message) {
    return std::visit(
        [](const auto& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, FetchSnapshotResponse>) return m.voter;
            else
                return std::is_same_v<T, BrokerRegistrationRequest> || std::is_same_v<T, BrokerHeartbeatRequest> ||
                       std::is_same_v<T, MetadataFetchRequest> || std::is_same_v<T, AlterPartitionRequest> ||
                       std::is_same_v<T, CreateTopicsRequest> || std::is_same_v<T, DeleteTopicsRequest> ||
                       std::is_same_v<T, AlterConfigsRequest> || std::is_same_v<T, ElectLeadersRequest> ||
                       std::is_same_v<T, AlterPartitionReassignmentsRequest> || std::is_same_v<T, UnregisterBrokerRequest> ||
                       std::is_same_v<T, VoteRequest> ||
                       std::is_same_v<T, VoteResponse> || std::is_same_v<T, BeginQuorumEpochRequest> ||
                       std::is_same_v<T, QuorumFetchRequest> || std::is_same_v<T, QuorumFetchResponse> ||
                       std::is_same_v<T, FetchSnapshotRequest>;
        },
        message);
}

void CombinedNode::start(NodeContext& ctx) {
    ControllerContext controllerCtx(ctx);
    controller_->start(controllerCtx);
    broker_->start(ctx);
}

void CombinedNode::onMessage(NodeContext& ctx, NodeId from, Message message) {
    ControllerContext controllerCtx(ctx);
    if (std::holds_alternative<Disconnected>(message)) {
        controller_->onMessage(controllerCtx, from, message);
        broker_->onMessage(ctx, from, std::move(message));
    } else if (forController(message)) {
        controller_->onMessage(controllerCtx, from, std::move(message));
    } else {
        broker_->onMessage(ctx, from, std::move(message));
    }
}

void CombinedNode::onTimer(NodeContext& ctx, std::uint64_t token) {
    if (token & kControllerTimer) {
        ControllerContext controllerCtx(ctx);
        controller_->onTimer(controllerCtx, token & ~kControllerTimer);
    } else {
        broker_->onTimer(ctx, token);
    }
}

std::unique_ptr<Node> CombinedNode::clone(CloneMap& shared) const {
    std::unique_ptr<Node> broker = broker_->clone(shared);
    std::unique_ptr<Node> controller = controller_->clone(shared);
    if (!broker || !controller) return nullptr;
    return std::make_unique<CombinedNode>(std::unique_ptr<Broker>(static_cast<Broker*>(broker.release())),
                                          std::unique_ptr<Controller>(static_cast<Controller*>(controller.release())));
}

}  // namespace ks
