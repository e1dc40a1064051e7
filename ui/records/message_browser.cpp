#include "records/message_browser.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "engine_text.h"
#include "records/record_table_model.h"
#include "records/record_text.h"
#include "runtime_bridge.h"
#include "sim_time_text.h"

namespace ks::ui {
namespace {
constexpr int kPageSize = 200;
const char* kErrorStyle = "border: 2px solid #c0392b;";
}  // namespace

MessageBrowser::MessageBrowser(RuntimeBridge* bridge, QWidget* parent)
    : QWidget(parent), bridge_(bridge), model_(new RecordTableModel(this)) {
    topic_ = new QComboBox(this);
    topic_->setObjectName(QStringLiteral("browserTopic"));
    topic_->setMinimumContentsLength(8);
    partition_ = new QSpinBox(this);
    partition_->setObjectName(QStringLiteral("browserPartition"));
    partition_->setRange(0, 100000);
    partition_->setPrefix(tr("partition "));
    seek_ = new QComboBox(this);
    seek_->setObjectName(QStringLiteral("browserSeek"));
    seek_->addItem(tr("Beginning"), static_cast<int>(SeekKind::Beginning));
    seek_->addItem(tr("End"), static_cast<int>(SeekKind::End));
    seek_->addItem(tr("Offset"), static_cast<int>(SeekKind::Offset));
    seek_->addItem(tr("Time"), static_cast<int>(SeekKind::Timestamp));
    at_ = new QLineEdit(this);
    at_->setObjectName(QStringLiteral("browserAt"));
    at_->setPlaceholderText(tr("offset, or time (12.5 or 1500ms)"));
    at_->setMaximumWidth(160);
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("browserSearch"));
    search_->setPlaceholderText(tr("search key or value"));
    search_->setClearButtonEnabled(true);
    auto* go = new QPushButton(tr("Read"), this);
    go->setToolTip(tr("Read the partition from the chosen position (Ctrl+Alt+G)"));
    connect(go, &QPushButton::clicked, this, &MessageBrowser::seek);
    connect(at_, &QLineEdit::returnPressed, this, &MessageBrowser::seek);
    connect(search_, &QLineEdit::returnPressed, this, &MessageBrowser::seek);
    connect(seek_, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = static_cast<SeekKind>(seek_->currentData().toInt());
        at_->setEnabled(kind == SeekKind::Offset || kind == SeekKind::Timestamp);
    });
    at_->setEnabled(false);

    auto* controls = new QHBoxLayout;
    controls->addWidget(topic_);
    controls->addWidget(partition_);
    controls->addWidget(seek_);
    controls->addWidget(at_);
    controls->addWidget(search_, 1);
    controls->addWidget(go);

    auto* replay = new QPushButton(tr("Replay"), this);
    replay->setToolTip(tr("Produce the selected records again (Ctrl+Alt+R)"));
    connect(replay, &QPushButton::clicked, this, &MessageBrowser::replaySelected);
    auto* exporter = new QPushButton(tr("Export…"), this);
    exporter->setToolTip(tr("Save the selected records (or all shown) as CSV or JSON lines (Ctrl+Alt+E)"));
    connect(exporter, &QPushButton::clicked, this, &MessageBrowser::exportSelection);
    auto* importer = new QPushButton(tr("Import…"), this);
    importer->setToolTip(tr("Produce the records of a JSON-lines file (Ctrl+Alt+I)"));
    connect(importer, &QPushButton::clicked, this, &MessageBrowser::importFile);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("browserStatus"));
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("browserError"));
    error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error_->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(status_, 1);
    actions->addWidget(replay);
    actions->addWidget(exporter);
    actions->addWidget(importer);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("browserTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(true);
    for (int column : {RecordTableModel::Offset, RecordTableModel::Timestamp, RecordTableModel::Size, RecordTableModel::Committed})
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table_->setWordWrap(false);
    detail_ = new QPlainTextEdit(this);
    detail_->setObjectName(QStringLiteral("browserDetail"));
    detail_->setReadOnly(true);
    detail_->setPlaceholderText(tr("Select a record to see it whole; a JSON value is pretty-printed."));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(table_);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 260});
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MessageBrowser::showDetail);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(error_);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    error_->hide();

    model_->setPageRequester([this](Offset next) {
        RecordQuery query = current_;
        query.seek = SeekKind::Offset;
        query.offset = next;
        request(query, true);
    });
    connect(bridge_, &RuntimeBridge::frameArrived, this, &MessageBrowser::onFrame);
    connect(bridge_, &RuntimeBridge::restarted, this, [this] {
        resetRequest_ = appendRequest_ = 0;
        produced_.clear();
        model_->clear();
        topic_->clear();
    });
}

