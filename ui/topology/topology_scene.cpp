#include "topology_scene.h"

#include <QSet>
#include <algorithm>
#include <set>

#include "broker_item.h"
#include "consumer_item.h"
#include "controller_item.h"
#include "group_item.h"
#include "groups_panel_item.h"
#include "link_item.h"
#include "producer_item.h"
#include "quorum_frame_item.h"
#include "topology_layout.h"
#include "scene_helpers.h"
#include "topology_style.h"
#include "topology_text.h"

namespace ks::ui {
namespace {

using scene::isolated;
using scene::removeMissing;

constexpr double kSceneMargin = 24;

// The producer the background producer sends through (the cluster's default producer).
constexpr const char* kDefaultProducerName = "producer-1";

QString backgroundText(const BackgroundProducerState& p, const ClusterSnapshot& s) {
    if (!p.enabled) return TopologyText::tr("background producer off");
    const bool exists = std::any_of(s.topics.begin(), s.topics.end(), [&](const TopicSnapshot& t) { return t.name == p.topic; });
    const QString topic = QString::fromStdString(p.topic);
    if (!exists) return TopologyText::tr("waiting for topic %1").arg(topic);
    const double perSecond = p.interval > 0 ? static_cast<double>(p.recordsPerTick) * kMicrosPerSecond / p.interval : 0;
    return TopologyText::tr("auto: %1 rec/s → %2").arg(perSecond, 0, 'g', 4).arg(topic);
}

}  // namespace

TopologyScene::TopologyScene(QObject* parent) : QGraphicsScene(parent) {
    setBackgroundBrush(style::kBackground);
    setItemIndexMethod(QGraphicsScene::NoIndex);
    quorum_ = new QuorumFrameItem;
    quorum_->setZValue(-10);
    addItem(quorum_);
    groupsPanel_ = new GroupsPanelItem;
    addItem(groupsPanel_);
    wire_ = new WireLayerItem;
    addItem(wire_);
}

TopologyScene::~TopologyScene() = default;

void TopologyScene::clearAll() {
    chosen_.clear();
    highlighted_.clear();
    for (auto* map : {&produceLinks_, &cutLinks_, &slowLinks_, &consumeLinks_}) {
        for (auto& [key, item] : *map) delete item;
        map->clear();
    }
    for (auto& [id, item] : brokers_) delete item;
    brokers_.clear();
    for (auto& [id, item] : controllers_) delete item;
    controllers_.clear();
    for (auto& [id, item] : producers_) delete item;
    producers_.clear();
    for (auto& [id, item] : groups_) delete item;
    groups_.clear();
    replicaIndex_.clear();
    previous_.reset();
    wire_->clear();
}

void TopologyScene::setInput(const SceneInput& input) {
    if (!input.snapshot) return;
    const ClusterSnapshot& s = *input.snapshot;
    if (input.clientNodes) clientNodes_ = *input.clientNodes;
    bool structure = updateBrokers(s);
    structure |= updateControllers(s);
    structure |= updateProducers(input);
    structure |= updateGroups(s);
    quorum_->setTitle(s.mode == "zookeeper"
                          ? TopologyText::tr("ZooKeeper ensemble · the controller is broker %1").arg(s.activeController < 0 ? TopologyText::tr("(none)") : QString::number(s.activeController))
                          : TopologyText::tr("KRaft controller quorum · metadata committed up to offset %1").arg(s.metadataOffset));
    updateCutLinks(s);
    updateSlowLinks(s);
    updateProduceLinks(input);
    updateConsumeLinks(input);
    if (structure) {
        // Items of removed producers, brokers or replicas are gone: forget them before marking again.
        const QList<QGraphicsItem*> all = items();
        const QSet<QGraphicsItem*> live(all.begin(), all.end());
        auto gone = [&](TopologyItem* item) { return !live.contains(static_cast<QGraphicsItem*>(item)); };
        chosen_.removeIf(gone);
        highlighted_.removeIf(gone);
        relayout();
    }
    updateLinkEnds();
    if (!chosenSubject_.isNone()) setChosen(chosenSubject_);
    if (!highlightedKeys_.isEmpty()) setHighlighted(highlightedKeys_);
    previous_ = input.snapshot;
}

// Whether the cards show the same replicas in the same places: then only changed partitions need
// new views.
bool TopologyScene::sameReplicaLayout(const ClusterSnapshot& s, const std::set<TopicPartition>& offsets) const {
    if (!previous_ || offsets != shownOffsets_) return false;
    const ClusterSnapshot& p = *previous_;
    if (p.partitions.size() != s.partitions.size() || p.brokers.size() != s.brokers.size()) return false;
    for (std::size_t i = 0; i < s.brokers.size(); ++i)
        if (p.brokers[i].id != s.brokers[i].id) return false;
    for (std::size_t i = 0; i < s.partitions.size(); ++i)
        if (p.partitions[i].tp != s.partitions[i].tp || p.partitions[i].replicas != s.partitions[i].replicas) return false;
    return true;
}

bool TopologyScene::updateBrokers(const ClusterSnapshot& s) {
    // Internal topics stay out of the cards, except the __consumer_offsets partitions groups use.
    std::set<TopicPartition> offsets;
    for (const GroupSnapshot& g : s.groups) offsets.insert(g.offsetsPartition);
    const bool sameLayout = sameReplicaLayout(s, offsets);
    std::map<int, std::vector<ReplicaView>> replicas;
    std::map<int, int> hidden;
    std::map<int, int> leaders;
    std::set<int> touched;
    for (std::size_t i = 0; i < s.partitions.size(); ++i) {
        const PartitionSnapshot& p = s.partitions[i];
        const bool shown = !scene::isInternalTopic(p.tp.topic) || offsets.count(p.tp);
        const bool unchanged = sameLayout && scene::samePartition(previous_->partitions[i], p);
        for (std::size_t j = 0; j < p.replicaStates.size(); ++j) {
            const ReplicaSnapshot& r = p.replicaStates[j];
            if (!shown) {
                ++hidden[r.broker];
                continue;
            }
            if (r.isLeader) ++leaders[r.broker];
            if (!sameLayout) replicas[r.broker].push_back(ReplicaView::from(p, r));
            else if (!unchanged && replicaIndex_[i][j]) {
                replicaIndex_[i][j]->setView(ReplicaView::from(p, r));
                touched.insert(r.broker);
            }
        }
    }
    bool changed = false;
    std::set<int> present;
    for (const BrokerSnapshot& b : s.brokers) {
        present.insert(b.id);
        const int shownReplicas = sameLayout ? static_cast<int>(broker(b.id)->replicas().size()) : static_cast<int>(replicas[b.id].size());
        const BrokerView view{b.id,        QString::fromStdString(b.state), leaders[b.id],
                              shownReplicas, hidden[b.id], b.sizeBytes,
                              isolated(s, b.id), s.mode == "zookeeper" && s.activeController == b.id,
                              b.replicaFetchDelay, b.diskFull, b.logDirOffline,
                              QString::fromStdString(b.controllerView), b.sinceHeartbeat};
        auto it = brokers_.find(b.id);
        if (it == brokers_.end()) {
            it = brokers_.emplace(b.id, new BrokerItem(view)).first;
            it->second->setCompact(compact_);
            addItem(it->second);
            changed = true;
        }
        it->second->setView(view);
        if (!sameLayout) changed |= it->second->setReplicas(replicas[b.id]);
        else if (touched.count(b.id)) it->second->replicasChanged();
    }
    changed |= present.size() != brokers_.size();
    removeMissing(brokers_, present);
    if (!sameLayout) indexReplicas(s, offsets);
    return changed;
}

// Where each partition's replicas are drawn: [partition index][replica index], null when not shown.
void TopologyScene::indexReplicas(const ClusterSnapshot& s, const std::set<TopicPartition>& offsets) {
    shownOffsets_ = offsets;
    replicaIndex_.assign(s.partitions.size(), {});
    std::map<int, std::size_t> next;
    for (std::size_t i = 0; i < s.partitions.size(); ++i) {
        const PartitionSnapshot& p = s.partitions[i];
        const bool shown = !scene::isInternalTopic(p.tp.topic) || offsets.count(p.tp);
        for (const ReplicaSnapshot& r : p.replicaStates) {
            BrokerItem* card = broker(r.broker);
            const std::size_t at = next[r.broker];
            const bool drawn = shown && card && at < card->replicas().size();
            replicaIndex_[i].push_back(drawn ? card->replicas()[at] : nullptr);
            if (drawn) ++next[r.broker];
        }
    }
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
        const NodeId node = p.node;
        const QString about = p.clientId == kDefaultProducerName
                                  ? backgroundText(input.producer, s)
                                  : TopologyText::tr("acks=%1 · linger.ms=%2")
                                        .arg(p.acks == -1 ? QStringLiteral("all") : QString::number(p.acks))
                                        .arg(p.linger / kMicrosPerMilli);
        const ProducerView view{id, node, p.sent, p.acked, p.failed, p.retries, about, isolated(s, node), p.state == "closing"};
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
    for (const auto& [id, group] : groups_) in.groupHeights.push_back(group->height());
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
    i = 0;
    for (auto& [id, group] : groups_) group->setPos(layout.groups[i++]);
    groupsPanel_->setPos(layout.groupsPanel);
    groupsPanel_->setVisible(groups_.empty());
    producerLaneY_ = layout.producerLaneY;
    consumerLaneY_ = layout.consumerLaneY;
    const QRectF area = layout.bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    wire_->setArea(area);
    setSceneRect(area);
    Q_EMIT layoutChanged();
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
    case Subject::Kind::Consumer:
        if (auto* c = consumer(subject.name)) items << c;
        break;
    case Subject::Kind::Group:
        if (auto* g = group(subject.name)) items << g;
        break;
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

GroupItem* TopologyScene::group(const QString& groupId) const {
    auto it = groups_.find(groupId);
    return it == groups_.end() ? nullptr : it->second;
}

ConsumerItem* TopologyScene::consumer(const QString& clientId) const {
    for (const auto& [id, g] : groups_)
        if (ConsumerItem* c = g->member(clientId)) return c;
    return nullptr;
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
    for (const auto& [id, g] : groups_)
        for (ConsumerItem* c : g->members())
            if (c->nodeId() == nodeId) return c;
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
