#include "topology_scene.h"

#include <algorithm>
#include <set>

#include "broker_item.h"
#include "controller_item.h"
#include "flow_layer_item.h"
#include "groups_panel_item.h"
#include "link_item.h"
#include "producer_item.h"
#include "quorum_frame_item.h"
#include "topology_layout.h"
#include "topology_style.h"

namespace ks::ui {
namespace {

constexpr double kSceneMargin = 24;
constexpr int kAnimationMilliseconds = 16;

template <class Map>
void removeMissing(Map& items, const std::set<typename Map::key_type>& present) {
    for (auto it = items.begin(); it != items.end();) {
        if (present.count(it->first)) {
            ++it;
            continue;
        }
        delete it->second;
        it = items.erase(it);
    }
}

QString nodeName(const ClusterSnapshot& s, NodeId id, const std::map<std::string, NodeId>* clients) {
    for (const BrokerSnapshot& b : s.brokers)
        if (b.id == id) return QStringLiteral("broker %1").arg(id);
    for (const ControllerSnapshot& c : s.controllers)
        if (c.id == id) return (c.kind == "zookeeper" ? QStringLiteral("ZooKeeper %1") : QStringLiteral("controller %1")).arg(id);
    if (clients)
        for (const auto& [client, node] : *clients)
            if (node == id) return QString::fromStdString(client);
    return QStringLiteral("node %1").arg(id);
}

bool isolated(const ClusterSnapshot& s, NodeId id) {
    return std::find(s.isolated.begin(), s.isolated.end(), id) != s.isolated.end();
}

QString backgroundText(const BackgroundProducerState& p, const ClusterSnapshot& s) {
    if (!p.enabled) return QStringLiteral("background producer off");
    const bool exists = std::any_of(s.topics.begin(), s.topics.end(), [&](const TopicSnapshot& t) { return t.name == p.topic; });
    const QString topic = QString::fromStdString(p.topic);
    if (!exists) return QStringLiteral("waiting for topic %1").arg(topic);
    const double perSecond = p.interval > 0 ? static_cast<double>(p.recordsPerTick) * kMicrosPerSecond / p.interval : 0;
    return QStringLiteral("auto: %1 rec/s → %2").arg(perSecond, 0, 'g', 4).arg(topic);
}

}  // namespace

TopologyScene::TopologyScene(QObject* parent) : QGraphicsScene(parent) {
    setBackgroundBrush(style::kBackground);
    setItemIndexMethod(QGraphicsScene::NoIndex);
    quorum_ = new QuorumFrameItem;
    quorum_->setZValue(-10);
    addItem(quorum_);
    groups_ = new GroupsPanelItem;
    addItem(groups_);
    flows_ = new FlowLayerItem;
    addItem(flows_);
    clock_.start();
    animation_.setInterval(kAnimationMilliseconds);
    connect(&animation_, &QTimer::timeout, this, &TopologyScene::animate);
}

TopologyScene::~TopologyScene() = default;

void TopologyScene::clearAll() {
    chosen_.clear();
    highlighted_.clear();
    for (auto* map : {&produceLinks_, &cutLinks_}) {
        for (auto& [key, item] : *map) delete item;
        map->clear();
    }
    for (auto& [id, item] : brokers_) delete item;
    brokers_.clear();
    for (auto& [id, item] : controllers_) delete item;
    controllers_.clear();
    for (auto& [id, item] : producers_) delete item;
    producers_.clear();
    flows_->clear();
}

void TopologyScene::setInput(const SceneInput& input) {
    if (!input.snapshot) return;
    const ClusterSnapshot& s = *input.snapshot;
    bool structure = updateBrokers(s);
    structure |= updateControllers(s);
    structure |= updateProducers(input);
    quorum_->setTitle(s.mode == "zookeeper"
                          ? QStringLiteral("ZooKeeper ensemble · the controller is broker %1").arg(s.activeController < 0 ? QStringLiteral("(none)") : QString::number(s.activeController))
                          : QStringLiteral("KRaft controller quorum · metadata committed up to offset %1").arg(s.metadataOffset));
    updateCutLinks(s);
    updateProduceLinks(input);
    if (structure) relayout();
    updateLinkEnds();
    if (!chosenSubject_.isNone()) setChosen(chosenSubject_);
    if (!highlightedKeys_.isEmpty()) setHighlighted(highlightedKeys_);
}

bool TopologyScene::updateBrokers(const ClusterSnapshot& s) {
    std::map<int, std::vector<ReplicaView>> replicas;
    for (const PartitionSnapshot& p : s.partitions)
        for (const ReplicaSnapshot& r : p.replicaStates) replicas[r.broker].push_back(ReplicaView::from(p, r));
    bool changed = false;
    std::set<int> present;
    for (const BrokerSnapshot& b : s.brokers) {
        present.insert(b.id);
        const BrokerView view{b.id,          QString::fromStdString(b.state), b.leaderCount,
                              b.replicaCount, b.sizeBytes,                     isolated(s, b.id),
                              s.mode == "zookeeper" && s.activeController == b.id};
        auto it = brokers_.find(b.id);
        if (it == brokers_.end()) {
            it = brokers_.emplace(b.id, new BrokerItem(view)).first;
            it->second->setCompact(compact_);
            addItem(it->second);
            changed = true;
        }
        it->second->setView(view);
        changed |= it->second->setReplicas(replicas[b.id]);
    }
    changed |= present.size() != brokers_.size();
    removeMissing(brokers_, present);
    return changed;
}

bool TopologyScene::updateControllers(const ClusterSnapshot& s) {
    bool changed = false;
    std::set<int> present;
    for (const ControllerSnapshot& c : s.controllers) {
        present.insert(c.id);
        const ControllerView view{c.id,          QString::fromStdString(c.kind),  QString::fromStdString(c.role),
                                  c.active,      QString::fromStdString(c.state), c.epoch,
                                  c.highWatermark, static_cast<qint64>(c.logLength), isolated(s, c.id)};
        auto it = controllers_.find(c.id);
        if (it == controllers_.end()) {
            it = controllers_.emplace(c.id, new ControllerItem(view)).first;
            addItem(it->second);
            changed = true;
        }
        it->second->setView(view);
    }
    changed |= present.size() != controllers_.size();
    removeMissing(controllers_, present);
    return changed;
}

bool TopologyScene::updateProducers(const SceneInput& input) {
    const ClusterSnapshot& s = *input.snapshot;
    bool changed = false;
    std::set<QString> present;
    for (const ProducerSnapshot& p : s.producers) {
        const QString id = QString::fromStdString(p.clientId);
        present.insert(id);
        NodeId node = kNoNode;
        if (input.clientNodes) {
            auto found = input.clientNodes->find(p.clientId);
            if (found != input.clientNodes->end()) node = found->second;
        }
        const ProducerView view{id, node, p.sent, p.acked, p.failed, p.retries, backgroundText(input.producer, s), isolated(s, node)};
        auto it = producers_.find(id);
        if (it == producers_.end()) {
            it = producers_.emplace(id, new ProducerItem(view)).first;
            addItem(it->second);
            changed = true;
        }
        it->second->setView(view);
    }
    changed |= present.size() != producers_.size();
    removeMissing(producers_, present);
    return changed;
}

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
        const QString a = nodeName(s, from, nullptr);
        const QString b = nodeName(s, to, nullptr);
        it->second->setOneWay(!both);
        it->second->setDescription(both ? QStringLiteral("<b>Link cut</b>: %1 and %2 cannot reach each other").arg(a, b)
                                        : QStringLiteral("<b>Link cut one way</b>: %1 cannot reach %2 (%2 can still reach %1)").arg(a, b));
    }
    removeMissing(cutLinks_, present);
}

