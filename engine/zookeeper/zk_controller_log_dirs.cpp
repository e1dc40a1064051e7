// ZooKeeper mode: a broker whose log dir failed creates /log_dir_event_notification/log_dir_event_<id>;
// the controller watches that path and takes the broker's replicas offline: they leave every ISR and
// their partitions elect another leader, as Kafka's controller does for an OfflineReplica.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "zookeeper/zk_controller.h"

namespace ks {

void ZkController::readLogDirEvents(NodeContext& ctx) {
    const std::uint64_t gen = generation_;
    zk().request(ctx, zkRequest(ZkOp::GetChildren, kLogDirEventPath, {}, true), [this, gen](NodeContext& c, const ZkResponse& r) {
        if (gen != generation_) return;
        if (r.error == ZkError::NoNode) {
            // A persistent path the controller creates when missing, as Kafka does at startup.
            zk().request(c, zkRequest(ZkOp::Create, kLogDirEventPath), [this, gen](NodeContext& c2, const ZkResponse& created) {
                if (gen == generation_ && (created.error == ZkError::Ok || created.error == ZkError::NodeExists))
                    readLogDirEvents(c2);
            });
            return;
        }
        const std::string prefix = "log_dir_event_";
        std::set<BrokerId> failed;
        for (const std::string& child : r.children)
            if (child.rfind(prefix, 0) == 0) failed.insert(static_cast<BrokerId>(std::atoi(child.c_str() + prefix.size())));
        onLogDirsFailed(c, failed);
    });
}

void ZkController::onLogDirsFailed(NodeContext& ctx, const std::set<BrokerId>& failed) {
    std::set<BrokerId> fresh;
    for (BrokerId b : failed)
        if (!offlineDirs_.count(b)) fresh.insert(b);
    offlineDirs_ = failed;
    if (fresh.empty()) return;
    for (BrokerId b : fresh)
        emit(ctx, EngineText::tr("%1/log_dir_event_%2 appeared → broker %2's log dir is offline, and so are its replicas")
            .args(std::string(kLogDirEventPath), b),
             {brokerSubject(b)});
    for (const auto& [tp, state] : states_) {
        bool hit = false;
        for (BrokerId b : fresh) hit = hit || state.leader == b || std::find(state.isr.begin(), state.isr.end(), b) != state.isr.end();
        if (hit) elect(ctx, tp, fresh, EngineText::tr("a replica's log dir is offline"));
    }
    sendUpdateMetadata(ctx);
}

}  // namespace ks
