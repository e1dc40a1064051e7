// The translations: each language's .qm file is embedded in kafkascope_ui and translates the
// window's menus and the inspector; the language comes from --language, else Settings →
// Language…, else the system; Settings → Language… saves the choice.
// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "cluster/cluster.h"
#include "check/invariants.h"
#include "scenario/runner.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <sstream>

#include "engine_text.h"
#include "events/event_log_model.h"
#include "inspector/inspector_content.h"
#include "state_text.h"
#include "main_window.h"
#include "translations.h"

using namespace ks::ui;

namespace {

ks::scenario::RunOptions withoutEvents() {
    ks::scenario::RunOptions options;
    options.eventSink = [](const ks::ClusterEvent&) {};
    return options;
}

// The scenario runner as the window's runtime has it ("session"), its printout and events dropped.
struct SessionRunner {
    std::ostringstream discarded;
    ks::scenario::ScenarioRunner runner{"session", "", withoutEvents(), discarded};
};

}  // namespace

class TestGuiTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void embeddedTranslationsTranslateTheMenus_data();
    void embeddedTranslationsTranslateTheMenus();
    void unknownLanguagesAreRefused();
    void theRequestedLanguageBeatsTheSavedOne();
    void theLanguageMenuSavesTheChoice();
    void theWindowSpeaksTheInstalledLanguage();
    void theEventLogSpeaksTheInstalledLanguage();
    void aRefusedCommandSpeaksTheInstalledLanguage();
    void anInvariantViolationSpeaksTheInstalledLanguage();
    void aFailedConsumerAndARebalanceSpeakTheInstalledLanguage();

private:
    QTemporaryDir settingsDir_;
};

void TestGuiTranslations::initTestCase() {
    QVERIFY(settingsDir_.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KafkascopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestGuiTranslations"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
}

void TestGuiTranslations::embeddedTranslationsTranslateTheMenus_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("simulation");
    QTest::newRow("de") << "de" << "&Datei" << "&Simulation";
    QTest::newRow("es") << "es" << "&Archivo" << "&Simulación";
    QTest::newRow("zh_CN") << "zh_CN" << "文件(&F)" << "模拟(&S)";
}

void TestGuiTranslations::embeddedTranslationsTranslateTheMenus() {
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, simulation);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kafkascope_") + code));
    QCOMPARE(translator.translate("ks::ui::MainWindow", "&File"), file);
    QCOMPARE(translator.translate("ks::ui::MainWindow", "&Simulation"), simulation);
}

