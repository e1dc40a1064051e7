#include "subject.h"

namespace ks::ui {
namespace {

struct Prefix {
    Subject::Kind kind;
    const char* text;
};

constexpr Prefix kPrefixes[] = {
    {Subject::Kind::Broker, "broker"},       {Subject::Kind::Controller, "controller"},
    {Subject::Kind::ZooKeeper, "zookeeper"},
    {Subject::Kind::Partition, "partition"}, {Subject::Kind::Client, "client"},
    {Subject::Kind::Consumer, "consumer"},
    {Subject::Kind::Group, "group"},         {Subject::Kind::Link, "link"},
};

}  // namespace

Subject Subject::parse(const QString& key) {
    const qsizetype colon = key.indexOf(u':');
    if (colon <= 0) return {};
    const QString prefix = key.left(colon);
    for (const Prefix& p : kPrefixes)
        if (prefix == QLatin1String(p.text)) return Subject{p.kind, key.mid(colon + 1)};
    return {};
}

Subject Subject::broker(int id) { return Subject{Kind::Broker, QString::number(id)}; }

Subject Subject::controller(int id) { return Subject{Kind::Controller, QString::number(id)}; }

Subject Subject::zookeeper(int id) { return Subject{Kind::ZooKeeper, QString::number(id)}; }

Subject Subject::quorumNode(const std::string& kind, int id) { return kind == "zookeeper" ? zookeeper(id) : controller(id); }

Subject Subject::partition(const QString& tp, int replicaBroker) { return Subject{Kind::Partition, tp, replicaBroker}; }

Subject Subject::client(const QString& clientId) { return Subject{Kind::Client, clientId}; }

Subject Subject::consumer(const QString& clientId) { return Subject{Kind::Consumer, clientId}; }

Subject Subject::group(const QString& groupId) { return Subject{Kind::Group, groupId}; }

QString Subject::key() const {
    for (const Prefix& p : kPrefixes)
        if (p.kind == kind) return QLatin1String(p.text) + u':' + name;
    return {};
}

int Subject::id() const {
    if (kind != Kind::Broker && kind != Kind::Controller && kind != Kind::ZooKeeper) return -1;
    bool ok = false;
    const int value = name.toInt(&ok);
    return ok ? value : -1;
}

}  // namespace ks::ui
