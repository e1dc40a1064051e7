#include <QtTest>

#include "scenario/lexer.h"

using namespace ks::scenario;

// Test texts are plain string literals on purpose: moc (Qt 6.4) misreads raw string literals that
// contain braces or '#', and then finds no Q_OBJECT class in this file.
namespace {

const std::string kFile = "t.ks";

QString qs(const std::string& s) { return QString::fromStdString(s); }

std::vector<Line> lexText(const char* text) { return lex(text, kFile); }

// The what() of the error lexing `text` throws, or "no error".
QString lexError(const char* text) {
    try {
        lex(text, kFile);
    } catch (const ScenarioError& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("no error");
}

template <class Parse>
QString parseError(Parse parse) {
    try {
        parse();
    } catch (const ScenarioError& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("no error");
}

QStringList words(const Line& line) {
    QStringList out;
    for (const Word& word : line.words) out << qs(word.text);
    return out;
}

QString value(const Line& line, std::string_view key) {
    const KeyValue* option = line.find(key);
    return option ? qs(option->value) : QStringLiteral("<absent>");
}

}  // namespace

class TestScenarioLexer : public QObject {
    Q_OBJECT

private slots:
    void blankLinesAndComments() {
        const auto lines = lexText("# a scenario\n\n   \t\ncluster brokers=3  # three brokers\n  # indented comment\n"
                                   "advance 5s#no space needed\n");
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(words(lines[0]), QStringList{"cluster"});
        QCOMPARE(value(lines[0], "brokers"), QStringLiteral("3"));
        QCOMPARE(lines[0].options.size(), std::size_t(1));
        QCOMPARE(lines[0].pos.line, 4);
        QCOMPARE(words(lines[1]), (QStringList{"advance", "5s"}));
        QCOMPARE(lines[1].pos.line, 6);
    }

    void emptyInput() {
        QVERIFY(lexText("").empty());
        QVERIFY(lexText("\n\n# only comments\n").empty());
    }

    void positionsAreOneBased() {
        const auto lines = lexText("cluster brokers=3\n\n  topic create orders partitions=3 rf=2\n");
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(lines[0].pos.line, 1);
        QCOMPARE(lines[0].pos.column, 1);
        const Line& topic = lines[1];
        QCOMPARE(topic.pos.line, 3);
        QCOMPARE(topic.pos.column, 3);
        QCOMPARE(words(topic), (QStringList{"topic", "create", "orders"}));
        QCOMPARE(topic.words[2].pos.line, 3);
        QCOMPARE(topic.words[2].pos.column, 16);
        QCOMPARE(topic.options[0].key, std::string("partitions"));
        QCOMPARE(topic.options[0].pos.column, 23);
        QCOMPARE(topic.options[0].valuePos.column, 34);
        QCOMPARE(topic.options[1].key, std::string("rf"));
        QCOMPARE(topic.options[1].pos.column, 36);
        QCOMPARE(topic.options[1].valuePos.column, 39);
        QCOMPARE(topic.options[1].valuePos.line, 3);
    }

    void tabsSeparateWords() {
        const auto lines = lexText("link\tcut \t 1\t2\tdelay=5ms");
        QCOMPARE(words(lines[0]), (QStringList{"link", "cut", "1", "2"}));
        QCOMPARE(lines[0].words[2].pos.column, 12);
        QCOMPARE(value(lines[0], "delay"), QStringLiteral("5ms"));
    }

    void windowsLineEndings() {
        const auto lines = lexText("broker kill 1\r\n\r\nadvance 1s\r\n");
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(words(lines[0]), (QStringList{"broker", "kill", "1"}));
        QCOMPARE(words(lines[1]), (QStringList{"advance", "1s"}));
        QCOMPARE(lines[1].pos.line, 3);
    }

    void lastLineWithoutNewline() {
        const auto lines = lexText("heal all\nadvance 2m");
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(words(lines[1]), (QStringList{"advance", "2m"}));
    }

    void keyOrderIndependence() {
        const auto lines = lexText("produce orders key=k1 acks=all count=3\nproduce orders count=3 acks=all key=k1\n");
        for (const Line& line : lines) {
            QCOMPARE(words(line), (QStringList{"produce", "orders"}));
            QCOMPARE(value(line, "key"), QStringLiteral("k1"));
            QCOMPARE(value(line, "acks"), QStringLiteral("all"));
            QCOMPARE(value(line, "count"), QStringLiteral("3"));
            QCOMPARE(line.find("partition"), nullptr);
        }
        QCOMPARE(lines[0].options[0].key, std::string("key"));
        QCOMPARE(lines[1].options[0].key, std::string("count"));
    }

    void kafkaConfigKeys() {
        const auto lines = lexText("config set min.insync.replicas=2 topic=orders\n"
                                   "consumer add c1 topic=a,b auto.offset.reset=earliest session_timeout-x=1\n");
        QCOMPARE(words(lines[0]), (QStringList{"config", "set"}));
        QCOMPARE(value(lines[0], "min.insync.replicas"), QStringLiteral("2"));
        QCOMPARE(value(lines[0], "topic"), QStringLiteral("orders"));
        QCOMPARE(value(lines[1], "topic"), QStringLiteral("a,b"));
        QCOMPARE(value(lines[1], "auto.offset.reset"), QStringLiteral("earliest"));
        QCOMPARE(value(lines[1], "session_timeout-x"), QStringLiteral("1"));
    }

    void emptyValue() {
        const auto lines = lexText("produce orders key= value=");
        QCOMPARE(value(lines[0], "key"), QString());
        QCOMPARE(value(lines[0], "value"), QString());
        QCOMPARE(lines[0].options[1].valuePos.column, 27);
    }

    void valueKeepsLaterEqualsSigns() {
        const auto lines = lexText("produce orders value=a=b");
        QCOMPARE(value(lines[0], "value"), QStringLiteral("a=b"));
    }

    void quotedValues() {
        const auto lines = lexText("produce orders value=\"hello world\" key=\"a \\\"quoted\\\" \\\\ path # not a comment\" acks=1"
                                   "\n"
                                   "produce orders value=\"back\\slash\" key=\"\"");
        QCOMPARE(value(lines[0], "value"), QStringLiteral("hello world"));
        QCOMPARE(value(lines[0], "key"), QStringLiteral("a \"quoted\" \\ path # not a comment"));
        QCOMPARE(value(lines[0], "acks"), QStringLiteral("1"));
        QCOMPARE(lines[0].options[0].valuePos.column, 22);
        QCOMPARE(value(lines[1], "value"), QStringLiteral("back\\slash"));
        QCOMPARE(value(lines[1], "key"), QString());
    }

    void quotedPositionalWord() {
        const auto lines = lexText("print \"two words\" # comment");
        QCOMPARE(words(lines[0]), (QStringList{"print", "two words"}));
        QCOMPARE(lines[0].words[1].pos.column, 7);
    }

    void jsonValueFollowedByKey() {
        const auto lines = lexText("produce orders value={\"user\":\"123\",\"event\":\"login\"} acks=all");
        QCOMPARE(value(lines[0], "value"), QStringLiteral("{\"user\":\"123\",\"event\":\"login\"}"));
        QCOMPARE(value(lines[0], "acks"), QStringLiteral("all"));
        QCOMPARE(lines[0].options[1].pos.column, 53);
    }

    void jsonValueRunsToEndOfLine() {
        const auto lines = lexText("produce orders key=k value={\"a\": [1, 2], \"b\": {\"c\": null}}   \n");
        QCOMPARE(value(lines[0], "key"), QStringLiteral("k"));
        QCOMPARE(value(lines[0], "value"), QStringLiteral("{\"a\": [1, 2], \"b\": {\"c\": null}}"));
    }

    void jsonValueKeepsHashAndBrackets() {
        const auto lines = lexText(
            "produce orders value={\"a\":\"#1\",\"b\":{\"c\":[\"}\",  \"]\"]},\"d\":\"x acks=1\"} acks=0 # real comment");
        QCOMPARE(value(lines[0], "value"), QStringLiteral("{\"a\":\"#1\",\"b\":{\"c\":[\"}\",  \"]\"]},\"d\":\"x acks=1\"}"));
        QCOMPARE(value(lines[0], "acks"), QStringLiteral("0"));
        QCOMPARE(lines[0].options.size(), std::size_t(2));
    }

    void jsonValueWithEscapedQuote() {
        const auto lines = lexText("produce t value={\"q\":\"say \\\"}\\\" now\"}  key=k");
        QCOMPARE(value(lines[0], "value"), QStringLiteral("{\"q\":\"say \\\"}\\\" now\"}"));
        QCOMPARE(value(lines[0], "key"), QStringLiteral("k"));
    }

    void jsonValueInnerSpacesAndKeysAtDepth() {
        const auto lines = lexText("produce t value={ \"k\" : 1 , x=2 } \t partition=1 # done");
        QCOMPARE(value(lines[0], "value"), QStringLiteral("{ \"k\" : 1 , x=2 }"));
        QCOMPARE(value(lines[0], "partition"), QStringLiteral("1"));
    }

    void listValue() {
        const auto lines = lexText("consumer add c1 topic=orders extra=[1, 2] group=g\nconfig set k=[]");
        QCOMPARE(value(lines[0], "extra"), QStringLiteral("[1, 2]"));
        QCOMPARE(value(lines[0], "group"), QStringLiteral("g"));
        QCOMPARE(value(lines[1], "k"), QStringLiteral("[]"));
    }

    void comparisonOperatorsAreWords() {
        const auto lines = lexText("expect hw orders-0 == 5\nexpect hw orders-0 != 5\nexpect hw orders-0 < 5\n"
                                   "expect hw orders-0 <= 5\nexpect hw orders-0 > 5\nexpect hw orders-0 >= 5\n");
        const QStringList ops{"==", "!=", "<", "<=", ">", ">="};
        QCOMPARE(lines.size(), std::size_t(6));
        for (std::size_t i = 0; i < lines.size(); ++i) {
            QCOMPARE(words(lines[i]), (QStringList{"expect", "hw", "orders-0", ops[int(i)], "5"}));
            QVERIFY(lines[i].options.empty());
        }
    }

    void bracketListAsPositionalWord() {
        const auto lines = lexText("expect isr orders-0 == [1, 2]\n"
                                   "expect assignment g c1 == [ orders-0 ,orders-1 ] # as a set\n"
                                   "expect isr orders-1 == []\n");
        QCOMPARE(words(lines[0]), (QStringList{"expect", "isr", "orders-0", "==", "[1, 2]"}));
        QCOMPARE(lines[0].words[4].pos.column, 24);
        QCOMPARE(words(lines[1]), (QStringList{"expect", "assignment", "g", "c1", "==", "[ orders-0 ,orders-1 ]"}));
        QCOMPARE(words(lines[2]).last(), QStringLiteral("[]"));
    }

    void bracketWordFollowedByOptions() {
        const auto lines = lexText("expect isr orders-0 == [1, [2, 3]] within=5s");
        QCOMPARE(words(lines[0]).last(), QStringLiteral("[1, [2, 3]]"));
        QCOMPARE(value(lines[0], "within"), QStringLiteral("5s"));
    }

    void braceGroupAsPositionalWord() {
        const auto lines = lexText("say {\"a b\": [1, 2]} done");
        QCOMPARE(words(lines[0]), (QStringList{"say", "{\"a b\": [1, 2]}", "done"}));
        QCOMPARE(lines[0].words[2].pos.column, 21);
    }

    void wordsThatAreNotKeys() {
        const auto lines = lexText("say 1a=2 -x=3 .y=4");
        QCOMPARE(words(lines[0]), (QStringList{"say", "1a=2", "-x=3", ".y=4"}));
        QVERIFY(lines[0].options.empty());
    }

    void partitionNamesWithDashes() {
        const auto lines = lexText("consumer seek c1 user-logs-2 17");
        const Word& word = lines[0].words[3];
        const PartitionRef ref = parsePartition(word.text, kFile, word.pos);
        QCOMPARE(ref.topic, std::string("user-logs"));
        QCOMPARE(ref.partition, 2);
        QCOMPARE(parsePartition("orders-0", kFile, {}).topic, std::string("orders"));
        QCOMPARE(parsePartition("orders-0", kFile, {}).partition, 0);
        QCOMPARE(parsePartition("a-b-c-10", kFile, {}).topic, std::string("a-b-c"));
        QCOMPARE(parsePartition("a-b-c-10", kFile, {}).partition, 10);
        QCOMPARE(parsePartition("t.x_y-3", kFile, {}).topic, std::string("t.x_y"));
    }

    void badPartitions() {
        QCOMPARE(parseError([] { parsePartition("orders", kFile, {4, 19}); }),
                 QStringLiteral("t.ks:4:19: error: invalid partition 'orders': expected TOPIC-PARTITION such as orders-0"));
        QCOMPARE(parseError([] { parsePartition("orders-x", kFile, {2, 8}); }),
                 QStringLiteral("t.ks:2:8: error: invalid partition 'orders-x': 'x' is not a partition number "
                                "(expected TOPIC-PARTITION such as orders-0)"));
        QCOMPARE(parseError([] { parsePartition("orders-", kFile, {1, 1}); }),
                 QStringLiteral("t.ks:1:1: error: invalid partition 'orders-': '' is not a partition number "
                                "(expected TOPIC-PARTITION such as orders-0)"));
        QCOMPARE(parseError([] { parsePartition("-1", kFile, {1, 1}); }),
                 QStringLiteral("t.ks:1:1: error: invalid partition '-1': expected TOPIC-PARTITION such as orders-0"));
        QCOMPARE(parseError([] { parsePartition("t-99999999999", kFile, {1, 1}); }),
                 QStringLiteral("t.ks:1:1: error: invalid partition 't-99999999999': '99999999999' is not a partition "
                                "number (expected TOPIC-PARTITION such as orders-0)"));
    }

    void durations_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("us") << "750us" << qint64(750);
        QTest::newRow("ms") << "250ms" << qint64(250000);
        QTest::newRow("s") << "5s" << qint64(5000000);
        QTest::newRow("m") << "2m" << qint64(120000000);
        QTest::newRow("h") << "1h" << qint64(3600000000);
        QTest::newRow("plain integer is ms") << "1500" << qint64(1500000);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("zero seconds") << "0s" << qint64(0);
        QTest::newRow("leading zeros") << "007ms" << qint64(7000);
    }

    void durations() {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        QCOMPARE(qint64(parseDuration(text.toStdString(), kFile, {1, 1})), micros);
    }

    void badDurations_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString expected = QStringLiteral(": expected a duration such as 250ms, 5s, 2m, 1h or 100us");
        QTest::newRow("unknown unit") << "5x" << "invalid duration '5x'" + expected;
        QTest::newRow("empty") << "" << "invalid duration ''" + expected;
        QTest::newRow("unit only") << "ms" << "invalid duration 'ms'" + expected;
        QTest::newRow("fraction") << "1.5s" << "invalid duration '1.5s'" + expected;
        QTest::newRow("space") << "5 s" << "invalid duration '5 s'" + expected;
        QTest::newRow("upper case") << "5S" << "invalid duration '5S'" + expected;
        QTest::newRow("plus") << "+5s" << "invalid duration '+5s'" + expected;
        QTest::newRow("negative") << "-5s" << QStringLiteral("invalid duration '-5s': durations cannot be negative");
        QTest::newRow("overflow") << "9999999999h" << QStringLiteral("duration '9999999999h' is too large");
        QTest::newRow("huge") << "99999999999999999999" << QStringLiteral("duration '99999999999999999999' is too large");
    }

