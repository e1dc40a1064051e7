#include "engine_text.h"

#include <QCoreApplication>

namespace ks::ui {
namespace {

// The text in the window's language, as UTF-8: the format looked up in the translations, then its
// arguments (translated the same way) put in by Text::substitute, in one pass as for the English.
std::string translated(const Text& text) {
    if (text.isData()) return text.format();
    std::vector<std::string> args;
    args.reserve(text.arguments().size());
    for (const Text& a : text.arguments()) args.push_back(translated(a));
    return Text::substitute(QCoreApplication::translate("ks::EngineText", text.format().c_str()).toStdString(), args);
}

}  // namespace

QString engineText(const Text& text) { return QString::fromStdString(translated(text)); }

QString eventText(const ClusterEvent& event) {
    return event.message.empty() ? QString::fromStdString(event.text) : engineText(event.message);
}

QString commandError(const CommandRecord& command) {
    return command.errorMessage.empty() ? QString::fromStdString(command.error) : engineText(command.errorMessage);
}

}  // namespace ks::ui
