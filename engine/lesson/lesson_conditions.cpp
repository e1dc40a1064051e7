#include "lesson/lesson_conditions.h"

#include <algorithm>

#include "api/lesson.h"
#include "group/assignors.h"
#include "metadata/records.h"
#include "scenario/lexer.h"

namespace ks::lesson {
namespace {

using scenario::Comparison;

// A condition that is not well formed.
struct Problem {
    std::string message;
};

std::string idOrNone(NodeId id) { return id == kNoNode ? "none" : std::to_string(id); }

// Reads a condition's words and, given a snapshot, decides it. Without a snapshot it only checks the
// form, so that one function says both what a condition may look like and what it means.
class Reader {
public:
    Reader(const std::vector<std::string>& words, const ClusterSnapshot* snap, const std::vector<std::string>* events)
        : w_(words), snap_(snap), events_(events) {}

    std::optional<ConditionResult> read() {
        if (w_.empty()) throw Problem{"a condition is missing"};
        const std::string& kind = w_[0];
        if (kind == "event") {
            arity(2, "event TEXT");
            if (!snap_) return std::nullopt;
            const bool seen = std::any_of(events_->begin(), events_->end(),
                                          [&](const std::string& e) { return e.find(w_[1]) != std::string::npos; });
            return ConditionResult{seen, seen ? "seen" : "no such event yet"};
        }
        if (kind == "leader") {
            arity(4, "leader TOPIC-P OP ID|none");
            partition(1);
            return nodeCompare(2, [&] { return partitionAt(1)->leader; });
        }
        if (kind == "controller") {
            arity(3, "controller OP ID|none");
            return nodeCompare(1, [&] { return snap_->activeController; });
        }
        if (kind == "hw" || kind == "leo" || kind == "log-start" || kind == "epoch") {
            arity(4, kind + " TOPIC-P OP N");
            partition(1);
            return numberCompare(2, [&]() -> std::int64_t {
                const PartitionSnapshot* p = partitionAt(1);
                return kind == "hw" ? p->highWatermark : kind == "leo" ? p->logEndOffset
                                                       : kind == "log-start" ? p->logStartOffset
                                                                             : p->leaderEpoch;
            });
        }
        if (kind == "isr" || kind == "replicas") {
            arity(4, kind + " TOPIC-P ==|!= [IDS]");
            partition(1);
            const Comparison op = equality(2);
            std::vector<std::string> expected = list(3);
            for (const std::string& id : expected) integer(id);
            if (!snap_) return std::nullopt;
            const PartitionSnapshot* p = partitionAt(1);
            std::vector<BrokerId> actual = kind == "isr" ? p->isr : p->replicas;
            const std::string shown = formatIds(actual);
            std::vector<BrokerId> want;
            for (const std::string& id : expected) want.push_back(static_cast<BrokerId>(integer(id)));
            std::sort(actual.begin(), actual.end());
            std::sort(want.begin(), want.end());
            return ConditionResult{scenario::compare(actual, op, want), shown};
        }
        if (kind == "online" || kind == "offline") {
            arity(2, kind + " TOPIC-P");
            partition(1);
            if (!snap_) return std::nullopt;
            const PartitionSnapshot* p = partitionAt(1);
            return ConditionResult{p->offline == (kind == "offline"), p->offline ? "offline" : "online, leader " + idOrNone(p->leader)};
        }
        if (kind == "broker") {
            arity(4, "broker ID ==|!= running|fenced|registering|paused|stopped");
            const NodeId id = static_cast<NodeId>(integer(w_[1]));
            return textCompare(2, [&] {
                for (const BrokerSnapshot& b : snap_->brokers)
                    if (b.id == id) return b.state;
                return std::string("no broker ") + w_[1];
            });
        }
        if (kind == "acked" || kind == "failed" || kind == "pending") {
            arity(3, kind + " OP N");
            return numberCompare(1, [&]() -> std::int64_t {
                const ProducerSnapshot p = snap_->producers.empty() ? ProducerSnapshot{} : snap_->producers.front();
                return kind == "acked" ? p.acked : kind == "failed" ? p.failed : p.sent - p.acked - p.failed;
            });
        }
        if (kind == "group") {
            arity(4, "group GROUP ==|!= Empty|PreparingRebalance|CompletingRebalance|Stable|Dead|Unknown");
            return textCompare(2, [&] { return groupAt(1) ? groupAt(1)->state : std::string("Unknown"); });
        }
        if (kind == "coordinator") {
            arity(4, "coordinator GROUP OP ID|none");
            return nodeCompare(2, [&] { return groupAt(1) ? groupAt(1)->coordinator : kNoNode; });
        }
        if (kind == "generation" || kind == "members" || kind == "rebalances" || kind == "revoked" ||
            kind == "duplicates" || kind == "skipped" || ((kind == "lag" || kind == "processed") && w_.size() == 4)) {
            arity(4, kind + " GROUP OP N");
            return numberCompare(2, [&]() -> std::int64_t { return groupNumber(kind, requireGroup(1)); });
        }
        if (kind == "lag" || kind == "processed" || kind == "committed") {
            arity(5, kind + " GROUP TOPIC-P OP N");
            partition(2);
            return numberCompare(3, [&]() -> std::int64_t {
                const GroupPartitionSnapshot* p = requireGroup(1).partition(partition(2));
                if (!p) return kind == "committed" ? -1 : 0;
                return kind == "lag" ? p->lag : kind == "processed" ? p->processed : p->committed;
            });
        }
        if (kind == "assignment") {
            arity(5, "assignment GROUP NAME ==|!= [TOPIC-P, ...]");
            const Comparison op = equality(3);
            std::vector<TopicPartition> want;
            for (const std::string& s : list(4)) want.push_back(partitionText(s));
            if (!snap_) return std::nullopt;
            const GroupSnapshot* g = groupAt(1);
            const GroupMemberSnapshot* m = g ? g->memberByClient(w_[2]) : nullptr;
            std::vector<TopicPartition> actual = m ? m->assignment : std::vector<TopicPartition>{};
            std::sort(actual.begin(), actual.end());
            std::sort(want.begin(), want.end());
            return ConditionResult{scenario::compare(actual, op, want), m ? formatPartitions(actual) : w_[2] + " is not a member"};
        }
        if (kind == "consumed") {
            arity(4, "consumed NAME OP N");
            return numberCompare(2, [&]() -> std::int64_t {
                const ConsumerSnapshot* c = snap_->consumer(w_[1]);
                return c ? c->processed : 0;
            });
        }
        if (kind == "position") {
            arity(5, "position NAME TOPIC-P OP N");
            partition(2);
            return numberCompare(3, [&]() -> std::int64_t {
                const ConsumerSnapshot* c = snap_->consumer(w_[1]);
                if (!c) return -1;
                for (const ConsumerPartitionSnapshot& p : c->partitions)
                    if (p.tp == partition(2)) return p.position;
                return -1;
            });
        }
        throw Problem{"unknown condition '" + kind +
                      "' (leader, hw, leo, log-start, epoch, isr, replicas, online, offline, controller, broker, acked, "
                      "failed, pending, group, coordinator, generation, members, rebalances, revoked, duplicates, "
                      "skipped, lag, processed, committed, assignment, consumed, position, event)"};
    }

private:
    void arity(std::size_t n, const std::string& usage) const {
        if (w_.size() != n) throw Problem{"'" + w_[0] + "' is written '" + usage + "'"};
    }
    template <class F>
    auto parsed(F f) const {
        try {
            return f();
        } catch (const scenario::ScenarioError& e) {
            throw Problem{e.message().str()};
        }
    }
    std::int64_t integer(const std::string& s) const { return parsed([&] { return scenario::parseInteger(s, "", {}); }); }
    Comparison comparison(std::size_t i) const { return parsed([&] { return scenario::parseComparison(w_[i], "", {}); }); }
    Comparison equality(std::size_t i) const {
        const Comparison op = comparison(i);
        if (op != Comparison::Eq && op != Comparison::Ne) throw Problem{"'" + w_[0] + "' compares with == or != only"};
        return op;
    }
    std::vector<std::string> list(std::size_t i) const { return parsed([&] { return scenario::parseList(w_[i], "", {}); }); }
    TopicPartition partitionText(const std::string& s) const {
        const scenario::PartitionRef ref = parsed([&] { return scenario::parsePartition(s, "", {}); });
        return TopicPartition{ref.topic, ref.partition};
    }
    TopicPartition partition(std::size_t i) const { return partitionText(w_[i]); }

