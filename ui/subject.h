#pragma once
// What a view element, an event or the inspector is about, in the engine's own spelling of event
// subjects: "broker:2", "controller:101", "zookeeper:201", "partition:orders-1", "client:producer-1",
// "consumer:reader-1", "group:g1", "link:1-3".
#include <QString>
#include <QStringList>
#include <string>

namespace ks::ui {

struct Subject {
    enum class Kind { None, Broker, Controller, ZooKeeper, Partition, Client, Consumer, Group, Link };

    Kind kind = Kind::None;
    QString name;            // "2", "101", "201", "orders-1", "producer-1", "reader-1", "g1", "1-3"
    int replicaBroker = -1;  // for a partition: the broker whose replica was picked, if any

    static Subject parse(const QString& key);
    static Subject broker(int id);
    static Subject controller(int id);
    static Subject zookeeper(int id);
    // A quorum node: a KRaft controller, or a ZooKeeper node (kind "zookeeper").
    static Subject quorumNode(const std::string& kind, int id);
    static Subject partition(const QString& tp, int replicaBroker = -1);
    static Subject client(const QString& clientId);
    static Subject consumer(const QString& clientId);
    static Subject group(const QString& groupId);

    QString key() const;     // parse(key()) gives the subject back, without replicaBroker
    bool isNone() const { return kind == Kind::None; }
    int id() const;          // broker, controller or ZooKeeper node id; -1 for anything else
    bool operator==(const Subject&) const = default;
};

}  // namespace ks::ui
