#include "records/producer_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "engine_text.h"
#include "records/record_text.h"
#include "runtime_bridge.h"

namespace ks::ui {
namespace {

const char* kErrorStyle = "border: 2px solid #c0392b;";

QString partitionerText(PartitionChoice choice) {
    switch (choice) {
    case PartitionChoice::Explicit: return QObject::tr("the record's own partition");
    case PartitionChoice::KeyHash: return QObject::tr("murmur2 hash of the key");
    case PartitionChoice::Sticky: return QObject::tr("sticky partitioner (no key)");
    case PartitionChoice::RoundRobin: return QObject::tr("round-robin partitioner (no key)");
    }
    return {};
}

const TopicSnapshot* findTopic(const ClusterSnapshot& snapshot, const std::string& name) {
    for (const TopicSnapshot& t : snapshot.topics)
        if (t.name == name) return &t;
    return nullptr;
}

// The background producer's interval and batch for `rate` records per simulated second.
void setRate(runtime::BackgroundProducer& producer, int rate) {
    if (rate <= 10) {
        producer.interval = millis(1000 / std::max(1, rate));
        producer.recordsPerTick = 1;
    } else {
        producer.interval = millis(100);
        producer.recordsPerTick = (rate + 5) / 10;
    }
}

int rateOf(const BackgroundProducerState& state) {
    if (state.interval <= 0) return state.recordsPerTick;
    return static_cast<int>(static_cast<double>(state.recordsPerTick) * seconds(1) / static_cast<double>(state.interval) + 0.5);
}

}  // namespace

ProducerPanel::ProducerPanel(RuntimeBridge* bridge, QWidget* parent) : QWidget(parent), bridge_(bridge) {
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("producerTabs"));
    auto* record = new QWidget(tabs);
    auto* form = new QFormLayout(record);
    producer_ = new QComboBox(record);
    producer_->setObjectName(QStringLiteral("producerClient"));
    producer_->addItem(QStringLiteral("producer-1"));
    producer_->setToolTip(tr("The producer that sends the record: each has its own batches, partitioner and counts"));
    topic_ = new QComboBox(record);
    topic_->setEditable(true);
    topic_->setObjectName(QStringLiteral("producerTopic"));
    partition_ = new QLineEdit(record);
    partition_->setObjectName(QStringLiteral("producerPartition"));
    partition_->setPlaceholderText(tr("chosen by the partitioner"));
    auto* keyRow = new QHBoxLayout;
    key_ = new QLineEdit(record);
    key_->setObjectName(QStringLiteral("producerKey"));
    nullKey_ = new QCheckBox(tr("null"), record);
    nullKey_->setToolTip(tr("Send the record without a key: the sticky (or round-robin) partitioner picks its partition"));
    connect(nullKey_, &QCheckBox::toggled, key_, &QLineEdit::setDisabled);
    keyRow->addWidget(key_);
    keyRow->addWidget(nullKey_);
    auto* formatRow = new QHBoxLayout;
    format_ = new QComboBox(record);
    format_->setObjectName(QStringLiteral("producerFormat"));
    format_->addItem(tr("Plain text"));
    format_->addItem(tr("JSON"));
    auto* pretty = new QPushButton(tr("Pretty-print"), record);
    pretty->setToolTip(tr("Check the JSON value and indent it (Ctrl+Alt+J)"));
    connect(pretty, &QPushButton::clicked, this, &ProducerPanel::prettyPrint);
    formatRow->addWidget(format_, 1);
    formatRow->addWidget(pretty);
    value_ = new QPlainTextEdit(record);
    value_->setObjectName(QStringLiteral("producerValue"));
    value_->setPlaceholderText(tr("the record's value; JSON is sent compact, on one line"));
    value_->setMinimumHeight(40);
    value_->setMaximumHeight(70);
    headers_ = new QTableWidget(0, 2, record);
    headers_->setObjectName(QStringLiteral("producerHeaders"));
    headers_->setHorizontalHeaderLabels({tr("Header key"), tr("Header value")});
    headers_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    headers_->verticalHeader()->setVisible(false);
    headers_->setMaximumHeight(64);
    auto* headerButtons = new QHBoxLayout;
    auto* addHeader = new QPushButton(tr("Add header"), record);
    auto* removeHeader = new QPushButton(tr("Remove header"), record);
    connect(addHeader, &QPushButton::clicked, this, [this] { headers_->insertRow(headers_->rowCount()); });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        const int row = headers_->currentRow();
        if (row >= 0) headers_->removeRow(row);
    });
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    acks_ = new QComboBox(record);
    acks_->setObjectName(QStringLiteral("producerAcks"));
    acks_->addItem(QStringLiteral("all"), -1);
    acks_->addItem(QStringLiteral("1"), 1);
    acks_->addItem(QStringLiteral("0"), 0);
    send_ = new QPushButton(tr("Send"), record);
    send_->setObjectName(QStringLiteral("producerSend"));
    send_->setToolTip(tr("Produce the record (Ctrl+Alt+Return)"));
    connect(send_, &QPushButton::clicked, this, &ProducerPanel::send);
    error_ = new QLabel(record);
    error_->setObjectName(QStringLiteral("producerError"));
    error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error_->setWordWrap(true);
    result_ = new QLabel(tr("Nothing sent yet."), record);
    result_->setObjectName(QStringLiteral("producerResult"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Producer"), producer_);
    form->addRow(tr("Topic"), topic_);
    form->addRow(tr("Partition"), partition_);
    form->addRow(tr("Key"), keyRow);
    form->addRow(tr("Value"), formatRow);
    form->addRow(value_);
    form->addRow(headers_);
    form->addRow(headerButtons);
    form->addRow(tr("acks"), acks_);
    form->addRow(send_);
    form->addRow(error_);
    form->addRow(result_);

    auto* generator = new QWidget(tabs);
    generator->setToolTip(tr("The background producer: records at a steady rate, keyed by a pattern"));
    auto* generatorForm = new QFormLayout(generator);
    generatorOn_ = new QCheckBox(tr("Produce continuously"), generator);
    generatorOn_->setObjectName(QStringLiteral("generatorOn"));
    generatorTopic_ = new QComboBox(generator);
    generatorTopic_->setObjectName(QStringLiteral("generatorTopic"));
    rate_ = new QSpinBox(generator);
    rate_->setObjectName(QStringLiteral("generatorRate"));
    rate_->setRange(1, 5000);
    rate_->setSuffix(tr(" records/s"));
    pattern_ = new QComboBox(generator);
    pattern_->setObjectName(QStringLiteral("generatorPattern"));
    pattern_->addItem(tr("No key: partitions in turn"), static_cast<int>(KeyPattern::None));
    pattern_->addItem(tr("Fixed key"), static_cast<int>(KeyPattern::Fixed));
    pattern_->addItem(tr("Sequential keys"), static_cast<int>(KeyPattern::Sequential));
    pattern_->addItem(tr("Random from k keys"), static_cast<int>(KeyPattern::RandomSet));
    pattern_->addItem(tr("Skewed: one hot key"), static_cast<int>(KeyPattern::HotKey));
    prefix_ = new QLineEdit(QStringLiteral("user-"), generator);
    prefix_->setObjectName(QStringLiteral("generatorPrefix"));
    prefix_->setToolTip(tr("Fixed: the key itself. Otherwise keys are this prefix and a number"));
    keyCount_ = new QSpinBox(generator);
    keyCount_->setRange(1, 100000);
    keyCount_->setValue(10);
    hotPercent_ = new QSpinBox(generator);
    hotPercent_->setRange(0, 100);
    hotPercent_->setValue(80);
    hotPercent_->setSuffix(QStringLiteral(" %"));
    generatorError_ = new QLabel(generator);
    generatorError_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    generatorError_->setWordWrap(true);
    generatorForm->addRow(generatorOn_);
    generatorForm->addRow(tr("Topic"), generatorTopic_);
    generatorForm->addRow(tr("Rate"), rate_);
    generatorForm->addRow(tr("Keys"), pattern_);
    generatorForm->addRow(tr("Key (prefix)"), prefix_);
    generatorForm->addRow(tr("k keys"), keyCount_);
    generatorForm->addRow(tr("Hot key share"), hotPercent_);
    generatorForm->addRow(generatorError_);
    connect(generatorOn_, &QCheckBox::toggled, this, &ProducerPanel::applyGenerator);
    connect(generatorTopic_, &QComboBox::currentIndexChanged, this, &ProducerPanel::applyGenerator);
    connect(rate_, &QSpinBox::valueChanged, this, &ProducerPanel::applyGenerator);
    connect(pattern_, &QComboBox::currentIndexChanged, this, &ProducerPanel::applyGenerator);
    connect(prefix_, &QLineEdit::editingFinished, this, &ProducerPanel::applyGenerator);
    connect(keyCount_, &QSpinBox::valueChanged, this, &ProducerPanel::applyGenerator);
    connect(hotPercent_, &QSpinBox::valueChanged, this, &ProducerPanel::applyGenerator);

    tabs->addTab(record, tr("Record"));
    tabs->addTab(generator, tr("Rate generator"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tabs);
    layout->addStretch();

    connect(bridge_, &RuntimeBridge::frameArrived, this, &ProducerPanel::onFrame);
    connect(bridge_, &RuntimeBridge::restarted, this, [this] {
        pending_.clear();
        awaited_.reset();
        shown_.reset();
        topic_->clear();
        showingGenerator_ = true;   // a new run's producer setting is the runtime's, not these fields'
        generatorTopic_->clear();
        showingGenerator_ = false;
    });
}

void ProducerPanel::showError(QWidget* field, const QString& message) {
    clearError();
    errorField_ = field;
    if (field) {
        field->setStyleSheet(QString::fromLatin1(kErrorStyle));
        field->setToolTip(message);
        field->setFocus();
    }
    error_->setText(message);
}

void ProducerPanel::clearError() {
    if (errorField_) {
        errorField_->setStyleSheet({});
        errorField_->setToolTip({});
    }
    errorField_ = nullptr;
    error_->clear();
}

QString ProducerPanel::errorText() const { return error_->text(); }

QString ProducerPanel::resultText() const { return result_->text(); }

std::optional<RecordToProduce> ProducerPanel::composed() {
    clearError();
    RecordToProduce record;
    record.topic = topic_->currentText().trimmed().toStdString();
    const auto& snapshot = bridge_->snapshot();
    const TopicSnapshot* topic = snapshot ? findTopic(*snapshot, record.topic) : nullptr;
    if (record.topic.empty()) {
        showError(topic_, tr("Topic: choose a topic."));
        return std::nullopt;
    }
    if (snapshot && !topic) {
        QStringList names;
        for (const TopicSnapshot& t : snapshot->topics) names << QString::fromStdString(t.name);
        showError(topic_, tr("Topic: the cluster has no topic '%1' (it has: %2).")
                              .arg(QString::fromStdString(record.topic), names.join(QLatin1String(", "))));
        return std::nullopt;
    }
    const QString partitionText = partition_->text().trimmed();
    if (!partitionText.isEmpty()) {
        bool ok = false;
        const int p = partitionText.toInt(&ok);
        if (!ok || p < 0) {
            showError(partition_, tr("Partition: '%1' is not a partition number (leave it empty to let the partitioner choose).").arg(partitionText));
            return std::nullopt;
        }
        if (topic && p >= topic->partitions) {
            showError(partition_, tr("Partition: %1 has partitions 0 to %2; there is no partition %3.")
                                      .arg(QString::fromStdString(record.topic)).arg(topic->partitions - 1).arg(p));
            return std::nullopt;
        }
        record.partition = p;
    }
    if (!nullKey_->isChecked()) record.key = key_->text().toStdString();
    QString value = value_->toPlainText();
    if (format_->currentIndex() == 1) {
        const CompactJson json = compactJson(value);
        if (!json.error.isEmpty()) {
            showError(value_, tr("Value: %1").arg(json.error));
            return std::nullopt;
        }
        value = json.text;
    }
    record.value = value.toStdString();
    for (int row = 0; row < headers_->rowCount(); ++row) {
        const QTableWidgetItem* k = headers_->item(row, 0);
        const QTableWidgetItem* v = headers_->item(row, 1);
        const QString keyText = k ? k->text() : QString();
        const QString valueText = v ? v->text() : QString();
        if (keyText.isEmpty() && valueText.isEmpty()) continue;
        if (keyText.isEmpty()) {
            headers_->setCurrentCell(row, 0);
            showError(headers_, tr("Header %1: a header needs a key (its value is '%2').").arg(row + 1).arg(valueText));
            return std::nullopt;
        }
        record.headers.push_back({keyText.toStdString(), valueText.toStdString()});
    }
    record.acks = acks_->currentData().toInt();
    // The default producer is left unnamed, so its commands read as they always did.
    if (const QString producer = producer_->currentText(); producer != QLatin1String("producer-1"))
        record.producer = producer.toStdString();
    if (const auto problem = produceRequestProblem(record)) {
        QWidget* field = problem->field == "key" ? static_cast<QWidget*>(key_)
                         : problem->field == "value" ? value_
                         : problem->field.rfind("header", 0) == 0 ? headers_
                         : problem->field == "topic" ? static_cast<QWidget*>(topic_)
                         : problem->field == "producer" ? static_cast<QWidget*>(producer_)
                                                     : partition_;
        showError(field, QStringLiteral("%1: %2").arg(QString::fromStdString(problem->field), engineText(problem->message)));
        return std::nullopt;
    }
    return record;
}

bool ProducerPanel::send() {
    const std::optional<RecordToProduce> record = composed();
    if (!record) return false;
    pending_.push_back(bridge_->produce(*record));
    result_->setText(bridge_->clock().playing ? tr("Sent; waiting for the answer…")
                                              : tr("Sent; the answer comes once simulated time runs (the clock is paused)."));
    return true;
}

bool ProducerPanel::prettyPrint() {
    const std::optional<QString> pretty = prettyJson(value_->toPlainText());
    if (!pretty) {
        showError(value_, tr("Value: %1").arg(compactJson(value_->toPlainText()).error));
        return false;
    }
    clearError();
    format_->setCurrentIndex(1);
    value_->setPlainText(*pretty);
    return true;
}

void ProducerPanel::load(const RecordToProduce& record) {
    clearError();
    const int producer = producer_->findText(record.producer.empty() ? QStringLiteral("producer-1")
                                                                      : QString::fromStdString(record.producer));
    if (producer >= 0) producer_->setCurrentIndex(producer);
    topic_->setCurrentText(QString::fromStdString(record.topic));
    partition_->setText(record.partition ? QString::number(*record.partition) : QString());
    nullKey_->setChecked(!record.key);
    key_->setText(record.key ? QString::fromStdString(*record.key) : QString());
    const QString value = record.value ? QString::fromStdString(*record.value) : QString();
    const std::optional<QString> pretty = prettyJson(value);
    format_->setCurrentIndex(pretty ? 1 : 0);
    value_->setPlainText(pretty.value_or(value));
    headers_->setRowCount(0);
    for (const RecordHeader& h : record.headers) {
        const int row = headers_->rowCount();
        headers_->insertRow(row);
        headers_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(h.key)));
        headers_->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(h.value)));
    }
    acks_->setCurrentIndex(std::max(0, acks_->findData(record.acks)));
}

