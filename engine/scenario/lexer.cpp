#include "scenario/lexer.h"

#include <charconv>
#include <limits>
#include <optional>
#include <utility>

namespace ks::scenario {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isKeyStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isKeyChar(char c) { return isKeyStart(c) || isDigit(c) || c == '.' || c == '-'; }

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (!isDigit(c)) return false;
    }
    return true;
}

std::string_view trimSpaces(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

// The length of the IDENT of an `IDENT=` starting at `at`, or 0 if there is none there.
std::size_t keyLength(std::string_view s, std::size_t at) {
    if (at >= s.size() || !isKeyStart(s[at])) return 0;
    std::size_t end = at + 1;
    while (end < s.size() && isKeyChar(s[end])) ++end;
    return end < s.size() && s[end] == '=' ? end - at : 0;
}

class LineLexer {
public:
    LineLexer(std::string_view text, int lineNumber, const std::string& file)
        : text_(text), lineNumber_(lineNumber), file_(file) {}

    // The command on this line, or nothing if the line is blank or only a comment.
    std::optional<Line> lex() const;

private:
    SourcePos posAt(std::size_t i) const { return {lineNumber_, static_cast<int>(i) + 1}; }
    [[noreturn]] void fail(std::size_t i, Text message) const {
        throw ScenarioError(file_, posAt(i), std::move(message));
    }
    bool atDelimiter(std::size_t i) const {
        return i >= text_.size() || isSpace(text_[i]) || text_[i] == '#';
    }
    // After a quoted string (`afterQuote`) or a bracketed value, a space, a comment or the line's end.
    void expectDelimiter(std::size_t i, bool afterQuote) const;
    std::string readQuoted(std::size_t& i) const;
    std::size_t scanBracketed(std::size_t i, bool toLineEnd) const;
    std::string readPlain(std::size_t& i) const;
    std::string readWord(std::size_t& i) const;
    std::string readValue(std::size_t& i) const;

    std::string_view text_;
    int lineNumber_;
    const std::string& file_;
};

std::optional<Line> LineLexer::lex() const {
    Line line;
    std::size_t i = 0;
    for (;;) {
        while (i < text_.size() && isSpace(text_[i])) ++i;
        if (i >= text_.size() || text_[i] == '#') break;
        const std::size_t start = i;
        if (line.words.empty() && line.options.empty()) line.pos = posAt(start);
        if (const std::size_t length = keyLength(text_, i)) {
            KeyValue option;
            option.key = std::string(text_.substr(i, length));
            option.pos = posAt(i);
            if (line.find(option.key)) fail(start, EngineText::tr("duplicate key '%1'").args(option.key));
            i += length + 1;
            option.valuePos = posAt(i);
            option.value = readValue(i);
            line.options.push_back(std::move(option));
            continue;
        }
        std::string text = readWord(i);
        if (text_[start] == '=' && text != "==") {
            fail(start, EngineText::tr("missing key name before '=' in '%1'").args(text_.substr(start, i - start)));
        }
        if (!line.options.empty()) {
            fail(start, EngineText::tr("unexpected word '%1' after key=value options (positional words come first; a "
                                       "value containing spaces must be quoted)")
                            .args(text));
        }
        line.words.push_back({std::move(text), posAt(start)});
    }
    if (line.words.empty() && line.options.empty()) return std::nullopt;
    return line;
}

void LineLexer::expectDelimiter(std::size_t i, bool afterQuote) const {
    if (atDelimiter(i)) return;
    if (afterQuote) fail(i, EngineText::tr("unexpected '%1' after the closing quote (expected a space)")
        .args(text_.substr(i, 1)));
    fail(i, EngineText::tr("unexpected '%1' after '%2' (expected a space)")
        .args(text_.substr(i, 1), text_.substr(i - 1, 1)));
}

// `i` is at the opening quote; on return it is just past the closing one.
std::string LineLexer::readQuoted(std::size_t& i) const {
    const std::size_t start = i;
    std::string out;
    for (++i; i < text_.size(); ++i) {
        const char c = text_[i];
        if (c == '"') {
            ++i;
            return out;
        }
        if (c == '\\' && i + 1 < text_.size() && (text_[i + 1] == '"' || text_[i + 1] == '\\')) ++i;
        out += text_[i];
    }
    fail(start, EngineText::tr("unterminated quoted string (missing closing '\"')"));
}

// Scans a value that starts with '{' or '[' at `i`, counting brackets outside JSON strings. With
// `toLineEnd`, the value runs to the end of the line, to a comment, or to the next ` key=` outside
// all brackets; otherwise it ends at the bracket matching the first one. Returns the end (exclusive).
std::size_t LineLexer::scanBracketed(std::size_t i, bool toLineEnd) const {
    struct Open {
        char bracket;
        std::size_t at;
    };
    std::vector<Open> open;
    std::optional<std::size_t> stringStart;
    for (; i < text_.size(); ++i) {
        const char c = text_[i];
        if (stringStart) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                stringStart.reset();
            }
        } else if (c == '"') {
            stringStart = i;
        } else if (c == '{' || c == '[') {
            open.push_back({c, i});
        } else if (c == '}' || c == ']') {
            const char opener = c == '}' ? '{' : '[';
            if (open.empty()) fail(i, EngineText::tr("unbalanced '%1': nothing to close").args(text_.substr(i, 1)));
            if (open.back().bracket != opener) {
                fail(i, EngineText::tr("unbalanced '%1': it does not match '%2' at column %3")
                            .args(text_.substr(i, 1), std::string(1, open.back().bracket), posAt(open.back().at).column));
            }
            open.pop_back();
            if (open.empty() && !toLineEnd) return i + 1;
        } else if (open.empty() && toLineEnd) {
            if (c == '#') return i;
            if (isSpace(c)) {
                std::size_t next = i;
                while (next < text_.size() && isSpace(text_[next])) ++next;
                if (keyLength(text_, next) > 0) return i;
            }
        }
    }
    if (stringStart) fail(*stringStart, EngineText::tr("unterminated string (missing closing '\"')"));
    if (!open.empty()) {
        const Open& last = open.back();
        fail(last.at, EngineText::tr("unbalanced '%1': missing '%2'")
                          .args(std::string(1, last.bracket), std::string(1, last.bracket == '{' ? '}' : ']')));
    }
    return text_.size();
}