// One line per partition the producer writes to; with more partitions than can be told apart, one
// line per broker that leads some of them.
void TopologyScene::updateProduceLinks(const SceneInput& input) {
    const ClusterSnapshot& s = *input.snapshot;
    const QString client = s.producers.empty() ? QString() : QString::fromStdString(s.producers.front().clientId);
    std::vector<const PartitionSnapshot*> written;
    if (input.traffic && !producers_.empty())
        for (const PartitionSnapshot& p : s.partitions)
            if (p.leader != kNoNode && input.traffic->isWritten(p.tp.topic, s.time)) written.push_back(&p);
    const bool perPartition = written.size() <= kMaxPartitionLines;
    struct Line {
        Subject subject;
        double rate = 0;
        int partitions = 0;
    };
    std::map<QString, Line> lines;
    for (const PartitionSnapshot* p : written) {
        const QString name = QString::fromStdString(p->tp.str());
        const Subject subject = perPartition ? Subject::partition(name) : Subject::broker(p->leader);
        Line& line = lines[subject.key()];
        line.subject = subject;
        line.rate += input.traffic->produceRate(name);
        ++line.partitions;
    }
    std::set<QString> present;
    for (const auto& [key, line] : lines) {
        present.insert(key);
        auto it = produceLinks_.find(key);
        if (it == produceLinks_.end()) {
            it = produceLinks_.emplace(key, new LinkItem(LinkItem::Kind::Produce, line.subject)).first;
            addItem(it->second);
        }
        it->second->setRate(line.rate, line.rate >= 0.05);
        it->second->setDescription(
            perPartition ? QStringLiteral("<b>%1</b> writes to <b>%2</b> through its leader").arg(client, line.subject.name)
                         : QStringLiteral("<b>%1</b> writes to the %2 partition(s) that <b>broker %3</b> leads").arg(client).arg(line.partitions).arg(line.subject.name));
    }
    removeMissing(produceLinks_, present);
}

