// Keeps the engine deterministic and free of Qt. Outside engine/runtime/ (the one folder allowed to
// touch threads and the wall clock), no engine source may include a Qt header, read the wall clock,
// sleep, or draw unseeded random numbers, and the engine's CMake files must not bring in Qt.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>
#include <QtTest>

#include <algorithm>

namespace {

struct Rule {
    QString what;
    QRegularExpression pattern;
};

struct Violation {
    QString file;
    int line = 0;
    QString what;
    QString match;
    QString text;

    QString describe() const {
        return QStringLiteral("%1:%2: %3 (\"%4\"): %5")
            .arg(file)
            .arg(line)
            .arg(what, match, text.trimmed());
    }
};

// A name used as a call to the C or C++ library function: std::name(, ::name(, or a plain name( that
// is not a member access (a.name(, p->name() nor qualified by another namespace or class (X::name().
QString libraryCall(const QString& name) {
    return QStringLiteral(R"((?:\bstd::|(?<![\w>])::|(?<![\w.>:]))%1\s*\()").arg(name);
}

// Matched against code without comments but with string literals intact, so includes are visible.
const QList<Rule>& includeRules() {
    static const QList<Rule> rules{
        {QStringLiteral("includes a Qt header (the engine uses no Qt)"),
         QRegularExpression(QStringLiteral(
             R"(^\s*#\s*include\s*(?:[<"](?:Qt\w*/|Q\w+\s*[>"])|<q\w*\.h\s*>))"))},
    };
    return rules;
}

// Matched against code without comments and with the contents of string literals blanked.
const QList<Rule>& codeRules() {
    static const QString wallClock = QStringLiteral("reads the wall clock");
    static const QString sleeps = QStringLiteral("sleeps");
    static const QString randomness = QStringLiteral("uses unseeded randomness");
    static const QList<Rule> rules{
        {wallClock, QRegularExpression(QStringLiteral(
                        R"(\b(?:system|steady|high_resolution|utc|tai|gps|file)_clock\b)"))},
        {wallClock, QRegularExpression(QStringLiteral(R"(\b(?:gettimeofday|clock_gettime)\b)"))},
        // C's time() always takes a pointer argument; a simulated-time accessor time() takes none.
        {wallClock, QRegularExpression(QStringLiteral(R"((?:\bstd::|(?<![\w>])::)time\s*\()"))},
        {wallClock, QRegularExpression(QStringLiteral(
                        R"((?<![\w.>:])time\s*\(\s*(?:nullptr\b|NULL\b|0\s*\)|&))"))},
        // C's clock() in an expression, not a declaration like "SimClock& clock()".
        {wallClock, QRegularExpression(QStringLiteral(R"((?:\bstd::|(?<![\w>])::)clock\s*\()"))},
        {wallClock, QRegularExpression(QStringLiteral(
                        R"((?:^|[=(,;{}!?+\-/%|^<\[]|(?<!:):|\breturn)\s*clock\s*\(\s*\))"))},
        {sleeps, QRegularExpression(QStringLiteral(R"(\b(?:sleep_for|sleep_until|usleep|nanosleep)\b)"))},
        {sleeps, QRegularExpression(libraryCall(QStringLiteral("sleep")))},
        {randomness, QRegularExpression(QStringLiteral(R"(\brandom_device\b)"))},
        {randomness, QRegularExpression(libraryCall(QStringLiteral("s?rand")))},
    };
    return rules;
}

const QList<Rule>& cmakeRules() {
    static const QList<Rule> rules{
        {QStringLiteral("links Qt (the engine uses no Qt)"),
         QRegularExpression(QStringLiteral(R"(\bQt\d*::)"))},
        {QStringLiteral("looks for Qt (the engine uses no Qt)"),
         QRegularExpression(QStringLiteral(R"((?i:\bfind_package)\s*\(\s*Qt)"))},
    };
    return rules;
}

struct StrippedLine {
    QString code;  // comments removed
    QString bare;  // comments removed and literal contents blanked
};

// A ' between digits of a number (1'000'000) separates digits; elsewhere it starts a character literal.
bool isDigitSeparator(const QString& line, qsizetype quote) {
    if (quote == 0 || !line[quote - 1].isLetterOrNumber()) {
        return false;
    }
    qsizetype start = quote;
    while (start > 0 && (line[start - 1].isLetterOrNumber() || line[start - 1] == u'_' ||
                         line[start - 1] == u'\'' || line[start - 1] == u'.')) {
        --start;
    }
    return line[start].isDigit();
}

StrippedLine strip(const QString& line, bool& inBlockComment) {
    StrippedLine out;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        const QChar next = i + 1 < line.size() ? line[i + 1] : QChar();
        if (inBlockComment) {
            if (c == u'*' && next == u'/') {
                inBlockComment = false;
                ++i;
            }
            continue;
        }
        if (!quote.isNull()) {
            out.code += c;
            if (c == u'\\' && !next.isNull()) {
                out.code += next;
                out.bare += QStringLiteral("  ");
                ++i;
            } else if (c == quote) {
                out.bare += c;
                quote = QChar();
            } else {
                out.bare += u' ';
            }
            continue;
        }
        if (c == u'/' && next == u'/') {
            break;
        }
        if (c == u'/' && next == u'*') {
            inBlockComment = true;
            out.code += u' ';
            out.bare += u' ';
            ++i;
            continue;
        }
        if (c == u'"' || (c == u'\'' && !isDigitSeparator(line, i))) {
            quote = c;
        }
        out.code += c;
        out.bare += c;
    }
    return out;
}

void match(const QList<Rule>& rules, const QString& subject, const QString& file, int lineNumber,
           const QString& original, QList<Violation>& found) {
    for (const Rule& rule : rules) {
        const QRegularExpressionMatch m = rule.pattern.match(subject);
        if (m.hasMatch()) {
            found.append({file, lineNumber, rule.what, m.captured(0).trimmed(), original});
        }
    }
}

// The checker for C++ sources. `file` only names the source in the violations it returns.
QList<Violation> checkSource(const QString& file, const QStringList& lines) {
    QList<Violation> found;
    bool inBlockComment = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const StrippedLine stripped = strip(lines[i], inBlockComment);
        const int lineNumber = static_cast<int>(i + 1);
        match(includeRules(), stripped.code, file, lineNumber, lines[i], found);
        match(codeRules(), stripped.bare, file, lineNumber, lines[i], found);
    }
    return found;
}

