#include "client/admin_client.h"

#include <algorithm>

namespace ks {
namespace {
constexpr SimTime kAdminRequestTimeout = seconds(5);
}

CorrelationId AdminClient::submit(NodeContext& ctx, AdminRequest request) {
    const CorrelationId id = nextId_++;
    std::visit([&](auto& r) { r.correlationId = id; }, request);
    pending_.emplace(id, std::move(request));
    sendTo(ctx, id);
    return id;
}

void AdminClient::sendTo(NodeContext& ctx, CorrelationId id) {
    const NodeId controller = controllers_[controllerIndex_ % controllers_.size()];
    std::visit([&](const auto& r) { ctx.send(controller, r); }, pending_.at(id));
    ctx.setTimer(ctx.now() + kAdminRequestTimeout, static_cast<std::uint64_t>(id));
}

void AdminClient::onMessage(NodeContext& ctx, NodeId, Message message) {
    auto* response = std::get_if<AdminResponse>(&message);
    if (!response || !pending_.count(response->correlationId)) return;
    if (response->error == KafkaError::NOT_CONTROLLER) {
        auto hinted = std::find(controllers_.begin(), controllers_.end(), response->leaderHint);
        if (hinted != controllers_.end())
            controllerIndex_ = static_cast<std::size_t>(hinted - controllers_.begin());
        else
            ++controllerIndex_;
        sendTo(ctx, response->correlationId);
        return;
    }
    pending_.erase(response->correlationId);
    responses_[response->correlationId] = std::move(*response);
}

void AdminClient::onTimer(NodeContext& ctx, std::uint64_t token) {
    const auto id = static_cast<CorrelationId>(token);
    if (!pending_.count(id)) return;
    ++controllerIndex_;
    sendTo(ctx, id);
}

std::optional<AdminResponse> AdminClient::takeResponse(CorrelationId id) {
    auto it = responses_.find(id);
    if (it == responses_.end()) return std::nullopt;
    AdminResponse r = std::move(it->second);
    responses_.erase(it);
    return r;
}

}  // namespace ks
