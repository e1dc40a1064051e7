#pragma once
// Kafka's consumer partition assignors. The group leader (a consumer) runs one of them over every
// member's subscription and the partition counts it knows, and sends the result in SyncGroup.
//
//   range               per topic, consecutive ranges to members in order (Kafka's default)
//   roundrobin          every partition of every topic dealt to members in turn
//   sticky              balanced, and keeps as many partitions where they were as it can
//   cooperative-sticky  sticky, but a partition that moves is first only taken away (KIP-429):
//                       its owner revokes it and rejoins, and a second rebalance hands it on
//
// Members are ordered as Kafka's MemberInfo orders them: static members (group.instance.id) first,
// by instance id, then the others by member id, which starts with the client.id.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/types.h"

namespace ks {

struct AssignorMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::vector<std::string> topics;                // the subscription
    std::vector<TopicPartition> owned;              // what it owned (sticky assignors)
    std::int32_t ownedGeneration = -1;
};

using GroupAssignment = std::map<std::string, std::vector<TopicPartition>>;  // member id -> partitions

enum class RebalanceProtocol { Eager, Cooperative };

// The assignor names this simulation knows, in Kafka's spelling.
const std::vector<std::string>& assignorNames();
bool isKnownAssignor(const std::string& name);
// cooperative-sticky supports the cooperative protocol; the others only eager.
bool supportsCooperative(const std::string& name);
const char* rebalanceProtocolName(RebalanceProtocol protocol);

// Sorts members as Kafka's MemberInfo.compareTo does.
void sortMembers(std::vector<AssignorMember>& members);

GroupAssignment assignRange(std::vector<AssignorMember> members, const std::map<std::string, int>& partitionsPerTopic);
GroupAssignment assignRoundRobin(std::vector<AssignorMember> members,
                                 const std::map<std::string, int>& partitionsPerTopic);
GroupAssignment assignSticky(std::vector<AssignorMember> members, const std::map<std::string, int>& partitionsPerTopic);
GroupAssignment assignCooperativeSticky(std::vector<AssignorMember> members,
                                        const std::map<std::string, int>& partitionsPerTopic);

// Runs the assignor called `name`; every member appears in the result, possibly with nothing.
GroupAssignment assign(const std::string& name, const std::vector<AssignorMember>& members,
                       const std::map<std::string, int>& partitionsPerTopic);

// "[orders-0, orders-2]"
std::string formatPartitions(const std::vector<TopicPartition>& partitions);

}  // namespace ks
