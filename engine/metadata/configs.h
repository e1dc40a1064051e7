#pragma once
// The Kafka configuration keys the simulation understands, with Kafka 4.x defaults.
#include <optional>
#include <string>
#include <vector>

#include "core/text.h"

namespace ks {

enum class ConfigScope { Broker, Topic };
enum class ConfigType { Int, Long, Bool, Double, Enum };

struct ConfigDef {
    std::string name;
    ConfigScope scope;
    ConfigType type;
    std::string defaultValue;
    // For a topic config: the broker config that sets its cluster-wide default (retention.ms ←
    // log.retention.ms). Empty when the broker config has the same name.
    std::string brokerSynonym;
    std::vector<std::string> allowed;   // for Enum
    std::string doc;
};

const std::vector<ConfigDef>& configDefs();
const ConfigDef* findConfig(const std::string& name, ConfigScope scope);
// Checks a key and value; returns an error message naming the problem, or nothing when valid.
std::optional<Text> validateConfig(const std::string& name, const std::string& value, ConfigScope scope);

}  // namespace ks
