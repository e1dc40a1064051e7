#pragma once
// Kafka's Admin client, reduced to what the simulation needs: create and delete topics and alter
// configs. It sends to the controller and retries with the next controller when one is unreachable.
#include <map>
#include <optional>
#include <vector>

#include "sim/node.h"

namespace ks {

using AdminRequest = std::variant<CreateTopicsRequest, DeleteTopicsRequest, AlterConfigsRequest, ElectLeadersRequest,
                                  AlterPartitionReassignmentsRequest, UnregisterBrokerRequest>;

class AdminClient final : public Node {
public:
    AdminClient(NodeId id, std::vector<NodeId> controllers) : id_(id), controllers_(std::move(controllers)) {}

    NodeId id() const override { return id_; }
    void start(NodeContext&) override {}
    void onMessage(NodeContext& ctx, NodeId from, Message message) override;
    void onTimer(NodeContext& ctx, std::uint64_t token) override;
    std::unique_ptr<Node> clone(CloneMap& shared) const override;

    CorrelationId submit(NodeContext& ctx, AdminRequest request);
    // The answer to a request, once it came (and forgets it).
    std::optional<AdminResponse> takeResponse(CorrelationId id);

private:
    // Copies every field as it is (for clone()).
    AdminClient(const AdminClient&) = default;
    struct Pending {
        AdminRequest request;
        std::uint64_t attempt = 0;
    };
    void sendTo(NodeContext& ctx, CorrelationId id);

    NodeId id_;
    std::vector<NodeId> controllers_;
    std::size_t controllerIndex_ = 0;
    CorrelationId nextId_ = 1;
    std::map<CorrelationId, Pending> pending_;
    std::map<CorrelationId, AdminResponse> responses_;
};

}  // namespace ks
