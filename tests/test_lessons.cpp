// Lessons: the file format (and its errors), the conditions, the headless player, and every
// built-in lesson played by kafkascope-cli against its golden trace in tests/lessons/.
#include <set>
#include <sstream>

#include "api/lesson.h"
#include "lesson/lesson_player.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "first_difference.h"

using namespace ks;
using namespace ks::lesson;

namespace {

QString sourcePath(const QString& relative) { return QDir(QStringLiteral(KAFKASCOPE_SOURCE_DIR)).filePath(relative); }
QString cliPath() { return QDir(QStringLiteral(KAFKASCOPE_BINARY_DIR)).filePath(QStringLiteral("app/kafkascope-cli")); }

// A small, complete lesson; the bad-file cases below each break one thing in it.
const char* const kGood =
    "# a comment\n"
    "title Failover\n"
    "part 7\n"
    "seed 3\n"
    "summary One line.\n"
    "setup\n"
    "  cluster brokers=3\n"
    "  topic create t partitions=1 rf=3\n"
    "  advance 1s\n"
    "end\n"
    "explain The leader\n"
    "  say One partition,\n"
    "  say three copies.\n"
    "  say\n"
    "  say A second paragraph.\n"
    "  show leader:t-0 broker:1\n"
    "  check online t-0\n"
    "end\n"
    "predict Who leads next?\n"
    "  choice Nobody\n"
    "  correct Another in-sync replica\n"
    "  why The controller elects\n"
    "  why from the ISR.\n"
    "end\n"
    "task Kill broker 1\n"
    "  wait broker 1 == stopped\n"
    "  student broker kill 1\n"
    "  within 5s\n"
    "end\n"
    "run Wait\n"
    "  say Watch.\n"
    "  advance 15s\n"
    "  check leader t-0 != 1\n"
    "end\n";

std::string runCli(const QStringList& args, int* exitCode) {
    QProcess cli;
    cli.start(cliPath(), args);
    if (!cli.waitForFinished(120000)) return "(kafkascope-cli did not finish)";
    *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    return (cli.readAllStandardOutput() + cli.readAllStandardError()).toStdString();
}


ClusterSnapshot smallSnapshot() {
    ClusterSnapshot s;
    s.activeController = 102;
    PartitionSnapshot p;
    p.tp = {"orders", 0};
    p.leader = 2;
    p.isr = {2, 3, 1};
    p.replicas = {1, 2, 3};
    p.highWatermark = 10;
    s.partitions.push_back(p);
    for (const auto& [id, state] : {std::pair<BrokerId, const char*>{1, "stopped"}, {2, "running"}}) {
        BrokerSnapshot b;
        b.id = id;
        b.state = state;
        s.brokers.push_back(b);
    }
    GroupSnapshot g;
    g.groupId = "g1";
    g.state = "Stable";
    g.coordinator = 3;
    g.members.resize(2);
    s.groups.push_back(g);
    return s;
}

Condition parseCondition(const std::string& text) {
    const std::string lesson = std::string("title T\nsetup\n  cluster\nend\nexplain E\n  check ") + text + "\nend\n";
    return parseLesson(lesson, "c.lesson").steps.front().checks.front();
}

}  // namespace

class TestLessons : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryPart();
    void badFilesNameTheLineAndTheProblem_data();
    void badFilesNameTheLineAndTheProblem();
    void conditionsReadTheSnapshot();
    void subjectsResolveAgainstTheSnapshot();
    void playerFailsAnUndoneTaskAndAFalseCheck();
    void builtInLessonsCoverTheCourse();
    void everyBuiltInLessonMatchesItsGoldenTrace();
    void cliListsAndRefusesUnknownLessons();
};

