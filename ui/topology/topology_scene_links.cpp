// The lines of the topology view: producers to the partitions they write, partitions to the
// consumers that read them, cut network links, and the records moving along them.
#include <QStringList>
#include <unordered_map>

#include "broker_item.h"
#include "consumer_item.h"
#include "controller_item.h"
#include "group_item.h"
#include "link_item.h"
#include "producer_item.h"
#include "scene_helpers.h"
#include "sim_time_text.h"
#include "topology_scene.h"
#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {

void TopologyScene::updateCutLinks(const ClusterSnapshot& s) {
    const std::set<std::pair<NodeId, NodeId>> cuts(s.cutLinks.begin(), s.cutLinks.end());
    std::set<QString> present;
    for (const auto& [from, to] : cuts) {
        const bool both = cuts.count({to, from}) > 0;
        if (both && from > to) continue;
        const QString key = QStringLiteral("%1-%2").arg(from).arg(to);
        present.insert(key);
        auto it = cutLinks_.find(key);
        if (it == cutLinks_.end()) {
            it = cutLinks_.emplace(key, new LinkItem(LinkItem::Kind::Cut, Subject{Subject::Kind::Link, key})).first;
            addItem(it->second);
        }
        const QString a = scene::nodeName(s, from, nullptr);
        const QString b = scene::nodeName(s, to, nullptr);
        it->second->setOneWay(!both);
        it->second->setDescription(both ? TopologyText::tr("<b>Link cut</b>: %1 and %2 cannot reach each other").arg(a, b)
                                        : TopologyText::tr("<b>Link cut one way</b>: %1 cannot reach %2 (%2 can still reach %1)").arg(a, b));
    }
    scene::removeMissing(cutLinks_, present);
}

void TopologyScene::updateSlowLinks(const ClusterSnapshot& s) {
    std::map<std::pair<NodeId, NodeId>, const LinkConditionSnapshot*> slow;
    for (const LinkConditionSnapshot& l : s.slowLinks) slow[{l.from, l.to}] = &l;
    std::set<QString> present;
    for (const auto& [ends, link] : slow) {
        const auto back = slow.find({ends.second, ends.first});
        const bool both = back != slow.end() && back->second->latency == link->latency && back->second->jitter == link->jitter &&
                          back->second->loss == link->loss;
        if (both && ends.first > ends.second) continue;
        const QString key = QStringLiteral("%1-%2").arg(ends.first).arg(ends.second);
        present.insert(key);
        auto it = slowLinks_.find(key);
        if (it == slowLinks_.end()) {
            it = slowLinks_.emplace(key, new LinkItem(LinkItem::Kind::Slow, Subject{Subject::Kind::Link, key})).first;
            addItem(it->second);
        }
        const QString a = scene::nodeName(s, ends.first, nullptr);
        const QString b = scene::nodeName(s, ends.second, nullptr);
        const QString conditions = tr("latency %1, jitter %2, loss %3%")
                                       .arg(formatDuration(link->latency), formatDuration(link->jitter))
                                       .arg(qRound(link->loss * 100));
        it->second->setOneWay(!both);
        it->second->setLabel(tr("slow %1").arg(formatDuration(link->latency)));
        it->second->setDescription(both ? tr("<b>Slow link</b> %1 ⇹ %2: %3").arg(a, b, conditions)
                                        : tr("<b>Slow link</b> %1 → %2: %3 (the other way as the network)").arg(a, b, conditions));
    }
    scene::removeMissing(slowLinks_, present);
}

QString TopologyScene::produceLinkKey(const QString& producer, const Subject& end) {
    return Subject::client(producer).key() + u'|' + end.key();
}

