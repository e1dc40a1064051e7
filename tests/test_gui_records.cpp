// The producer panel and the message browser on the offscreen platform: a record sent from the panel
// is found in the browser at the offset the panel reported; bad input is reported at its field (or
// line) and nothing typed is lost; export and import round-trip; the browser's model passes
// QAbstractItemModelTester and loads pages on demand; the rate generator keys records by pattern.
// Engine headers come before Qt's: Qt defines 'emit' as a macro, and the engine has emit() methods.
#include "client/partitioner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "gui_test_support.h"
#include "main_window.h"
#include "records/message_browser.h"
#include "records/producer_panel.h"
#include "records/record_docks.h"
#include "records/record_table_model.h"
#include "records/record_text.h"
#include "runtime_bridge.h"

using namespace ks;
using namespace ks::ui;
using namespace ks::ui::testing;

namespace {

// A paused window without the background producer: only the test's records.
MainWindow::Options quietOptions() {
    MainWindow::Options options = pausedOptions();
    options.runtime.producer.enabled = false;
    return options;
}

template <class T>
T* child(QWidget* parent, const char* name) {
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget) qFatal("no child %s", name);
    return widget;
}

// Waits for the browser to show a page of `tp` read from `seek` and returns its row count.
int browseAndWait(MessageBrowser* browser, const TopicPartition& tp, SeekKind seek, std::int64_t at = 0) {
    browser->browse(tp, seek, at);
    if (!QTest::qWaitFor([&] { return browser->statusText().contains(QStringLiteral(" shown")); }, kTimeoutMs)) return -1;
    return browser->model()->rowCount();
}

RecordPage pageOf(const TopicPartition& tp, Offset first, int count, Offset end) {
    RecordPage page;
    page.query.tp = tp;
    page.logEndOffset = end;
    for (int i = 0; i < count; ++i) {
        BrowsedRecord r;
        r.offset = first + i;
        r.key = "k" + std::to_string(first + i);
        r.value = "{\"n\":" + std::to_string(first + i) + "}";
        r.headers = {{"h", "v"}};
        r.replicas = {1, 2};
        r.committed = i % 2 == 0;
        page.records.push_back(r);
    }
    page.next = first + count;
    return page;
}

}  // namespace

class TestGuiRecords : public QObject {
    Q_OBJECT

private slots:
    void recordFromThePanelIsInTheBrowserAtItsOffset();
    void badInputIsReportedAtTheFieldAndKept();
    void exportImportRoundTrip();
    void importStopsAtABadLine();
    void modelPassesTheTesterAndFetchesPages();
    void browserPagesALargePartition();
    void rateGeneratorKeysByPattern();
    void fitsAt1024x768();
};

void TestGuiRecords::recordFromThePanelIsInTheBrowserAtItsOffset() {
    MainWindow window(quietOptions());
    window.show();
    QVERIFY(started(window));
    RecordDocks* docks = window.recordDocks();
    ProducerPanel* panel = docks->producer();
    QVERIFY(QTest::qWaitFor([&] { return child<QComboBox>(panel, "producerTopic")->count() > 0; }, kTimeoutMs));
    child<QComboBox>(panel, "producerTopic")->setCurrentText(QStringLiteral("orders"));
    child<QLineEdit>(panel, "producerKey")->setText(QStringLiteral("alice"));
    child<QPlainTextEdit>(panel, "producerValue")->setPlainText(QStringLiteral("{\"user\": \"alice\", \"items\": [1, 2]}"));
    QVERIFY(panel->prettyPrint());
    QVERIFY(child<QPlainTextEdit>(panel, "producerValue")->toPlainText().contains(QStringLiteral("\n")));
    auto* headers = child<QTableWidget>(panel, "producerHeaders");
    headers->setRowCount(1);
    headers->setItem(0, 0, new QTableWidgetItem(QStringLiteral("trace")));
    headers->setItem(0, 1, new QTableWidgetItem(QStringLiteral("abc")));
    child<QComboBox>(panel, "producerAcks")->setCurrentIndex(1);
    QSignalSpy produced(panel, &ProducerPanel::produced);
    window.findChild<QAction*>(QStringLiteral("sendRecord"))->trigger();
    QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
    QVERIFY(advance(window, seconds(1)));
    QVERIFY(QTest::qWaitFor([&] { return produced.count() == 1; }, kTimeoutMs));
    const auto reply = produced.at(0).at(0).value<ProduceReply>();
    QCOMPARE(reply.error, KafkaError::NONE);
    QCOMPARE(reply.partitioner, PartitionChoice::KeyHash);
    QCOMPARE(reply.tp.partition, partitionForKey("alice", 3));
    QVERIFY(panel->resultText().contains(QStringLiteral("at offset %1").arg(reply.offset)));
    QVERIFY(panel->resultText().contains(QStringLiteral("murmur2")));

    window.findChild<QAction*>(QStringLiteral("showProduced"))->trigger();
    MessageBrowser* browser = docks->browser();
    QVERIFY(docks->browserDock()->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return browser->model()->rowCount() > 0; }, kTimeoutMs));
    const BrowsedRecord& found = browser->model()->record(0);
    QCOMPARE(found.offset, reply.offset);
    QCOMPARE(*found.key, std::string("alice"));
    QCOMPARE(*found.value, std::string("{\"items\":[1,2],\"user\":\"alice\"}"));
    QCOMPARE(found.headers.size(), std::size_t{1});
    QCOMPARE(found.replicas.size(), std::size_t{3});
    QVERIFY(found.committed);
    browser->table()->selectRow(0);
    const QString detail = child<QPlainTextEdit>(browser, "browserDetail")->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("    \"user\": \"alice\"")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("Header trace: abc")));
}

