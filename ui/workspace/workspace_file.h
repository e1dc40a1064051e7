#pragma once
// A Kafkascope workspace (.kscope): one SQLite database holding everything needed to bring a session
// back exactly: the seed, the setup commands and every command applied with its simulated time (so
// opening replays the run), the background producer's settings, lesson progress, the window's
// layout and the panels' chart selections. Qt Core and Qt SQL only, so kafkascope-cli reads it too.
//
// Saving writes a temporary file in the same directory and renames it over the target, so a crash
// mid-save leaves the old file whole. Loading opens the file read-only and checks it before reading:
// not SQLite, truncated, corrupt, not a workspace, or written by a newer schema each get a message
// naming the problem.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

#include "runtime/engine_runtime.h"

namespace ks::workspace {

// Version 1: tables schema_version, session, commands, lesson_progress, ui_layout, chart_selections.
constexpr int kSchemaVersion = 1;
constexpr const char* kFileSuffix = "kscope";

// Where a lesson stands; the lessons part of the window fills and reads these.
struct LessonProgress {
    QString lesson;                // the lesson's name, e.g. "replication"
    int step = 0;                  // the step the student is on
    bool completed = false;
    QString answers;               // the student's answers so far, as the lessons part encodes them
};

struct Workspace {
    runtime::SessionRecord session;       // seed, setup, commands with their times, where it ended
    runtime::BackgroundProducer producer; // its settings at the end of the session
    double speed = 1.0;                   // the clock speed the session ran at
    QList<LessonProgress> lessons;
    QMap<QString, QByteArray> layout;     // window geometry, dock state, text size
    QMap<QString, QString> chartSelections;   // "panel/key" -> value, for any panel to keep its choices

    // The simulated time a replay of this workspace ends at: the session's end or its last command.
    SimTime replayEnd() const;
};

// Writes `workspace` to `path` atomically. Returns an empty string, or what went wrong.
QString save(const Workspace& workspace, const QString& path);

// Reads a workspace; on failure returns nothing and sets `error` to a message naming the problem.
std::optional<Workspace> load(const QString& path, QString* error);

}  // namespace ks::workspace
