#include "group/assignors.h"

#include <algorithm>
#include <set>

namespace ks {
namespace {

bool subscribes(const AssignorMember& m, const std::string& topic) {
    return std::find(m.topics.begin(), m.topics.end(), topic) != m.topics.end();
}

GroupAssignment emptyAssignment(const std::vector<AssignorMember>& members) {
    GroupAssignment out;
    for (const AssignorMember& m : members) out[m.memberId];
    return out;
}

// Every partition some member subscribes to, sorted by topic then partition.
std::vector<TopicPartition> subscribedPartitions(const std::vector<AssignorMember>& members,
                                                 const std::map<std::string, int>& partitionsPerTopic) {
    std::set<std::string> topics;
    for (const AssignorMember& m : members) topics.insert(m.topics.begin(), m.topics.end());
    std::vector<TopicPartition> out;
    for (const std::string& topic : topics) {
        auto it = partitionsPerTopic.find(topic);
        if (it == partitionsPerTopic.end()) continue;
        for (int p = 0; p < it->second; ++p) out.push_back(TopicPartition{topic, p});
    }
    return out;
}

// Who owns what, as the members claim it: a partition two members claim goes to the one that owned
// it in the later generation (the other is a zombie of an older generation); on a tie, the first.
std::map<TopicPartition, std::string> resolveClaims(const std::vector<AssignorMember>& members,
                                                    const std::set<TopicPartition>& valid) {
    std::map<TopicPartition, std::pair<std::string, std::int32_t>> claims;
    for (const AssignorMember& m : members) {
        for (const TopicPartition& tp : m.owned) {
            if (!valid.count(tp) || !subscribes(m, tp.topic)) continue;
            auto [it, fresh] = claims.try_emplace(tp, m.memberId, m.ownedGeneration);
            if (!fresh && m.ownedGeneration > it->second.second) it->second = {m.memberId, m.ownedGeneration};
        }
    }
    std::map<TopicPartition, std::string> owners;
    for (const auto& [tp, claim] : claims) owners[tp] = claim.first;
    return owners;
}

}  // namespace

const std::vector<std::string>& assignorNames() {
    static const std::vector<std::string> names = {"range", "roundrobin", "sticky", "cooperative-sticky"};
    return names;
}

bool isKnownAssignor(const std::string& name) {
    const auto& names = assignorNames();
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool supportsCooperative(const std::string& name) { return name == "cooperative-sticky"; }

const char* rebalanceProtocolName(RebalanceProtocol protocol) {
    return protocol == RebalanceProtocol::Cooperative ? "cooperative" : "eager";
}

void sortMembers(std::vector<AssignorMember>& members) {
    std::sort(members.begin(), members.end(), [](const AssignorMember& a, const AssignorMember& b) {
        if (a.groupInstanceId && b.groupInstanceId) return *a.groupInstanceId < *b.groupInstanceId;
        if (a.groupInstanceId || b.groupInstanceId) return a.groupInstanceId.has_value();
        return a.memberId < b.memberId;
    });
}

GroupAssignment assignRange(std::vector<AssignorMember> members, const std::map<std::string, int>& partitionsPerTopic) {
    sortMembers(members);
    GroupAssignment out = emptyAssignment(members);
    std::set<std::string> topics;
    for (const AssignorMember& m : members) topics.insert(m.topics.begin(), m.topics.end());
    for (const std::string& topic : topics) {
        auto count = partitionsPerTopic.find(topic);
        if (count == partitionsPerTopic.end()) continue;
        std::vector<const AssignorMember*> consumers;
        for (const AssignorMember& m : members)
            if (subscribes(m, topic)) consumers.push_back(&m);
        const int n = count->second;
        const int c = static_cast<int>(consumers.size());
        const int perConsumer = n / c;
        const int extra = n % c;
        for (int i = 0; i < c; ++i) {
            const int start = perConsumer * i + std::min(i, extra);
            const int length = perConsumer + (i < extra ? 1 : 0);
            for (int p = start; p < start + length; ++p) out[consumers[static_cast<std::size_t>(i)]->memberId].push_back({topic, p});
        }
    }
    return out;
}

GroupAssignment assignRoundRobin(std::vector<AssignorMember> members,
                                 const std::map<std::string, int>& partitionsPerTopic) {
    sortMembers(members);
    GroupAssignment out = emptyAssignment(members);
    if (members.empty()) return out;
    std::size_t next = 0;
    for (const TopicPartition& tp : subscribedPartitions(members, partitionsPerTopic)) {
        while (!subscribes(members[next % members.size()], tp.topic)) ++next;
        out[members[next % members.size()].memberId].push_back(tp);
        ++next;
    }
    return out;
}

GroupAssignment assignSticky(std::vector<AssignorMember> members, const std::map<std::string, int>& partitionsPerTopic) {
    sortMembers(members);
    GroupAssignment out = emptyAssignment(members);
    if (members.empty()) return out;
    const std::vector<TopicPartition> all = subscribedPartitions(members, partitionsPerTopic);
    const std::set<TopicPartition> valid(all.begin(), all.end());
    const std::map<TopicPartition, std::string> owners = resolveClaims(members, valid);

    bool sameSubscriptions = true;
    for (const AssignorMember& m : members) {
        std::set<std::string> a(m.topics.begin(), m.topics.end());
        std::set<std::string> b(members.front().topics.begin(), members.front().topics.end());
        sameSubscriptions = sameSubscriptions && a == b;
    }
    const auto p = static_cast<int>(all.size());
    const auto c = static_cast<int>(members.size());
    const int minQuota = p / c;
    const int maxQuota = (p + c - 1) / c;
    int overMinAllowed = p % c;

    // Keep what each member owned, up to its quota when every member subscribes to the same topics.
    std::set<TopicPartition> assigned;
    for (const AssignorMember& m : members) {
        std::vector<TopicPartition> mine;
        for (const TopicPartition& tp : m.owned) {
            auto owner = owners.find(tp);
            if (owner != owners.end() && owner->second == m.memberId &&
                std::find(mine.begin(), mine.end(), tp) == mine.end())
                mine.push_back(tp);
        }
        std::sort(mine.begin(), mine.end());
        std::size_t keep = mine.size();
        if (sameSubscriptions) {
            if (static_cast<int>(mine.size()) >= maxQuota && overMinAllowed > 0 && maxQuota > minQuota) {
                keep = static_cast<std::size_t>(maxQuota);
                --overMinAllowed;
            } else {
                keep = std::min<std::size_t>(mine.size(), static_cast<std::size_t>(minQuota));
            }
        }
        for (std::size_t i = 0; i < keep; ++i) {
            out[m.memberId].push_back(mine[i]);
            assigned.insert(mine[i]);
        }
    }

    // Hand out the rest, each to the subscribed member with the fewest partitions.
    for (const TopicPartition& tp : all) {
        if (assigned.count(tp)) continue;
        const AssignorMember* best = nullptr;
        for (const AssignorMember& m : members) {
            if (!subscribes(m, tp.topic)) continue;
            if (!best || out[m.memberId].size() < out[best->memberId].size()) best = &m;
        }
        if (!best) continue;
        out[best->memberId].push_back(tp);
        assigned.insert(tp);
    }

    // With different subscriptions, move partitions from the fullest to the emptiest member that can
    // take them until no move narrows the gap.
    if (!sameSubscriptions) {
        for (int round = 0; round < p * c + 1; ++round) {
            bool moved = false;
            for (const AssignorMember& from : members) {
                auto& give = out[from.memberId];
                for (const AssignorMember& to : members) {
                    auto& take = out[to.memberId];
                    if (give.size() <= take.size() + 1) continue;
                    auto it = std::find_if(give.rbegin(), give.rend(),
                                           [&](const TopicPartition& tp) { return subscribes(to, tp.topic); });
                    if (it == give.rend()) continue;
                    take.push_back(*it);
                    give.erase(std::next(it).base());
                    moved = true;
                    break;
                }
                if (moved) break;
            }
            if (!moved) break;
        }
    }
    for (auto& [member, partitions] : out) std::sort(partitions.begin(), partitions.end());
    return out;
}

GroupAssignment assignCooperativeSticky(std::vector<AssignorMember> members,
                                        const std::map<std::string, int>& partitionsPerTopic) {
    GroupAssignment out = assignSticky(members, partitionsPerTopic);
    const std::vector<TopicPartition> all = subscribedPartitions(members, partitionsPerTopic);
    const std::map<TopicPartition, std::string> owners =
        resolveClaims(members, std::set<TopicPartition>(all.begin(), all.end()));
    // A partition still owned by another member is held back this round: its owner revokes it first.
    for (auto& [member, partitions] : out)
        std::erase_if(partitions, [&](const TopicPartition& tp) {
            auto owner = owners.find(tp);
            return owner != owners.end() && owner->second != member;
        });
    return out;
}

GroupAssignment assign(const std::string& name, const std::vector<AssignorMember>& members,
                       const std::map<std::string, int>& partitionsPerTopic) {
    if (name == "roundrobin") return assignRoundRobin(members, partitionsPerTopic);
    if (name == "sticky") return assignSticky(members, partitionsPerTopic);
    if (name == "cooperative-sticky") return assignCooperativeSticky(members, partitionsPerTopic);
    return assignRange(members, partitionsPerTopic);
}

std::string formatPartitions(const std::vector<TopicPartition>& partitions) {
    std::string out = "[";
    for (std::size_t i = 0; i < partitions.size(); ++i) out += (i ? ", " : "") + partitions[i].str();
    return out + "]";
}

}  // namespace ks
