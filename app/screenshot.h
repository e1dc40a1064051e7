#pragma once
// --screenshot FILE: applies the --script commands, runs the simulation as fast as possible to the
// --after time, lets the window draw that frame, saves the window as a PNG and quits.
#include <QObject>
#include <QStringList>
#include <optional>

#include "api/frame.h"

namespace ks::ui {
class MainWindow;
}

class ScreenshotSession : public QObject {
    Q_OBJECT

public:
    struct Plan {
        QString file;
        ks::SimTime at = 0;
        QStringList script;         // "@4s broker kill 2" runs at 4 s; a command without @ runs at once
        QStringList highlight;      // subjects to highlight, e.g. broker:2
        QString select;             // a subject to select, e.g. partition:orders-0
        std::optional<ks::SimTime> back;   // then go back on the timeline to this time
        bool compare = false;       // picture the compare dialog (once it has its report) instead
    };

    ScreenshotSession(ks::ui::MainWindow* window, Plan plan);

    // Why the script cannot run (an unreadable @time), or an empty string.
    static QString check(const Plan& plan);

private:
    void onFrame(const ks::Frame& frame);
    void finish();
    void pictureCompareDialog();

    ks::ui::MainWindow* window_;
    Plan plan_;
    bool started_ = false;
    bool done_ = false;
};
