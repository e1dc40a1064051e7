#include "cluster/wire_snapshot.h"

#include <algorithm>
#include <array>
#include <type_traits>
#include <utility>

namespace ks {
namespace {

template <class T, class... Ts>
constexpr bool isOneOf = (std::is_same_v<T, Ts> || ...);

template <class T>
constexpr WireCategory categoryOf() {
    if constexpr (isOneOf<T, ProduceRequest, ProduceResponse>) return WireCategory::Produce;
    else if constexpr (isOneOf<T, FetchRequest, FetchResponse, ListOffsetsRequest, ListOffsetsResponse>)
        return WireCategory::Fetch;
    else if constexpr (isOneOf<T, FindCoordinatorRequest, FindCoordinatorResponse, JoinGroupRequest, JoinGroupResponse,
                               SyncGroupRequest, SyncGroupResponse, HeartbeatRequest, HeartbeatResponse, LeaveGroupRequest,
                               LeaveGroupResponse, OffsetCommitRequest, OffsetCommitResponse, OffsetFetchRequest,
                               OffsetFetchResponse>)
        return WireCategory::Group;
    else if constexpr (isOneOf<T, MetadataRequest, MetadataResponse, Disconnected>) return WireCategory::Other;
    else return WireCategory::Controller;
}

template <std::size_t... I>
constexpr std::array<WireCategory, sizeof...(I)> categoryTable(std::index_sequence<I...>) {
    return {categoryOf<std::variant_alternative_t<I, Message>>()...};
}

constexpr auto kCategories = categoryTable(std::make_index_sequence<std::variant_size_v<Message>>());

}  // namespace

WireCategory wireCategory(std::size_t kind) { return kind < kCategories.size() ? kCategories[kind] : WireCategory::Other; }

WireSnapshot wireSnapshot(const WireTap& tap, SimTime now) {
    WireSnapshot out;
    out.window = now - WireTap::windowStart(now);
    out.inFlight = tap.inFlight();
    for (const WireTap::Link& link : tap.links()) {
        WireLinkSnapshot l{link.from, link.to, link.inFlight, {}};
        for (const WireTap::KindCounts& k : link.kinds) {
            WireKindCount count{messageName(k.kind), wireCategory(k.kind), 0, 0};
            for (std::size_t slot = 0; slot < WireTap::kBuckets; ++slot) {
                if (!WireTap::inWindow(link.bucketOf[slot], now)) continue;
                count.delivered += static_cast<int>(k.delivered[slot]);
                count.lost += static_cast<int>(k.lost[slot]);
            }
            if (count.delivered > 0 || count.lost > 0) l.recent.push_back(std::move(count));
        }
        if (l.inFlight == 0 && l.recent.empty()) continue;
        std::stable_sort(l.recent.begin(), l.recent.end(), [](const WireKindCount& a, const WireKindCount& b) {
            return a.delivered != b.delivered ? a.delivered > b.delivered : a.kind < b.kind;
        });
        out.links.push_back(std::move(l));
    }
    std::sort(out.links.begin(), out.links.end(), [](const WireLinkSnapshot& a, const WireLinkSnapshot& b) {
        return std::pair(a.from, a.to) < std::pair(b.from, b.to);
    });
    tap.forEachRecentSend([&](const WireTap::Send& send) {
        if (send.sentAt <= now && now < send.deliverAt) {
            WireMessageSnapshot m{send.from, send.to, messageName(send.kind), wireCategory(send.kind), send.sentAt,
                                  send.deliverAt, send.lost, {}, send.partitions};
            if (send.topic != WireTap::kNoTopic) m.partition = TopicPartition{tap.topic(send.topic), send.partition};
            out.messages.push_back(std::move(m));
        }
        return out.messages.size() < WireSnapshot::kMaxMessages;
    });
    return out;
}

}  // namespace ks
