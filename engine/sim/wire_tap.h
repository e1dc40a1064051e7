#pragma once
// What is on the wire: the network's view of every message it carries, kept as counters per directed
// link (in flight now, delivered and lost per message kind over the last second of simulated time)
// and a ring of the latest sends, from which a bounded list of the messages still in flight is read.
// Cheap enough to keep always: a send costs a hash lookup and a ring write, a delivery a few counter
// updates. It only watches: nothing here changes what the simulation does.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/types.h"
#include "protocol/messages.h"

namespace ks {

class WireTap {
public:
    static constexpr std::uint32_t kNoLink = UINT32_MAX;
    static constexpr std::size_t kRecentSends = 4096;
    static constexpr SimTime kBucket = 100 * kMicrosPerMilli;
    static constexpr std::size_t kBuckets = 10;   // the window: 1 s of simulated time
    static constexpr std::uint16_t kNoTopic = UINT16_MAX;

    struct KindCounts {
        std::uint8_t kind = 0;                       // the Message alternative's index
        std::array<std::uint32_t, kBuckets> delivered{};
        std::array<std::uint32_t, kBuckets> lost{};
    };
    struct Link {
        NodeId from = kNoNode;
        NodeId to = kNoNode;
        std::int64_t inFlight = 0;
        std::int64_t deliveredTotal = 0;
        std::int64_t lostTotal = 0;
        std::array<std::int64_t, kBuckets> bucketOf{};   // which 100 ms bucket each slot counts now
        std::vector<KindCounts> kinds;
    };
    struct Send {
        NodeId from = kNoNode;
        NodeId to = kNoNode;
        SimTime sentAt = 0;
        SimTime deliverAt = 0;        // lost: when it would have arrived
        std::int32_t partition = -1;  // the first partition it carries (Produce, Fetch and their responses)
        std::uint16_t topic = kNoTopic;
        std::uint16_t partitions = 0;
        std::uint8_t kind = 0;
        bool lost = false;
    };

    // A message leaves `from` for `to` at `now`, to arrive at `deliverAt` (or, lost, never: then
    // `deliverAt` is when it would have). Returns the link to hand to delivered(), or kNoLink for a
    // message a node sends itself (it never touches the wire).
    std::uint32_t sent(NodeId from, NodeId to, const Message& message, SimTime now, SimTime deliverAt, bool lost);
    // The message sent on `link` reached its receiver at `now`.
    void delivered(std::uint32_t link, std::size_t kind, SimTime now);

    const std::vector<Link>& links() const { return links_; }
    std::int64_t inFlight() const { return inFlight_; }
    // The latest sends, newest first, at most kRecentSends.
    template <class F>
    void forEachRecentSend(F&& f) const {
        const std::size_t n = std::min<std::size_t>(sendCount_, kRecentSends);
        for (std::size_t i = 1; i <= n; ++i)
            if (!f(recent_[(sendCount_ - i) % kRecentSends])) return;
    }
    const std::string& topic(std::uint16_t index) const { return topics_.at(index); }
    // The first bucket the window counts, for a reading at `now`: the window spans
    // [windowStart(now), now].
    static SimTime windowStart(SimTime now) {
        const SimTime bucket = now / kBucket;
        return std::max<SimTime>(0, (bucket - static_cast<SimTime>(kBuckets) + 1) * kBucket);
    }
    // Whether a bucket slot of a link still counts at `now`.
    static bool inWindow(std::int64_t bucket, SimTime now) {
        const SimTime current = now / kBucket;
        return bucket <= current && bucket > current - static_cast<SimTime>(kBuckets);
    }

private:
    std::uint32_t linkOf(NodeId from, NodeId to);
    KindCounts& counts(Link& link, std::size_t kind, SimTime now, std::size_t& slot);
    std::uint16_t topicIndex(const std::string& topic);

    // Links by (from, to), behind a small direct-mapped cache: most sends go over a few busy links.
    struct CacheSlot {
        std::uint64_t key = UINT64_MAX;
        std::uint32_t link = kNoLink;
    };
    std::array<CacheSlot, 256> cache_{};
    std::unordered_map<std::uint64_t, std::uint32_t> index_;
    std::vector<Link> links_;
    std::vector<Send> recent_ = std::vector<Send>(kRecentSends);
    std::uint64_t sendCount_ = 0;
    std::int64_t inFlight_ = 0;
    std::vector<std::string> topics_;
};

}  // namespace ks
