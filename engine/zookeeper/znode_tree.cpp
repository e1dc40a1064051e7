#include "zookeeper/znode_tree.h"

namespace ks {

std::string ZnodeTree::parent(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == 0 || slash == std::string::npos ? "/" : path.substr(0, slash);
}

const Znode* ZnodeTree::get(const std::string& path) const {
    auto it = nodes_.find(path);
    return it == nodes_.end() ? nullptr : &it->second;
}

std::vector<std::string> ZnodeTree::children(const std::string& path) const {
    const std::string prefix = path == "/" ? "/" : path + "/";
    std::vector<std::string> out;
    for (auto it = nodes_.lower_bound(prefix); it != nodes_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        const std::string rest = it->first.substr(prefix.size());
        if (!rest.empty() && rest.find('/') == std::string::npos) out.push_back(rest);
    }
    return out;
}

void ZnodeTree::removeSubtree(const std::string& path, std::vector<std::string>& deleted) {
    for (const std::string& child : children(path)) removeSubtree(path == "/" ? "/" + child : path + "/" + child, deleted);
    if (nodes_.erase(path)) deleted.push_back(path);
}

ZkTxnResult ZnodeTree::apply(const ZkTxnRecord& txn, Offset offset) {
    ZkTxnResult result;
    if (!txn.checkPath.empty()) {
        const Znode* checked = get(txn.checkPath);
        if (!checked || checked->version != txn.checkVersion) {
            result.error = ZkError::BadVersion;
            return result;
        }
    }
    switch (txn.type) {
    case ZkTxnType::CreateSession:
        result.sessionId = 0x1000 + offset;
        sessions_[result.sessionId] = ZkSession{txn.sessionTimeoutMs, txn.client};
        break;
    case ZkTxnType::CloseSession: {
        if (!sessions_.erase(txn.sessionId)) {
            result.error = ZkError::SessionExpired;
            break;
        }
        std::vector<std::string> owned;
        for (const auto& [path, node] : nodes_)
            if (node.ephemeralOwner == txn.sessionId) owned.push_back(path);
        for (const std::string& path : owned) removeSubtree(path, result.deleted);
        break;
    }
    case ZkTxnType::Create: {
        if (txn.ephemeral && !sessions_.count(txn.sessionId)) {
            result.error = ZkError::SessionExpired;
            break;
        }
        if (nodes_.count(txn.path)) {
            result.error = ZkError::NodeExists;
            break;
        }
        for (std::string p = parent(txn.path); p != "/" && !nodes_.count(p); p = parent(p)) {
            nodes_[p] = Znode{};
            result.created.push_back(p);
        }
        nodes_[txn.path] = Znode{txn.data, 0, txn.ephemeral ? txn.sessionId : 0};
        result.created.push_back(txn.path);
        break;
    }
    case ZkTxnType::Delete:
    case ZkTxnType::SetData: {
        auto it = nodes_.find(txn.path);
        if (it == nodes_.end()) {
            result.error = ZkError::NoNode;
            break;
        }
        if (txn.expectedVersion >= 0 && it->second.version != txn.expectedVersion) {
            result.error = ZkError::BadVersion;
            break;
        }
        if (txn.type == ZkTxnType::Delete) {
            removeSubtree(txn.path, result.deleted);
            break;
        }
        it->second.data = txn.data;
        result.version = ++it->second.version;
        result.changed.push_back(txn.path);
        break;
    }
    }
    return result;
}

}  // namespace ks