void ProducerPanel::onFrame(const Frame& frame) {
    if (frame.snapshot) {
        refreshTopics(*frame.snapshot);
        refreshProducers(*frame.snapshot);
    }
    showGenerator(frame.producer);
    for (const ProduceReply& reply : frame.produced) {
        auto it = std::find(pending_.begin(), pending_.end(), reply.request);
        if (it == pending_.end()) continue;
        pending_.erase(it);
        const QString how = partitionerText(reply.partitioner);
        if (!reply.rejected.empty())
            result_->setText(tr("Refused: %1").arg(engineText(reply.rejected)));
        else if (reply.error != KafkaError::NONE)
            result_->setText(tr("Failed with %1 (partition %2, chosen by the %3)")
                                 .arg(QString::fromLatin1(errorName(reply.error)))
                                 .arg(reply.tp.partition)
                                 .arg(how));
        else if (reply.offset < 0)
            result_->setText(tr("Sent to %1 with acks=0: the producer never learns the offset (partition chosen by the %2)")
                                 .arg(QString::fromStdString(reply.tp.str()), how));
        else
            result_->setText(tr("Written to %1 at offset %2 (partition chosen by the %3)")
                                 .arg(QString::fromStdString(reply.tp.str()))
                                 .arg(reply.offset)
                                 .arg(how));
        Q_EMIT produced(reply);
    }
}

