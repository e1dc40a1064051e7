#pragma once
// Where the window's exports go: a save dialog that starts in the folder the last export went to
// (kept in QSettings when the window keeps its settings) and adds the file's suffix when it is missing.
#include <QString>

class QWidget;

namespace ks::ui {

class ExportLocation {
public:
    explicit ExportLocation(bool persist);

    // Asks where to save `fileName` ("topics.csv"); `filter` as QFileDialog takes it. A name typed
    // without a suffix gets the one of `fileName`. An empty string: the user cancelled. Remembers
    // the folder of the path chosen.
    QString ask(QWidget* parent, const QString& title, const QString& fileName, const QString& filter);
    QString folder() const { return folder_; }

private:
    bool persist_;
    QString folder_;
};

}  // namespace ks::ui
