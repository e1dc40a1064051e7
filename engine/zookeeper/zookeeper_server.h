#pragma once
// One ZooKeeper server of the ensemble (ZooKeeper mode, Kafka before 4.0). The ensemble elects a
// leader and replicates its transaction log by leader-based atomic broadcast (here the same Raft
// core the KRaft quorum uses, labelled "zookeeper"). The leader serves the clients: it keeps their
// sessions alive while they send requests or pings, expires a silent session after its timeout
// (deleting its ephemeral znodes), answers writes once committed, and fires one-shot watches.
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "raft/raft_replica.h"
#include "sim/node.h"
#include "zookeeper/znode_tree.h"

namespace ks {

class ZooKeeperServer final : public Node, private RaftListener {
public:
    ZooKeeperServer(NodeId id, std::vector<NodeId> ensemble, std::shared_ptr<QuorumStorage> storage);

    NodeId id() const override { return id_; }
    void start(NodeContext& ctx) override;
    void onMessage(NodeContext& ctx, NodeId from, Message message) override;
    void onTimer(NodeContext& ctx, std::uint64_t token) override;
    std::unique_ptr<Node> clone(CloneMap& shared) const override;

    const RaftReplica& quorum() const { return raft_; }
    const ZnodeTree& tree() const { return tree_; }
    bool isLeader() const { return raft_.isLeader(); }

private:
    // Copies every field as it is; clone() then gives the copy its own storage.
    ZooKeeperServer(const ZooKeeperServer&) = default;
    struct PendingReply {
        NodeId client = kNoNode;
        std::int64_t xid = 0;
    };
    struct Watcher {
        std::int64_t sessionId = 0;
        NodeId client = kNoNode;
        bool operator<(const Watcher& o) const { return sessionId != o.sessionId ? sessionId < o.sessionId : client < o.client; }
    };

    void onBecomeLeader(NodeContext& ctx) override;
    void onLoseLeadership(NodeContext& ctx) override;
    void onCommit(NodeContext& ctx, Offset highWatermark) override;

    void handleRequest(NodeContext& ctx, NodeId from, const ZkRequest& request);
    void propose(NodeContext& ctx, NodeId from, std::int64_t xid, ZkTxnRecord txn);
    void fire(NodeContext& ctx, std::map<std::string, std::set<Watcher>>& watches, const std::string& path, ZkEventType type);
    void expireSessions(NodeContext& ctx);

    NodeId id_;
    RaftReplica raft_;
    ZnodeTree tree_;
    Offset applied_ = 0;
    std::map<Offset, PendingReply> pending_;
    std::map<std::int64_t, SimTime> lastSeen_;
    std::set<std::int64_t> closing_;
    std::map<std::string, std::set<Watcher>> dataWatches_;
    std::map<std::string, std::set<Watcher>> childWatches_;
};

}  // namespace ks
