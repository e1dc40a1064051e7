#pragma once
// ZooKeeper's data tree: znodes with data and versions, ephemeral znodes owned by sessions. Every
// ensemble member applies the same committed transactions in the same order, so every member holds
// the same tree.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "metadata/records.h"
#include "protocol/zookeeper_messages.h"

namespace ks {

struct Znode {
    std::string data;
    std::int32_t version = 0;
    std::int64_t ephemeralOwner = 0;
};

struct ZkSession {
    std::int32_t timeoutMs = 0;
    NodeId client = kNoNode;
};

// What applying a transaction did, for the answer and for watches.
struct ZkTxnResult {
    ZkError error = ZkError::Ok;
    std::int32_t version = 0;
    std::int64_t sessionId = 0;
    std::vector<std::string> created;
    std::vector<std::string> deleted;
    std::vector<std::string> changed;
};

class ZnodeTree {
public:
    // `offset` is the transaction's position in the log: a new session's id derives from it.
    ZkTxnResult apply(const ZkTxnRecord& txn, Offset offset);

    const Znode* get(const std::string& path) const;
    std::vector<std::string> children(const std::string& path) const;   // names, sorted
    const std::map<std::int64_t, ZkSession>& sessions() const { return sessions_; }
    const std::map<std::string, Znode>& nodes() const { return nodes_; }

    static std::string parent(const std::string& path);

private:
    void removeSubtree(const std::string& path, std::vector<std::string>& deleted);

    std::map<std::string, Znode> nodes_;
    std::map<std::int64_t, ZkSession> sessions_;
};

}  // namespace ks

namespace ks {

class MetadataImage;
// The Kafka metadata the znodes describe, as an image: live brokers from /brokers/ids, topics and
// replica assignments from /brokers/topics, partition states from .../partitions/P/state, configs
// from /config.
MetadataImage metadataFromZnodes(const ZnodeTree& tree);

}  // namespace ks