// One line from each producer to each partition it wrote to within the traffic model's write window;
// with more such lines than can be told apart, one line from each producer to each broker that leads
// some of them.
void TopologyScene::updateProduceLinks(const SceneInput& input) {
    const ClusterSnapshot& s = *input.snapshot;
    std::unordered_map<TopicPartition, BrokerId> leaders;
    for (const PartitionSnapshot& p : s.partitions)
        if (p.leader != kNoNode) leaders.emplace(p.tp, p.leader);
    struct Written {
        QString producer;
        QString partition;
        BrokerId leader;
    };
    std::vector<Written> written;
    for (const ProducerSnapshot& p : s.producers)
        for (const ProducerPartitionSnapshot& w : p.partitions) {
            auto leader = leaders.find(w.tp);
            if (leader != leaders.end() && w.lastAppend >= 0 && s.time - w.lastAppend <= TrafficModel::kWriteWindow)
                written.push_back({QString::fromStdString(p.clientId), QString::fromStdString(w.tp.str()), leader->second});
        }
    const bool perPartition = written.size() <= kMaxPartitionLines;
    struct Line {
        QString producer;
        Subject subject;
        double rate = 0;
        int partitions = 0;
    };
    std::map<QString, Line> lines;
    for (const Written& w : written) {
        const Subject end = perPartition ? Subject::partition(w.partition) : Subject::broker(w.leader);
        Line& line = lines[produceLinkKey(w.producer, end)];
        line.producer = w.producer;
        line.subject = end;
        if (input.traffic) line.rate += input.traffic->produceRate(w.producer, w.partition);
        ++line.partitions;
    }
    std::set<QString> present;
    for (const auto& [key, line] : lines) {
        if (!producer(line.producer)) continue;
        present.insert(key);
        auto it = produceLinks_.find(key);
        if (it == produceLinks_.end()) {
            it = produceLinks_.emplace(key, new LinkItem(LinkItem::Kind::Produce, line.subject)).first;
            addItem(it->second);
        }
        it->second->setRate(line.rate, line.rate >= 0.05);
        it->second->setDescription(
            perPartition ? TopologyText::tr("<b>%1</b> writes to <b>%2</b> through its leader").arg(line.producer, line.subject.name)
                         : TopologyText::tr("<b>%1</b> writes to the %n partition(s) that <b>broker %2</b> leads", nullptr, line.partitions).arg(line.producer, line.subject.name));
    }
    scene::removeMissing(produceLinks_, present);
}

// "consumer:reader-1|partition:orders-0@2" (read from broker 2) or "consumer:reader-1|broker:2".
QString TopologyScene::consumeLinkKey(const QString& consumer, const Subject& end) {
    QString key = Subject::consumer(consumer).key() + u'|' + end.key();
    if (end.replicaBroker >= 0) key += u'@' + QString::number(end.replicaBroker);
    return key;
}

// One line per partition a consumer owns, from the replica it reads (the leader, or a follower with
// client.rack) to the consumer; with many, one per broker it reads from; with very many, none (the
// group cards keep the numbers).
void TopologyScene::updateConsumeLinks(const SceneInput& input) {
    const ClusterSnapshot& s = *input.snapshot;
    struct Read {
        QString consumer;
        int consumerIndex;
        const TopicPartition* partition;
        int broker;
    };
    std::unordered_map<TopicPartition, BrokerId> leaders;
    leaders.reserve(s.partitions.size());
    for (const PartitionSnapshot& p : s.partitions) leaders.emplace(p.tp, p.leader);
    std::vector<Read> reads;
    for (std::size_t index = 0; index < s.consumers.size(); ++index) {
        const ConsumerSnapshot& c = s.consumers[index];
        if (c.process == "stopped" || c.appState == "closed") continue;
        const QString consumer = QString::fromStdString(c.clientId);
        for (const ConsumerPartitionSnapshot& p : c.partitions) {
            auto leader = leaders.find(p.tp);
            const int from = p.readFrom != kNoNode ? p.readFrom : leader != leaders.end() ? leader->second : kNoNode;
            if (from != kNoNode) reads.push_back({consumer, static_cast<int>(index), &p.tp, from});
        }
    }
    struct Line {
        QString consumer;
        Subject end;
        double rate = 0;
        int partitions = 0;
    };
    std::map<QString, Line> lines;
    auto collect = [&](bool perPartition) {
        lines.clear();
        for (const Read& r : reads) {
            const QString partition = QString::fromStdString(r.partition->str());
            const Subject end = perPartition ? Subject::partition(partition, r.broker) : Subject::broker(r.broker);
            Line& line = lines[consumeLinkKey(r.consumer, end)];
            line.consumer = r.consumer;
            line.end = end;
            line.rate += input.traffic ? input.traffic->consumeRate(r.consumer, partition) : 0;
            ++line.partitions;
        }
    };
    if (reads.size() <= kMaxPartitionLines) {
        collect(true);
    } else {
        std::set<std::pair<int, int>> perBroker;
        for (const Read& r : reads) perBroker.emplace(r.consumerIndex, r.broker);
        if (perBroker.size() <= kMaxConsumerLines) collect(false);
    }
    std::set<QString> present;
    for (const auto& [key, line] : lines) {
        const ConsumerItem* member = consumer(line.consumer);
        if (!member) continue;
        present.insert(key);
        auto it = consumeLinks_.find(key);
        if (it == consumeLinks_.end()) {
            it = consumeLinks_.emplace(key, new LinkItem(LinkItem::Kind::Consume, Subject::consumer(line.consumer))).first;
            addItem(it->second);
        }
        it->second->setColor(member->color());
        it->second->setRate(line.rate, line.rate >= 0.05);
        it->second->setDescription(line.end.kind == Subject::Kind::Partition
                                       ? TopologyText::tr("<b>%1</b> reads <b>%2</b> from broker %3").arg(line.consumer, line.end.name).arg(line.end.replicaBroker)
                                       : TopologyText::tr("<b>%1</b> reads %n partition(s) from <b>broker %2</b>", nullptr, line.partitions).arg(line.consumer, line.end.name));
    }
    scene::removeMissing(consumeLinks_, present);
}

