#pragma once
// The lexical layer of scenario files: splits text into commands (one per line) made of positional
// words and key=value options, and parses the value forms the format shares (durations, integers,
// partitions, lists, comparison operators). See docs/scenarios.md for the format.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace ks::scenario {

// 1-based; the column counts bytes.
struct SourcePos {
    int line = 0;
    int column = 0;
};

struct Word {
    std::string text;
    SourcePos pos;
};

struct KeyValue {
    std::string key;
    std::string value;
    SourcePos pos;       // where the key starts
    SourcePos valuePos;  // where the value starts, just after '='
};

// One command.
struct Line {
    SourcePos pos;
    std::vector<Word> words;        // positional words, in order
    std::vector<KeyValue> options;  // key=value pairs, in order of appearance
    const KeyValue* find(std::string_view key) const;  // nullptr if absent
};

// what() is "FILE:LINE:COL: error: MESSAGE" in English; text() is the same as a translatable Text
// (docs/ENGINE-TEXT.md), for the window.
class ScenarioError : public std::runtime_error {
public:
    ScenarioError(std::string file, SourcePos pos, Text message);
    const std::string& file() const { return file_; }
    SourcePos pos() const { return pos_; }
    const Text& message() const { return message_; }
    Text text() const;

private:
    static Text located(const std::string& file, SourcePos pos, const Text& message);
    std::string file_;
    SourcePos pos_;
    Text message_;
};

// Throws ScenarioError on an unterminated quote, an unbalanced bracket, a key with an empty name, a
// repeated key, or a positional word after the key=value options.
std::vector<Line> lex(std::string_view text, const std::string& fileName);

// Value parsers. Each throws ScenarioError pointing at `pos`, naming the bad text and what was expected.

// "250ms", "5s", "2m", "1h", "10us", or a plain integer in milliseconds; returns microseconds.
std::int64_t parseDuration(const std::string& text, const std::string& file, SourcePos pos);
std::int64_t parseInteger(const std::string& text, const std::string& file, SourcePos pos);

// "user-logs-2" -> {"user-logs", 2}: the partition number follows the last '-'.
struct PartitionRef {
    std::string topic;
    int partition = 0;
};
PartitionRef parsePartition(const std::string& text, const std::string& file, SourcePos pos);

// "[1, 2]" -> {"1", "2"}; "[]" -> {}.
std::vector<std::string> parseList(const std::string& text, const std::string& file, SourcePos pos);

enum class Comparison { Eq, Ne, Lt, Le, Gt, Ge };
Comparison parseComparison(const std::string& text, const std::string& file, SourcePos pos);
const char* toString(Comparison op);  // "==", "!=", ...

template <class T>
bool compare(const T& a, Comparison op, const T& b) {
    switch (op) {
    case Comparison::Eq: return a == b;
    case Comparison::Ne: return a != b;
    case Comparison::Lt: return a < b;
    case Comparison::Le: return a <= b;
    case Comparison::Gt: return a > b;
    case Comparison::Ge: return a >= b;
    }
    return false;
}

}  // namespace ks::scenario
