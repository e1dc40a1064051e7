#include "zookeeper/znode_json.h"

#include <cctype>
#include <cstdlib>

namespace ks::zk {
namespace {

std::string idList(const std::vector<BrokerId>& ids) {
    std::string out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? "," : "") + std::to_string(ids[i]);
    return out + "]";
}

// A reader for the flat shapes above: it finds a key and reads the value that follows.
class Reader {
public:
    explicit Reader(const std::string& text) : text_(text) {}

    std::optional<std::size_t> valueOf(const std::string& key, std::size_t from = 0) const {
        const std::string quoted = "\"" + key + "\"";
        const auto at = text_.find(quoted, from);
        if (at == std::string::npos) return std::nullopt;
        auto colon = text_.find(':', at + quoted.size());
        if (colon == std::string::npos) return std::nullopt;
        ++colon;
        while (colon < text_.size() && std::isspace(static_cast<unsigned char>(text_[colon]))) ++colon;
        return colon;
    }
    std::optional<std::int64_t> integer(std::size_t at) const {
        char* end = nullptr;
        const long long v = std::strtoll(text_.c_str() + at, &end, 10);
        if (end == text_.c_str() + at) return std::nullopt;
        return v;
    }
    std::optional<std::vector<BrokerId>> ids(std::size_t at, std::size_t* after = nullptr) const {
        if (at >= text_.size() || text_[at] != '[') return std::nullopt;
        std::vector<BrokerId> out;
        std::size_t i = at + 1;
        while (i < text_.size() && text_[i] != ']') {
            if (std::isdigit(static_cast<unsigned char>(text_[i])) || text_[i] == '-') {
                char* end = nullptr;
                out.push_back(static_cast<BrokerId>(std::strtol(text_.c_str() + i, &end, 10)));
                i = static_cast<std::size_t>(end - text_.c_str());
            } else {
                ++i;
            }
        }
        if (i >= text_.size()) return std::nullopt;
        if (after) *after = i + 1;
        return out;
    }
    std::optional<std::string> string(std::size_t at, std::size_t* after) const {
        if (at >= text_.size() || text_[at] != '"') return std::nullopt;
        std::string out;
        std::size_t i = at + 1;
        for (; i < text_.size() && text_[i] != '"'; ++i) {
            if (text_[i] == '\\' && i + 1 < text_.size()) ++i;
            out += text_[i];
        }
        if (i >= text_.size()) return std::nullopt;
        *after = i + 1;
        return out;
    }