void TestGuiRecords::badInputIsReportedAtTheFieldAndKept() {
    MainWindow window(quietOptions());
    QVERIFY(started(window));
    ProducerPanel* panel = window.recordDocks()->producer();
    auto* topic = child<QComboBox>(panel, "producerTopic");
    auto* partition = child<QLineEdit>(panel, "producerPartition");
    auto* key = child<QLineEdit>(panel, "producerKey");
    auto* value = child<QPlainTextEdit>(panel, "producerValue");
    auto* format = child<QComboBox>(panel, "producerFormat");
    auto* headers = child<QTableWidget>(panel, "producerHeaders");
    key->setText(QStringLiteral("k1"));
    value->setPlainText(QStringLiteral("hello"));

    topic->setCurrentText(QStringLiteral("nosuch"));
    QVERIFY(!panel->send());
    QVERIFY2(panel->errorText().contains(QStringLiteral("no topic 'nosuch' (it has: orders)")), qPrintable(panel->errorText()));
    QVERIFY(!topic->styleSheet().isEmpty());
    QCOMPARE(topic->currentText(), QStringLiteral("nosuch"));

    topic->setCurrentText(QStringLiteral("orders"));
    partition->setText(QStringLiteral("7"));
    QVERIFY(!panel->send());
    QVERIFY2(panel->errorText().contains(QStringLiteral("there is no partition 7")), qPrintable(panel->errorText()));
    QVERIFY(topic->styleSheet().isEmpty());
    QVERIFY(!partition->styleSheet().isEmpty());
    partition->setText(QStringLiteral("x"));
    QVERIFY(!panel->send());
    QVERIFY(panel->errorText().startsWith(QStringLiteral("Partition: 'x'")));
    partition->clear();

    format->setCurrentIndex(1);
    value->setPlainText(QStringLiteral("{\"user\": alice}"));
    QVERIFY(!panel->send());
    QVERIFY2(panel->errorText().startsWith(QStringLiteral("Value: invalid JSON")), qPrintable(panel->errorText()));
    QVERIFY(!panel->prettyPrint());
    QCOMPARE(value->toPlainText(), QStringLiteral("{\"user\": alice}"));
    format->setCurrentIndex(0);
    value->setPlainText(QStringLiteral("two\nlines"));
    QVERIFY(!panel->send());
    QVERIFY(panel->errorText().startsWith(QStringLiteral("value: the value has a line break")));
    value->setPlainText(QStringLiteral("hello"));

    headers->setRowCount(2);
    headers->setItem(0, 0, new QTableWidgetItem(QStringLiteral("trace")));
    headers->setItem(0, 1, new QTableWidgetItem(QStringLiteral("abc")));
    headers->setItem(1, 1, new QTableWidgetItem(QStringLiteral("orphan")));
    QVERIFY(!panel->send());
    QVERIFY2(panel->errorText().contains(QStringLiteral("Header 2: a header needs a key")), qPrintable(panel->errorText()));
    QCOMPARE(headers->rowCount(), 2);
    QCOMPARE(headers->item(1, 1)->text(), QStringLiteral("orphan"));
    QCOMPARE(key->text(), QStringLiteral("k1"));

    headers->removeRow(1);
    QVERIFY(panel->send());
    QVERIFY(panel->errorText().isEmpty());
    QCOMPARE(key->text(), QStringLiteral("k1"));
    QCOMPARE(value->toPlainText(), QStringLiteral("hello"));

    MessageBrowser* browser = window.recordDocks()->browser();
    browser->browse(TopicPartition{"orders", 0}, SeekKind::Offset, 0);
    child<QLineEdit>(browser, "browserAt")->setText(QStringLiteral("-3"));
    browser->seek();
    QVERIFY2(browser->errorText().startsWith(QStringLiteral("Offset: '-3'")), qPrintable(browser->errorText()));
    child<QSpinBox>(browser, "browserPartition")->setValue(5);
    child<QLineEdit>(browser, "browserAt")->setText(QStringLiteral("0"));
    browser->seek();
    QVERIFY2(browser->errorText().contains(QStringLiteral("partitions 0 to 2")), qPrintable(browser->errorText()));
}