// The checker for CMake files; a # starts a comment.
QList<Violation> checkCMake(const QString& file, const QStringList& lines) {
    QList<Violation> found;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString code = lines[i].section(u'#', 0, 0);
        match(cmakeRules(), code, file, static_cast<int>(i + 1), lines[i], found);
    }
    return found;
}

QStringList readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    QStringList lines;
    QTextStream in(&file);
    while (!in.atEnd()) {
        lines.append(in.readLine());
    }
    return lines;
}

QString report(const QList<Violation>& violations) {
    QStringList text{QStringLiteral("%1 engine hygiene violation(s):").arg(violations.size())};
    for (const Violation& v : violations) {
        text.append(v.describe());
    }
    return text.join(u'\n');
}

QString sourceDir() { return QStringLiteral(KAFKASCOPE_SOURCE_DIR); }

}  // namespace

class TestEngineHygiene : public QObject {
    Q_OBJECT

private slots:
    void checkerOnSampleLines_data();
    void checkerOnSampleLines();
    void checkerFollowsBlockComments();
    void cmakeCheckerOnSampleLines();
    void engineSourcesAreClean();
    void engineCMakeUsesNoQt();
};

void TestEngineHygiene::checkerOnSampleLines_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    const QString clean;
    const QString qt = QStringLiteral("includes a Qt header (the engine uses no Qt)");
    const QString wallClock = QStringLiteral("reads the wall clock");
    const QString sleeps = QStringLiteral("sleeps");
    const QString randomness = QStringLiteral("uses unseeded randomness");

    QTest::newRow("engine include") << QStringLiteral("#include \"core/rng.h\"") << clean;
    QTest::newRow("engine header starting with q") << QStringLiteral("#include \"log/queue.h\"") << clean;
    QTest::newRow("standard include") << QStringLiteral("#include <queue>") << clean;
    QTest::newRow("advance(") << QStringLiteral("clock_.advance(millis(5));") << clean;
    QTest::newRow("runtime(") << QStringLiteral("SimTime total = runtime(stats);") << clean;
    QTest::newRow("operand(") << QStringLiteral("return operand(rhs) + strand(x);") << clean;
    QTest::newRow("seeded rng") << QStringLiteral("auto r = Rng::derive(seed, node).below(6);") << clean;
    QTest::newRow("member rand") << QStringLiteral("int r = rng.rand() + gen->rand();") << clean;
    QTest::newRow("time accessor") << QStringLiteral("SimTime time() const { return now_; }") << clean;
    QTest::newRow("time member call") << QStringLiteral("auto t = event.time(0);") << clean;
    QTest::newRow("clock accessor") << QStringLiteral("SimClock& clock() { return clock_; }") << clean;
    QTest::newRow("clock member call") << QStringLiteral("auto now = cluster.clock().now();") << clean;
    QTest::newRow("simulated sleep name") << QStringLiteral("node.sleepUntil(t); asleep(n);") << clean;
    QTest::newRow("line comment") << QStringLiteral("x = 1;  // not std::this_thread::sleep_for") << clean;
    QTest::newRow("block comment") << QStringLiteral("/* rand() */ x = next();") << clean;
    QTest::newRow("string literal") << QStringLiteral("log(\"sleep(1) // rand()\");") << clean;
    QTest::newRow("digit separators") << QStringLiteral("x = 1'000'000; y = srand_seed_;") << clean;
    QTest::newRow("char literal") << QStringLiteral("c = '\"'; d = 2;") << clean;

    QTest::newRow("QtGui module") << QStringLiteral("#include <QtGui/QColor>") << qt;
    QTest::newRow("QtWidgets") << QStringLiteral("#include <QtWidgets>") << qt;
    QTest::newRow("Q class") << QStringLiteral("#include <QString>") << qt;
    QTest::newRow("spaced directive") << QStringLiteral("  #  include <QtCore/qglobal.h>") << qt;
    QTest::newRow("lowercase qt header") << QStringLiteral("#include <qobject.h>") << qt;
    QTest::newRow("quoted Q header") << QStringLiteral("#include \"QWidget\"") << qt;
    QTest::newRow("steady_clock")
        << QStringLiteral("auto t = std::chrono::steady_clock::now();") << wallClock;
    QTest::newRow("system_clock") << QStringLiteral("using Wall = std::chrono::system_clock;") << wallClock;
    QTest::newRow("high_resolution_clock") << QStringLiteral("high_resolution_clock::now()") << wallClock;
    QTest::newRow("time(nullptr)") << QStringLiteral("std::time_t now = time(nullptr);") << wallClock;
    QTest::newRow("std::time") << QStringLiteral("auto now = std::time(0);") << wallClock;
    QTest::newRow("time(&t)") << QStringLiteral("time(&stamp);") << wallClock;
    QTest::newRow("gettimeofday") << QStringLiteral("gettimeofday(&tv, nullptr);") << wallClock;
    QTest::newRow("clock_gettime") << QStringLiteral("clock_gettime(CLOCK_MONOTONIC, &ts);") << wallClock;
    QTest::newRow("clock()") << QStringLiteral("auto ticks = clock();") << wallClock;
    QTest::newRow("return clock()") << QStringLiteral("return clock() / CLOCKS_PER_SEC;") << wallClock;
    QTest::newRow("std::clock") << QStringLiteral("auto ticks = std::clock();") << wallClock;
    QTest::newRow("sleep_for") << QStringLiteral("std::this_thread::sleep_for(10ms);") << sleeps;
    QTest::newRow("sleep_until") << QStringLiteral("std::this_thread::sleep_until(deadline);") << sleeps;
    QTest::newRow("usleep") << QStringLiteral("usleep(100);") << sleeps;
    QTest::newRow("sleep(") << QStringLiteral("if (busy) sleep(1);") << sleeps;
    QTest::newRow("::sleep(") << QStringLiteral("::sleep(1);") << sleeps;
    QTest::newRow("nanosleep") << QStringLiteral("nanosleep(&ts, nullptr);") << sleeps;
    QTest::newRow("random_device") << QStringLiteral("std::random_device device;") << randomness;
    QTest::newRow("rand(") << QStringLiteral("int roll = rand() % 6;") << randomness;
    QTest::newRow("std::rand") << QStringLiteral("int roll = std::rand();") << randomness;
    QTest::newRow("srand(") << QStringLiteral("srand(42);") << randomness;
    QTest::newRow("code before comment") << QStringLiteral("int r = rand();  // rand is fine here?")
                                         << randomness;
}

