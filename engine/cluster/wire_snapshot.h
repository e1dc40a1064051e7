#pragma once
// The snapshot's picture of the wire (engine/api/snapshot.h: WireSnapshot), read from the network's tap.
#include "api/snapshot.h"
#include "sim/wire_tap.h"

namespace ks {

WireSnapshot wireSnapshot(const WireTap& tap, SimTime now);
// What a kind of message (a Message alternative's index) is about.
WireCategory wireCategory(std::size_t kind);

}  // namespace ks