// From the replica's right edge (or the card's header) right into the gap, up to the consumer lane,
// along it to the groups' column, up beside the group card and right into the consumer's row.
void TopologyScene::updateConsumeLinkEnds() {
    std::map<const QGraphicsItem*, int> cardLanes;
    std::map<QString, int> consumerLanes;
    for (auto& [key, link] : consumeLinks_) {
        const QString consumerId = link->subject().name;
        const QString endKey = key.section(u'|', 1);
        const Subject end = Subject::parse(endKey.section(u'@', 0, 0));
        const BrokerItem* card = nullptr;
        QPointF from;
        if (end.kind == Subject::Kind::Partition) {
            card = broker(endKey.section(u'@', 1).toInt());
            const ReplicaItem* replica = card ? card->replica(end.name) : nullptr;
            if (replica) from = replicaAnchor(replica, true);
            else card = nullptr;
        } else {
            card = broker(end.id());
            if (card) from = card->mapToScene(QPointF(style::kBrokerWidth, style::kBrokerHeader / 2));
        }
        ConsumerItem* member = consumer(consumerId);
        link->setVisible(card && member);
        if (!card || !member) continue;
        const int lane = cardLanes[card]++ % 4;
        if (!consumerLanes.count(consumerId)) consumerLanes[consumerId] = static_cast<int>(consumerLanes.size()) % 4;
        const int memberLane = consumerLanes[consumerId];
        const QPointF to = member->mapToScene(QPointF(0, style::kMemberHeight / 2));
        const double x = card->scenePos().x() + style::kBrokerWidth + 10 + lane * 7;
        const double y = consumerLaneY_ + memberLane * 5;
        const double groupX = member->parentItem()->scenePos().x() - 8 - memberLane * 5;
        link->setRoute({from, QPointF(x, from.y()), QPointF(x, y), QPointF(groupX, y), QPointF(groupX, to.y()), to}, to);
    }
}

QPointF TopologyScene::replicaAnchor(const ReplicaItem* replica, bool rightSide) const {
    const QRectF r(0, 0, style::kBrokerWidth - 2 * style::kPadding, style::kReplicaHeight);
    return replica->mapToScene(rightSide ? QPointF(r.right(), r.center().y()) : QPointF(r.left(), r.center().y()));
}