std::string LineLexer::readPlain(std::size_t& i) const {
    const std::size_t start = i;
    while (!atDelimiter(i)) ++i;
    return std::string(text_.substr(start, i - start));
}

std::string LineLexer::readWord(std::size_t& i) const {
    const char c = text_[i];
    if (c == '"') {
        std::string text = readQuoted(i);
        expectDelimiter(i, true);
        return text;
    }
    if (c == '[' || c == '{') {
        const std::size_t start = i;
        i = scanBracketed(i, false);
        expectDelimiter(i, false);
        return std::string(text_.substr(start, i - start));
    }
    return readPlain(i);
}

std::string LineLexer::readValue(std::size_t& i) const {
    if (i >= text_.size()) return {};
    const char c = text_[i];
    if (c == '"') {
        std::string value = readQuoted(i);
        expectDelimiter(i, true);
        return value;
    }
    if (c == '{' || c == '[') {
        const std::size_t start = i;
        i = scanBracketed(i, true);
        std::size_t end = i;
        while (end > start && isSpace(text_[end - 1])) --end;
        return std::string(text_.substr(start, end - start));
    }
    return readPlain(i);
}

}  // namespace

const KeyValue* Line::find(std::string_view key) const {
    for (const KeyValue& option : options) {
        if (option.key == key) return &option;
    }
    return nullptr;
}

ScenarioError::ScenarioError(std::string file, SourcePos pos, Text message)
    : std::runtime_error(located(file, pos, message).str()), file_(std::move(file)), pos_(pos), message_(std::move(message)) {}

Text ScenarioError::text() const { return located(file_, pos_, message_); }

Text ScenarioError::located(const std::string& file, SourcePos pos, const Text& message) {
    return EngineText::tr("%1:%2:%3: error: %4").args(file, pos.line, pos.column, message);
}

std::vector<Line> lex(std::string_view text, const std::string& fileName) {
    std::vector<Line> lines;
    int lineNumber = 0;
    while (!text.empty()) {
        ++lineNumber;
        const std::size_t newline = text.find('\n');
        std::string_view lineText = text.substr(0, newline);
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        if (!lineText.empty() && lineText.back() == '\r') lineText.remove_suffix(1);
        if (std::optional<Line> line = LineLexer(lineText, lineNumber, fileName).lex()) {
            lines.push_back(std::move(*line));
        }
    }
    return lines;
}

