#include "client/admin_client.h"

#include <algorithm>

namespace ks {
namespace {
constexpr SimTime kAdminRequestTimeout = seconds(5);
constexpr SimTime kRetryBackoff = millis(100);   // retry.backoff.ms
// A timer names the request and the attempt it was set for; a later attempt makes it stale.
std::uint64_t token(CorrelationId id, std::uint64_t attempt, bool resend) {
    return (static_cast<std::uint64_t>(id) << 24) | ((attempt & 0x7fffff) << 1) | (resend ? 1 : 0);
}
}

CorrelationId AdminClient::submit(NodeContext& ctx, AdminRequest request) {
    const CorrelationId id = nextId_++;
    std::visit([&](auto& r) { r.correlationId = id; }, request);
    pending_.emplace(id, Pending{std::move(request), 0});
    sendTo(ctx, id);
    return id;
}

void AdminClient::sendTo(NodeContext& ctx, CorrelationId id) {
    const NodeId controller = controllers_[controllerIndex_ % controllers_.size()];
    Pending& pending = pending_.at(id);
    ++pending.attempt;
    std::visit([&](const auto& r) { ctx.send(controller, r); }, pending.request);
    ctx.setTimer(ctx.now() + kAdminRequestTimeout, token(id, pending.attempt, false));
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
        Pending& pending = pending_.at(response->correlationId);
        ++pending.attempt;
        ctx.setTimer(ctx.now() + kRetryBackoff, token(response->correlationId, pending.attempt, true));
        return;
    }
    pending_.erase(response->correlationId);
    responses_[response->correlationId] = std::move(*response);
}

void AdminClient::onTimer(NodeContext& ctx, std::uint64_t t) {
    const auto id = static_cast<CorrelationId>(t >> 24);
    auto it = pending_.find(id);
    if (it == pending_.end() || ((it->second.attempt & 0x7fffff) << 1) != (t & 0xfffffe)) return;
    if (!(t & 1)) ++controllerIndex_;
    sendTo(ctx, id);
}

std::optional<AdminResponse> AdminClient::takeResponse(CorrelationId id) {
    auto it = responses_.find(id);
    if (it == responses_.end()) return std::nullopt;
    AdminResponse r = std::move(it->second);
    responses_.erase(it);
    return r;
}

std::unique_ptr<Node> AdminClient::clone(CloneMap&) const { return std::unique_ptr<AdminClient>(new AdminClient(*this)); }

}  // namespace ks