void TestGuiRecords::exportImportRoundTrip() {
    MainWindow window(quietOptions());
    QVERIFY(started(window));
    window.bridge()->submit(QStringLiteral("produce orders partition=1 key=k value=\"v, with comma\" headers=[a:1, b:2] count=3"));
    QVERIFY(advance(window, seconds(1)));
    MessageBrowser* browser = window.recordDocks()->browser();
    QCOMPARE(browseAndWait(browser, TopicPartition{"orders", 1}, SeekKind::Beginning), 3);
    const std::vector<BrowsedRecord> originals{browser->model()->record(0), browser->model()->record(1), browser->model()->record(2)};

    QTemporaryDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("records.jsonl"));
    const QString csvPath = dir.filePath(QStringLiteral("records.csv"));
    QVERIFY(browser->exportSelectionTo(jsonPath));
    QVERIFY(browser->exportSelectionTo(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList csvLines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), 4);
    QCOMPARE(csvLines[1], QStringLiteral("orders,1,0,%1,k,\"v, with comma-0\",\"a=1, b=2\",%2")
                              .arg(originals[0].timestamp / kMicrosPerMilli)
                              .arg(originals[0].sizeBytes));

    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(json.readAll());
    QCOMPARE(text.count(QLatin1Char('\n')), 3);
    QVERIFY(browser->importText(text));
    QVERIFY(advance(window, seconds(1)));
    QCOMPARE(browseAndWait(browser, TopicPartition{"orders", 1}, SeekKind::Beginning), 6);
    for (int i = 0; i < 3; ++i) {
        const BrowsedRecord& copy = browser->model()->record(3 + i);
        QCOMPARE(copy.key, originals[static_cast<std::size_t>(i)].key);
        QCOMPARE(copy.value, originals[static_cast<std::size_t>(i)].value);
        QCOMPARE(copy.headers.size(), std::size_t{2});
        QCOMPARE(copy.headers[1].value, std::string("2"));
    }

    browser->table()->selectRow(0);
    browser->replaySelected();
    QVERIFY(advance(window, seconds(1)));
    QCOMPARE(browseAndWait(browser, TopicPartition{"orders", 1}, SeekKind::End), 7);
    QCOMPARE(browser->model()->record(6).value, originals[0].value);
}

