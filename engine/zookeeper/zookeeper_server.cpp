#include "zookeeper/zookeeper_server.h"

namespace ks {
namespace {

constexpr std::uint64_t kSessionCheck = 1;
constexpr SimTime kSessionCheckInterval = millis(200);

RaftConfig ensembleConfig() {
    RaftConfig config;
    config.label = "zookeeper";
    return config;
}

std::string sessionName(std::int64_t id) {
    static const char* digits = "0123456789abcdef";
    std::string hex;
    for (std::int64_t v = id; v > 0; v /= 16) hex.insert(hex.begin(), digits[v % 16]);
    return "0x" + (hex.empty() ? std::string("0") : hex);
}

}  // namespace

ZooKeeperServer::ZooKeeperServer(NodeId id, std::vector<NodeId> ensemble, std::shared_ptr<QuorumStorage> storage)
    : id_(id), raft_(id, std::move(ensemble), std::move(storage), *this, ensembleConfig()) {}

void ZooKeeperServer::start(NodeContext& ctx) {
    ctx.setTimer(ctx.now() + kSessionCheckInterval, kSessionCheck);
    raft_.start(ctx);
}

void ZooKeeperServer::onMessage(NodeContext& ctx, NodeId from, Message message) {
    if (raft_.handle(ctx, from, message)) return;
    if (const auto* d = std::get_if<Disconnected>(&message)) raft_.onDisconnected(ctx, d->peer);
    else if (const auto* r = std::get_if<ZkRequest>(&message)) handleRequest(ctx, from, *r);
}

void ZooKeeperServer::onTimer(NodeContext& ctx, std::uint64_t token) {
    if (token >= RaftReplica::kTimerBase) {
        raft_.handleTimer(ctx, token);
        return;
    }
    if (raft_.isLeader()) expireSessions(ctx);
    ctx.setTimer(ctx.now() + kSessionCheckInterval, kSessionCheck);
}

void ZooKeeperServer::onBecomeLeader(NodeContext& ctx) {
    lastSeen_.clear();
    closing_.clear();
    for (const auto& [session, info] : tree_.sessions()) lastSeen_[session] = ctx.now();
    ctx.emit(EventKind::Controller, EngineText::tr("zookeeper %1 leads the ZooKeeper ensemble").args(id_),
             {"zookeeper:" + std::to_string(id_)});
}

void ZooKeeperServer::onLoseLeadership(NodeContext& ctx) {
    for (const auto& [offset, reply] : pending_) {
        ZkResponse response;
        response.xid = reply.xid;
        response.error = ZkError::NotLeader;
        response.leaderHint = raft_.leaderId();
        ctx.send(reply.client, response);
    }
    pending_.clear();
    // A server that loses the quorum closes its client connections; clients reconnect and set
    // their watches again.
    std::set<NodeId> clients;
    for (const auto& watches : {dataWatches_, childWatches_})
        for (const auto& [path, watchers] : watches)
            for (const Watcher& w : watchers) clients.insert(w.client);
    for (NodeId client : clients) ctx.send(client, Disconnected{id_});
    dataWatches_.clear();
    childWatches_.clear();
}

void ZooKeeperServer::expireSessions(NodeContext& ctx) {
    // Over a copy: appending a CloseSession can commit earlier entries at once, and a committed
    // CloseSession removes its session from the tree.
    const auto sessions = tree_.sessions();
    for (const auto& [session, info] : sessions) {
        if (!tree_.sessions().count(session)) continue;
        auto seen = lastSeen_.find(session);
        if (seen == lastSeen_.end()) {
            lastSeen_[session] = ctx.now();
            continue;
        }
        if (closing_.count(session) || ctx.now() - seen->second <= millis(info.timeoutMs)) continue;
        closing_.insert(session);
        ctx.emit(EventKind::Controller,
                 EngineText::tr("zookeeper %1: session %2 of node %3 expired (no request or ping for %4, "
                                "zookeeper.session.timeout.ms %5)")
                     .args(id_, sessionName(session), info.client, formatDuration(ctx.now() - seen->second), formatDuration(millis(info.timeoutMs))),
                 {"zookeeper:" + std::to_string(id_), brokerSubject(info.client)});
        ZkTxnRecord txn;
        txn.type = ZkTxnType::CloseSession;
        txn.sessionId = session;
        raft_.append(ctx, std::move(txn));
    }
}

void ZooKeeperServer::propose(NodeContext& ctx, NodeId from, std::int64_t xid, ZkTxnRecord txn) {
    const Offset offset = raft_.logEndOffset();
    pending_[offset] = PendingReply{from, xid};
    raft_.append(ctx, std::move(txn));
}

void ZooKeeperServer::handleRequest(NodeContext& ctx, NodeId from, const ZkRequest& request) {
    ZkResponse response;
    response.xid = request.xid;
    response.sessionId = request.sessionId;
    if (!raft_.isLeader()) {
        response.error = ZkError::NotLeader;
        response.leaderHint = raft_.leaderId();
        ctx.send(from, response);
        return;
    }
    if (request.sessionId == 0) {
        ZkTxnRecord txn;
        txn.type = ZkTxnType::CreateSession;
        txn.sessionTimeoutMs = request.sessionTimeoutMs;
        txn.client = from;
        propose(ctx, from, request.xid, std::move(txn));
        return;
    }
    if (!tree_.sessions().count(request.sessionId) || closing_.count(request.sessionId)) {
        response.error = ZkError::SessionExpired;
        ctx.send(from, response);
        return;
    }
    lastSeen_[request.sessionId] = ctx.now();
    const Watcher watcher{request.sessionId, from};
    ZkTxnRecord txn;
    txn.path = request.path;
    txn.sessionId = request.sessionId;
    txn.expectedVersion = request.version;
    txn.checkPath = request.checkPath;
    txn.checkVersion = request.checkVersion;
    switch (request.op) {
    case ZkOp::Ping:
        break;
    case ZkOp::CloseSession:
        txn.type = ZkTxnType::CloseSession;
        closing_.insert(request.sessionId);
        propose(ctx, from, request.xid, std::move(txn));
        return;
    case ZkOp::Create:
        txn.type = ZkTxnType::Create;
        txn.data = request.data;
        txn.ephemeral = request.ephemeral;
        propose(ctx, from, request.xid, std::move(txn));
        return;
    case ZkOp::Delete:
        txn.type = ZkTxnType::Delete;
        propose(ctx, from, request.xid, std::move(txn));
        return;
    case ZkOp::SetData:
        txn.type = ZkTxnType::SetData;
        txn.data = request.data;
        propose(ctx, from, request.xid, std::move(txn));
        return;
    case ZkOp::GetData:
    case ZkOp::Exists: {
        const Znode* node = tree_.get(request.path);
        response.exists = node != nullptr;
        if (node) {
            response.data = node->data;
            response.version = node->version;
            response.ephemeralOwner = node->ephemeralOwner;
        } else if (request.op == ZkOp::GetData) {
            response.error = ZkError::NoNode;
        }
        if (request.watch && (node || request.op == ZkOp::Exists)) dataWatches_[request.path].insert(watcher);
        break;
    }
    case ZkOp::GetChildren: {
        const Znode* node = tree_.get(request.path);
        response.exists = node != nullptr || request.path == "/";
        if (!response.exists) {
            response.error = ZkError::NoNode;
            break;
        }
        response.children = tree_.children(request.path);
        if (request.watch) childWatches_[request.path].insert(watcher);
        break;
    }
    }
    ctx.send(from, response);
}

void ZooKeeperServer::fire(NodeContext& ctx, std::map<std::string, std::set<Watcher>>& watches, const std::string& path,
                           ZkEventType type) {
    auto it = watches.find(path);
    if (it == watches.end()) return;
    for (const Watcher& w : it->second) ctx.send(w.client, ZkWatchEvent{w.sessionId, type, path});
    watches.erase(it);
}

void ZooKeeperServer::onCommit(NodeContext& ctx, Offset highWatermark) {
    for (; applied_ < highWatermark; ++applied_) {
        const MetadataEntry& entry = raft_.entryAt(applied_);
        ctx.observer().onMetadataCommitted(id_, applied_, entry);
        const auto* txn = std::get_if<ZkTxnRecord>(&entry.record);
        if (!txn) continue;
        const ZkTxnResult result = tree_.apply(*txn, applied_);
        if (txn->type == ZkTxnType::CloseSession) {
            closing_.erase(txn->sessionId);
            lastSeen_.erase(txn->sessionId);
            if (raft_.isLeader() && !result.deleted.empty()) {
                std::string paths;
                for (const auto& p : result.deleted) paths += (paths.empty() ? "" : ", ") + p;
                ctx.emit(EventKind::Controller, EngineText::tr("zookeeper %1: session %2 closed → ephemeral znodes deleted: %3")
                    .args(id_, sessionName(txn->sessionId), paths),
                         {"zookeeper:" + std::to_string(id_)});
            }
        }
        if (!raft_.isLeader()) continue;
        if (txn->type == ZkTxnType::CreateSession) lastSeen_[result.sessionId] = ctx.now();
        auto reply = pending_.find(applied_);
        if (reply != pending_.end()) {
            ZkResponse response;
            response.xid = reply->second.xid;
            response.sessionId = txn->type == ZkTxnType::CreateSession ? result.sessionId : txn->sessionId;
            response.error = result.error;
            response.version = result.version;
            ctx.send(reply->second.client, response);
            pending_.erase(reply);
        }
        for (const std::string& path : result.created) {
            fire(ctx, dataWatches_, path, ZkEventType::NodeCreated);
            fire(ctx, childWatches_, ZnodeTree::parent(path), ZkEventType::NodeChildrenChanged);
        }
        for (const std::string& path : result.deleted) {
            fire(ctx, dataWatches_, path, ZkEventType::NodeDeleted);
            fire(ctx, childWatches_, path, ZkEventType::NodeDeleted);
            fire(ctx, childWatches_, ZnodeTree::parent(path), ZkEventType::NodeChildrenChanged);
        }
        for (const std::string& path : result.changed) fire(ctx, dataWatches_, path, ZkEventType::NodeDataChanged);
    }
}

std::unique_ptr<Node> ZooKeeperServer::clone(CloneMap& shared) const {
    std::unique_ptr<ZooKeeperServer> copy(new ZooKeeperServer(*this));
    copy->raft_.rebind(shared, *copy);
    return copy;
}

}  // namespace ks