void TestGuiTranslations::unknownLanguagesAreRefused() {
    QVERIFY(!installTranslators(QStringLiteral("xx")));
    QVERIFY(!installTranslators(QString()));
    QVERIFY(installTranslators(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("ks::ui::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestGuiTranslations::theRequestedLanguageBeatsTheSavedOne() {
    QSettings().setValue(languageSettingsKey(), QStringLiteral("es"));
    QCOMPARE(startupLanguage(QString()), QStringLiteral("es"));
    QCOMPARE(startupLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QSettings().setValue(languageSettingsKey(), QStringLiteral("klingon"));
    const QString system = startupLanguage(QString());
    QVERIFY2(system != QStringLiteral("klingon"), qPrintable(system));
    QSettings().remove(languageSettingsKey());
}

void TestGuiTranslations::theLanguageMenuSavesTheChoice() {
    MainWindow::Options options;
    options.runtime.startPlaying = false;
    options.persistSettings = true;
    MainWindow window(options);
    QSettings().setValue(languageSettingsKey(), QStringLiteral("es"));
    QString offered;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        offered = dialog->textValue();
        dialog->setTextValue(QStringLiteral("简体中文"));
        dialog->accept();
    });
    window.actions().language->trigger();
    QCOMPARE(offered, QStringLiteral("Español"));
    QCOMPARE(QSettings().value(languageSettingsKey()).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(startupLanguage(QString()), QStringLiteral("zh_CN"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("简体中文")));
    QSettings().remove(languageSettingsKey());
}

void TestGuiTranslations::theWindowSpeaksTheInstalledLanguage() {
    QVERIFY(installTranslators(QStringLiteral("de")));
    MainWindow::Options options;
    options.runtime.startPlaying = false;
    options.persistSettings = false;
    MainWindow window(options);
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) titles << action->text();
    QVERIFY2(titles.contains(QStringLiteral("&Datei")) && titles.contains(QStringLiteral("&Einstellungen")), qPrintable(titles.join(u',')));
    QCOMPARE(window.actions().shortcuts->text(), QStringLiteral("&Tastenkürzel"));
    QCOMPARE(window.actions().language->text(), QStringLiteral("&Sprache…"));
    // Texts outside QObject classes, through their Q_DECLARE_TR_FUNCTIONS context class.
    const InspectorContent cluster = describeSubject(ks::ClusterSnapshot{}, Subject{}, InspectorContext{});
    QVERIFY(!cluster.sections.empty());
    QCOMPARE(cluster.sections.front().title, QStringLiteral("Übersicht"));
}

// The engine's event texts (docs/ENGINE-TEXT.md): the event log shows a killed broker in German,
// nested texts ("broker %1") translated too, while the engine's own English line stays as it was.
void TestGuiTranslations::theEventLogSpeaksTheInstalledLanguage() {
    ks::Cluster cluster(ks::ClusterSpec{});
    auto frame = std::make_shared<ks::Frame>();
    cluster.setEventSink([&](const ks::ClusterEvent& e) { frame->events.push_back(e); });
    QVERIFY(cluster.waitUntilReady(ks::seconds(30)));
    frame->events.clear();
    QVERIFY(!cluster.killBroker(2));
    QVERIFY(!frame->events.empty());
    QCOMPARE(frame->events.front().text, std::string("broker 2 killed (a crash: its log on disk survives)"));

    QVERIFY(installTranslators(QStringLiteral("de")));
    EventLogModel log;
    log.append(frame);
    QVERIFY(log.rowCount() > 0);
    QCOMPARE(log.text(0), QStringLiteral("Broker 2 abgeschossen (ein Absturz: sein Log auf der Platte bleibt erhalten)"));
    QVERIFY(log.data(log.index(0), Qt::ToolTipRole).toString().contains(QStringLiteral("abgeschossen")));

    // The states the engine reports as keys: the table, the inspector and the topology show them translated.
    QCOMPARE(stateText(std::string("fenced")), QStringLiteral("abgeschirmt"));
    QCOMPARE(stateText(QStringLiteral("running")).toUpper(), QStringLiteral("LÄUFT"));
    QCOMPARE(stateText(QStringLiteral("failed: JoinGroup failed with X")), QStringLiteral("fehlgeschlagen: JoinGroup failed with X"));
    QCOMPARE(stateText(QStringLiteral("no-such-state")), QStringLiteral("no-such-state"));

    QVERIFY(installTranslators(QStringLiteral("zh_CN")));
    QCOMPARE(eventText(frame->events.front()), QStringLiteral("Broker 2 已终止（崩溃：其磁盘上的日志保留）"));
    QCOMPARE(stateText(std::string("leader")), QStringLiteral("领导者"));
}

// Command errors (docs/ENGINE-TEXT.md): the event log's and status bar's "rejected" line shows the
// runner's error in the window's language, position and nested parts included, while the engine's
// English (what the CLI prints and the workspace keeps) stays as it was.
void TestGuiTranslations::aRefusedCommandSpeaksTheInstalledLanguage() {
    SessionRunner session;
    ks::scenario::ScenarioRunner& runner = session.runner;
    QVERIFY(runner.executeCommands("cluster brokers=3").ok);
    auto frame = std::make_shared<ks::Frame>();
    for (const char* command : {"broker kill 7", "advance 5x", "consumer pause nobody"}) {
        const ks::scenario::CommandResult result = runner.executeCommands(command);
        QVERIFY(!result.ok);
        QCOMPARE(result.errorMessage.str(), result.error);
        frame->commands.push_back(ks::CommandRecord{0, command, false, false, result.error, result.errorMessage, ""});
    }
    QCOMPARE(frame->commands[0].error, std::string("session:1:13: error: there is no broker 7 (brokers are 1..3)"));
    QCOMPARE(frame->commands[1].error,
             std::string("session:1:9: error: invalid duration '5x': expected a duration such as 250ms, 5s, 2m, 1h or 100us"));
    QCOMPARE(frame->commands[2].error, std::string("session:1:16: error: there is no consumer nobody"));
    // Read back from a workspace file, a command has only its English.
    frame->commands.push_back(ks::CommandRecord{0, "broker kill 9", false, false, "1:13: error: no broker 9", {}, ""});

    QVERIFY(installTranslators(QStringLiteral("de")));
    EventLogModel log;
    log.append(frame);
    QCOMPARE(log.rowCount(), 4);
    QCOMPARE(log.text(0), QStringLiteral("✗ broker kill 7 — abgelehnt: session:1:13: Fehler: es gibt keinen Broker 7 (die Broker sind 1..3)"));
    QCOMPARE(commandError(frame->commands[1]),
             QStringLiteral("session:1:9: Fehler: ungültige Dauer '5x': erwartet wird eine Dauer wie 250ms, 5s, 2m, 1h oder 100us"));
    QCOMPARE(commandError(frame->commands[2]), QStringLiteral("session:1:16: Fehler: es gibt keinen Consumer nobody"));
    QCOMPARE(commandError(frame->commands[3]), QStringLiteral("1:13: error: no broker 9"));
    // The controller's ErrorMessage, shown after the error code when a topic cannot be created.
    const ks::AdminResult refused = runner.cluster()->createTopic("t", 1, 5, {});
    QCOMPARE(refused.error, ks::KafkaError::INVALID_REPLICATION_FACTOR);
    QCOMPARE(refused.message.str(), std::string("Unable to replicate the partition 5 time(s): The target replication factor of 5 "
                                                "cannot be reached because only 3 broker(s) are registered."));
    QCOMPARE(engineText(refused.message), QStringLiteral("Die Partition kann nicht 5-mal repliziert werden: Der Ziel-Replikationsfaktor 5 "
                                                         "ist nicht erreichbar, weil nur 3 Broker registriert sind."));

    QVERIFY(installTranslators(QStringLiteral("es")));
    QCOMPARE(commandError(frame->commands[0]), QStringLiteral("session:1:13: error: no existe el broker 7 (los brokers son 1..3)"));
    QVERIFY(installTranslators(QStringLiteral("zh_CN")));
    QCOMPARE(commandError(frame->commands[2]), QStringLiteral("session:1:16：错误：不存在 consumer nobody"));
}

// The invariant checkers' findings: the invariant and what broke it, in the window's language.
void TestGuiTranslations::anInvariantViolationSpeaksTheInstalledLanguage() {
    struct NoLogs : ks::ClusterView {
        const ks::PartitionLog* replicaLog(ks::BrokerId, const ks::TopicPartition&) const override { return nullptr; }
        ks::SimTime currentTime() const override { return 0; }
    } view;
    ks::InvariantChecker checker(view);
    const ks::TopicPartition tp{"orders", 0};
    checker.onBecomeLeader(1, tp, 3);
    checker.onBecomeLeader(2, tp, 3);
    QCOMPARE(checker.violations().size(), std::size_t{1});
    const ks::Violation& v = checker.violations().front();
    QCOMPARE(v.invariant.str(), std::string("at most one leader per partition epoch"));
    QCOMPARE(v.detail.str(), std::string("orders-0 epoch 3 has leaders 1 and 2"));

    QVERIFY(installTranslators(QStringLiteral("de")));
    QCOMPARE(engineText(v.invariant), QStringLiteral("höchstens ein Leader pro Partitionsepoche"));
    QCOMPARE(engineText(v.detail), QStringLiteral("orders-0 hat in Epoche 3 die Leader 1 und 2"));
}

// A failed consumer's reason (inspector, topology) and why a rebalance started (the inspector's
// rebalance history), in the window's language; the snapshot's English stays as it was.
void TestGuiTranslations::aFailedConsumerAndARebalanceSpeakTheInstalledLanguage() {
    SessionRunner session;
    ks::scenario::ScenarioRunner& runner = session.runner;
    const ks::scenario::CommandResult result = runner.executeCommands(
        "cluster brokers=3\ntopic create t partitions=1 rf=3\nadvance 1s\nconsumer add c1 topic=t group=g assignor=range\n"
        "consumer add c2 topic=t group=g assignor=roundrobin\nadvance 10s\n");
    QVERIFY2(result.ok, result.error.c_str());
    const ks::ClusterSnapshot s = runner.cluster()->snapshot();
    const ks::GroupSnapshot* group = s.group("g");
    QVERIFY(group && group->members.size() == 1 && !group->rebalances.empty());
    const ks::ConsumerSnapshot* failed = s.consumer(group->members.front().clientId == "c1" ? "c2" : "c1");
    QCOMPARE(failed->memberState, std::string("failed: JoinGroup failed with INCONSISTENT_GROUP_PROTOCOL"));
    QCOMPARE(failed->failure.str(), std::string("JoinGroup failed with INCONSISTENT_GROUP_PROTOCOL"));
    const ks::Text& reason = group->rebalances.front().reason;
    QVERIFY(!reason.empty());

    QVERIFY(installTranslators(QStringLiteral("de")));
    QCOMPARE(memberStateText(*failed), QStringLiteral("fehlgeschlagen: JoinGroup fehlgeschlagen mit INCONSISTENT_GROUP_PROTOCOL"));
    const QString translated = engineText(reason);
    QVERIFY2(translated != QString::fromStdString(reason.str()), qPrintable(translated));
    const ks::ConsumerSnapshot* stable = s.consumer(group->members.front().clientId);
    QCOMPARE(memberStateText(*stable), stateText(stable->memberState));
}

QTEST_MAIN(TestGuiTranslations)
#include "test_gui_translations.moc"
