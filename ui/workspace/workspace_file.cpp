#include "workspace/workspace_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <cstdio>
#include <cstring>

namespace ks::workspace {
namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";   // followed by a NUL: 16 bytes
constexpr int kHeaderSize = 100;

// The messages' translation context.
class WorkspaceText {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceText)
};

// One Qt SQL connection with a name of its own, removed when it goes out of scope.
class Connection {
public:
    Connection(const QString& path, bool readOnly) : name_(QUuid::createUuid().toString()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db.setDatabaseName(path);
        if (readOnly) db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        opened_ = db.open();
        if (!opened_) error_ = db.lastError().text();
    }
    ~Connection() {
        {
            QSqlDatabase db = QSqlDatabase::database(name_, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name_);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool opened() const { return opened_; }
    QString error() const { return error_; }
    QSqlDatabase db() const { return QSqlDatabase::database(name_, false); }

private:
    QString name_;
    bool opened_ = false;
    QString error_;
};

// Runs one statement; on failure sets `error` (if still empty) and returns false.
bool exec(QSqlQuery& query, QString* error) {
    if (query.exec()) return true;
    if (error->isEmpty()) *error = query.lastError().text();
    return false;
}

bool exec(const QSqlDatabase& db, const QString& sql, QString* error) {
    QSqlQuery query(db);
    query.prepare(sql);
    return exec(query, error);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, and "" is what is meant.
QString text(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
QString text(const std::string& s) { return text(QString::fromStdString(s)); }

const char* const kCreateTables[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE session (seed TEXT NOT NULL, setup TEXT NOT NULL, setup_end_us INTEGER NOT NULL, "
    "end_us INTEGER NOT NULL, speed REAL NOT NULL, producer_enabled INTEGER NOT NULL, producer_topic TEXT NOT NULL, "
    "producer_records_per_tick INTEGER NOT NULL, producer_interval_us INTEGER NOT NULL)",
    "CREATE TABLE commands (seq INTEGER PRIMARY KEY, at_us INTEGER NOT NULL, text TEXT NOT NULL, "
    "automatic INTEGER NOT NULL, ok INTEGER NOT NULL, error TEXT NOT NULL)",
    "CREATE TABLE lesson_progress (lesson TEXT PRIMARY KEY, step INTEGER NOT NULL, completed INTEGER NOT NULL, "
    "answers TEXT NOT NULL)",
    "CREATE TABLE ui_layout (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE chart_selections (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

QString writeTables(const QSqlDatabase& db, const Workspace& w) {
    QString error;
    for (const char* sql : kCreateTables)
        if (!exec(db, QString::fromLatin1(sql), &error)) return error;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
    q.addBindValue(kSchemaVersion);
    if (!exec(q, &error)) return error;

    const runtime::SessionRecord& s = w.session;
    q.prepare(QStringLiteral("INSERT INTO session VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QString::number(s.seed));
    q.addBindValue(text(s.setup));
    q.addBindValue(static_cast<qint64>(s.setupEnd));
    q.addBindValue(static_cast<qint64>(s.end));
    q.addBindValue(w.speed);
    q.addBindValue(w.producer.enabled ? 1 : 0);
    q.addBindValue(text(w.producer.topic));
    q.addBindValue(w.producer.recordsPerTick);
    q.addBindValue(static_cast<qint64>(w.producer.interval));
    if (!exec(q, &error)) return error;

    q.prepare(QStringLiteral("INSERT INTO commands VALUES (?, ?, ?, ?, ?, ?)"));
    qint64 seq = 0;
    for (const CommandRecord& c : s.commands) {
        q.addBindValue(++seq);
        q.addBindValue(static_cast<qint64>(c.at));
        q.addBindValue(text(c.text));
        q.addBindValue(c.automatic ? 1 : 0);
        q.addBindValue(c.ok ? 1 : 0);
        q.addBindValue(text(c.error));
        if (!exec(q, &error)) return error;
    }
    q.prepare(QStringLiteral("INSERT INTO lesson_progress VALUES (?, ?, ?, ?)"));
    for (const LessonProgress& l : w.lessons) {
        q.addBindValue(text(l.lesson));
        q.addBindValue(l.step);
        q.addBindValue(l.completed ? 1 : 0);
        q.addBindValue(text(l.answers));
        if (!exec(q, &error)) return error;
    }
    q.prepare(QStringLiteral("INSERT INTO ui_layout VALUES (?, ?)"));
    for (auto it = w.layout.begin(); it != w.layout.end(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value().isNull() ? QByteArray("") : it.value());
        if (!exec(q, &error)) return error;
    }
    q.prepare(QStringLiteral("INSERT INTO chart_selections VALUES (?, ?)"));
    for (auto it = w.chartSelections.begin(); it != w.chartSelections.end(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(text(it.value()));
        if (!exec(q, &error)) return error;
    }
    return {};
}

std::uint32_t bigEndian(const char* p, int bytes) {
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

// What the file's first bytes say, before SQLite sees it: is it SQLite at all, and is it whole?
QString checkHeader(const QString& path) {
    QFile file(path);
    if (!file.exists()) return WorkspaceText::tr("there is no such file");
    if (!file.open(QIODevice::ReadOnly)) return WorkspaceText::tr("it cannot be read: %1").arg(file.errorString());
    const qint64 size = file.size();
    if (size == 0) return WorkspaceText::tr("the file is empty, not a Kafkascope workspace");
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < 16 || std::memcmp(header.constData(), kSqliteMagic, 16) != 0)
        return WorkspaceText::tr("it is not a Kafkascope workspace (not an SQLite database)");
    if (header.size() < kHeaderSize) return WorkspaceText::tr("the file is truncated: %1 bytes, not even a whole SQLite header").arg(size);
    const char* h = header.constData();
    std::uint32_t pageSize = bigEndian(h + 16, 2);
    if (pageSize == 1) pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) return WorkspaceText::tr("the file is corrupt: its SQLite header names no valid page size");
    const std::uint32_t pages = bigEndian(h + 28, 4);
    const bool pagesValid = pages > 0 && bigEndian(h + 24, 4) == bigEndian(h + 92, 4);
    const qint64 expected = static_cast<qint64>(pages) * pageSize;
    if ((pagesValid && size < expected) || size % pageSize != 0)
        return WorkspaceText::tr("the file is truncated: %1 bytes of the %2 its header promises").arg(size).arg(pagesValid ? expected : (size / pageSize + 1) * pageSize);
    return {};
}

QString badRow(const QString& table, const QString& what) { return WorkspaceText::tr("the table '%1' is damaged: %2").arg(table, what); }

QString readTables(const QSqlDatabase& db, Workspace* w) {
    QString error;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!exec(q, &error)) return WorkspaceText::tr("the file is corrupt: %1").arg(error);
    if (!q.next() || q.value(0).toString() != QStringLiteral("ok"))
        return WorkspaceText::tr("the file is corrupt: SQLite's check says '%1'").arg(q.value(0).toString());

    q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!exec(q, &error)) return WorkspaceText::tr("the file is corrupt: %1").arg(error);
    if (!q.next()) return WorkspaceText::tr("it is an SQLite database but not a Kafkascope workspace (it has no schema_version table)");
    q.prepare(QStringLiteral("SELECT version FROM schema_version"));
    if (!exec(q, &error) || !q.next()) return badRow(QStringLiteral("schema_version"), error.isEmpty() ? WorkspaceText::tr("it has no row") : error);
    bool ok = false;
    const int version = q.value(0).toInt(&ok);
    if (!ok || version < 1) return badRow(QStringLiteral("schema_version"), WorkspaceText::tr("'%1' is not a version").arg(q.value(0).toString()));
    if (version > kSchemaVersion)
        return WorkspaceText::tr("it was written by a newer Kafkascope (workspace schema version %1; this one reads up to version %2)")
            .arg(version)
            .arg(kSchemaVersion);

    q.prepare(QStringLiteral("SELECT seed, setup, setup_end_us, end_us, speed, producer_enabled, producer_topic, "
                             "producer_records_per_tick, producer_interval_us FROM session"));
    if (!exec(q, &error)) return badRow(QStringLiteral("session"), error);
    if (!q.next()) return badRow(QStringLiteral("session"), WorkspaceText::tr("it has no row"));
    runtime::SessionRecord& s = w->session;
    s.seed = q.value(0).toString().toULongLong(&ok);
    if (!ok) return badRow(QStringLiteral("session"), WorkspaceText::tr("the seed '%1' is not a whole number").arg(q.value(0).toString()));
    s.setup = q.value(1).toString().toStdString();
    s.setupEnd = q.value(2).toLongLong();
    s.end = q.value(3).toLongLong();
    w->speed = q.value(4).toDouble();
    w->producer.enabled = q.value(5).toInt() != 0;
    w->producer.topic = q.value(6).toString().toStdString();
    w->producer.recordsPerTick = q.value(7).toInt();
    w->producer.interval = q.value(8).toLongLong();
    if (s.setupEnd < 0 || s.end < s.setupEnd)
        return badRow(QStringLiteral("session"), WorkspaceText::tr("it ends (%1 µs) before its setup did (%2 µs)").arg(s.end).arg(s.setupEnd));
    if (w->producer.recordsPerTick < 1 || w->producer.interval <= 0)
        return badRow(QStringLiteral("session"), WorkspaceText::tr("the background producer's rate is not positive"));
    if (!(w->speed > 0)) return badRow(QStringLiteral("session"), WorkspaceText::tr("the clock speed is not positive"));

    q.prepare(QStringLiteral("SELECT seq, at_us, text, automatic, ok, error FROM commands ORDER BY seq"));
    if (!exec(q, &error)) return badRow(QStringLiteral("commands"), error);
    SimTime previous = s.setupEnd;
    while (q.next()) {
        CommandRecord c;
        c.at = q.value(1).toLongLong();
        c.text = q.value(2).toString().toStdString();
        c.automatic = q.value(3).toInt() != 0;
        c.ok = q.value(4).toInt() != 0;
        c.error = q.value(5).toString().toStdString();
        const qint64 seq = q.value(0).toLongLong();
        if (c.at < previous)
            return badRow(QStringLiteral("commands"), WorkspaceText::tr("command %1 ('%2') is at %3 µs, before the one it follows (%4 µs)")
                                                         .arg(seq)
                                                         .arg(QString::fromStdString(c.text))
                                                         .arg(c.at)
                                                         .arg(previous));
        previous = c.at;
        s.commands.push_back(std::move(c));
    }
    q.prepare(QStringLiteral("SELECT lesson, step, completed, answers FROM lesson_progress ORDER BY lesson"));
    if (!exec(q, &error)) return badRow(QStringLiteral("lesson_progress"), error);
    while (q.next()) w->lessons.append(LessonProgress{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt() != 0, q.value(3).toString()});
    q.prepare(QStringLiteral("SELECT key, value FROM ui_layout"));
    if (!exec(q, &error)) return badRow(QStringLiteral("ui_layout"), error);
    while (q.next()) w->layout.insert(q.value(0).toString(), q.value(1).toByteArray());
    q.prepare(QStringLiteral("SELECT key, value FROM chart_selections"));
    if (!exec(q, &error)) return badRow(QStringLiteral("chart_selections"), error);
    while (q.next()) w->chartSelections.insert(q.value(0).toString(), q.value(1).toString());
    return {};
}

}  // namespace

SimTime Workspace::replayEnd() const {
    SimTime end = std::max(session.end, session.setupEnd);
    if (!session.commands.empty()) end = std::max(end, session.commands.back().at);
    return end;
}

QString save(const Workspace& workspace, const QString& path) {
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.saving").arg(target.fileName())));
    if (!temporary.open()) return WorkspaceText::tr("Cannot write in %1: %2").arg(target.absolutePath(), temporary.errorString());
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    QString error;
    {
        Connection connection(temporaryPath, false);
        if (!connection.opened()) return WorkspaceText::tr("Cannot create %1: %2").arg(temporaryPath, connection.error());
        QSqlDatabase db = connection.db();
        if (!db.transaction()) return WorkspaceText::tr("Cannot write %1: %2").arg(temporaryPath, db.lastError().text());
        error = writeTables(db, workspace);
        if (error.isEmpty() && !db.commit()) error = db.lastError().text();
        if (!error.isEmpty()) db.rollback();
    }
    if (!error.isEmpty()) return WorkspaceText::tr("Cannot write %1: %2").arg(path, error);
    QFile::setPermissions(temporaryPath, target.exists() ? QFile::permissions(target.absoluteFilePath())
                                                         : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // rename(2) replaces the target in one step: readers see the old file or the new one, never half.
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return WorkspaceText::tr("Cannot replace %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    temporary.setAutoRemove(false);
    return {};
}

std::optional<Workspace> load(const QString& path, QString* error) {
    auto failed = [&](const QString& why) {
        *error = WorkspaceText::tr("Cannot open %1: %2.").arg(path, why);
        return std::nullopt;
    };
    if (const QString why = checkHeader(path); !why.isEmpty()) return failed(why);
    Workspace workspace;
    Connection connection(path, true);
    if (!connection.opened()) return failed(connection.error());
    if (const QString why = readTables(connection.db(), &workspace); !why.isEmpty()) return failed(why);
    return workspace;
}

}  // namespace ks::workspace
