#pragma once
// The cluster as a picture: builds and updates the items from each snapshot, lays them out for the
// viewport, draws the messages on the wire, and marks the selected and highlighted subjects.
#include <QGraphicsScene>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "api/frame.h"
#include "subject.h"
#include "traffic_model.h"
#include "wire_layer_item.h"

namespace ks::ui {

class BrokerItem;
class ConsumerItem;
class ControllerItem;
class GroupItem;
class GroupsPanelItem;
class LinkItem;
class ProducerItem;
class QuorumFrameItem;
class ReplicaItem;
class TopologyItem;

struct SceneInput {
    std::shared_ptr<const ClusterSnapshot> snapshot;
    const std::map<std::string, NodeId>* clientNodes = nullptr;
    BackgroundProducerState producer;
    const TrafficModel* traffic = nullptr;
};

class TopologyScene : public QGraphicsScene {
    Q_OBJECT

public:
    // Up to this speed (and WireLayerItem::kMaxDots messages) each message on the wire is a moving
    // dot; faster, the links show rates.
    static constexpr double kWireDotSpeed = 2.0;
    // Up to this many written (or read) partitions get a line each; beyond, one line per broker.
    static constexpr std::size_t kMaxPartitionLines = 24;
    // More consumer lines than this, even one per broker, are not drawn: the group cards keep the numbers.
    static constexpr std::size_t kMaxConsumerLines = 48;

    explicit TopologyScene(QObject* parent = nullptr);
    ~TopologyScene() override;

    void setInput(const SceneInput& input);
    // Draws the newest snapshot's messages on the wire (or nothing when `enabled` is false), as dots
    // or as counters depending on the clock and how many there are.
    void showWire(const ClockState& clock, bool enabled);
    static WireLayerItem::Mode wireMode(const ClockState& clock, const WireSnapshot& wire);
    void setViewportSize(const QSizeF& size);
    // The view's zoom: far out, broker cards draw their replicas in compact form.
    void setZoom(double scale);
    void clearAll();

    // Marks the subject's items as selected (a partition with a broker: that one replica).
    void setChosen(const Subject& subject);
    // Marks the items these subjects ("broker:2", ...) are about; returns them.
    QList<TopologyItem*> setHighlighted(const QStringList& subjects);

    BrokerItem* broker(int id) const;
    ControllerItem* controller(int id) const;
    ProducerItem* producer(const QString& clientId) const;
    // The replica drawn as leader of `partition`, or nothing (no leader, or unknown partition).
    ReplicaItem* leaderReplica(const QString& partition) const;
    std::vector<ReplicaItem*> replicasOf(const QString& partition) const;
    // Producer lines, by produceLinkKey(): the producer and the line's end, "partition:orders-1", or
    // "broker:4" when there are too many partitions to draw one line each.
    const std::map<QString, LinkItem*>& produceLinks() const { return produceLinks_; }
    // "client:producer-1|partition:orders-1" or "client:producer-1|broker:4".
    static QString produceLinkKey(const QString& producer, const Subject& end);
    const std::map<QString, LinkItem*>& cutLinks() const { return cutLinks_; }
    // Links with conditions of their own (link slow), by "A-B".
    const std::map<QString, LinkItem*>& slowLinks() const { return slowLinks_; }
    // Consumer lines, by consumeLinkKey().
    const std::map<QString, LinkItem*>& consumeLinks() const { return consumeLinks_; }
    static QString consumeLinkKey(const QString& consumer, const Subject& end);
    GroupItem* group(const QString& groupId) const;
    ConsumerItem* consumer(const QString& clientId) const;
    GroupsPanelItem* groupsPanel() const { return groupsPanel_; }
    WireLayerItem* wireLayer() const { return wire_; }
    TopologyItem* nodeItem(int nodeId) const;

Q_SIGNALS:
    // The layout changed; the view fits it again.
    void layoutChanged();

private:
    bool updateBrokers(const ClusterSnapshot& snapshot);
    bool sameReplicaLayout(const ClusterSnapshot& snapshot, const std::set<TopicPartition>& offsets) const;
    void indexReplicas(const ClusterSnapshot& snapshot, const std::set<TopicPartition>& offsets);
    bool updateControllers(const ClusterSnapshot& snapshot);
    bool updateProducers(const SceneInput& input);
    bool updateGroups(const ClusterSnapshot& snapshot);
    void updateConsumeLinks(const SceneInput& input);
    void updateConsumeLinkEnds();
    void updateCutLinks(const ClusterSnapshot& snapshot);
    void updateSlowLinks(const ClusterSnapshot& snapshot);
    // Places a line between two nodes' cards (cut and slow links).
    void placeNodeLink(LinkItem* link, const QString& key) const;
    void updateProduceLinks(const SceneInput& input);
    void updateLinkEnds();
    void relayout();
    QPointF replicaAnchor(const ReplicaItem* replica, bool rightSide) const;
    QList<TopologyItem*> itemsFor(const Subject& subject) const;

    std::map<int, BrokerItem*> brokers_;
    std::map<int, ControllerItem*> controllers_;
    std::map<QString, ProducerItem*> producers_;
    std::map<QString, LinkItem*> produceLinks_;
    std::map<QString, LinkItem*> cutLinks_;
    std::map<QString, LinkItem*> slowLinks_;
    std::map<QString, LinkItem*> consumeLinks_;
    std::map<QString, GroupItem*> groups_;
    QuorumFrameItem* quorum_ = nullptr;
    GroupsPanelItem* groupsPanel_ = nullptr;
    WireLayerItem* wire_ = nullptr;
    std::map<std::string, NodeId> clientNodes_;
    QSizeF viewport_{1024, 600};
    double producerLaneY_ = 0;
    double consumerLaneY_ = 0;
    bool compact_ = false;
    QList<TopologyItem*> chosen_;
    QList<TopologyItem*> highlighted_;
    QStringList highlightedKeys_;
    Subject chosenSubject_;
    std::shared_ptr<const ClusterSnapshot> previous_;
    std::vector<std::vector<ReplicaItem*>> replicaIndex_;
    std::set<TopicPartition> shownOffsets_;
};

}  // namespace ks::ui