void TestGuiRecords::importStopsAtABadLine() {
    MainWindow window(quietOptions());
    QVERIFY(started(window));
    MessageBrowser* browser = window.recordDocks()->browser();
    QVERIFY(QTest::qWaitFor([&] { return child<QComboBox>(browser, "browserTopic")->count() > 0; }, kTimeoutMs));
    const qsizetype commandsBefore = window.bridge()->scenarioText().size();
    QVERIFY(!browser->importText(QStringLiteral("{\"value\":\"a\"}\n{\"value\": oops}\n")));
    QVERIFY2(browser->errorText().startsWith(QStringLiteral("line 2: not JSON")), qPrintable(browser->errorText()));
    QVERIFY(!browser->importText(QStringLiteral("{\"value\":\"a\"}\n\n{\"topic\":\"nosuch\",\"value\":\"b\"}")));
    QVERIFY2(browser->errorText().startsWith(QStringLiteral("line 3: the cluster has no topic 'nosuch'")), qPrintable(browser->errorText()));
    QVERIFY(!browser->importText(QStringLiteral("{\"value\":\"a\",\"partition\":9}")));
    QVERIFY(browser->errorText().startsWith(QStringLiteral("line 1: orders has no partition 9")));
    QVERIFY(!browser->importText(QStringLiteral("{\"value\":\"a\",\"headers\":[{\"value\":\"no key\"}]}")));
    QVERIFY(browser->errorText().startsWith(QStringLiteral("line 1: each header")));
    QVERIFY(!browser->importText(QStringLiteral("{\"key\":\"a\"}")));
    QVERIFY(browser->errorText().contains(QStringLiteral("no \"value\"")));
    QVERIFY(advance(window, millis(100)));
    QVERIFY(window.bridge()->scenarioText().size() > commandsBefore);  // time passed
    QVERIFY(!window.bridge()->scenarioText().contains(QStringLiteral("produce")));
}

void TestGuiRecords::modelPassesTheTesterAndFetchesPages() {
    RecordTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<Offset> asked;
    model.setPageRequester([&](Offset next) { asked.push_back(next); });
    const TopicPartition tp{"orders", 0};
    model.resetTo(pageOf(tp, 0, 5, 12));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(RecordTableModel::ColumnCount));
    QCOMPARE(model.data(model.index(2, RecordTableModel::Key)).toString(), QStringLiteral("k2"));
    QCOMPARE(model.data(model.index(1, RecordTableModel::Committed)).toString(), QStringLiteral("no"));
    QCOMPARE(model.data(model.index(0, RecordTableModel::Replicas)).toString(), QStringLiteral("1, 2"));
    model.fetchMore({});   // the tester may have asked already: one request either way
    QCOMPARE(asked, std::vector<Offset>{5});
    QVERIFY(model.waiting());
    QVERIFY(!model.canFetchMore({}));   // one page at a time
    model.appendPage(pageOf(tp, 5, 7, 12));
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(!model.canFetchMore({}));   // at the end
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    RecordPage huge = pageOf(tp, 0, RecordTableModel::kMaxRows + 10, 1000000);
    model.resetTo(huge);
    QCOMPARE(model.rowCount(), RecordTableModel::kMaxRows);
    QVERIFY(!model.canFetchMore({}));
}

void TestGuiRecords::browserPagesALargePartition() {
    MainWindow window(quietOptions());
    QVERIFY(started(window));
    window.bridge()->submit(QStringLiteral("produce orders partition=2 value=x count=450"));
    QVERIFY(advance(window, seconds(2)));
    MessageBrowser* browser = window.recordDocks()->browser();
    QCOMPARE(browseAndWait(browser, TopicPartition{"orders", 2}, SeekKind::Beginning), 200);
    RecordTableModel* model = browser->model();
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 400; }, kTimeoutMs));
    model->fetchMore({});
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 450; }, kTimeoutMs));
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->record(449).offset, Offset{449});

    QCOMPARE(browseAndWait(browser, TopicPartition{"orders", 2}, SeekKind::Offset, 440), 10);
    child<QLineEdit>(browser, "browserSearch")->setText(QStringLiteral("x-44"));
    QCOMPARE(browseAndWait(browser, TopicPartition{"orders", 2}, SeekKind::Beginning), 11);   // x-44, x-440..449
}

