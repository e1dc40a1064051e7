// The Kafkascope window. Without options it starts the default classroom cluster (three brokers, a
// three-node KRaft quorum, the topic 'orders' and a background producer) and runs it at real time.
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>

#include "lessons/classroom.h"
#include "lessons/lesson_library.h"
#include "main_window.h"
#include "runtime_bridge.h"
#include "screenshot.h"
#include "sim_time_text.h"
#include "translations.h"

namespace {

int fail(const QString& message) {
    std::fprintf(stderr, "kafkascope: %s\n", qPrintable(message));
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kafkascope"));
    QApplication::setApplicationName(QStringLiteral("Kafkascope"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A small Kafka cluster, simulated so you can watch it work."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("A workspace (.kscope) to open: its run is replayed to where it was saved."), QStringLiteral("[workspace]"));
    parser.addVersionOption();
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the simulation (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Clock speed: 0.1 to 1000, or max (default 1)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("kraft (default) or zookeeper: the architecture of the cluster."),
                                  QStringLiteral("MODE"), QStringLiteral("kraft"));
    const QCommandLineOption paused(QStringLiteral("paused"), QStringLiteral("Start with the clock paused."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption after(QStringLiteral("after"), QStringLiteral("With --screenshot: the simulated time of the picture, in seconds (default 8)."),
                                   QStringLiteral("SECONDS"), QStringLiteral("8"));
    const QCommandLineOption script(QStringLiteral("script"),
                                    QStringLiteral("With --screenshot: commands separated by ';'; '@4s broker kill 2' runs at 4 s."),
                                    QStringLiteral("COMMANDS"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("With --screenshot: select a subject, e.g. partition:orders-0."),
                                    QStringLiteral("SUBJECT"));
    const QCommandLineOption highlight(QStringLiteral("highlight"), QStringLiteral("With --screenshot: highlight subjects, e.g. broker:2,broker:3."),
                                       QStringLiteral("SUBJECTS"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size (default 1024x768)."), QStringLiteral("WxH"),
                                  QStringLiteral("1024x768"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language of the window: en, de, es or zh_CN (default: the one chosen in Settings, else the system's)."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption lessonName(QStringLiteral("lesson"),
                                        QStringLiteral("Start a lesson: a built-in one by name (kafkascope-cli lesson list) or a .lesson file."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption presenter(QStringLiteral("presenter"),
                                       QStringLiteral("Start in presenter mode: projector theme, large text, the view and the lesson only."));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light, dark or projector (default: the one chosen in View → Theme)."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption back(QStringLiteral("back"),
                                  QStringLiteral("With --screenshot: then go back on the timeline to this simulated time, in seconds."),
                                  QStringLiteral("SECONDS"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     QStringLiteral("With --screenshot: picture the Compare KRaft and ZooKeeper dialog for the session instead."));
    parser.addOptions({seed, speed, mode, paused, screenshot, after, script, select, highlight, size, language, lessonName, presenter, theme,
                       back, compare});
    parser.process(app);

    const QString code = ks::ui::startupLanguage(parser.value(language));
    if (!ks::ui::installTranslators(code)) return fail(QStringLiteral("--language is en, de, es or zh_CN, not '%1'").arg(code));

    ks::ui::MainWindow::Options options;
    bool ok = false;
    options.runtime.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) return fail(QStringLiteral("--seed needs a whole number, not '%1'").arg(parser.value(seed)));
    if (parser.value(speed) == QLatin1String("max")) {
        options.runtime.speed = ks::runtime::kAsFastAsPossible;
    } else {
        options.runtime.speed = parser.value(speed).toDouble(&ok);
        if (!ok || options.runtime.speed < ks::runtime::kSlowestSpeed || options.runtime.speed > ks::runtime::kFastestPacedSpeed)
            return fail(QStringLiteral("--speed must be between 0.1 and 1000, or max"));
    }
    options.runtime.startPlaying = !parser.isSet(paused);
    if (parser.value(mode) == QLatin1String("zookeeper")) {
        std::string setup = options.runtime.setup;
        setup.replace(0, setup.find('\n'), "cluster mode=zookeeper brokers=3 zookeepers=3");
        options.runtime.setup = setup;
    } else if (parser.value(mode) != QLatin1String("kraft")) {
        return fail(QStringLiteral("--mode is kraft or zookeeper, not '%1'").arg(parser.value(mode)));
    }
    const QRegularExpressionMatch wh = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
    if (!wh.hasMatch()) return fail(QStringLiteral("--size must look like 1024x768"));

    const bool taking = parser.isSet(screenshot);
    ScreenshotSession::Plan plan;
    if (taking) {
        options.persistSettings = false;
        options.runtime.startPlaying = false;
        plan.file = parser.value(screenshot);
        const auto at = ks::ui::parseDuration(parser.value(after));
        if (!at) return fail(QStringLiteral("--after needs seconds, e.g. 8 or 12.5"));
        plan.at = *at;
        plan.script = parser.value(script).split(u';', Qt::SkipEmptyParts);
        plan.select = parser.value(select);
        plan.highlight = parser.value(highlight).split(u',', Qt::SkipEmptyParts);
        if (parser.isSet(back)) {
            plan.back = ks::ui::parseDuration(parser.value(back));
            if (!plan.back || *plan.back >= plan.at) return fail(QStringLiteral("--back needs seconds before --after, e.g. 5"));
        }
        plan.compare = parser.isSet(compare);
        if (const QString problem = ScreenshotSession::check(plan); !problem.isEmpty()) return fail(problem);
    }

    std::optional<ks::lesson::Lesson> lesson;
    if (parser.isSet(lessonName)) {
        const QString name = parser.value(lessonName);
        for (const ks::lesson::Lesson& l : ks::ui::builtInLessons())
            if (QString::fromStdString(l.name) == name) lesson = l;
        QString error = QStringLiteral("there is no built-in lesson '%1' (kafkascope-cli lesson list)").arg(name);
        if (!lesson && name.endsWith(QLatin1String(".lesson"))) lesson = ks::ui::loadLessonFile(name, &error);
        if (!lesson) return fail(error);
        options.runtime.seed = lesson->seed;
        options.runtime.setup = lesson->setupText();
        options.runtime.startPlaying = false;
    }
    const QString themeName = parser.value(theme);
    if (parser.isSet(theme) && ks::ui::themeKey(ks::ui::themeFromKey(themeName)) != themeName)
        return fail(QStringLiteral("--theme is light, dark or projector, not '%1'").arg(themeName));

    ks::ui::MainWindow window(options);
    window.resize(wh.captured(1).toInt(), wh.captured(2).toInt());
    if (parser.isSet(theme)) window.classroom()->setTheme(ks::ui::themeFromKey(themeName));
    if (lesson) window.classroom()->startLesson(*lesson);
    if (parser.isSet(presenter)) window.classroom()->actions().presenterMode->setChecked(true);
    if (taking) new ScreenshotSession(&window, plan);
    window.show();
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty() && !taking)
        QTimer::singleShot(0, &window, [&window, file = files.first()] { window.openWorkspaceAndReport(file); });
    return QApplication::exec();
}
