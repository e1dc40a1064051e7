#include "sim/simulation.h"

#include <algorithm>

namespace ks {

std::string brokerSubject(BrokerId id) { return "broker:" + std::to_string(id); }
std::string partitionSubject(const TopicPartition& tp) { return "partition:" + tp.str(); }

class Simulation::Context final : public NodeContext {
public:
    // Each incarnation of a node draws its own numbers: a restarted node does not replay its past.
    Context(Simulation& sim, NodeId id, std::uint64_t incarnation)
        : sim_(sim), id_(id), rng_(Rng::derive(sim.seed(), (static_cast<std::uint64_t>(id) << 20) ^ incarnation)) {}
    // The same node's context in a copy of the simulation, where its random numbers go on the same way.
    Context(Simulation& sim, const Context& other) : sim_(sim), id_(other.id_), rng_(other.rng_) {}

    SimTime now() const override { return sim_.now_; }
    void send(NodeId to, Message message) override;
    TimerId setTimer(SimTime at, std::uint64_t token) override;
    void cancelTimer(TimerId timer) override { sim_.cancel(timer); }
    Rng& rng() override { return rng_; }
    void emit(EventKind kind, Text text, std::vector<std::string> subjects, bool verbose) override {
        sim_.emitFrom(id_, kind, std::move(text), std::move(subjects), verbose);
    }
    ClusterObserver& observer() override { return sim_.observers_; }

private:
    Simulation& sim_;
    NodeId id_;
    Rng rng_;
};

struct Simulation::Slot {
    std::unique_ptr<Node> node;
    std::unique_ptr<Context> context;
    NodeState state = NodeState::Running;
    std::uint64_t incarnation = 0;
    std::vector<Entry> deferred;
};

void Simulation::Context::send(NodeId to, Message message) {
    const SimTime at = sim_.network_.deliveryTime(id_, to, sim_.now_);
    const bool lost = at == kNever;
    const std::uint32_t link = sim_.wire_.sent(id_, to, message, sim_.now_,
                                               lost ? sim_.now_ + sim_.network_.link(id_, to).latency : at, lost);
    if (lost) return;
    auto target = sim_.slots_.find(to);
    Entry e;
    e.at = at;
    e.to = to;
    e.from = id_;
    e.incarnation = target == sim_.slots_.end() ? 0 : target->second->incarnation;
    e.wireLink = link;
    e.message = std::move(message);
    sim_.push(std::move(e));
}

TimerId Simulation::Context::setTimer(SimTime at, std::uint64_t token) {
    Entry e;
    e.at = std::max(at, sim_.now_);
    e.to = id_;
    e.incarnation = sim_.slots_.at(id_)->incarnation;
    e.isTimer = true;
    e.token = token;
    return sim_.push(std::move(e));
}

Simulation::Simulation(std::uint64_t seed) : seed_(seed), network_(Rng::derive(seed, 0x6e6574).next()) {}

Simulation::~Simulation() = default;

std::optional<Simulation::NodeCopies> Simulation::cloneNodes(CloneMap& shared) const {
    NodeCopies copies;
    for (const auto& [id, slot] : slots_) {
        if (!slot->node) continue;
        std::unique_ptr<Node> copy = slot->node->clone(shared);
        if (!copy) return std::nullopt;
        copies.emplace(id, std::move(copy));
    }
    return copies;
}

Simulation::Simulation(const Simulation& other, NodeCopies nodes)
    : seed_(other.seed_), now_(other.now_), nextSeq_(other.nextSeq_), eventsProcessed_(other.eventsProcessed_),
      network_(other.network_), wire_(other.wire_), queue_(other.queue_), pool_(other.pool_),
      freeSlots_(other.freeSlots_) {
    for (const auto& [id, slot] : other.slots_) {
        auto copy = std::make_unique<Slot>();
        auto node = nodes.find(id);
        if (node != nodes.end()) copy->node = std::move(node->second);
        if (slot->context) copy->context = std::make_unique<Context>(*this, *slot->context);
        copy->state = slot->state;
        copy->incarnation = slot->incarnation;
        copy->deferred = slot->deferred;
        slots_.emplace(id, std::move(copy));
    }
}

void ObserverFanout::remove(ClusterObserver* observer) { std::erase(observers_, observer); }
void ObserverFanout::onAppend(BrokerId b, const TopicPartition& tp, const StoredBatch& batch, bool leader) {
    for (auto* o : observers_) o->onAppend(b, tp, batch, leader);
}
void ObserverFanout::onHighWatermark(BrokerId b, const TopicPartition& tp, LeaderEpoch e, Offset hw) {
    for (auto* o : observers_) o->onHighWatermark(b, tp, e, hw);
}
void ObserverFanout::onBecomeLeader(BrokerId b, const TopicPartition& tp, LeaderEpoch e) {
    for (auto* o : observers_) o->onBecomeLeader(b, tp, e);
}
void ObserverFanout::onTruncate(BrokerId b, const TopicPartition& tp, Offset to, std::int64_t removed) {
    for (auto* o : observers_) o->onTruncate(b, tp, to, removed);
}
void ObserverFanout::onReplicaDeleted(BrokerId b, const TopicPartition& tp) {
    for (auto* o : observers_) o->onReplicaDeleted(b, tp);
}
void ObserverFanout::onMetadataCommitted(NodeId c, Offset offset, const MetadataEntry& entry) {
    for (auto* o : observers_) o->onMetadataCommitted(c, offset, entry);
}
void ObserverFanout::onQuorumLeader(NodeId c, std::int32_t epoch) {
    for (auto* o : observers_) o->onQuorumLeader(c, epoch);
}
void ObserverFanout::onMetadataSnapshot(NodeId c, const MetadataSnapshot& snapshot, bool loaded) {
    for (auto* o : observers_) o->onMetadataSnapshot(c, snapshot, loaded);
}
void ObserverFanout::onActiveController(NodeId c, bool ready) {
    for (auto* o : observers_) o->onActiveController(c, ready);
}
void ObserverFanout::onReplicaLeaderEpoch(BrokerId b, const TopicPartition& tp, LeaderEpoch e) {
    for (auto* o : observers_) o->onReplicaLeaderEpoch(b, tp, e);
}
void ObserverFanout::onProduceAcked(NodeId p, const TopicPartition& tp, Offset o, const StoredBatch& batch, int acks) {
    for (auto* obs : observers_) obs->onProduceAcked(p, tp, o, batch, acks);
}
void ObserverFanout::onGroup(const GroupObservation& observation) {
    for (auto* o : observers_) o->onGroup(observation);
}

void Simulation::startNode(std::unique_ptr<Node> node) {
    const NodeId id = node->id();
    auto& slot = slots_[id];
    if (!slot) slot = std::make_unique<Slot>();
    ++slot->incarnation;
    slot->state = NodeState::Running;
    slot->deferred.clear();
    slot->node = std::move(node);
    slot->context = std::make_unique<Context>(*this, id, slot->incarnation);
    slot->node->start(*slot->context);
}

void Simulation::kill(NodeId id) {
    auto it = slots_.find(id);
    if (it == slots_.end() || it->second->state == NodeState::Dead) return;
    it->second->state = NodeState::Dead;
    it->second->deferred.clear();
    it->second->node.reset();
    ++it->second->incarnation;
    for (auto& [peer, slot] : slots_) {
        if (peer == id || slot->state == NodeState::Dead) continue;
        const SimTime at = network_.deliveryTime(id, peer, now_);
        if (at == kNever) continue;
        Entry e;
        e.at = at;
        e.to = peer;
        e.from = id;
        e.incarnation = slot->incarnation;
        e.message = Disconnected{id};
        push(std::move(e));
    }
}

void Simulation::pause(NodeId id) {
    auto it = slots_.find(id);
    if (it != slots_.end() && it->second->state == NodeState::Running) it->second->state = NodeState::Paused;
}

void Simulation::resume(NodeId id) {
    auto it = slots_.find(id);
    if (it == slots_.end() || it->second->state != NodeState::Paused) return;
    it->second->state = NodeState::Running;
    for (auto& e : it->second->deferred) {
        e.at = now_;
        push(std::move(e));
    }
    it->second->deferred.clear();
}

NodeState Simulation::state(NodeId id) const {
    auto it = slots_.find(id);
    return it == slots_.end() ? NodeState::Dead : it->second->state;
}

Node* Simulation::node(NodeId id) const {
    auto it = slots_.find(id);
    return it == slots_.end() ? nullptr : it->second->node.get();
}

void Simulation::act(NodeId id, const std::function<void(NodeContext&)>& action) {
    auto it = slots_.find(id);
    if (it == slots_.end() || it->second->state == NodeState::Dead) return;
    action(*it->second->context);
}

void Simulation::emit(EventKind kind, Text text, std::vector<std::string> subjects) {
    emitFrom(kNoNode, kind, std::move(text), std::move(subjects), false);
}

void Simulation::emitFrom(NodeId node, EventKind kind, Text text, std::vector<std::string> subjects,
                          bool verbose) {
    if (!sink_) return;
    // Routine news about internal topics' partitions (__consumer_offsets has 50) is detail, unless
    // it concerns a consumer group.
    const bool internal = std::any_of(subjects.begin(), subjects.end(),
                                      [](const std::string& s) { return s.rfind("partition:__", 0) == 0; });
    const bool group = std::any_of(subjects.begin(), subjects.end(),
                                   [](const std::string& s) { return s.rfind("group:", 0) == 0; });
    if (internal && !group) verbose = true;
    std::string english = text.str();
    sink_(ClusterEvent{now_, kind, node, std::move(english), std::move(text), std::move(subjects), verbose});
}

TimerId Simulation::push(Entry entry) {
    entry.seq = nextSeq_++;
    std::uint32_t slot = 0;
    if (freeSlots_.empty()) {
        slot = static_cast<std::uint32_t>(pool_.size());
        pool_.emplace_back();
    } else {
        slot = freeSlots_.back();
        freeSlots_.pop_back();
    }
    const Key key{entry.at, entry.seq, slot};
    pool_[slot] = std::move(entry);
    queue_.push(key);
    return TimerId{slot, key.seq};
}

void Simulation::cancel(TimerId timer) {
    if (timer.slot >= pool_.size()) return;
    Entry& e = pool_[timer.slot];
    if (e.seq == timer.seq && e.isTimer) e.cancelled = true;
}

Simulation::Entry Simulation::take(std::uint32_t slot) {
    Entry e = std::move(pool_[slot]);
    pool_[slot].seq = kFreeSlot;
    pool_[slot].cancelled = false;
    pool_[slot].message = Message{};
    freeSlots_.push_back(slot);
    return e;
}

void Simulation::dropCancelled() {
    while (!queue_.empty() && pool_[queue_.top().slot].cancelled) {
        const std::uint32_t slot = queue_.top().slot;
        queue_.pop();
        take(slot);
    }
}

// A message to a process that is not there: the sender's connection attempt is refused, which it
// notices at once (unlike a cut link or a paused process, which only time out).
void Simulation::refuseConnection(const Entry& e) {
    if (e.isTimer || std::holds_alternative<Disconnected>(e.message)) return;
    auto sender = slots_.find(e.from);
    if (sender == slots_.end() || sender->second->state == NodeState::Dead) return;
    const SimTime at = network_.deliveryTime(e.to, e.from, now_);
    if (at == kNever) return;
    Entry refused;
    refused.at = at;
    refused.to = e.from;
    refused.from = e.to;
    refused.incarnation = sender->second->incarnation;
    refused.message = Disconnected{e.to};
    push(std::move(refused));
}

SimTime Simulation::nextEventTime() {
    dropCancelled();
    return queue_.empty() ? kNever : queue_.top().at;
}

bool Simulation::step() {
    dropCancelled();
    if (queue_.empty()) return false;
    const std::uint32_t slot = queue_.top().slot;
    queue_.pop();
    Entry e = take(slot);
    now_ = std::max(now_, e.at);
    if (e.wireLink != WireTap::kNoLink) {
        wire_.delivered(e.wireLink, e.message.index(), now_);
        e.wireLink = WireTap::kNoLink;
    }
    dispatch(std::move(e));
    return true;
}

void Simulation::runUntil(SimTime until) {
    while (nextEventTime() <= until && step()) {
    }
    now_ = std::max(now_, until);
}

void Simulation::dispatch(Entry e) {
    auto it = slots_.find(e.to);
    if (it == slots_.end()) return;
    Slot& slot = *it->second;
    if (slot.state == NodeState::Dead || slot.incarnation != e.incarnation) {
        refuseConnection(e);
        return;
    }
    if (slot.state == NodeState::Paused) {
        slot.deferred.push_back(std::move(e));
        return;
    }
    ++eventsProcessed_;
    if (e.isTimer)
        slot.node->onTimer(*slot.context, e.token);
    else
        slot.node->onMessage(*slot.context, e.from, std::move(e.message));
}

}  // namespace ks