void TestGuiRecords::rateGeneratorKeysByPattern() {
    MainWindow window(quietOptions());
    QVERIFY(started(window));
    ProducerPanel* panel = window.recordDocks()->producer();
    QVERIFY(QTest::qWaitFor([&] { return child<QComboBox>(panel, "generatorTopic")->count() > 0; }, kTimeoutMs));
    auto* pattern = child<QComboBox>(panel, "generatorPattern");
    pattern->setCurrentIndex(pattern->findData(static_cast<int>(KeyPattern::HotKey)));
    child<QSpinBox>(panel, "generatorRate")->setValue(100);
    child<QCheckBox>(panel, "generatorOn")->setChecked(true);
    QVERIFY(QTest::qWaitFor([&] {
        const BackgroundProducerState& p = window.bridge()->producer();
        return p.keys.pattern == KeyPattern::HotKey && p.recordsPerTick == 10 && p.enabled;
    }, kTimeoutMs));
    QCOMPARE(child<QSpinBox>(panel, "generatorRate")->value(), 100);
    QVERIFY(advance(window, seconds(3)));
    const int hot = partitionForKey("user-0", 3);
    const auto& snapshot = *window.bridge()->snapshot();
    Offset hottest = 0;
    for (const PartitionSnapshot& p : snapshot.partitions)
        if (p.tp.topic == "orders" && p.tp.partition != hot) hottest = std::max(hottest, p.logEndOffset);
    const Offset hotEnd = snapshot.partition(TopicPartition{"orders", hot})->logEndOffset;
    QVERIFY2(hotEnd > 2 * hottest, qPrintable(QStringLiteral("hot %1, others at most %2").arg(hotEnd).arg(hottest)));

    auto* prefix = child<QLineEdit>(panel, "generatorPrefix");
    prefix->setText(QStringLiteral("a\"b,c"));   // fine in a key
    Q_EMIT prefix->editingFinished();
    QVERIFY(QTest::qWaitFor([&] { return window.bridge()->producer().keys.prefix == "a\"b,c"; }, kTimeoutMs));

    window.actions().producerFaster->trigger();   // the toolbar's change shows in the panel, keys kept
    QVERIFY(QTest::qWaitFor([&] { return child<QSpinBox>(panel, "generatorRate")->value() > 100; }, kTimeoutMs));
    QCOMPARE(window.bridge()->producer().keys.pattern, KeyPattern::HotKey);
    QCOMPARE(pattern->currentData().toInt(), static_cast<int>(KeyPattern::HotKey));

    // A new run keeps its own producer setting: the panel's fields follow it and do not impose theirs.
    runtime::RuntimeConfig config = window.bridge()->config();
    config.producer.enabled = false;
    window.bridge()->restart(config);
    QVERIFY(started(window));
    QVERIFY(advance(window, seconds(1)));
    QVERIFY(!window.bridge()->producer().enabled);
    QVERIFY(!child<QCheckBox>(panel, "generatorOn")->isChecked());
}

void TestGuiRecords::fitsAt1024x768() {
    MainWindow window(quietOptions());
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(started(window));
    RecordDocks* docks = window.recordDocks();
    window.findChild<QAction*>(QStringLiteral("showProducer"))->trigger();
    window.findChild<QAction*>(QStringLiteral("showBrowser"))->trigger();
    QVERIFY(docks->producerDock()->isVisible());
    QVERIFY(docks->browserDock()->isVisible());
    for (int i = 0; i < 12; ++i)
        window.bridge()->submit(QStringLiteral("produce orders key=%1 value={\"user\":\"%1\",\"order\":%2} headers=[trace:t%2] acks=%3")
                                    .arg(i % 3 ? QStringLiteral("alice") : QStringLiteral("bob"))
                                    .arg(i)
                                    .arg(i % 4 ? QStringLiteral("all") : QStringLiteral("1")));
    QVERIFY(advance(window, seconds(15)));
    QVERIFY(browseAndWait(docks->browser(), TopicPartition{"orders", partitionForKey("alice", 3)}, SeekKind::Beginning) >= 8);
    docks->browserDock()->raise();
    window.resizeDocks({docks->browserDock()}, {300}, Qt::Vertical);
    docks->browser()->table()->selectRow(3);
    QTest::qWait(50);
    QVERIFY(docks->producerDock()->width() < 1024 / 2);
    QVERIFY(docks->browser()->table()->width() >= 300);
    QVERIFY(child<QPushButton>(docks->producer(), "producerSend")->isVisible());
    const QString dir = QStringLiteral(KAFKASCOPE_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(window.grab().save(dir + QStringLiteral("/records-window.png")));
    QVERIFY(docks->producerDock()->grab().save(dir + QStringLiteral("/producer-panel.png")));
    QVERIFY(docks->browserDock()->grab().save(dir + QStringLiteral("/message-browser.png")));
}

QTEST_MAIN(TestGuiRecords)
#include "test_gui_records.moc"