void TopologyScene::updateLinkEnds() {
    std::map<const QGraphicsItem*, int> lanes;
    std::map<const ProducerItem*, int> producerIndex;
    for (const auto& [id, item] : producers_) producerIndex.emplace(item, static_cast<int>(producerIndex.size()));
    for (auto& [key, link] : produceLinks_) {
        const ProducerItem* producer = this->producer(Subject::parse(key.section(u'|', 0, 0)).name);
        const Subject target = link->subject();
        ReplicaItem* leader = target.kind == Subject::Kind::Partition ? leaderReplica(target.name) : nullptr;
        const QGraphicsItem* card = leader ? leader->parentItem() : broker(target.id());
        if (!producer || !card) {
            link->setVisible(false);
            continue;
        }
        link->setVisible(true);
        // Down from the producer to the lane above the brokers, along it to the gap left of the
        // leader's card, down that gap, and right into the leader replica (or the card's header).
        const int lane = lanes[card]++ % 4;
        const QPointF to = leader ? replicaAnchor(leader, false) : card->mapToScene(QPointF(0, style::kBrokerHeader / 2));
        const double cardLeft = card->scenePos().x();
        const double x = cardLeft - 10 - lane * 7;
        const double y = producerLaneY_ + lane * 5;
        // With one producer: straight down from its card. With several (stacked in a column): out of
        // each card's right edge and down a track of its own, so the lines do not cross the other cards.
        QVector<QPointF> points;
        if (producers_.size() == 1) {
            const QPointF from = producer->mapToScene(QPointF(style::kClientWidth / 2, style::kClientHeight));
            points = {from, QPointF(from.x(), y)};
        } else {
            const QPointF from = producer->mapToScene(QPointF(style::kClientWidth, style::kClientHeight / 2));
            const double trackX = from.x() + 8 + producerIndex[producer] * 6;
            points = {from, QPointF(trackX, from.y()), QPointF(trackX, y)};
        }
        points << QPointF(x, y) << QPointF(x, to.y()) << to;
        link->setRoute(points, QPointF(cardLeft - style::kBrokerGap / 2, to.y() - 11));
    }
    updateConsumeLinkEnds();
    std::map<NodeId, QRectF> nodes;
    for (const auto& [id, b] : brokers_) nodes[id] = b->sceneBoundingRect();
    for (const auto& [id, c] : controllers_) nodes[id] = c->sceneBoundingRect();
    for (const auto& [id, p] : producers_)
        if (p->nodeId() >= 0) nodes[p->nodeId()] = p->sceneBoundingRect();
    for (const auto& [id, g] : groups_)
        for (ConsumerItem* c : g->members())
            if (c->nodeId() >= 0) nodes[c->nodeId()] = c->sceneBoundingRect();
    wire_->setNodes(std::move(nodes));
    for (auto& [key, link] : cutLinks_) placeNodeLink(link, key);
    for (auto& [key, link] : slowLinks_) placeNodeLink(link, key);
}

void TopologyScene::placeNodeLink(LinkItem* link, const QString& key) const {
    const QStringList ends = key.split(u'-');
    TopologyItem* a = nodeItem(ends.value(0).toInt());
    TopologyItem* b = nodeItem(ends.value(1).toInt());
    link->setVisible(a && b);
    if (!a || !b) return;
    // Side by side: an arc over the cards between them. One above the other: bottom edge to top edge.
    const QRectF ra = a->sceneBoundingRect().adjusted(6, 6, -6, -6);
    const QRectF rb = b->sceneBoundingRect().adjusted(6, 6, -6, -6);
    if (std::abs(ra.top() - rb.top()) < 1) {
        const QPointF from(ra.center().x(), ra.top());
        const QPointF to(rb.center().x(), rb.top());
        const double rise = 40 + 0.12 * std::abs(to.x() - from.x());
        link->setCurve(from, QPointF((from.x() + to.x()) / 2, ra.top() - 2 * rise), to);
    } else {
        const bool aAbove = ra.top() < rb.top();
        link->setEnds(QPointF(ra.center().x(), aAbove ? ra.bottom() : ra.top()),
                      QPointF(rb.center().x(), aAbove ? rb.top() : rb.bottom()));
    }
}

WireLayerItem::Mode TopologyScene::wireMode(const ClockState& clock, const WireSnapshot& wire) {
    std::int64_t listed = 0;
    for (const WireMessageSnapshot& m : wire.messages) listed += m.lost ? 0 : 1;
    const bool slow = !clock.fastForwarding && clock.speed <= kWireDotSpeed;
    const bool few = wire.messages.size() <= WireLayerItem::kMaxDots && listed == wire.inFlight;
    return slow && few ? WireLayerItem::Mode::Dots : WireLayerItem::Mode::Counters;
}

void TopologyScene::showWire(const ClockState& clock, bool enabled) {
    if (!enabled || !previous_) {
        wire_->setVisible(false);
        return;
    }
    wire_->setVisible(true);
    wire_->show(previous_, wireMode(clock, previous_->wire), &clientNodes_);
}

}  // namespace ks::ui