void TestLessons::parsesEveryPart() {
    const Lesson l = parseLesson(kGood, "lessons/failover.lesson");
    QCOMPARE(l.name, std::string("failover"));
    QCOMPARE(l.title, std::string("Failover"));
    QCOMPARE(l.part, 7);
    QCOMPARE(l.seed, std::uint64_t{3});
    QCOMPARE(l.summary, std::string("One line."));
    QVERIFY(l.terms.empty());
    const std::string withTerms = QString::fromUtf8(kGood)
                                      .replace(QStringLiteral("summary One line.\n"), QStringLiteral("summary One line.\nterms ISR , high watermark (HW),acks=all\n"))
                                      .toStdString();
    QCOMPARE(parseLesson(withTerms, "t.lesson").terms, (std::vector<std::string>{"ISR", "high watermark (HW)", "acks=all"}));
    QCOMPARE(l.setup.size(), std::size_t{3});
    QCOMPARE(l.setup[1].line, 8);
    QCOMPARE(l.setupText(), std::string("cluster brokers=3\ntopic create t partitions=1 rf=3\nadvance 1s\n"));
    QCOMPARE(l.steps.size(), std::size_t{4});
    const Step& explain = l.steps[0];
    QCOMPARE(explain.kind, StepKind::Explain);
    QCOMPARE(explain.paragraphs, (std::vector<std::string>{"One partition, three copies.", "A second paragraph."}));
    QCOMPARE(explain.show, (std::vector<std::string>{"leader:t-0", "broker:1"}));
    QCOMPARE(explain.checks.size(), std::size_t{1});
    const Step& predict = l.steps[1];
    QCOMPARE(predict.title, std::string("Who leads next?"));
    QCOMPARE(predict.choices.size(), std::size_t{2});
    QCOMPARE(predict.correctChoice(), 1);
    QCOMPARE(predict.why, std::string("The controller elects from the ISR."));
    const Step& task = l.steps[2];
    QCOMPARE(task.waits.front().text, std::string("broker 1 == stopped"));
    QCOMPARE(task.studentCommands.front().text, std::string("broker kill 1"));
    QCOMPARE(task.within, seconds(5));
    const Step& run = l.steps[3];
    QCOMPARE(run.commands.size(), std::size_t{1});
    QCOMPARE(run.commands.front().line, 32);
    QCOMPARE(run.checks.front().text, std::string("leader t-0 != 1"));
}

void TestLessons::badFilesNameTheLineAndTheProblem_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no title") << "title Failover\n" << "" << 1 << "no 'title'";
    QTest::newRow("unknown header") << "part 7\n" << "level 7\n" << 3 << "unknown line 'level'";
    QTest::newRow("part not a number") << "part 7\n" << "part seven\n" << 3 << "whole number";
    QTest::newRow("setup not cluster") << "  cluster brokers=3\n  topic" << "  topic create x\n  topic" << 7 << "must start with the 'cluster'";
    QTest::newRow("block not closed") << "  check leader t-0 != 1\nend\n" << "  check leader t-0 != 1\n" << 30 << "has no 'end'";
    QTest::newRow("end outside a block") << "summary One line.\n" << "end\n" << 5 << "'end' without a block";
    QTest::newRow("no correct choice") << "  correct Another" << "  choice Another" << 24 << "exactly one 'correct'";
    QTest::newRow("two correct choices") << "  choice Nobody" << "  correct Nobody" << 24 << "exactly one 'correct'";
    QTest::newRow("task without wait") << "  wait broker 1 == stopped\n" << "" << 28 << "'wait' condition";
    QTest::newRow("task without student") << "  student broker kill 1\n" << "" << 28 << "'student' command";
    QTest::newRow("bad operator") << "  check leader t-0 != 1" << "  check leader t-0 is 1" << 33 << "invalid comparison operator 'is'";
    QTest::newRow("unknown condition") << "  check online t-0" << "  check happy t-0" << 17 << "unknown condition 'happy'";
    QTest::newRow("wrong arity") << "  check online t-0" << "  check online" << 17 << "'online' is written 'online TOPIC-P'";
    QTest::newRow("bad scenario line") << "  advance 15s" << "  produce t value=\"open" << 32 << "quote";
    QTest::newRow("check in a predict") << "  why The controller elects\n" << "  check online t-0\n" << 22 << "in a 'predict' step";
    QTest::newRow("bad subject") << "show leader:t-0 broker:1" << "show leader:t-0 brooker:1" << 16 << "'brooker:1' is not something to show";
    QTest::newRow("bad within") << "within 5s" << "within soon" << 28 << "soon";
    QTest::newRow("empty term") << "summary One line.\n" << "summary One line.\nterms ISR,, HW\n" << 6 << "none empty";
    QTest::newRow("two terms lines") << "summary One line.\n" << "summary One line.\nterms ISR\nterms HW\n" << 7 << "one 'terms' line";
    QTest::newRow("run without commands") << "  advance 15s\n" << "" << 33 << "at least one scenario command";
}