void TestEngineHygiene::checkerOnSampleLines() {
    QFETCH(QString, line);
    QFETCH(QString, expected);

    const QList<Violation> found = checkSource(QStringLiteral("sample.cpp"), {line});
    if (expected.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(report(found)));
        return;
    }
    QVERIFY2(!found.isEmpty(), qPrintable(QStringLiteral("not caught: ") + line));
    QVERIFY2(std::all_of(found.cbegin(), found.cend(),
                         [&](const Violation& v) { return v.what == expected; }),
             qPrintable(report(found)));
    QCOMPARE(found.first().file, QStringLiteral("sample.cpp"));
    QCOMPARE(found.first().line, 1);
    QCOMPARE(found.first().text, line);
}

void TestEngineHygiene::checkerFollowsBlockComments() {
    const QStringList lines{
        QStringLiteral("/* Never call"),
        QStringLiteral("   std::this_thread::sleep_for(1s); here."),
        QStringLiteral("*/ int roll = rand();"),
        QStringLiteral("int ok = rng.next();"),
    };
    const QList<Violation> found = checkSource(QStringLiteral("engine/sample.cpp"), lines);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().line, 3);
    QCOMPARE(found.first().match, QStringLiteral("rand("));
    QVERIFY(found.first().describe().startsWith(QStringLiteral("engine/sample.cpp:3: ")));
}

