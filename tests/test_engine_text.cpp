// The engine's translatable texts (core/text.h): formats with %1..%n and arguments that are data or
// nested texts, rendered to English in one pass; and the event log lines made of them.
// The engine first: Qt defines `emit` as a macro, and the engine has methods of that name.
#include "cluster/cluster.h"
#include "core/text.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace ks;

class TestEngineText : public QObject {
    Q_OBJECT

private slots:
    void argumentsFillThePlaceholdersInOnePass();
    void nestedTextsRenderInside();
    void joinPutsOnlyTheSeparatorBetween();
    void aKilledBrokersEventKeepsItsFormatAndArguments();
};

void TestEngineText::argumentsFillThePlaceholdersInOnePass() {
    QCOMPARE(Text::substitute("%2 before %1", {"a", "b"}), std::string("b before a"));
    // What an argument contains is not substituted again.
    QCOMPARE(Text::substitute("%1 and %2", {"%2", "x"}), std::string("%2 and x"));
    // A % without a digit, or naming a missing argument, stays as it is.
    QCOMPARE(Text::substitute("loss %1% of %3", {"5"}), std::string("loss 5% of %3"));
    QCOMPARE(Text::substitute("%1%", {"100"}), std::string("100%"));
    std::vector<std::string> eleven;
    for (int i = 1; i <= 11; ++i) eleven.push_back("a" + std::to_string(i));
    QCOMPARE(Text::substitute("%11 %1", eleven), std::string("a11 a1"));
    QCOMPARE(EngineText::tr("seek(%1, %2): the next poll() reads from offset %2").args("orders-0", 42).str(),
             std::string("seek(orders-0, 42): the next poll() reads from offset 42"));
}

void TestEngineText::nestedTextsRenderInside() {
    const Text why = EngineText::tr("missed heartbeats for %1").args("9s");
    const Text line = EngineText::tr("controller %1: broker %2 %3 → fenced").args(3000, 2, why);
    QCOMPARE(line.str(), std::string("controller 3000: broker 2 missed heartbeats for 9s → fenced"));
    QCOMPARE(line.arguments().size(), std::size_t{3});
    QVERIFY(line.arguments()[0].isData());
    QVERIFY(!line.arguments()[2].isData());
    QCOMPARE(line.arguments()[2].format(), std::string("missed heartbeats for %1"));
    // Data is shown as it is, placeholders and all.
    QCOMPARE(Text::data("%1").str(), std::string("%1"));
}

void TestEngineText::joinPutsOnlyTheSeparatorBetween() {
    const Text joined = Text::join({Text::data("a"), EngineText::tr("b %1").args(1), Text::data("c")}, "; ");
    QCOMPARE(joined.format(), std::string("%1; %2; %3"));
    QCOMPARE(joined.str(), std::string("a; b 1; c"));
    QCOMPARE(Text::join({}, ", ").str(), std::string());
}

void TestEngineText::aKilledBrokersEventKeepsItsFormatAndArguments() {
    Cluster cluster(ClusterSpec{});
    std::vector<ClusterEvent> events;
    cluster.setEventSink([&](const ClusterEvent& e) { events.push_back(e); });
    QVERIFY(cluster.waitUntilReady(seconds(30)));
    events.clear();
    QVERIFY(!cluster.killBroker(2));
    QVERIFY(!events.empty());
    const ClusterEvent& killed = events.front();
    QCOMPARE(killed.text, std::string("broker 2 killed (a crash: its log on disk survives)"));
    QCOMPARE(killed.message.format(), std::string("%1 killed (a crash: its log on disk survives)"));
    QCOMPARE(killed.message.arguments().at(0).format(), std::string("broker %1"));
    for (const ClusterEvent& e : events) QCOMPARE(e.text, e.message.str());
}

QTEST_APPLESS_MAIN(TestEngineText)
#include "test_engine_text.moc"