QPointF TopologyScene::replicaAnchor(const ReplicaItem* replica, bool rightSide) const {
    const QRectF r(0, 0, style::kBrokerWidth - 2 * style::kPadding, style::kReplicaHeight);
    return replica->mapToScene(rightSide ? QPointF(r.right(), r.center().y()) : QPointF(r.left(), r.center().y()));
}

void TopologyScene::updateLinkEnds() {
    ProducerItem* producer = producers_.empty() ? nullptr : producers_.begin()->second;
    std::map<const QGraphicsItem*, int> lanes;
    for (auto& [key, link] : produceLinks_) {
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
        const QPointF from = producer->mapToScene(QPointF(style::kClientWidth / 2, style::kClientHeight));
        const QPointF to = leader ? replicaAnchor(leader, false) : card->mapToScene(QPointF(0, style::kBrokerHeader / 2));
        const double cardLeft = card->scenePos().x();
        const double x = cardLeft - 10 - lane * 7;
        const double y = corridorY_ + lane * 5;
        link->setRoute({from, QPointF(from.x(), y), QPointF(x, y), QPointF(x, to.y()), to},
                       QPointF(cardLeft - style::kBrokerGap / 2, to.y() - 11));
    }
    for (auto& [key, link] : cutLinks_) {
        const QStringList ends = key.split(u'-');
        TopologyItem* a = nodeItem(ends.value(0).toInt());
        TopologyItem* b = nodeItem(ends.value(1).toInt());
        link->setVisible(a && b);
        if (!a || !b) continue;
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
}

void TopologyScene::setZoom(double scale) {
    compact_ = scale < style::kTextDetail;
    for (const auto& [id, b] : brokers_) b->setCompact(compact_);
}

void TopologyScene::setViewportSize(const QSizeF& size) {
    if (size == viewport_ || size.isEmpty()) return;
    viewport_ = size;
    relayout();
    updateLinkEnds();
}

void TopologyScene::relayout() {
    LayoutInput in;
    for (const auto& [id, broker] : brokers_) in.brokerHeights.push_back(broker->height());
    in.controllers = static_cast<int>(controllers_.size());
    in.producers = static_cast<int>(producers_.size());
    in.viewport = viewport_;
    const Layout layout = computeLayout(in);
    std::size_t i = 0;
    for (auto& [id, broker] : brokers_) broker->setPos(layout.brokers[i++]);
    i = 0;
    for (auto& [id, controller] : controllers_) controller->setPos(layout.controllers[i++]);
    i = 0;
    for (auto& [id, producer] : producers_) producer->setPos(layout.producers[i++]);
    quorum_->setPos(layout.quorum.topLeft());
    quorum_->setSize(layout.quorum.size());
    groups_->setPos(layout.groups);
    corridorY_ = layout.corridorY;
    const QRectF area = layout.bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    flows_->setArea(area);
    setSceneRect(area);
    Q_EMIT layoutChanged();
}

void TopologyScene::addFlows(const std::vector<Flow>& flows, bool animate) {
    if (!animate) {
        flows_->clear();
        return;
    }
    const double now = static_cast<double>(clock_.nsecsElapsed()) / 1e9;
    ProducerItem* producer = producers_.empty() ? nullptr : producers_.begin()->second;
    for (const Flow& flow : flows) {
        const BrokerItem* target = broker(flow.toBroker);
        ReplicaItem* to = target ? target->replica(flow.partition) : nullptr;
        if (!to) continue;
        QPolygonF route;
        QColor color;
        if (flow.kind == Flow::Kind::Produce) {
            auto link = produceLinks_.find(Subject::partition(flow.partition).key());
            if (link == produceLinks_.end()) link = produceLinks_.find(Subject::broker(flow.toBroker).key());
            if (link == produceLinks_.end() || !producer || !link->second->isVisible()) continue;
            route = link->second->route();
            color = style::kProducer;
        } else {
            const BrokerItem* source = broker(flow.fromBroker);
            ReplicaItem* from = source ? source->replica(flow.partition) : nullptr;
            if (!from) continue;
            const bool rightward = to->scenePos().x() > from->scenePos().x();
            route = QPolygonF{replicaAnchor(from, rightward), replicaAnchor(to, !rightward)};
            color = style::kReplication;
        }
        flows_->addDot(route, color, flow.records, now);
    }
    if (flows_->dotCount() > 0 && !animation_.isActive()) animation_.start();
}

void TopologyScene::animate() {
    flows_->advance(static_cast<double>(clock_.nsecsElapsed()) / 1e9);
    if (flows_->dotCount() == 0) animation_.stop();
}

QList<TopologyItem*> TopologyScene::itemsFor(const Subject& subject) const {
    QList<TopologyItem*> items;
    switch (subject.kind) {
    case Subject::Kind::Broker:
        if (auto* b = broker(subject.id())) items << b;
        break;
    case Subject::Kind::Controller:
    case Subject::Kind::ZooKeeper:
        if (auto* c = controller(subject.id())) items << c;
        break;
    case Subject::Kind::Partition:
        for (ReplicaItem* r : replicasOf(subject.name))
            if (subject.replicaBroker < 0 || r->view().broker == subject.replicaBroker) items << r;
        break;
    case Subject::Kind::Client:
        if (auto* p = producer(subject.name)) items << p;
        break;
    case Subject::Kind::Link: {
        auto it = cutLinks_.find(subject.name);
        if (it != cutLinks_.end()) {
            items << it->second;
            break;
        }
        const QStringList ends = subject.name.split(u'-');
        for (const QString& end : ends)
            if (TopologyItem* node = nodeItem(end.toInt())) items << node;
        break;
    }
    case Subject::Kind::Group:
    case Subject::Kind::None: break;
    }
    return items;
}

void TopologyScene::setChosen(const Subject& subject) {
    chosenSubject_ = subject;
    const QList<TopologyItem*> items = itemsFor(subject);
    for (TopologyItem* item : chosen_)
        if (!items.contains(item)) item->setChosen(false);
    for (TopologyItem* item : items) item->setChosen(true);
    chosen_ = items;
}

QList<TopologyItem*> TopologyScene::setHighlighted(const QStringList& subjects) {
    highlightedKeys_ = subjects;
    QList<TopologyItem*> items;
    for (const QString& key : subjects) items << itemsFor(Subject::parse(key));
    for (TopologyItem* item : highlighted_)
        if (!items.contains(item)) item->setHighlighted(false);
    for (TopologyItem* item : items) item->setHighlighted(true);
    highlighted_ = items;
    return items;
}

BrokerItem* TopologyScene::broker(int id) const {
    auto it = brokers_.find(id);
    return it == brokers_.end() ? nullptr : it->second;
}

ControllerItem* TopologyScene::controller(int id) const {
    auto it = controllers_.find(id);
    return it == controllers_.end() ? nullptr : it->second;
}

ProducerItem* TopologyScene::producer(const QString& clientId) const {
    auto it = producers_.find(clientId);
    return it == producers_.end() ? nullptr : it->second;
}

TopologyItem* TopologyScene::nodeItem(int nodeId) const {
    if (auto* b = broker(nodeId)) return b;
    if (auto* c = controller(nodeId)) return c;
    for (const auto& [id, p] : producers_)
        if (p->nodeId() == nodeId) return p;
    return nullptr;
}

std::vector<ReplicaItem*> TopologyScene::replicasOf(const QString& partition) const {
    std::vector<ReplicaItem*> out;
    for (const auto& [id, b] : brokers_)
        if (ReplicaItem* r = b->replica(partition)) out.push_back(r);
    return out;
}

ReplicaItem* TopologyScene::leaderReplica(const QString& partition) const {
    for (ReplicaItem* r : replicasOf(partition))
        if (r->view().isLeader && !r->view().partitionOffline) return r;
    return nullptr;
}

}  // namespace ks::ui
