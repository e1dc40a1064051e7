#include "api/records.h"

namespace ks {
namespace {

std::string quote(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

bool hasLineBreak(const std::string& text) { return text.find_first_of("\r\n") != std::string::npos; }

constexpr const char* kNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

}  // namespace

std::optional<RequestProblem> produceRequestProblem(const RecordToProduce& request) {
    if (request.topic.empty()) return RequestProblem{"topic", EngineText::tr("choose a topic")};
    if (request.topic.find_first_not_of(kNameCharacters) != std::string::npos)
        return RequestProblem{"topic", EngineText::tr("a topic name has only letters, digits, '.', '_' and '-'")};
    if (!request.producer.empty())
        if (auto problem = clientIdProblem(request.producer)) return RequestProblem{"producer", *problem};
    if (request.partition && *request.partition < 0)
        return RequestProblem{"partition", EngineText::tr("a partition is 0 or more")};
    if (request.key && hasLineBreak(*request.key))
        return RequestProblem{"key", EngineText::tr("the key has a line break; the command log keeps one line per "
                                                    "record")};
    if (request.value && hasLineBreak(*request.value))
        return RequestProblem{"value", EngineText::tr("the value has a line break; the command log keeps one line per "
                                                      "record (JSON is sent compact)")};
    if (request.acks != 0 && request.acks != 1 && request.acks != -1)
        return RequestProblem{"acks", EngineText::tr("acks is 0, 1 or all")};
    for (std::size_t i = 0; i < request.headers.size(); ++i) {
        const RecordHeader& h = request.headers[i];
        const std::string n = "header " + std::to_string(i + 1);
        if (h.key.empty()) return RequestProblem{n + " key", EngineText::tr("a header needs a key")};
        if (h.key.find(':') != std::string::npos)
            return RequestProblem{n + " key", EngineText::tr("a header key cannot contain ':'")};
        for (const bool isKey : {true, false}) {
            const std::string& text = isKey ? h.key : h.value;
            const std::string field = n + (isKey ? " key" : " value");
            if (text.find_first_of(",[]{}\"\r\n") != std::string::npos)
                return RequestProblem{field, isKey ? EngineText::tr("a header key cannot contain , [ ] { } \" or a "
                                                                    "line break")
                                                   : EngineText::tr("a header value cannot contain , [ ] { } \" or a "
                                                                    "line break")};
            if (!text.empty() && (text.front() == ' ' || text.back() == ' '))
                return RequestProblem{field, isKey ? EngineText::tr("a header key cannot start or end with a space")
                                                   : EngineText::tr("a header value cannot start or end with a space")};
        }
    }
    return std::nullopt;
}

std::optional<Text> clientIdProblem(const std::string& name) {
    if (name.empty()) return EngineText::tr("a producer needs a name (its client.id)");
    if (name.find_first_not_of(kNameCharacters) != std::string::npos)
        return EngineText::tr("a producer's name has only letters, digits, '.', '_' and '-', not '%1'").args(name);
    return std::nullopt;
}

std::string produceCommand(const RecordToProduce& request) {
    std::string command = "produce " + request.topic;
    if (!request.producer.empty()) command += " producer=" + request.producer;
    if (request.partition) command += " partition=" + std::to_string(*request.partition);
    if (request.key) command += " key=" + quote(*request.key);
    if (request.value) command += " value=" + quote(*request.value);
    command += std::string(" acks=") + (request.acks == 0 ? "0" : request.acks == 1 ? "1" : "all");
    if (!request.headers.empty()) {
        std::string sep = " headers=[";
        for (const RecordHeader& h : request.headers) {
            command += sep + h.key + ":" + h.value;
            sep = ", ";
        }
        command += "]";
    }
    return command;
}

}  // namespace ks
