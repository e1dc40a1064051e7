#pragma once
// A text the engine says (an event log line, a state, an error), kept translatable: an English format
// with %1..%9 placeholders and its arguments. An argument is data (an id, a topic name, a duration, a
// Kafka error code, a config name) or itself a Text (a nested sentence). The engine renders the English
// with str(); the window looks the format up in its translations under the context "ks::EngineText" and
// substitutes the arguments in one pass. docs/ENGINE-TEXT.md says how to write one.
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ks {

class Text {
public:
    Text() = default;

    // A literal: shown as it is in every language.
    static Text data(std::string value);

    // The English format with its placeholders; for data, the value itself.
    const std::string& format() const { return format_; }
    const std::vector<Text>& arguments() const { return args_; }
    bool isData() const { return data_; }
    bool empty() const { return format_.empty(); }

    // Adds arguments for %1, %2, ... in order: strings and numbers as data, Texts as nested sentences.
    template <class... A>
    Text args(A&&... a) && {
        (args_.push_back(argument(std::forward<A>(a))), ...);
        return std::move(*this);
    }
    template <class... A>
    Text args(A&&... a) const& {
        Text copy = *this;
        return std::move(copy).args(std::forward<A>(a)...);
    }

    // The parts one after another with `separator` (punctuation, no words) between them.
    static Text join(std::vector<Text> parts, std::string_view separator);

    // The English text.
    std::string str() const;

    // Replaces each %N (N = 1..99) of `format` with `args[N-1]` in one pass: what an argument contains
    // is never substituted again. A % not followed by a digit, or naming a missing argument, stays.
    static std::string substitute(std::string_view format, const std::vector<std::string>& args);

    friend bool operator==(const Text&, const Text&) = default;

private:
    friend struct EngineText;
    explicit Text(std::string format, bool data) : format_(std::move(format)), data_(data) {}

    static Text argument(Text t) { return t; }
    static Text argument(std::string s) { return data(std::move(s)); }
    static Text argument(const char* s) { return data(s); }
    static Text argument(std::string_view s) { return data(std::string(s)); }
    template <std::integral I>
        requires(!std::same_as<I, bool> && !std::same_as<I, char>)
    static Text argument(I value) {
        return data(std::to_string(value));
    }

    std::string format_;
    std::vector<Text> args_;
    bool data_ = false;
};

// The one way the engine makes a sentence: EngineText::tr("broker %1 restarted").args(id).
// lupdate reads these calls as the context "ks::EngineText" (the window's translations/*.ts).
struct EngineText {
    static Text tr(const char* format) { return Text(format, false); }
};

}  // namespace ks