void TestLessons::badFilesNameTheLineAndTheProblem() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, line);
    QFETCH(QString, problem);
    QString text = QString::fromUtf8(kGood);
    QVERIFY2(text.contains(from), qPrintable(from));
    text.replace(text.indexOf(from), from.size(), to);
    try {
        parseLesson(text.toStdString(), "bad.lesson");
        QFAIL("the bad lesson parsed");
    } catch (const LessonError& e) {
        const QString what = QString::fromStdString(e.what());
        QVERIFY2(what.startsWith(QStringLiteral("bad.lesson:%1: error: ").arg(line)), qPrintable(what));
        QVERIFY2(what.contains(problem), qPrintable(what));
    }
}

void TestLessons::conditionsReadTheSnapshot() {
    const ClusterSnapshot s = smallSnapshot();
    const std::vector<std::string> events = {"controller 102: orders-0: new leader broker 2 (epoch 1)"};
    auto holds = [&](const std::string& text) { return evaluate(parseCondition(text), s, events).holds; };
    QVERIFY(holds("leader orders-0 == 2"));
    QVERIFY(!holds("leader orders-0 == 1"));
    QVERIFY(holds("isr orders-0 == [1, 2, 3]"));
    QVERIFY(!holds("isr orders-0 == [1, 2]"));
    QVERIFY(holds("hw orders-0 >= 10"));
    QVERIFY(holds("online orders-0"));
    QVERIFY(holds("controller == 102"));
    QVERIFY(holds("broker 1 == stopped"));
    QVERIFY(holds("group g1 == Stable"));
    QVERIFY(holds("members g1 == 2"));
    QVERIFY(holds("coordinator g1 == 3"));
    QVERIFY(holds("event new leader broker 2"));
    QVERIFY(!holds("event new leader broker 3"));
    const ConditionResult missing = evaluate(parseCondition("hw orders-7 == 0"), s, events);
    QVERIFY(!missing.holds);
    QCOMPARE(missing.found, std::string("no partition orders-7"));
    QCOMPARE(evaluate(parseCondition("leader orders-0 == 1"), s, events).found, std::string("2"));
}

void TestLessons::subjectsResolveAgainstTheSnapshot() {
    ClusterSnapshot s = smallSnapshot();
    QCOMPARE(resolveSubjects({"leader:orders-0", "controller:active", "coordinator:g1", "partition:orders-0", "leader:nope-1"}, s),
             (std::vector<std::string>{"broker:2", "controller:102", "broker:3", "partition:orders-0"}));
    s.mode = "zookeeper";
    s.activeController = 3;
    QCOMPARE(resolveSubjects({"controller:active"}, s), (std::vector<std::string>{"broker:3"}));
}

void TestLessons::playerFailsAnUndoneTaskAndAFalseCheck() {
    std::ostringstream good;
    QCOMPARE(playLesson(parseLesson(kGood, "good.lesson"), good).exitCode, 0);
    QVERIFY(good.str().find("PASSED") != std::string::npos);

    QString text = QString::fromUtf8(kGood);
    text.replace(QStringLiteral("  student broker kill 1\n"), QStringLiteral("  student broker pause 2\n"));
    text.replace(QStringLiteral("check leader t-0 != 1"), QStringLiteral("check hw t-0 == 99"));
    std::ostringstream bad;
    const PlayResult r = playLesson(parseLesson(text.toStdString(), "bad.lesson"), bad);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.checksFailed, 2);
    QVERIFY2(bad.str().find("not done within 5.0s") != std::string::npos, bad.str().c_str());
    QVERIFY2(bad.str().find("bad.lesson:33: FAILED check hw t-0 == 99 (found 0)") != std::string::npos, bad.str().c_str());

    text.replace(QStringLiteral("advance 15s"), QStringLiteral("broker kill 9"));
    std::ostringstream broken;
    QCOMPARE(playLesson(parseLesson(text.toStdString(), "broken.lesson"), broken).exitCode, 2);
    QVERIFY2(broken.str().find("broken.lesson:32:") != std::string::npos, broken.str().c_str());
}

