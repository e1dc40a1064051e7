#pragma once
// The discrete-event core: one queue of timed deliveries and timers, processed in (time, sequence)
// order. Nodes can be killed, restarted, paused (a GC-style freeze: what arrives waits) and resumed.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <vector>

#include "sim/network.h"
#include "sim/node.h"
#include "sim/wire_tap.h"

namespace ks {

enum class NodeState { Running, Paused, Dead };

class Simulation {
public:
    explicit Simulation(std::uint64_t seed);
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    // Checkpoints. A copy of every live node (Node::clone), or nothing when one cannot be copied now.
    using NodeCopies = std::map<NodeId, std::unique_ptr<Node>>;
    std::optional<NodeCopies> cloneNodes(CloneMap& shared) const;
    // A copy of `other` (clock, queue, network, wire, each node's random numbers) running `nodes`, the
    // copies cloneNodes made. It has no event sink and no observers yet.
    Simulation(const Simulation& other, NodeCopies nodes);

    SimTime now() const { return now_; }
    std::uint64_t seed() const { return seed_; }
    Network& network() { return network_; }
    const Network& network() const { return network_; }
    // Every message on the wire: counts per link and the latest sends.
    const WireTap& wire() const { return wire_; }

    // Adds a node (or replaces a dead one, as a restart) and starts it.
    void startNode(std::unique_ptr<Node> node);
    void kill(NodeId id);
    void pause(NodeId id);
    void resume(NodeId id);
    NodeState state(NodeId id) const;
    bool exists(NodeId id) const { return slots_.count(id) > 0; }
    Node* node(NodeId id) const;
    template <class T>
    T* nodeAs(NodeId id) const { return dynamic_cast<T*>(node(id)); }

    // Lets outside code (a scenario command, the GUI) act on a node as if from inside.
    void act(NodeId id, const std::function<void(NodeContext&)>& action);
    // Reports an event that comes from outside any node (a fault the user injected).
    void emit(EventKind kind, Text text, std::vector<std::string> subjects = {});

    // Processes every event up to and including `until`, then sets the clock to `until`.
    void runUntil(SimTime until);
    // Processes the next event; returns false when there is none.
    bool step();
    SimTime nextEventTime();
    std::uint64_t eventsProcessed() const { return eventsProcessed_; }

    void setEventSink(std::function<void(const ClusterEvent&)> sink) { sink_ = std::move(sink); }
    void addObserver(ClusterObserver* observer) { observers_.add(observer); }
    void removeObserver(ClusterObserver* observer) { observers_.remove(observer); }
    ClusterObserver& observer() { return observers_; }

private:
    class Context;
    struct Slot;
    struct Entry {
        SimTime at = 0;
        std::uint64_t seq = 0;
        NodeId to = kNoNode;
        NodeId from = kNoNode;
        std::uint64_t incarnation = 0;
        bool isTimer = false;
        bool cancelled = false;
        std::uint64_t token = 0;
        std::uint32_t wireLink = WireTap::kNoLink;   // a message on the wire: the link it travels
        Message message;
    };
    // The heap orders small keys; the entries stay put in pool_, so a sift moves 24 bytes, not a Message.
    struct Key {
        SimTime at = 0;
        std::uint64_t seq = 0;
        std::uint32_t slot = 0;
    };
    struct Later {
        bool operator()(const Key& a, const Key& b) const { return a.at != b.at ? a.at > b.at : a.seq > b.seq; }
    };
    static constexpr std::uint64_t kFreeSlot = UINT64_MAX;

    TimerId push(Entry entry);
    void cancel(TimerId timer);
    // Pops cancelled timers off the top of the queue.
    void dropCancelled();
    Entry take(std::uint32_t slot);
    void dispatch(Entry entry);
    void refuseConnection(const Entry& entry);
    void emitFrom(NodeId node, EventKind kind, Text text, std::vector<std::string> subjects, bool verbose);

    std::uint64_t seed_;
    SimTime now_ = 0;
    std::uint64_t nextSeq_ = 0;
    std::uint64_t eventsProcessed_ = 0;
    Network network_;
    WireTap wire_;
    std::priority_queue<Key, std::vector<Key>, Later> queue_;
    std::vector<Entry> pool_;
    std::vector<std::uint32_t> freeSlots_;
    std::map<NodeId, std::unique_ptr<Slot>> slots_;
    std::function<void(const ClusterEvent&)> sink_;
    ObserverFanout observers_;
};

}  // namespace ks
