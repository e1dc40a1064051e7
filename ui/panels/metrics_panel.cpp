#include "panels/metrics_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "panels/table_panel.h"
#include "sim_time_text.h"

namespace ks::ui {
namespace {

const QColor kMovedTint(0xd8, 0xe8, 0xfa);
constexpr int kMaxMovedLines = 12;

}  // namespace

MetricsTableModel::MetricsTableModel(QObject* parent)
    : KeyedTableModel({{tr("Metric"), tr("The metric's name as Kafka exports it over JMX")},
                       {tr("Scope"), tr("Whose metric it is: a broker, the cluster's controller, a consumer")},
                       {tr("Now"), tr("Gauges now; rates and mean times over the last 10 s of simulated time")},
                       {tr("Before event"), tr("The value just before the event chosen above")},
                       {tr("Moved"), tr("Whether it changed since that event")}},
                      parent) {}

void MetricsTableModel::show(const std::vector<MetricValue>& current, const MetricsMoment* moment) {
    std::vector<TableRow> rows;
    rows.reserve(current.size());
    for (const MetricValue& v : current) {
        TableRow row;
        row.key = v.key();
        const MetricValue* was = nullptr;
        if (moment) {
            auto it = moment->before.find(v.key());
            if (it != moment->before.end()) was = &it->second;
        }
        const bool moved = was && metricMoved(*was, v);
        row.cells = {textCell(v.name), textCell(v.scope), numberCell(v.text, v.value),
                     was ? numberCell(was->text, was->value) : numberCell(tr("—"), -1.0),
                     textCell(moved ? tr("moved") : QString())};
        row.toolTip = MetricsTracker::explanation(v.name);
        if (moved) row.tint = kMovedTint;
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

MetricsPanel::MetricsPanel(QWidget* parent)
    : QWidget(parent),
      model_(new MetricsTableModel(this)),
      moments_(new QComboBox(this)),
      moved_(new QPlainTextEdit(this)),
      explanation_(new QLabel(this)) {
    setObjectName(QStringLiteral("metricsPanel"));
    model_->setObjectName(QStringLiteral("metricsModel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare with the moment before:"), this));
    moments_->setObjectName(QStringLiteral("metricsMoment"));
    moments_->setToolTip(tr("A notable event (a fault, leaders elected); the table shows what each metric was just before it"));
    moments_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    moments_->setMinimumContentsLength(24);
    bar->addWidget(moments_, 1);
    layout->addLayout(bar);
    table_ = new TablePanel(QStringLiteral("metricsTable"), {{QString(), model_}}, this);
    layout->addWidget(table_, 1);
    moved_->setObjectName(QStringLiteral("metricsMoved"));
    moved_->setReadOnly(true);
    moved_->setMaximumHeight(moved_->fontMetrics().lineSpacing() * 5 + 8);
    layout->addWidget(moved_);
    explanation_->setObjectName(QStringLiteral("metricsExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setText(tr("Select a metric to read what it means."));
    layout->addWidget(explanation_);
    QTableView* view = table_->view(0);
    // The tracker's order (the cluster first, then broker by broker) until a header is clicked.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->proxy(0)->sort(-1);
    view->horizontalHeader()->resizeSection(MetricsTableModel::Metric, view->fontMetrics().horizontalAdvance(QStringLiteral("TotalTimeMs (FetchConsumer)")) + 24);
    view->horizontalHeader()->resizeSection(MetricsTableModel::Now, view->fontMetrics().horizontalAdvance(QStringLiteral("0.0/s, mean 9000 ms")) + 12);
    connect(moments_, &QComboBox::currentIndexChanged, this, [this] { showValues(); });
    connect(table_->view(0)->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { explainSelected(); });
}

const MetricsMoment* MetricsPanel::chosenMoment() const {
    const int index = moments_->currentData().toInt();
    const auto& moments = tracker_.moments();
    if (moments_->currentIndex() < 0 || index < 0 || index >= static_cast<int>(moments.size())) return nullptr;
    return &moments[static_cast<std::size_t>(index)];
}

void MetricsPanel::update(const Frame& frame) {
    note(frame);
    showValues();
}

void MetricsPanel::note(const Frame& frame) {
    const std::uint64_t before = tracker_.momentsNoted();
    tracker_.update(frame);
    const auto& moments = tracker_.moments();
    if (tracker_.momentsNoted() != before) {
        // The list is newest first, and follows the newest event.
        const QSignalBlocker block(moments_);
        moments_->clear();
        for (int i = static_cast<int>(moments.size()) - 1; i >= 0; --i) {
            const MetricsMoment& m = moments[static_cast<std::size_t>(i)];
            moments_->addItem(tr("%1 — %2").arg(formatSeconds(m.time), m.label), i);
        }
        moments_->setCurrentIndex(0);
    }
}

void MetricsPanel::clear() {
    tracker_.clear();
    moments_->clear();
    model_->clear();
    moved_->clear();
}

QStringList MetricsPanel::movedLines() const {
    QStringList lines;
    const MetricsMoment* moment = chosenMoment();
    if (!moment) return lines;
    for (const MetricValue& v : tracker_.current()) {
        auto it = moment->before.find(v.key());
        if (it != moment->before.end() && metricMoved(it->second, v))
            lines << tr("%1 (%2): %3 → %4").arg(v.name, v.scope, it->second.text, v.text);
    }
    return lines;
}

void MetricsPanel::showValues() {
    const MetricsMoment* moment = chosenMoment();
    model_->show(tracker_.current(), moment);
    if (!moment) {
        moved_->setPlainText(tr("No event yet: kill a broker (K) and watch what moves."));
        return;
    }
    QStringList lines = movedLines();
    const int more = static_cast<int>(lines.size()) - kMaxMovedLines;
    if (more > 0) {
        lines = lines.mid(0, kMaxMovedLines);
        lines << tr("… and %n more", nullptr, more);
    }
    moved_->setPlainText(lines.isEmpty() ? tr("Since “%1”: nothing moved yet.").arg(moment->label)
                                         : tr("Since “%1”:").arg(moment->label) + u'\n' + lines.join(u'\n'));
}

void MetricsPanel::explainSelected() {
    const QModelIndex current = table_->view(0)->currentIndex();
    if (!current.isValid()) return;
    const QString name = current.sibling(current.row(), MetricsTableModel::Metric).data().toString();
    explanation_->setText(QStringLiteral("<b>%1</b>: %2").arg(name.toHtmlEscaped(), MetricsTracker::explanation(name).toHtmlEscaped()));
}

}  // namespace ks::ui
