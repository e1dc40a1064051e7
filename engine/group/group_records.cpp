#include "group/group_records.h"

#include <charconv>
#include <sstream>

namespace ks {
namespace {

// Words in a group record are separated by spaces, list items by commas: escape those (and '%',
// '=' and line breaks) as %XX so any client.id or group.instance.id survives.
std::string escape(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == ',' || c == '%' || c == '=' || c == '\n' || c == '\r') {
            out += '%';
            out += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            out += hex[static_cast<unsigned char>(c) & 0xF];
        } else {
            out += c;
        }
    }
    return out.empty() ? "-" : out;
}

std::string unescape(std::string_view text) {
    if (text == "-") return {};
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            int v = 0;
            std::from_chars(text.data() + i + 1, text.data() + i + 3, v, 16);
            out += static_cast<char>(v);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::vector<std::string> splitOn(std::string_view text, char sep) {
    std::vector<std::string> out;
    if (text.empty() || text == "-") return out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(sep, start);
        out.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return out;
}

std::optional<TopicPartition> parseTopicPartition(std::string_view text) {
    const std::size_t dash = text.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= text.size()) return std::nullopt;
    std::int32_t partition = 0;
    auto [end, ec] = std::from_chars(text.data() + dash + 1, text.data() + text.size(), partition);
    if (ec != std::errc() || end != text.data() + text.size() || partition < 0) return std::nullopt;
    return TopicPartition{std::string(text.substr(0, dash)), partition};
}

std::optional<std::int32_t> parseInt(std::string_view text) {
    std::int32_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return v;
}

}  // namespace

std::int32_t javaStringHash(std::string_view text) {
    std::uint32_t h = 0;
    auto unit = [&](std::uint32_t u) { h = 31u * h + u; };
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::uint32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xF0 && i + 3 < text.size()) {
            cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 12) |
                 ((static_cast<unsigned char>(text[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(text[i + 3]) & 0x3Fu);
            len = 4;
        } else if (c >= 0xE0 && i + 2 < text.size()) {
            cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                 (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
            len = 3;
        } else if (c >= 0xC0 && i + 1 < text.size()) {
            cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
            len = 2;
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            unit(0xD800u + (cp >> 10));
            unit(0xDC00u + (cp & 0x3FFu));
        } else {
            unit(cp);
        }
        i += len;
    }
    return static_cast<std::int32_t>(h);
}

std::int32_t offsetsPartitionFor(std::string_view groupId, std::int32_t partitions) {
    const std::int32_t hash = javaStringHash(groupId);
    // Kafka's Utils.abs maps Integer.MIN_VALUE to 0.
    const std::int32_t positive = hash == INT32_MIN ? 0 : (hash < 0 ? -hash : hash);
    return partitions > 0 ? positive % partitions : 0;
}

std::string offsetKey(const std::string& group, const TopicPartition& tp) { return "offset:" + group + ":" + tp.str(); }

std::string groupKey(const std::string& group) { return "group:" + group; }

std::optional<GroupRecordKey> parseGroupRecordKey(std::string_view key) {
    GroupRecordKey out;
    if (key.starts_with("group:")) {
        out.kind = GroupRecordKey::Kind::Group;
        out.group = std::string(key.substr(6));
        return out;
    }
    if (!key.starts_with("offset:")) return std::nullopt;
    const std::string_view rest = key.substr(7);
    const std::size_t colon = rest.rfind(':');
    if (colon == std::string_view::npos) return std::nullopt;
    auto tp = parseTopicPartition(rest.substr(colon + 1));
    if (!tp) return std::nullopt;
    out.kind = GroupRecordKey::Kind::Offset;
    out.group = std::string(rest.substr(0, colon));
    out.tp = *tp;
    return out;
}

std::string encodeGroup(const StoredGroup& group) {
    std::ostringstream o;
    o << "generation " << group.generation << "\n";
    o << "protocol " << escape(group.protocol) << "\n";
    o << "leader " << escape(group.leader) << "\n";
    for (const StoredMember& m : group.members) {
        o << "member " << escape(m.memberId) << " instance=" << (m.groupInstanceId ? escape(*m.groupInstanceId) : "-")
          << " client=" << escape(m.clientId) << " session=" << m.sessionTimeoutMs
          << " rebalance=" << m.rebalanceTimeoutMs << " topics=";
        if (m.topics.empty()) o << "-";
        for (std::size_t i = 0; i < m.topics.size(); ++i) o << (i ? "," : "") << escape(m.topics[i]);
        o << " assigned=";
        if (m.assignment.empty()) o << "-";
        for (std::size_t i = 0; i < m.assignment.size(); ++i) o << (i ? "," : "") << m.assignment[i].str();
        o << "\n";
    }
    return o.str();
}

std::optional<StoredGroup> decodeGroup(std::string_view value) {
    StoredGroup group;
    for (const std::string& line : splitOn(value, '\n')) {
        if (line.empty()) continue;
        const std::vector<std::string> words = splitOn(line, ' ');
        if (words.size() < 2) return std::nullopt;
        if (words[0] == "generation") {
            auto g = parseInt(words[1]);
            if (!g) return std::nullopt;
            group.generation = *g;
        } else if (words[0] == "protocol") {
            group.protocol = unescape(words[1]);
        } else if (words[0] == "leader") {
            group.leader = unescape(words[1]);
        } else if (words[0] == "member") {
            StoredMember m;
            m.memberId = unescape(words[1]);
            for (std::size_t i = 2; i < words.size(); ++i) {
                const std::size_t eq = words[i].find('=');
                if (eq == std::string::npos) return std::nullopt;
                const std::string key = words[i].substr(0, eq);
                const std::string v = words[i].substr(eq + 1);
                if (key == "instance") {
                    if (v != "-") m.groupInstanceId = unescape(v);
                } else if (key == "client") {
                    m.clientId = unescape(v);
                } else if (key == "session" || key == "rebalance") {
                    auto n = parseInt(v);
                    if (!n) return std::nullopt;
                    (key == "session" ? m.sessionTimeoutMs : m.rebalanceTimeoutMs) = *n;
                } else if (key == "topics") {
                    for (const std::string& t : splitOn(v, ',')) m.topics.push_back(unescape(t));
                } else if (key == "assigned") {
                    for (const std::string& t : splitOn(v, ',')) {
                        auto tp = parseTopicPartition(t);
                        if (!tp) return std::nullopt;
                        m.assignment.push_back(*tp);
                    }
                }
            }
            group.members.push_back(std::move(m));
        } else {
            return std::nullopt;
        }
    }
    return group;
}

}  // namespace ks
