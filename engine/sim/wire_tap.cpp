#include "sim/wire_tap.h"

#include <algorithm>

namespace ks {
namespace {

template <class T>
concept CarriesPartitions = requires(const T& m) { m.partitions.front().tp; };

}  // namespace

std::uint32_t WireTap::linkOf(NodeId from, NodeId to) {
    const std::uint64_t key = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(from)) << 32) | static_cast<std::uint32_t>(to);
    CacheSlot& cached = cache_[(key * 0x9E3779B97F4A7C15ull) >> 56];
    if (cached.key == key) return cached.link;
    auto [it, added] = index_.try_emplace(key, static_cast<std::uint32_t>(links_.size()));
    if (added) {
        Link link;
        link.from = from;
        link.to = to;
        link.bucketOf.fill(-1);
        links_.push_back(std::move(link));
    }
    cached = CacheSlot{key, it->second};
    return it->second;
}

WireTap::KindCounts& WireTap::counts(Link& link, std::size_t kind, SimTime now, std::size_t& slot) {
    const std::int64_t bucket = now / kBucket;
    slot = static_cast<std::size_t>(bucket % static_cast<std::int64_t>(kBuckets));
    if (link.bucketOf[slot] != bucket) {
        link.bucketOf[slot] = bucket;
        for (KindCounts& k : link.kinds) k.delivered[slot] = k.lost[slot] = 0;
    }
    for (KindCounts& k : link.kinds)
        if (k.kind == kind) return k;
    link.kinds.push_back(KindCounts{static_cast<std::uint8_t>(kind), {}, {}});
    return link.kinds.back();
}

std::uint16_t WireTap::topicIndex(const std::string& topic) {
    for (std::size_t i = 0; i < topics_.size(); ++i)
        if (topics_[i] == topic) return static_cast<std::uint16_t>(i);
    if (topics_.size() >= kNoTopic) return kNoTopic;
    topics_.push_back(topic);
    return static_cast<std::uint16_t>(topics_.size() - 1);
}

std::uint32_t WireTap::sent(NodeId from, NodeId to, const Message& message, SimTime now, SimTime deliverAt, bool lost) {
    if (from == to) return kNoLink;
    const std::uint32_t index = linkOf(from, to);
    Link& link = links_[index];
    Send& send = recent_[sendCount_++ % kRecentSends];
    send = Send{from, to, now, deliverAt, -1, kNoTopic, 0, static_cast<std::uint8_t>(message.index()), lost};
    std::visit(
        [&](const auto& m) {
            if constexpr (CarriesPartitions<std::decay_t<decltype(m)>>) {
                if (m.partitions.empty()) return;
                send.topic = topicIndex(m.partitions.front().tp.topic);
                send.partition = m.partitions.front().tp.partition;
                send.partitions = static_cast<std::uint16_t>(std::min<std::size_t>(m.partitions.size(), UINT16_MAX));
            }
        },
        message);
    if (lost) {
        std::size_t slot = 0;
        ++counts(link, message.index(), now, slot).lost[slot];
        ++link.lostTotal;
        return kNoLink;
    }
    ++link.inFlight;
    ++inFlight_;
    return index;
}

void WireTap::delivered(std::uint32_t index, std::size_t kind, SimTime now) {
    Link& link = links_[index];
    --link.inFlight;
    --inFlight_;
    ++link.deliveredTotal;
    std::size_t slot = 0;
    ++counts(link, kind, now, slot).delivered[slot];
}

}  // namespace ks