QString MessageBrowser::statusText() const { return status_->text(); }

QString MessageBrowser::errorText() const { return error_->text(); }

void MessageBrowser::showError(QWidget* field, const QString& message) {
    if (errorField_) errorField_->setStyleSheet({});
    errorField_ = field;
    if (field) field->setStyleSheet(QString::fromLatin1(kErrorStyle));
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
}

void MessageBrowser::browse(const TopicPartition& tp, SeekKind seek, std::int64_t at) {
    topic_->setCurrentText(QString::fromStdString(tp.topic));
    partition_->setValue(tp.partition);
    seek_->setCurrentIndex(seek_->findData(static_cast<int>(seek)));
    at_->setText(seek == SeekKind::Timestamp ? formatDuration(at) : seek == SeekKind::Offset ? QString::number(at) : QString());
    this->seek();
}

void MessageBrowser::seek() {
    showError(nullptr, {});
    RecordQuery query;
    query.tp = TopicPartition{topic_->currentText().toStdString(), partition_->value()};
    query.maxRecords = kPageSize;
    query.search = search_->text().toStdString();
    query.seek = static_cast<SeekKind>(seek_->currentData().toInt());
    if (query.tp.topic.empty()) {
        showError(topic_, tr("Topic: the cluster has no topics to browse."));
        return;
    }
    if (const auto& snapshot = bridge_->snapshot()) {
        for (const TopicSnapshot& t : snapshot->topics)
            if (t.name == query.tp.topic && query.tp.partition >= t.partitions) {
                showError(partition_, tr("Partition: %1 has partitions 0 to %2.").arg(topic_->currentText()).arg(t.partitions - 1));
                return;
            }
    }
    const QString at = at_->text().trimmed();
    if (query.seek == SeekKind::Offset) {
        bool ok = false;
        query.offset = at.toLongLong(&ok);
        if (!ok || query.offset < 0) {
            showError(at_, tr("Offset: '%1' is not an offset (a whole number, 0 or more).").arg(at));
            return;
        }
    } else if (query.seek == SeekKind::Timestamp) {
        const std::optional<SimTime> t = parseDuration(at);
        if (!t) {
            showError(at_, tr("Time: '%1' is not a simulated time; write seconds (12.5) or a duration (1500ms).").arg(at));
            return;
        }
        query.timestamp = *t;
    }
    current_ = query;
    request(query, false);
}

void MessageBrowser::request(const RecordQuery& query, bool append) {
    const std::uint64_t id = bridge_->queryRecords(query);
    (append ? appendRequest_ : resetRequest_) = id;
    if (!append) appendRequest_ = 0;
    status_->setText(tr("Reading %1…").arg(QString::fromStdString(query.tp.str())));
}

void MessageBrowser::onFrame(const Frame& frame) {
    if (frame.snapshot) refreshTopics(*frame.snapshot);
    for (const RecordPage& page : frame.pages) {
        const bool reset = page.request == resetRequest_;
        if (!reset && page.request != appendRequest_) continue;
        if (!page.error.empty()) {
            showError(nullptr, engineText(page.error));
            model_->clear();
            continue;
        }
        if (reset) model_->resetTo(page);
        else model_->appendPage(page);
        QString source = page.source == kNoNode ? tr("no replica") : tr("broker %1").arg(page.source);
        status_->setText(tr("%1 · log start %2 · HW %3 · LEO %4 · %5 shown · read from %6 at %7")
                             .arg(QString::fromStdString(page.query.tp.str()))
                             .arg(page.logStartOffset)
                             .arg(page.highWatermark)
                             .arg(page.logEndOffset)
                             .arg(model_->rowCount())
                             .arg(source, formatSeconds(page.time)));
        if (reset && table_->selectionModel()->currentIndex().isValid()) showDetail();
    }
    for (const ProduceReply& reply : frame.produced) {
        auto it = std::find(produced_.begin(), produced_.end(), reply.request);
        if (it == produced_.end()) continue;
        produced_.erase(it);
        if (!reply.rejected.empty() || reply.error != KafkaError::NONE)
            showError(nullptr, tr("Producing again failed: %1")
                                   .arg(reply.rejected.empty() ? QString::fromLatin1(errorName(reply.error)) : engineText(reply.rejected)));
        else
            status_->setText(tr("Produced again to %1 at offset %2").arg(QString::fromStdString(reply.tp.str())).arg(reply.offset));
    }
}

