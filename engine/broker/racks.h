#pragma once
// Where brokers stand, for rack awareness (KIP-392 fetch from follower). The simulation places
// brokers in three availability zones in turn: broker 1 in az1, 2 in az2, 3 in az3, 4 in az1, ...
// (Kafka's broker.rack).
#include <string>

#include "core/types.h"

namespace ks {

inline std::string brokerRack(BrokerId id) { return "az" + std::to_string((id - 1) % 3 + 1); }

}  // namespace ks
