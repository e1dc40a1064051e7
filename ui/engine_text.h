#pragma once
// What the engine says (core/text.h, through api/frame.h), in the window's language: the format is
// looked up in the translations under the context "ks::EngineText" and its arguments are put in, in one
// pass. docs/ENGINE-TEXT.md.
#include <QString>

#include "api/frame.h"

namespace ks::ui {

QString engineText(const Text& text);
// The event's line in the window's language.
QString eventText(const ClusterEvent& event);
// Why a command was rejected, in the window's language (the English of a command read back from a
// workspace file, which keeps no Text).
QString commandError(const CommandRecord& command);

}  // namespace ks::ui