// These two say ks::EngineText in full: lupdate takes a function returning std::int64_t for one in the
// namespace std and would file a plain EngineText::tr under the wrong context.
std::int64_t parseDuration(const std::string& text, const std::string& file, SourcePos pos) {
    if (!text.empty() && text.front() == '-') {
        throw ScenarioError(file, pos, ks::EngineText::tr("invalid duration '%1': durations cannot be negative")
            .args(text));
    }
    std::size_t digits = 0;
    while (digits < text.size() && isDigit(text[digits])) ++digits;
    const std::string_view unit = std::string_view(text).substr(digits);
    std::int64_t scale = 0;
    if (unit.empty() || unit == "ms") {
        scale = 1000;
    } else if (unit == "us") {
        scale = 1;
    } else if (unit == "s") {
        scale = 1000 * 1000;
    } else if (unit == "m") {
        scale = 60LL * 1000 * 1000;
    } else if (unit == "h") {
        scale = 3600LL * 1000 * 1000;
    }
    if (digits == 0 || scale == 0) {
        throw ScenarioError(file, pos,
                            ks::EngineText::tr("invalid duration '%1': expected a duration such as 250ms, 5s, 2m, 1h or "
                                           "100us").args(text));
    }
    std::int64_t count = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + digits, count);
    if (error != std::errc() || count > std::numeric_limits<std::int64_t>::max() / scale) {
        throw ScenarioError(file, pos, ks::EngineText::tr("duration '%1' is too large").args(text));
    }
    return count * scale;
}

std::int64_t parseInteger(const std::string& text, const std::string& file, SourcePos pos) {
    const std::string_view digits = !text.empty() && text.front() == '-' ? std::string_view(text).substr(1)
                                                                         : std::string_view(text);
    if (!allDigits(digits)) {
        throw ScenarioError(file, pos, ks::EngineText::tr("invalid integer '%1': expected a whole number").args(text));
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc()) throw ScenarioError(file, pos, ks::EngineText::tr("integer '%1' is out of range").args(text));
    return value;
}

PartitionRef parsePartition(const std::string& text, const std::string& file, SourcePos pos) {
    const std::size_t dash = text.rfind('-');
    if (dash == std::string::npos || dash == 0) {
        throw ScenarioError(file, pos, EngineText::tr("invalid partition '%1': expected TOPIC-PARTITION such as "
                                                      "orders-0").args(text));
    }
    const std::string_view number = std::string_view(text).substr(dash + 1);
    PartitionRef ref{text.substr(0, dash), 0};
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), ref.partition);
    if (!allDigits(number) || error != std::errc()) {
        throw ScenarioError(file, pos,
                            EngineText::tr("invalid partition '%1': '%2' is not a partition number (expected "
                                           "TOPIC-PARTITION "
                                           "such as orders-0)")
                                .args(text, number));
    }
    return ref;
}

std::vector<std::string> parseList(const std::string& text, const std::string& file, SourcePos pos) {
    if (text.size() < 2 || text.front() != '[' || text.back() != ']') {
        throw ScenarioError(file, pos, EngineText::tr("invalid list '%1': expected a list such as [a, b, c]")
            .args(text));
    }
    const std::string_view inside = trimSpaces(std::string_view(text).substr(1, text.size() - 2));
    std::vector<std::string> items;
    if (inside.empty()) return items;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = inside.find(',', start);
        const std::string_view item = trimSpaces(inside.substr(start, comma - start));
        if (item.empty()) throw ScenarioError(file, pos, EngineText::tr("invalid list '%1': empty element").args(text));
        if (item.find_first_of("[]") != std::string_view::npos) {
            throw ScenarioError(file, pos, EngineText::tr("invalid list '%1': lists cannot be nested").args(text));
        }
        items.emplace_back(item);
        if (comma == std::string_view::npos) return items;
        start = comma + 1;
    }
}

Comparison parseComparison(const std::string& text, const std::string& file, SourcePos pos) {
    for (Comparison op : {Comparison::Eq, Comparison::Ne, Comparison::Lt, Comparison::Le, Comparison::Gt,
                          Comparison::Ge}) {
        if (text == toString(op)) return op;
    }
    throw ScenarioError(file, pos, EngineText::tr("invalid comparison operator '%1': expected ==, !=, <, <=, > or >=")
        .args(text));
}

const char* toString(Comparison op) {
    switch (op) {
    case Comparison::Eq: return "==";
    case Comparison::Ne: return "!=";
    case Comparison::Lt: return "<";
    case Comparison::Le: return "<=";
    case Comparison::Gt: return ">";
    case Comparison::Ge: return ">=";
    }
    return "?";
}

}  // namespace ks::scenario