void ProducerPanel::refreshProducers(const ClusterSnapshot& snapshot) {
    QStringList names;
    for (const ProducerSnapshot& p : snapshot.producers)
        if (p.state != "closing") names << QString::fromStdString(p.clientId);
    QStringList current;
    for (int i = 0; i < producer_->count(); ++i) current << producer_->itemText(i);
    if (current == names) return;
    const QString chosen = producer_->currentText();
    producer_->clear();
    producer_->addItems(names);
    producer_->setCurrentIndex(std::max(0, producer_->findText(chosen)));
}

void ProducerPanel::refreshTopics(const ClusterSnapshot& snapshot) {
    QStringList names;
    for (const TopicSnapshot& t : snapshot.topics)
        if (t.name.rfind("__", 0) != 0) names << QString::fromStdString(t.name);
    QStringList current;
    for (int i = 0; i < generatorTopic_->count(); ++i) current << generatorTopic_->itemText(i);
    if (current == names) return;
    const QString typed = topic_->currentText();
    topic_->clear();
    topic_->addItems(names);
    topic_->setCurrentText(typed.isEmpty() && !names.isEmpty() ? names.front() : typed);
    const bool was = showingGenerator_;
    showingGenerator_ = true;
    const QString generatorTopic = generatorTopic_->currentText();
    generatorTopic_->clear();
    generatorTopic_->addItems(names);
    generatorTopic_->setCurrentText(generatorTopic.isEmpty() ? QString::fromStdString(bridge_->producer().topic) : generatorTopic);
    showingGenerator_ = was;
}