void TestEngineHygiene::cmakeCheckerOnSampleLines() {
    const QStringList lines{
        QStringLiteral("# The engine: plain C++20, never Qt6::Core."),
        QStringLiteral("add_library(kafkascope_engine STATIC ${SOURCES})"),
        QStringLiteral("find_package(Qt6 REQUIRED COMPONENTS Core)"),
        QStringLiteral("target_link_libraries(kafkascope_engine PUBLIC Qt::Core)"),
        QStringLiteral("FIND_PACKAGE ( Qt5 )"),
    };
    const QList<Violation> found = checkCMake(QStringLiteral("engine/CMakeLists.txt"), lines);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].line, 3);
    QCOMPARE(found[1].line, 4);
    QCOMPARE(found[2].line, 5);
}

void TestEngineHygiene::engineSourcesAreClean() {
    const QDir root(sourceDir());
    const QString runtime = QStringLiteral("engine/runtime/");
    QStringList files;
    QDirIterator it(root.filePath(QStringLiteral("engine")),
                    {QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"),
                     QStringLiteral("*.cc")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (!relative.startsWith(runtime)) {
            files.append(relative);
        }
    }
    files.sort();
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no engine sources under ") + root.path()));

    QList<Violation> found;
    for (const QString& file : files) {
        found.append(checkSource(file, readLines(root.filePath(file))));
    }
    QVERIFY2(found.isEmpty(), qPrintable(report(found)));
}

void TestEngineHygiene::engineCMakeUsesNoQt() {
    const QDir root(sourceDir());
    const QString file = QStringLiteral("engine/CMakeLists.txt");
    const QList<Violation> found = checkCMake(file, readLines(root.filePath(file)));
    QVERIFY2(found.isEmpty(), qPrintable(report(found)));
}

QTEST_APPLESS_MAIN(TestEngineHygiene)
#include "test_engine_hygiene.moc"
