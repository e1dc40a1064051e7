#include "core/text.h"

namespace ks {

Text Text::data(std::string value) { return Text(std::move(value), true); }

Text Text::join(std::vector<Text> parts, std::string_view separator) {
    std::string format;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) format += separator;
        format += "%" + std::to_string(i + 1);
    }
    Text joined(std::move(format), false);
    joined.args_ = std::move(parts);
    return joined;
}

std::string Text::str() const {
    if (data_) return format_;
    std::vector<std::string> rendered;
    rendered.reserve(args_.size());
    for (const Text& a : args_) rendered.push_back(a.str());
    return substitute(format_, rendered);
}

std::string Text::substitute(std::string_view format, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(format.size() + 16 * args.size());
    std::size_t i = 0;
    while (i < format.size()) {
        const char c = format[i];
        if (c == '%' && i + 1 < format.size() && format[i + 1] >= '1' && format[i + 1] <= '9') {
            std::size_t n = static_cast<std::size_t>(format[i + 1] - '0');
            std::size_t used = 2;
            if (i + 2 < format.size() && format[i + 2] >= '0' && format[i + 2] <= '9') {
                n = n * 10 + static_cast<std::size_t>(format[i + 2] - '0');
                used = 3;
            }
            if (n <= args.size()) {
                out += args[n - 1];
                i += used;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

}  // namespace ks