    void badDurations() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QCOMPARE(parseError([&] { parseDuration(text.toStdString(), kFile, {3, 9}); }),
                 QStringLiteral("t.ks:3:9: error: ") + error);
    }

    void durationErrorPointsAtWord() {
        const auto lines = lexText("cluster brokers=3\n\n  advance   5x\n");
        const Word& word = lines[1].words[1];
        QCOMPARE(parseError([&] { parseDuration(word.text, kFile, word.pos); }),
                 QStringLiteral("t.ks:3:13: error: invalid duration '5x': expected a duration such as 250ms, 5s, 2m, "
                                "1h or 100us"));
    }

    void integers() {
        QCOMPARE(parseInteger("0", kFile, {}), std::int64_t(0));
        QCOMPARE(parseInteger("42", kFile, {}), std::int64_t(42));
        QCOMPARE(parseInteger("-7", kFile, {}), std::int64_t(-7));
        QCOMPARE(parseInteger("9223372036854775807", kFile, {}), std::numeric_limits<std::int64_t>::max());
        QCOMPARE(parseError([] { parseInteger("12a", kFile, {5, 2}); }),
                 QStringLiteral("t.ks:5:2: error: invalid integer '12a': expected a whole number"));
        QCOMPARE(parseError([] { parseInteger("", kFile, {5, 2}); }),
                 QStringLiteral("t.ks:5:2: error: invalid integer '': expected a whole number"));
        QCOMPARE(parseError([] { parseInteger("-", kFile, {5, 2}); }),
                 QStringLiteral("t.ks:5:2: error: invalid integer '-': expected a whole number"));
        QCOMPARE(parseError([] { parseInteger("+1", kFile, {5, 2}); }),
                 QStringLiteral("t.ks:5:2: error: invalid integer '+1': expected a whole number"));
        QCOMPARE(parseError([] { parseInteger("9223372036854775808", kFile, {5, 2}); }),
                 QStringLiteral("t.ks:5:2: error: integer '9223372036854775808' is out of range"));
    }

    void lists() {
        using Items = std::vector<std::string>;
        QCOMPARE(parseList("[]", kFile, {}), Items{});
        QCOMPARE(parseList("[  ]", kFile, {}), Items{});
        QCOMPARE(parseList("[1]", kFile, {}), Items{"1"});
        QCOMPARE(parseList("[1, 2, 3]", kFile, {}), (Items{"1", "2", "3"}));
        QCOMPARE(parseList("[a,b,c]", kFile, {}), (Items{"a", "b", "c"}));
        QCOMPARE(parseList("[ orders-0 ,\torders-1 ]", kFile, {}), (Items{"orders-0", "orders-1"}));
    }

    void badLists_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("no brackets") << "1, 2" << "invalid list '1, 2': expected a list such as [a, b, c]";
        QTest::newRow("unclosed") << "[1, 2" << "invalid list '[1, 2': expected a list such as [a, b, c]";
        QTest::newRow("lone bracket") << "[" << "invalid list '[': expected a list such as [a, b, c]";
        QTest::newRow("empty text") << "" << "invalid list '': expected a list such as [a, b, c]";
        QTest::newRow("empty element") << "[1,,2]" << "invalid list '[1,,2]': empty element";
        QTest::newRow("trailing comma") << "[1, 2,]" << "invalid list '[1, 2,]': empty element";
        QTest::newRow("leading comma") << "[,1]" << "invalid list '[,1]': empty element";
        QTest::newRow("nested") << "[1, [2]]" << "invalid list '[1, [2]]': lists cannot be nested";
    }

    void badLists() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QCOMPARE(parseError([&] { parseList(text.toStdString(), kFile, {7, 24}); }),
                 QStringLiteral("t.ks:7:24: error: ") + error);
    }

    void comparisons() {
        const std::pair<const char*, Comparison> all[] = {{"==", Comparison::Eq}, {"!=", Comparison::Ne},
                                                          {"<", Comparison::Lt},  {"<=", Comparison::Le},
                                                          {">", Comparison::Gt},  {">=", Comparison::Ge}};
        for (const auto& [text, op] : all) {
            QCOMPARE(parseComparison(text, kFile, {}), op);
            QCOMPARE(QString::fromLatin1(toString(op)), QString::fromLatin1(text));
        }
        QCOMPARE(parseError([] { parseComparison("=", kFile, {2, 20}); }),
                 QStringLiteral("t.ks:2:20: error: invalid comparison operator '=': expected ==, !=, <, <=, > or >="));
        QCOMPARE(parseError([] { parseComparison("=<", kFile, {2, 20}); }),
                 QStringLiteral("t.ks:2:20: error: invalid comparison operator '=<': expected ==, !=, <, <=, > or >="));
    }

    void compareValues() {
        QVERIFY(compare(3, Comparison::Eq, 3));
        QVERIFY(!compare(3, Comparison::Eq, 4));
        QVERIFY(compare(3, Comparison::Ne, 4));
        QVERIFY(!compare(3, Comparison::Ne, 3));
        QVERIFY(compare(3, Comparison::Lt, 4));
        QVERIFY(!compare(4, Comparison::Lt, 4));
        QVERIFY(compare(4, Comparison::Le, 4));
        QVERIFY(!compare(5, Comparison::Le, 4));
        QVERIFY(compare(5, Comparison::Gt, 4));
        QVERIFY(!compare(4, Comparison::Gt, 4));
        QVERIFY(compare(4, Comparison::Ge, 4));
        QVERIFY(!compare(3, Comparison::Ge, 4));
        QVERIFY(compare(std::int64_t(-1), Comparison::Lt, std::int64_t(0)));
        QVERIFY(compare(std::string("a"), Comparison::Lt, std::string("b")));
    }

    void errorAccessors() {
        const ScenarioError error("dir/x.ks", {12, 5}, ks::EngineText::tr("there is no broker %1").args(7));
        QCOMPARE(error.file(), std::string("dir/x.ks"));
        QCOMPARE(error.pos().line, 12);
        QCOMPARE(error.pos().column, 5);
        QCOMPARE(error.message().str(), std::string("there is no broker 7"));
        QCOMPARE(QString::fromUtf8(error.what()), QStringLiteral("dir/x.ks:12:5: error: there is no broker 7"));
        // The located text, for the window, renders the same English and keeps the message nested.
        QCOMPARE(error.text().str(), std::string(error.what()));
        QCOMPARE(error.text().format(), std::string("%1:%2:%3: error: %4"));
        QCOMPARE(error.text().arguments().back(), error.message());
    }

    void lexErrorCarriesPosition() {
        try {
            lex("advance 1s\nproduce t value=\"open\n", "s/a.ks");
            QFAIL("expected a ScenarioError");
        } catch (const ScenarioError& e) {
            QCOMPARE(e.file(), std::string("s/a.ks"));
            QCOMPARE(e.pos().line, 2);
            QCOMPARE(e.pos().column, 17);
        }
    }

    void lexErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unterminated quote")
            << "cluster brokers=3\nproduce orders value=\"hello world   # x\n"
            << "t.ks:2:22: error: unterminated quoted string (missing closing '\"')";
        QTest::newRow("unterminated quote ends in escape")
            << "produce t value=\"abc\\\"" << "t.ks:1:17: error: unterminated quoted string (missing closing '\"')";
        QTest::newRow("unterminated quoted word")
            << "print \"abc" << "t.ks:1:7: error: unterminated quoted string (missing closing '\"')";
        QTest::newRow("unbalanced brace")
            << "\n\nproduce orders value={\"user\":\"123\" acks=all\n"
            << "t.ks:3:22: error: unbalanced '{': missing '}'";
        QTest::newRow("unbalanced inner brace")
            << "produce t value={\"a\":{\"b\":[1]}" << "t.ks:1:17: error: unbalanced '{': missing '}'";
        QTest::newRow("mismatched bracket")
            << "produce t value={\"a\":[1, 2}" << "t.ks:1:27: error: unbalanced '}': it does not match '[' at column 22";
        QTest::newRow("extra closing brace")
            << "produce t value={\"a\":1}} acks=1" << "t.ks:1:24: error: unbalanced '}': nothing to close";
        QTest::newRow("unterminated JSON string")
            << "produce t value={\"a:1}" << "t.ks:1:18: error: unterminated string (missing closing '\"')";
        QTest::newRow("unclosed list word")
            << "expect isr orders-0 == [1, 2\n" << "t.ks:1:24: error: unbalanced '[': missing ']'";
        QTest::newRow("list word mismatched")
            << "expect isr orders-0 == [1, 2}" << "t.ks:1:29: error: unbalanced '}': it does not match '[' at column 24";
        QTest::newRow("text glued to list word")
            << "expect isr orders-0 == [1, 2]x" << "t.ks:1:30: error: unexpected 'x' after ']' (expected a space)";
        QTest::newRow("text glued to quote")
            << "produce t value=\"a b\"c" << "t.ks:1:22: error: unexpected 'c' after the closing quote (expected a space)";
        QTest::newRow("empty key")
            << "produce orders =5" << "t.ks:1:16: error: missing key name before '=' in '=5'";
        QTest::newRow("lone equals")
            << "expect hw t-0 = 5" << "t.ks:1:15: error: missing key name before '=' in '='";
        QTest::newRow("triple equals")
            << "expect hw t-0 === 5" << "t.ks:1:15: error: missing key name before '=' in '==='";
        QTest::newRow("duplicate key")
            << "produce t acks=1 key=a acks=all" << "t.ks:1:24: error: duplicate key 'acks'";
        QTest::newRow("unquoted value with space")
            << "produce t value=hello world"
            << "t.ks:1:23: error: unexpected word 'world' after key=value options (positional words come first; "
               "a value containing spaces must be quoted)";
    }

    void lexErrors() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(lexError(utf8.constData()), error);
    }
};

QTEST_APPLESS_MAIN(TestScenarioLexer)
#include "test_scenario_lexer.moc"
