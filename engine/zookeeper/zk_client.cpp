#include "zookeeper/zk_client.h"

#include <algorithm>

namespace ks {
namespace {

enum TimerKind : std::uint64_t { kPing = 1, kRequestTimeout, kResend };
constexpr SimTime kRequestTimeoutAfter = seconds(2);

std::uint64_t token(TimerKind kind, std::uint64_t id) { return ZkClient::kTimerBase | (static_cast<std::uint64_t>(kind) << 48) | id; }

}  // namespace

ZkRequest zkRequest(ZkOp op, std::string path, std::string data, bool watch, std::int32_t version, bool ephemeral) {
    ZkRequest r;
    r.op = op;
    r.path = std::move(path);
    r.data = std::move(data);
    r.watch = watch;
    r.version = version;
    r.ephemeral = ephemeral;
    return r;
}

void ZkClient::connect(NodeContext& ctx) {
    sessionId_ = 0;
    pending_.clear();
    ZkRequest request;
    request.op = ZkOp::Ping;
    request.sessionTimeoutMs = sessionTimeoutMs_;
    connectXid_ = nextXid_;
    this->request(ctx, request, [this](NodeContext& c, const ZkResponse& response) {
        if (response.error != ZkError::Ok) return;
        sessionId_ = response.sessionId;
        lastAnswer_ = c.now();
        c.setTimer(c.now() + millis(sessionTimeoutMs_ / 3), token(kPing, static_cast<std::uint64_t>(sessionId_)));
        if (onSession) onSession(c);
    });
}

void ZkClient::request(NodeContext& ctx, ZkRequest request, Callback callback) {
    const std::int64_t xid = nextXid_++;
    request.xid = xid;
    pending_[xid] = Pending{std::move(request), std::move(callback), 0};
    send(ctx, xid);
}

void ZkClient::send(NodeContext& ctx, std::int64_t xid) {
    Pending& p = pending_.at(xid);
    p.request.sessionId = p.request.xid == connectXid_ ? 0 : sessionId_;
    ++p.attempt;
    ctx.send(server(), p.request);
    ctx.setTimer(ctx.now() + kRequestTimeoutAfter,
                 token(kRequestTimeout, (static_cast<std::uint64_t>(xid) << 16) | (p.attempt & 0xffff)));
}

void ZkClient::expire(NodeContext& ctx) {
    sessionId_ = 0;
    pending_.clear();
    watches_.clear();
    lostWatches_.clear();
    if (onSessionExpired) onSessionExpired(ctx);
}

bool ZkClient::handle(NodeContext& ctx, NodeId from, const Message& message) {
    if (const auto* event = std::get_if<ZkWatchEvent>(&message)) {
        if (event->sessionId != sessionId_ || sessionId_ == 0) return true;
        watches_.erase(event->path);
        if (onWatch) onWatch(ctx, *event);
        return true;
    }
    const auto* response = std::get_if<ZkResponse>(&message);
    if (!response) return false;
    auto it = pending_.find(response->xid);
    if (it == pending_.end()) return true;
    if (response->error == ZkError::NotLeader) {
        const auto hinted = std::find(ensemble_.begin(), ensemble_.end(), response->leaderHint);
        serverIndex_ = hinted != ensemble_.end() ? static_cast<std::size_t>(hinted - ensemble_.begin()) : serverIndex_ + 1;
        ctx.setTimer(ctx.now() + millis(100),
                     token(kResend, (static_cast<std::uint64_t>(response->xid) << 16) | (it->second.attempt & 0xffff)));
        return true;
    }
    lastAnswer_ = ctx.now();
    if (response->error == ZkError::SessionExpired && response->xid != connectXid_) {
        expire(ctx);
        return true;
    }
    const ZkRequest request = it->second.request;
    Callback callback = std::move(it->second.callback);
    pending_.erase(it);
    if (lastServer_ != kNoNode && from != lastServer_) {
        lostWatches_.merge(watches_);
        watches_.clear();
    }
    lastServer_ = from;
    std::map<std::string, ZkEventType> lost;
    lost.swap(lostWatches_);
    if (request.watch && (response->error == ZkError::Ok || request.op == ZkOp::Exists))
        watches_[request.path] = request.op == ZkOp::GetChildren ? ZkEventType::NodeChildrenChanged : ZkEventType::NodeDataChanged;
    callback(ctx, *response);
    for (const auto& [path, type] : lost)
        if (onWatch && sessionId_ != 0) onWatch(ctx, ZkWatchEvent{sessionId_, type, path});
    return true;
}

void ZkClient::handleTimer(NodeContext& ctx, std::uint64_t t) {
    const auto kind = static_cast<TimerKind>((t >> 48) & 0xff);
    const std::uint64_t id = t & ((1ULL << 48) - 1);
    if (kind == kPing) {
        if (static_cast<std::int64_t>(id) != sessionId_ || sessionId_ == 0) return;
        if (ctx.now() - lastAnswer_ > millis(sessionTimeoutMs_)) {
            // The client's own view: no answer for a whole session timeout, so the session is gone.
            expire(ctx);
            return;
        }
        ZkRequest ping;
        ping.op = ZkOp::Ping;
        request(ctx, ping, [](NodeContext&, const ZkResponse&) {});
        ctx.setTimer(ctx.now() + millis(sessionTimeoutMs_ / 3), token(kPing, id));
        return;
    }
    const auto xid = static_cast<std::int64_t>(id >> 16);
    auto it = pending_.find(xid);
    if (it == pending_.end() || (it->second.attempt & 0xffff) != (id & 0xffff)) return;
    if (kind == kRequestTimeout) ++serverIndex_;
    send(ctx, xid);
}

void ZkClient::onDisconnected(NodeContext& ctx, NodeId peer) {
    if (peer == lastServer_) {
        lostWatches_.merge(watches_);
        watches_.clear();
        lastServer_ = kNoNode;
    }
    if (peer != server()) return;
    ++serverIndex_;
    std::vector<std::int64_t> xids;
    for (const auto& [xid, p] : pending_) xids.push_back(xid);
    for (std::int64_t xid : xids) send(ctx, xid);
}

}  // namespace ks