    // Calls visit(key, valueStart) for each member of the object at `at`; `visit` returns where the
    // value ends, or nothing when it cannot read it.
    template <class Visit>
    bool members(std::size_t at, Visit visit) const {
        if (at >= text_.size() || text_[at] != '{') return false;
        std::size_t i = at + 1;
        while (i < text_.size() && text_[i] != '}') {
            if (text_[i] != '"') {
                ++i;
                continue;
            }
            std::size_t after = 0;
            const auto key = string(i, &after);
            if (!key) return false;
            const auto colon = text_.find(':', after);
            if (colon == std::string::npos) return false;
            const std::optional<std::size_t> end = visit(*key, colon + 1);
            if (!end) return false;
            i = *end;
        }
        return true;
    }

private:
    const std::string& text_;
};

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string brokerJson(BrokerId id) {
    return "{\"version\":5,\"host\":\"broker-" + std::to_string(id) + "\",\"port\":9092}";
}

std::string controllerJson(BrokerId id) { return "{\"version\":1,\"brokerid\":" + std::to_string(id) + "}"; }

std::optional<BrokerId> parseControllerJson(const std::string& json) {
    Reader r(json);
    const auto at = r.valueOf("brokerid");
    if (!at) return std::nullopt;
    const auto v = r.integer(*at);
    if (!v) return std::nullopt;
    return static_cast<BrokerId>(*v);
}

std::string topicJson(const TopicJson& topic) {
    auto object = [](const std::map<std::int32_t, std::vector<BrokerId>>& lists) {
        std::string out = "{";
        bool first = true;
        for (const auto& [p, ids] : lists) {
            out += (first ? "\"" : ",\"") + std::to_string(p) + "\":" + idList(ids);
            first = false;
        }
        return out + "}";
    };
    std::string out = "{\"version\":3,\"partitions\":" + object(topic.partitions);
    if (!topic.addingReplicas.empty()) out += ",\"adding_replicas\":" + object(topic.addingReplicas);
    if (!topic.removingReplicas.empty()) out += ",\"removing_replicas\":" + object(topic.removingReplicas);
    return out + "}";
}

std::optional<TopicJson> parseTopicJson(const std::string& json) {
    Reader r(json);
    auto lists = [&](std::size_t at, std::map<std::int32_t, std::vector<BrokerId>>& out) {
        return r.members(at, [&](const std::string& key, std::size_t value) -> std::optional<std::size_t> {
            std::size_t end = 0;
            const auto ids = r.ids(value, &end);
            if (!ids) return std::nullopt;
            out[static_cast<std::int32_t>(std::atoi(key.c_str()))] = *ids;
            return end;
        });
    };
    TopicJson topic;
    const auto partitions = r.valueOf("partitions");
    if (!partitions || !lists(*partitions, topic.partitions)) return std::nullopt;
    if (const auto adding = r.valueOf("adding_replicas"); adding && !lists(*adding, topic.addingReplicas)) return std::nullopt;
    if (const auto removing = r.valueOf("removing_replicas"); removing && !lists(*removing, topic.removingReplicas))
        return std::nullopt;
    return topic;
}

std::string partitionStateJson(const PartitionStateJson& s) {
    return "{\"controller_epoch\":" + std::to_string(s.controllerEpoch) + ",\"leader\":" + std::to_string(s.leader) +
           ",\"version\":1,\"leader_epoch\":" + std::to_string(s.leaderEpoch) + ",\"isr\":" + idList(s.isr) +
           (s.unclean ? ",\"unclean\":true" : "") + "}";
}

std::optional<PartitionStateJson> parsePartitionStateJson(const std::string& json) {
    Reader r(json);
    PartitionStateJson s;
    const auto epoch = r.valueOf("controller_epoch");
    const auto leader = r.valueOf("leader");
    const auto leaderEpoch = r.valueOf("leader_epoch");
    const auto isr = r.valueOf("isr");
    if (!epoch || !leader || !leaderEpoch || !isr) return std::nullopt;
    const auto e = r.integer(*epoch);
    const auto l = r.integer(*leader);
    const auto le = r.integer(*leaderEpoch);
    const auto ids = r.ids(*isr);
    if (!e || !l || !le || !ids) return std::nullopt;
    s.controllerEpoch = static_cast<std::int32_t>(*e);
    s.leader = static_cast<BrokerId>(*l);
    s.leaderEpoch = static_cast<LeaderEpoch>(*le);
    s.isr = *ids;
    s.unclean = json.find("\"unclean\":true") != std::string::npos;
    return s;
}

std::string configJson(const std::map<std::string, std::string>& configs) {
    std::string out = "{\"version\":1,\"config\":{";
    bool first = true;
    for (const auto& [k, v] : configs) {
        out += (first ? "" : ",") + quote(k) + ":" + quote(v);
        first = false;
    }
    return out + "}}";
}

std::optional<std::map<std::string, std::string>> parseConfigJson(const std::string& json) {
    Reader r(json);
    const auto at = r.valueOf("config");
    std::map<std::string, std::string> out;
    const bool ok = at && r.members(*at, [&](const std::string& key, std::size_t value) -> std::optional<std::size_t> {
        std::size_t end = 0;
        const auto text = r.string(value, &end);
        if (!text) return std::nullopt;
        out[key] = *text;
        return end;
    });
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace ks::zk
