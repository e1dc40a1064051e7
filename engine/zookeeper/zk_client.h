#pragma once
// The ZooKeeper client a broker embeds: one session with the ensemble, kept alive by pings,
// requests matched to their answers, a switch to another server when one is not the leader or
// does not answer, and watch notifications handed to the owner.
#include <functional>
#include <map>
#include <vector>

#include "sim/node.h"

namespace ks {

ZkRequest zkRequest(ZkOp op, std::string path, std::string data = {}, bool watch = false, std::int32_t version = -1,
                    bool ephemeral = false);

class ZkClient {
public:
    using Callback = std::function<void(NodeContext&, const ZkResponse&)>;
    // Timer tokens at or above this belong to the client.
    static constexpr std::uint64_t kTimerBase = 0x30ULL << 56;
    static constexpr std::uint64_t kTimerEnd = 0x31ULL << 56;

    ZkClient(std::vector<NodeId> ensemble, std::int32_t sessionTimeoutMs)
        : ensemble_(std::move(ensemble)), sessionTimeoutMs_(sessionTimeoutMs) {}

    std::function<void(NodeContext&)> onSession;          // a new session is open
    std::function<void(NodeContext&)> onSessionExpired;   // the session is gone: ephemeral znodes too
    std::function<void(NodeContext&, const ZkWatchEvent&)> onWatch;

    void connect(NodeContext& ctx);
    void request(NodeContext& ctx, ZkRequest request, Callback callback);
    // Handles a ZooKeeper message; false when the message is not one.
    bool handle(NodeContext& ctx, NodeId from, const Message& message);
    void handleTimer(NodeContext& ctx, std::uint64_t token);
    void onDisconnected(NodeContext& ctx, NodeId peer);

    std::int64_t sessionId() const { return sessionId_; }
    bool connected() const { return sessionId_ != 0; }
    // No request waits for its answer.
    bool idle() const { return pending_.empty(); }

private:
    struct Pending {
        ZkRequest request;
        Callback callback;
        std::uint64_t attempt = 0;
    };
    NodeId server() const { return ensemble_[serverIndex_ % ensemble_.size()]; }
    void send(NodeContext& ctx, std::int64_t xid);
    void expire(NodeContext& ctx);

    std::vector<NodeId> ensemble_;
    std::int32_t sessionTimeoutMs_;
    std::size_t serverIndex_ = 0;
    std::int64_t sessionId_ = 0;
    std::int64_t nextXid_ = 1;
    std::int64_t connectXid_ = 0;
    std::map<std::int64_t, Pending> pending_;
    SimTime lastAnswer_ = 0;
    NodeId lastServer_ = kNoNode;
    // Watches set through the server that last answered. A new server does not know them: the
    // client then tells its owner each watched path may have changed, and the owner reads (and
    // watches) it again, as ZooKeeper's client re-sends its watches when it reconnects.
    std::map<std::string, ZkEventType> watches_;
    std::map<std::string, ZkEventType> lostWatches_;
};

}  // namespace ks
