// Workspace files (.kscope): what is saved comes back; saving is atomic; a corrupt, truncated,
// newer-version or non-SQLite file gets a message naming the problem and is never changed.
#include "runtime/engine_runtime.h"
#include "workspace/workspace_file.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace ks;

namespace {

workspace::Workspace sample() {
    workspace::Workspace w;
    w.session.seed = 18446744073709551557ULL;   // above 2^63: must survive SQLite's signed integers
    w.session.setup = "cluster brokers=3 controllers=3\ntopic create orders partitions=3 rf=3\n";
    w.session.setupEnd = 1459000;
    w.session.end = seconds(30);
    CommandRecord kill;
    kill.at = seconds(4);
    kill.text = "broker kill 2";
    CommandRecord tick;
    tick.at = seconds(4);
    tick.text = "produce orders partition=1 value=order-40 count=1";
    tick.automatic = true;
    CommandRecord bad;
    bad.at = seconds(9);
    bad.text = "broker kill 42";
    bad.ok = false;
    bad.error = "1:13: error: no broker 42";
    w.session.commands = {kill, tick, bad};
    w.producer.enabled = false;
    w.producer.recordsPerTick = 5;
    w.producer.interval = millis(250);
    w.speed = 10;
    w.lessons = {{QStringLiteral("replication"), 3, false, QStringLiteral("q1=b")}, {QStringLiteral("topics"), 7, true, {}}};
    w.layout.insert(QStringLiteral("window/state"), QByteArray("\x00\x01\xff state", 9));
    w.chartSelections.insert(QStringLiteral("charts/lag"), QStringLiteral("analytics"));
    return w;
}

QByteArray digest(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Opens a saved workspace with plain Qt SQL to change it behind the workspace code's back.
void tamper(const QString& path, const QString& sql) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

// Loading must fail with a message containing `expected`, and leave the file exactly as it was.
void expectRejected(const QString& path, const QString& expected) {
    const QByteArray before = digest(path);
    QString error;
    const std::optional<workspace::Workspace> w = workspace::load(path, &error);
    QVERIFY2(!w, qPrintable(path));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(digest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

}  // namespace

class TestWorkspaceFile : public QObject {
    Q_OBJECT

private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();   // a directory of its own for each test
        QVERIFY(dir_->isValid());
    }
    void savedWorkspaceComesBack();
    void saveReplacesAtomically();
    void failedSaveLeavesTheTargetAlone();
    void notSqlite();
    void emptyFile();
    void truncated();
    void corrupt();
    void newerSchemaVersion();
    void sqliteButNotAWorkspace();
    void commandsOutOfOrder();
    void missingFile();

private:
    QString path(const char* name) const { return dir_->filePath(QString::fromLatin1(name)); }
    QString saved(const char* name) const {
        const QString p = path(name);
        const QString error = workspace::save(sample(), p);
        if (!error.isEmpty()) qWarning("%s", qPrintable(error));
        return p;
    }
    std::unique_ptr<QTemporaryDir> dir_;
};

void TestWorkspaceFile::savedWorkspaceComesBack() {
    const QString p = saved("round.kscope");
    QString error;
    const std::optional<workspace::Workspace> w = workspace::load(p, &error);
    QVERIFY2(w, qPrintable(error));
    const workspace::Workspace s = sample();
    QCOMPARE(w->session.seed, s.session.seed);
    QCOMPARE(w->session.setup, s.session.setup);
    QCOMPARE(w->session.setupEnd, s.session.setupEnd);
    QCOMPARE(w->session.end, s.session.end);
    QCOMPARE(w->session.commands.size(), s.session.commands.size());
    for (std::size_t i = 0; i < s.session.commands.size(); ++i) {
        const CommandRecord& a = w->session.commands[i];
        const CommandRecord& b = s.session.commands[i];
        QCOMPARE(a.at, b.at);
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.automatic, b.automatic);
        QCOMPARE(a.ok, b.ok);
        QCOMPARE(a.error, b.error);
    }
    QVERIFY(w->producer == s.producer);
    QCOMPARE(w->speed, s.speed);
    QCOMPARE(w->lessons.size(), 2);
    QCOMPARE(w->lessons[0].lesson, QStringLiteral("replication"));
    QCOMPARE(w->lessons[0].step, 3);
    QCOMPARE(w->lessons[0].answers, QStringLiteral("q1=b"));
    QCOMPARE(w->lessons[1].completed, true);
    QCOMPARE(w->layout, s.layout);
    QCOMPARE(w->chartSelections, s.chartSelections);
    QCOMPARE(w->replayEnd(), seconds(30));
}

void TestWorkspaceFile::saveReplacesAtomically() {
    const QString p = saved("atomic.kscope");
    QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    workspace::Workspace other = sample();
    other.session.seed = 99;
    QCOMPARE(workspace::save(other, p), QString());
    QString error;
    const std::optional<workspace::Workspace> w = workspace::load(p, &error);
    QVERIFY2(w, qPrintable(error));
    QCOMPARE(w->session.seed, std::uint64_t{99});
    // The new file took the old one's place by a rename: no temporary file is left, the mode is kept.
    QCOMPARE(QDir(dir_->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("atomic.kscope")});
    QCOMPARE(QFile::permissions(p) & (QFile::ReadOther | QFile::ReadGroup), QFile::ReadGroup);
}

void TestWorkspaceFile::failedSaveLeavesTheTargetAlone() {
    // The target is a directory with a file in it: the rename fails, after the whole file was written.
    const QString p = path("taken.kscope");
    QVERIFY(QDir().mkpath(p));
    QFile inside(p + QStringLiteral("/keep.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write("precious");
    inside.close();
    const QString error = workspace::save(sample(), p);
    QVERIFY2(error.contains(QStringLiteral("Cannot replace")), qPrintable(error));
    QVERIFY(QFileInfo(p).isDir());
    QVERIFY(QFile::exists(p + QStringLiteral("/keep.txt")));
    QCOMPARE(QDir(dir_->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestWorkspaceFile::notSqlite() {
    const QString p = path("notes.kscope");
    QFile f(p);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("cluster brokers=3\nbroker kill 2\n");
    f.close();
    expectRejected(p, QStringLiteral("not an SQLite database"));
}

void TestWorkspaceFile::emptyFile() {
    const QString p = path("empty.kscope");
    QFile f(p);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    expectRejected(p, QStringLiteral("empty"));
}

void TestWorkspaceFile::truncated() {
    const QString p = saved("cut.kscope");
    QFile f(p);
    QVERIFY(f.size() > 4096);
    QVERIFY(f.resize(f.size() / 2 + 100));
    expectRejected(p, QStringLiteral("truncated"));
    QVERIFY(f.resize(60));
    expectRejected(p, QStringLiteral("truncated"));
}

void TestWorkspaceFile::corrupt() {
    const QString p = saved("corrupt.kscope");
    QFile f(p);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    // Scribble over everything after the first page: the schema survives, the tables do not.
    QVERIFY(f.seek(4096));
    f.write(QByteArray(static_cast<int>(size - 4096), '\x5a'));
    f.close();
    QString error;
    QVERIFY(!workspace::load(p, &error));
    QVERIFY2(error.contains(QStringLiteral("corrupt")) || error.contains(QStringLiteral("damaged")), qPrintable(error));
    expectRejected(p, error.contains(QStringLiteral("corrupt")) ? QStringLiteral("corrupt") : QStringLiteral("damaged"));
}

void TestWorkspaceFile::newerSchemaVersion() {
    const QString p = saved("future.kscope");
    tamper(p, QStringLiteral("UPDATE schema_version SET version = 99"));
    expectRejected(p, QStringLiteral("newer Kafkascope (workspace schema version 99; this one reads up to version 1)"));
}

void TestWorkspaceFile::sqliteButNotAWorkspace() {
    const QString p = path("other.db");
    tamper(p, QStringLiteral("CREATE TABLE songs (title TEXT)"));
    expectRejected(p, QStringLiteral("no schema_version table"));
}

void TestWorkspaceFile::commandsOutOfOrder() {
    const QString p = saved("order.kscope");
    tamper(p, QStringLiteral("UPDATE commands SET at_us = 1 WHERE seq = 3"));
    expectRejected(p, QStringLiteral("command 3 ('broker kill 42') is at 1 µs"));
}

void TestWorkspaceFile::missingFile() { expectRejected(path("nowhere.kscope"), QStringLiteral("no such file")); }

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "test_gui_workspace_file.moc"