void MessageBrowser::refreshTopics(const ClusterSnapshot& snapshot) {
    QStringList names;
    for (const TopicSnapshot& t : snapshot.topics) names << QString::fromStdString(t.name);
    QStringList current;
    for (int i = 0; i < topic_->count(); ++i) current << topic_->itemText(i);
    if (current == names) return;
    const QString chosen = topic_->currentText();
    topic_->clear();
    topic_->addItems(names);
    const int index = topic_->findText(chosen.isEmpty() ? QString::fromStdString(bridge_->producer().topic) : chosen);
    topic_->setCurrentIndex(std::max(0, index));
}

void MessageBrowser::showDetail() {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= model_->rowCount()) {
        detail_->clear();
        return;
    }
    const BrowsedRecord& r = model_->record(current.row());
    QString text = tr("Offset %1 at %2, %3 bytes\n").arg(r.offset).arg(formatSeconds(r.timestamp)).arg(r.sizeBytes);
    text += tr("Key: %1\n").arg(sideText(r.key));
    for (const RecordHeader& h : r.headers)
        text += tr("Header %1: %2\n").arg(QString::fromStdString(h.key), QString::fromStdString(h.value));
    const QString value = sideText(r.value);
    text += tr("Value:\n%1\n").arg(prettyJson(value).value_or(value));
    detail_->setPlainText(text);
}

std::vector<int> MessageBrowser::selectedRows() const {
    std::vector<int> rows;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows()) rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.empty())
        for (int row = 0; row < model_->rowCount(); ++row) rows.push_back(row);
    return rows;
}

QString MessageBrowser::selectionJsonLines() const {
    QString text;
    for (int row : selectedRows()) text += recordJsonLine(model_->partition(), model_->record(row)) + QLatin1Char('\n');
    return text;
}

QString MessageBrowser::selectionCsv() const {
    std::vector<BrowsedRecord> records;
    for (int row : selectedRows()) records.push_back(model_->record(row));
    return recordsCsv(model_->partition(), records);
}

void MessageBrowser::replaySelected() {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        showError(table_, tr("Replay: select the records to produce again."));
        return;
    }
    showError(nullptr, {});
    for (const QModelIndex& index : rows) {
        const BrowsedRecord& r = model_->record(index.row());
        RecordToProduce record;
        record.topic = model_->partition().topic;
        record.partition = model_->partition().partition;
        record.key = r.key;
        record.value = r.value;
        record.headers = r.headers;
        produced_.push_back(bridge_->produce(record));
    }
}

bool MessageBrowser::exportSelection() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export records"), QStringLiteral("records.jsonl"),
                                                      tr("JSON lines (*.jsonl *.json);;CSV (*.csv)"));
    return !path.isEmpty() && exportSelectionTo(path);
}

bool MessageBrowser::exportSelectionTo(const QString& path) {
    QSaveFile file(path);
    const QString text = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? selectionCsv() : selectionJsonLines();
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        showError(nullptr, tr("Export: cannot write %1 (%2)").arg(path, file.errorString()));
        return false;
    }
    status_->setText(tr("Exported to %1").arg(path));
    return true;
}

bool MessageBrowser::importFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import records"), {}, tr("JSON lines (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty()) return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(nullptr, tr("Import: cannot read %1 (%2)").arg(path, file.errorString()));
        return false;
    }
    const bool ok = importText(QString::fromUtf8(file.readAll()));
    if (!ok) error_->setText(tr("Import of %1 stopped, nothing was sent: %2").arg(path, error_->text()));
    return ok;
}

bool MessageBrowser::importText(const QString& text) {
    const ImportResult result = parseJsonLines(text, topic_->currentText());
    if (!result.error.isEmpty()) {
        showError(nullptr, result.error);
        return false;
    }
    if (const auto& snapshot = bridge_->snapshot()) {
        for (std::size_t i = 0; i < result.records.size(); ++i) {
            const RecordToProduce& r = result.records[i];
            auto topic = std::find_if(snapshot->topics.begin(), snapshot->topics.end(), [&](const TopicSnapshot& t) { return t.name == r.topic; });
            if (topic == snapshot->topics.end()) {
                showError(nullptr, tr("line %1: the cluster has no topic '%2'; nothing was sent").arg(result.lines[i]).arg(QString::fromStdString(r.topic)));
                return false;
            }
            if (r.partition && *r.partition >= topic->partitions) {
                showError(nullptr, tr("line %1: %2 has no partition %3; nothing was sent")
                                       .arg(result.lines[i]).arg(QString::fromStdString(r.topic)).arg(*r.partition));
                return false;
            }
        }
    }
    showError(nullptr, {});
    for (const RecordToProduce& record : result.records) produced_.push_back(bridge_->produce(record));
    status_->setText(tr("Importing %n record(s)…", nullptr, static_cast<int>(result.records.size())));
    return true;
}

}  // namespace ks::ui