void ProducerPanel::showGenerator(const BackgroundProducerState& state) {
    if (state.topic.empty()) return;
    if (awaited_) {
        if (!(state == *awaited_)) return;
        awaited_.reset();
    }
    if (shown_ && state == *shown_) return;
    shown_ = state;
    showingGenerator_ = true;
    generatorOn_->setChecked(state.enabled);
    if (generatorTopic_->findText(QString::fromStdString(state.topic)) >= 0)
        generatorTopic_->setCurrentText(QString::fromStdString(state.topic));
    if (!rate_->hasFocus()) rate_->setValue(rateOf(state));
    pattern_->setCurrentIndex(std::max(0, pattern_->findData(static_cast<int>(state.keys.pattern))));
    if (!prefix_->hasFocus()) prefix_->setText(QString::fromStdString(state.keys.prefix));
    if (!keyCount_->hasFocus()) keyCount_->setValue(state.keys.keyCount);
    if (!hotPercent_->hasFocus()) hotPercent_->setValue(state.keys.hotPercent);
    showingGenerator_ = false;
}

void ProducerPanel::applyGenerator() {
    if (showingGenerator_) return;
    generatorError_->clear();
    prefix_->setStyleSheet({});
    runtime::BackgroundProducer producer = bridge_->backgroundProducer();
    producer.enabled = generatorOn_->isChecked();
    if (!generatorTopic_->currentText().isEmpty()) producer.topic = generatorTopic_->currentText().toStdString();
    setRate(producer, rate_->value());
    producer.keys.pattern = static_cast<KeyPattern>(pattern_->currentData().toInt());
    producer.keys.prefix = prefix_->text().toStdString();
    producer.keys.keyCount = keyCount_->value();
    producer.keys.hotPercent = hotPercent_->value();
    RecordToProduce probe;
    probe.topic = producer.topic;
    probe.key = producer.keys.prefix;
    if (const auto problem = produceRequestProblem(probe)) {
        prefix_->setStyleSheet(QString::fromLatin1(kErrorStyle));
        generatorError_->setText(tr("Key (prefix): %1").arg(engineText(problem->message)));
        return;
    }
    bridge_->setBackgroundProducer(producer);
    awaited_ = BackgroundProducerState{producer.enabled, producer.topic, producer.recordsPerTick, producer.interval, producer.keys};
}

}  // namespace ks::ui
