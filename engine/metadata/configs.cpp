#include "metadata/configs.h"

#include <charconv>

namespace ks {

const std::vector<ConfigDef>& configDefs() {
    using S = ConfigScope;
    using T = ConfigType;
    static const std::vector<ConfigDef> defs = {
        {"min.insync.replicas", S::Topic, T::Int, "1", "", {}, "fewest in-sync replicas that must have a record for an acks=all send to succeed"},
        {"unclean.leader.election.enable", S::Topic, T::Bool, "false", "", {}, "let an out-of-sync replica become leader (may lose acknowledged records)"},
        {"retention.ms", S::Topic, T::Long, "604800000", "log.retention.ms", {}, "delete whole segments older than this (-1: forever)"},
        {"retention.bytes", S::Topic, T::Long, "-1", "log.retention.bytes", {}, "delete oldest segments while a partition is larger than this (-1: no limit)"},
        {"segment.bytes", S::Topic, T::Int, "1073741824", "log.segment.bytes", {}, "roll a new segment when the active one reaches this size"},
        {"segment.ms", S::Topic, T::Long, "604800000", "log.roll.ms", {}, "roll a new segment after this long"},
        {"cleanup.policy", S::Topic, T::Enum, "delete", "log.cleanup.policy", {"delete", "compact", "compact,delete"}, "delete old segments, or compact by key"},
        {"max.message.bytes", S::Topic, T::Int, "1048588", "message.max.bytes", {}, "largest record batch a partition accepts"},
        {"replica.lag.time.max.ms", S::Broker, T::Long, "30000", "", {}, "a follower not caught up for this long leaves the ISR"},
        {"replica.fetch.wait.max.ms", S::Broker, T::Int, "500", "", {}, "how long a follower's fetch waits at the leader for new data"},
        {"replica.fetch.max.bytes", S::Broker, T::Int, "1048576", "", {}, "bytes a follower fetches per partition at most"},
        {"broker.heartbeat.interval.ms", S::Broker, T::Int, "2000", "", {}, "how often a broker heartbeats to the controller"},
        {"broker.session.timeout.ms", S::Broker, T::Int, "9000", "", {}, "a broker without heartbeats for this long is fenced"},
        {"log.retention.check.interval.ms", S::Broker, T::Long, "300000", "", {}, "how often brokers apply retention"},
        {"default.replication.factor", S::Broker, T::Int, "1", "", {}, "replication factor of topics created without rf"},
        {"num.partitions", S::Broker, T::Int, "1", "", {}, "partition count of topics created without partitions"},
        {"auto.leader.rebalance.enable", S::Broker, T::Bool, "true", "", {}, "move leadership back to preferred replicas"},
        {"leader.imbalance.check.interval.seconds", S::Broker, T::Long, "300", "", {}, "how often the controller checks for leader imbalance"},
        {"leader.imbalance.per.broker.percentage", S::Broker, T::Int, "10", "", {}, "share of a broker's preferred partitions it may not lead before a rebalance"},
        {"offsets.topic.num.partitions", S::Broker, T::Int, "50", "", {}, "partitions of __consumer_offsets (set before the first consumer group)"},
        {"offsets.topic.replication.factor", S::Broker, T::Int, "3", "", {}, "replication factor of __consumer_offsets (capped to the live brokers)"},
        {"offsets.commit.timeout.ms", S::Broker, T::Int, "5000", "", {}, "how long an offset commit waits for __consumer_offsets replicas"},
        {"group.initial.rebalance.delay.ms", S::Broker, T::Int, "3000", "", {}, "how long an empty group's first rebalance waits for more members"},
        {"group.min.session.timeout.ms", S::Broker, T::Int, "6000", "", {}, "smallest session.timeout.ms a consumer may ask for"},
        {"group.max.session.timeout.ms", S::Broker, T::Int, "1800000", "", {}, "largest session.timeout.ms a consumer may ask for"},
        {"replica.selector.class", S::Broker, T::Enum, "", "", {"", "org.apache.kafka.common.replica.RackAwareReplicaSelector"}, "how a leader picks the replica a consumer reads from (KIP-392); empty: always the leader"},
    };
    return defs;
}

const ConfigDef* findConfig(const std::string& name, ConfigScope scope) {
    for (const auto& def : configDefs()) {
        if (scope == ConfigScope::Topic && def.scope == ConfigScope::Topic && def.name == name) return &def;
        if (scope == ConfigScope::Broker) {
            const std::string& brokerName = def.brokerSynonym.empty() ? def.name : def.brokerSynonym;
            if (brokerName == name) return &def;
        }
    }
    return nullptr;
}

std::optional<Text> validateConfig(const std::string& name, const std::string& value, ConfigScope scope) {
    const ConfigDef* def = findConfig(name, scope);
    if (!def) {
        if (scope == ConfigScope::Broker) {
            if (const ConfigDef* topicDef = findConfig(name, ConfigScope::Topic))
                return EngineText::tr("'%1' is a topic config; its cluster-wide default is '%2'")
                    .args(name, topicDef->brokerSynonym);
            return EngineText::tr("unknown broker config '%1'").args(name);
        }
        return EngineText::tr("unknown topic config '%1'").args(name);
    }
    switch (def->type) {
    case ConfigType::Int:
    case ConfigType::Long: {
        long long v = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
        if (ec != std::errc() || end != value.data() + value.size())
            return EngineText::tr("'%1' needs a whole number, not '%2'").args(name, value);
        if (def->type == ConfigType::Int && (v < INT32_MIN || v > INT32_MAX))
            return EngineText::tr("'%1' is out of range: %2").args(name, value);
        if (v < -1 || (v < 1 && name == "min.insync.replicas"))
            return EngineText::tr("'%1' may not be %2").args(name, value);
        return std::nullopt;
    }
    case ConfigType::Bool:
        if (value != "true" && value != "false") return EngineText::tr("'%1' needs true or false, not '%2'")
            .args(name, value);
        return std::nullopt;
    case ConfigType::Double:
        return std::nullopt;
    case ConfigType::Enum:
        for (const auto& a : def->allowed)
            if (a == value) return std::nullopt;
        return EngineText::tr("'%1' is not a valid value for '%2'").args(value, name);
    }
    return std::nullopt;
}

}  // namespace ks
