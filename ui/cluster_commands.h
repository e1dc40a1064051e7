#pragma once
// The scenario-format command lines the window sends to the runtime. Every button, menu entry and
// drag in the window ends in one of these, so a session replays from its command log.
#include <QString>
#include <map>

#include "api/snapshot.h"
#include "subject.h"

namespace ks::ui {

enum class NodeAction { Kill, Restart, Pause, Resume };

// "broker kill 2", "controller pause 101", "zookeeper kill 201", "consumer pause reader-1"; empty when
// the kind of node has no such command (a killed consumer is not restarted: add a new one).
QString nodeCommand(const Subject& node, NodeAction action);
// Whether `action` makes sense for the node now (a stopped broker can only be restarted, ...).
bool nodeActionApplies(const ClusterSnapshot& snapshot, const Subject& node, NodeAction action);
// The node's state as the snapshot tells it: running, fenced, registering, paused, stopped; a
// consumer that left its group is closed.
QString nodeState(const ClusterSnapshot& snapshot, const Subject& node);

QString isolateCommand(NodeId node);
QString cutLinkCommand(NodeId from, NodeId to, bool oneWay);
QString healLinkCommand(NodeId a, NodeId b);
// "link slow 1 2 latency=200ms jitter=50ms loss=0 [oneway=true]"
QString slowLinkCommand(NodeId from, NodeId to, SimTime latency, SimTime jitter, int lossPercent, bool oneWay);
// "broker slow 2 delay=40s", or with no delay "broker normal 2".
QString slowFollowerCommand(int broker, SimTime delay);
QString diskFullCommand(int broker);
QString healAllCommand();
QString addBrokerCommand();
QString decommissionCommand(int broker);
QString removeBrokerCommand(int broker);
QString networkCommand(SimTime latency, SimTime jitter, int lossPercent);
QString createTopicCommand(const QString& name, int partitions, int replicationFactor,
                           const std::map<QString, QString>& configs);
QString deleteTopicCommand(const QString& name);
QString electPreferredLeaderCommand(const QString& partition);
// "consumer add NAME topic=T [group=G] [assignor=A] [auto.offset.reset=R]"; empty group: no group.
QString addConsumerCommand(const QString& name, const QString& topic, const QString& group, const QString& assignor,
                           const QString& offsetReset);
QString removeConsumerCommand(const QString& name);
// "producer add NAME acks=A linger.ms=N partitioner=P"
QString addProducerCommand(const QString& name, const QString& acks, int lingerMs, const QString& partitioner);
QString removeProducerCommand(const QString& name);

}  // namespace ks::ui
