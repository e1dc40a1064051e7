#include "screenshot.h"

#include <QApplication>
#include <QTimer>
#include <cstdio>

#include "dialogs/compare_dialog.h"
#include "main_window.h"
#include "timeline/timeline_dock.h"
#include "runtime_bridge.h"
#include "sim_time_text.h"
#include "subject.h"

namespace {

constexpr int kSettleMilliseconds = 300;

struct ScriptLine {
    std::optional<ks::SimTime> at;
    QString command;
    bool valid = true;
};

ScriptLine parseLine(const QString& line) {
    ScriptLine out;
    out.command = line.trimmed();
    if (!out.command.startsWith(u'@')) return out;
    const qsizetype space = out.command.indexOf(u' ');
    out.at = ks::ui::parseDuration(out.command.mid(1, space < 0 ? -1 : space - 1));
    out.valid = out.at.has_value() && space > 0;
    out.command = space < 0 ? QString() : out.command.mid(space + 1).trimmed();
    return out;
}

}  // namespace

QString ScreenshotSession::check(const Plan& plan) {
    for (const QString& line : plan.script)
        if (!parseLine(line).valid) return tr("cannot read the script line '%1' (write e.g. '@4s broker kill 2')").arg(line);
    return {};
}

ScreenshotSession::ScreenshotSession(ks::ui::MainWindow* window, Plan plan) : QObject(window), window_(window), plan_(std::move(plan)) {
    connect(window_->bridge(), &ks::ui::RuntimeBridge::frameArrived, this, &ScreenshotSession::onFrame);
}

void ScreenshotSession::onFrame(const ks::Frame& frame) {
    if (done_) return;
    if (!frame.startupError.empty()) {
        std::fprintf(stderr, "kafkascope: the cluster could not start: %s\n", frame.startupError.str().c_str());
        QApplication::exit(2);
        done_ = true;
        return;
    }
    if (!frame.snapshot) return;
    if (!started_) {
        started_ = true;
        for (const QString& line : plan_.script) {
            const ScriptLine s = parseLine(line);
            if (s.command.isEmpty()) continue;
            if (s.at) window_->bridge()->schedule(*s.at, s.command);
            else window_->bridge()->submit(s.command);
        }
        window_->bridge()->fastForwardTo(plan_.at);
        return;
    }
    if (frame.snapshot->time >= plan_.at && !frame.clock.playing) {
        done_ = true;
        if (plan_.compare) return pictureCompareDialog();
        if (plan_.back && !window_->timeline()->scrubTo(*plan_.back)) {
            std::fprintf(stderr, "kafkascope: could not go back to %s\n", qPrintable(ks::ui::formatSeconds(*plan_.back)));
            QApplication::exit(1);
            return;
        }
        if (!plan_.select.isEmpty()) window_->select(ks::ui::Subject::parse(plan_.select));
        if (!plan_.highlight.isEmpty()) window_->highlight(plan_.highlight);
        QTimer::singleShot(kSettleMilliseconds, this, &ScreenshotSession::finish);
    }
}

void ScreenshotSession::pictureCompareDialog() {
    auto* dialog = new ks::ui::CompareDialog(window_->bridge()->scenarioText(), window_->bridge()->config().seed, window_);
    dialog->resize(760, 430);
    dialog->show();
    connect(dialog, &ks::ui::CompareDialog::finished, this, [this, dialog] {
        QTimer::singleShot(kSettleMilliseconds, this, [this, dialog] {
            if (!dialog->grab().save(plan_.file)) {
                std::fprintf(stderr, "kafkascope: cannot write %s\n", qPrintable(plan_.file));
                QApplication::exit(1);
                return;
            }
            std::printf("kafkascope: saved %s (the compare dialog)\n", qPrintable(plan_.file));
            QApplication::exit(0);
        });
    });
}

void ScreenshotSession::finish() {
    if (!window_->grab().save(plan_.file)) {
        std::fprintf(stderr, "kafkascope: cannot write %s\n", qPrintable(plan_.file));
        QApplication::exit(1);
        return;
    }
    std::printf("kafkascope: saved %s at simulated time %s\n", qPrintable(plan_.file),
                qPrintable(ks::ui::formatSeconds(window_->bridge()->now())));
    QApplication::exit(0);
}