    // Only while deciding: a partition, a group that is not there makes the condition false.
    struct Missing {
        std::string what;
    };
    const PartitionSnapshot* partitionAt(std::size_t i) const {
        const PartitionSnapshot* p = snap_->partition(partition(i));
        if (!p) throw Missing{"no partition " + w_[i]};
        return p;
    }
    const GroupSnapshot* groupAt(std::size_t i) const { return snap_->group(w_[i]); }
    const GroupSnapshot& requireGroup(std::size_t i) const {
        const GroupSnapshot* g = groupAt(i);
        if (!g) throw Missing{"no group " + w_[i]};
        return *g;
    }
    static std::int64_t groupNumber(const std::string& kind, const GroupSnapshot& g) {
        if (kind == "generation") return g.generation;
        if (kind == "members") return static_cast<std::int64_t>(g.members.size());
        if (kind == "rebalances") return static_cast<std::int64_t>(g.rebalances.size());
        if (kind == "duplicates") return g.duplicates;
        if (kind == "skipped") return g.skipped;
        if (kind == "lag") return g.lag;
        if (kind == "processed") return g.processed;
        std::int64_t revoked = 0;
        for (const RebalanceSnapshot& r : g.rebalances)
            for (const RebalanceMemberSnapshot& m : r.members) revoked += static_cast<std::int64_t>(m.revoked.size() + m.lost.size());
        return revoked;
    }