void TestLessons::builtInLessonsCoverTheCourse() {
    const QStringList files = QDir(sourcePath(QStringLiteral("resources/lessons"))).entryList({QStringLiteral("*.lesson")});
    QVERIFY2(files.size() >= 9, "at least nine built-in lessons");
    std::set<int> parts;
    for (const QString& name : files) {
        QFile file(sourcePath(QStringLiteral("resources/lessons/") + name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Lesson l = parseLesson(file.readAll().toStdString(), name.toStdString());
        QVERIFY2(parts.insert(l.part).second, qPrintable(name + QStringLiteral(": two lessons share a part number")));
        bool predicts = false;
        for (const Step& s : l.steps) predicts = predicts || s.kind == StepKind::Predict;
        QVERIFY2(predicts, qPrintable(name + QStringLiteral(" asks for no prediction")));
        QVERIFY2(QFile::exists(sourcePath(QStringLiteral("tests/lessons/%1.trace").arg(QString::fromStdString(l.name)))),
                 qPrintable(name + QStringLiteral(" has no golden trace: run scripts/update-lesson-goldens.sh")));
    }
    for (int part = 1; part <= 9; ++part) QVERIFY2(parts.count(part), qPrintable(QStringLiteral("no lesson for part %1").arg(part)));
}

void TestLessons::everyBuiltInLessonMatchesItsGoldenTrace() {
    const QStringList files = QDir(sourcePath(QStringLiteral("resources/lessons"))).entryList({QStringLiteral("*.lesson")});
    for (const QString& file : files) {
        const QString name = file.chopped(7);
        int exitCode = -1;
        const std::string output = runCli({QStringLiteral("lesson"), QStringLiteral("run"), name}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(name + QStringLiteral(" failed:\n") + QString::fromStdString(output)));
        QFile golden(sourcePath(QStringLiteral("tests/lessons/%1.trace").arg(name)));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const QString difference = QString::fromUtf8(ks::testing::firstDifference(golden.readAll().toStdString(), output, "golden", "now"));
        QVERIFY2(difference.isEmpty(),
                 qPrintable(name + QStringLiteral(" no longer matches tests/lessons/%1.trace at ").arg(name) + difference +
                            QStringLiteral("\nIf the change is intended, run scripts/update-lesson-goldens.sh and review "
                                           "git diff tests/lessons.")));
    }
}

void TestLessons::cliListsAndRefusesUnknownLessons() {
    int exitCode = -1;
    const QString list = QString::fromStdString(runCli({QStringLiteral("lesson"), QStringLiteral("list")}, &exitCode));
    QCOMPARE(exitCode, 0);
    QVERIFY2(list.startsWith(QStringLiteral("1  brokers  Brokers and the cluster\n")), qPrintable(list));
    QCOMPARE(list.count(u'\n'), 9);
    const QString unknown = QString::fromStdString(runCli({QStringLiteral("lesson"), QStringLiteral("run"), QStringLiteral("nope")}, &exitCode));
    QCOMPARE(exitCode, 2);
    QVERIFY(unknown.contains(QStringLiteral("there is no built-in lesson 'nope'")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.lesson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QString::fromUtf8(kGood).replace(QStringLiteral("check online t-0"), QStringLiteral("check offline t-0")).toUtf8());
    file.close();
    const QString failed = QString::fromStdString(runCli({QStringLiteral("lesson"), QStringLiteral("run"), path}, &exitCode));
    QCOMPARE(exitCode, 1);
    QVERIFY2(failed.contains(QStringLiteral("mine.lesson:17: FAILED check offline t-0")), qPrintable(failed));
}

QTEST_APPLESS_MAIN(TestLessons)
#include "test_lessons.moc"