    template <class F>
    std::optional<ConditionResult> decide(F f) const {
        if (!snap_) return std::nullopt;
        try {
            return f();
        } catch (const Missing& m) {
            return ConditionResult{false, m.what};
        }
    }
    template <class F>
    std::optional<ConditionResult> numberCompare(std::size_t opIndex, F actual) const {
        const Comparison op = comparison(opIndex);
        const std::int64_t expected = integer(w_[opIndex + 1]);
        return decide([&] {
            const std::int64_t a = actual();
            return ConditionResult{scenario::compare(a, op, expected), std::to_string(a)};
        });
    }
    template <class F>
    std::optional<ConditionResult> nodeCompare(std::size_t opIndex, F actual) const {
        const Comparison op = comparison(opIndex);
        const std::string& e = w_[opIndex + 1];
        const NodeId expected = e == "none" ? kNoNode : static_cast<NodeId>(integer(e));
        return decide([&] {
            const NodeId a = actual();
            return ConditionResult{scenario::compare(a, op, expected), idOrNone(a)};
        });
    }
    template <class F>
    std::optional<ConditionResult> textCompare(std::size_t opIndex, F actual) const {
        const Comparison op = equality(opIndex);
        return decide([&] {
            const std::string a = actual();
            return ConditionResult{scenario::compare(a, op, w_[opIndex + 1]), a};
        });
    }

    const std::vector<std::string>& w_;
    const ClusterSnapshot* snap_;
    const std::vector<std::string>* events_;
};

}  // namespace

std::optional<std::string> conditionProblem(const std::vector<std::string>& words) {
    try {
        Reader(words, nullptr, nullptr).read();
    } catch (const Problem& p) {
        return p.message;
    }
    return std::nullopt;
}

ConditionResult evaluate(const Condition& condition, const ClusterSnapshot& snapshot, const std::vector<std::string>& eventsSinceStep) {
    try {
        return *Reader(condition.words, &snapshot, &eventsSinceStep).read();
    } catch (const Problem& p) {
        return ConditionResult{false, p.message};
    }
}

std::vector<std::string> resolveSubjects(const std::vector<std::string>& show, const ClusterSnapshot& snapshot) {
    std::vector<std::string> subjects;
    for (const std::string& s : show) {
        const auto colon = s.find(':');
        const std::string kind = s.substr(0, colon);
        const std::string name = s.substr(colon + 1);
        NodeId node = kNoNode;
        if (kind == "leader") {
            const auto dash = name.rfind('-');
            if (dash == std::string::npos) continue;
            int number = -1;
            try {
                number = std::stoi(name.substr(dash + 1));
            } catch (const std::exception&) {
                continue;
            }
            if (const PartitionSnapshot* p = snapshot.partition(TopicPartition{name.substr(0, dash), number})) node = p->leader;
            if (node != kNoNode) subjects.push_back("broker:" + std::to_string(node));
        } else if (kind == "coordinator") {
            if (const GroupSnapshot* g = snapshot.group(name)) node = g->coordinator;
            if (node != kNoNode) subjects.push_back("broker:" + std::to_string(node));
        } else if (kind == "controller" && name == "active") {
            node = snapshot.activeController;
            if (node != kNoNode) subjects.push_back((snapshot.mode == "zookeeper" ? "broker:" : "controller:") + std::to_string(node));
        } else {
            subjects.push_back(s);
        }
    }
    return subjects;
}

}  // namespace ks::lesson
