#include "panels/charts_panel.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>
#include <set>

#include "session/csv.h"

namespace ks::ui {
namespace {

QColor seriesColor(std::size_t i) {
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                     QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return palette[i % std::size(palette)];
}

QColor markerColor(ChartMarker::Kind kind) {
    switch (kind) {
    case ChartMarker::Kind::BrokerKilled: return QColor(0xc0, 0x20, 0x20);
    case ChartMarker::Kind::LeaderElected: return QColor(0x20, 0x80, 0x20);
    case ChartMarker::Kind::RebalanceStart: return QColor(0xd0, 0x80, 0x00);
    case ChartMarker::Kind::RebalanceEnd: return QColor(0x20, 0x60, 0xc0);
    }
    return Qt::black;
}

}  // namespace

ChartsPanel::ChartsPanel(QWidget* parent) : QWidget(parent), tabs_(new QTabWidget(this)), lagBy_(new QComboBox(this)) {
    setObjectName(QStringLiteral("chartsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tabs_, 1);
    throughput_.plot = makePlot(QStringLiteral("throughputPlot"), tr("records/s"));
    tabs_->addTab(throughput_.plot, tr("Throughput"));

    auto* lagPage = new QWidget(tabs_);
    auto* lagLayout = new QVBoxLayout(lagPage);
    lagLayout->setContentsMargins(0, 0, 0, 0);
    auto* lagBar = new QHBoxLayout;
    lagBar->addWidget(new QLabel(tr("Lag per:"), lagPage));
    lagBy_->setObjectName(QStringLiteral("lagBy"));
    lagBy_->addItem(tr("group"), static_cast<int>(LagBy::Group));
    lagBy_->addItem(tr("partition"), static_cast<int>(LagBy::Partition));
    lagBar->addWidget(lagBy_);
    lagBar->addStretch(1);
    lagLayout->addLayout(lagBar);
    lag_.plot = makePlot(QStringLiteral("lagPlot"), tr("records behind"));
    lagLayout->addWidget(lag_.plot, 1);
    tabs_->addTab(lagPage, tr("Consumer lag"));
    connect(lagBy_, &QComboBox::currentIndexChanged, this, [this] {
        lag_.plot->clearGraphs();
        lag_.graphs.clear();
        refresh();
    });

    isr_.plot = makePlot(QStringLiteral("isrPlot"), tr("replicas / partitions"));
    tabs_->addTab(isr_.plot, tr("ISR health"));
    connect(tabs_, &QTabWidget::currentChanged, this, [this] { refresh(); });
    sinceRefresh_.start();
}

QCustomPlot* ChartsPanel::makePlot(const QString& objectName, const QString& yLabel) {
    auto* plot = new QCustomPlot(this);
    plot->setObjectName(objectName);
    plot->setMinimumHeight(120);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    plot->xAxis->setLabel(tr("simulated time (s)"));
    plot->yAxis->setLabel(yLabel);
    plot->xAxis->setRange(0, kDefaultSpan);
    plot->yAxis->setRange(0, 1);
    plot->legend->setVisible(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    plot->legend->setFont(small);
    plot->legend->setBrush(QColor(255, 255, 255, 200));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    connect(plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        if (!settingRange_) setFollowing(false);
    });
    return plot;
}

ChartsPanel::PlotGraphs& ChartsPanel::target(Chart chart) {
    return chart == Chart::Throughput ? throughput_ : chart == Chart::Lag ? lag_ : isr_;
}

const ChartsPanel::PlotGraphs& ChartsPanel::target(Chart chart) const {
    return chart == Chart::Throughput ? throughput_ : chart == Chart::Lag ? lag_ : isr_;
}

QCustomPlot* ChartsPanel::plot(Chart chart) const { return target(chart).plot; }

std::map<QString, QCPGraph*> ChartsPanel::graphs(Chart chart) const { return target(chart).graphs; }

ChartsPanel::Chart ChartsPanel::current() const { return static_cast<Chart>(tabs_->currentIndex()); }

void ChartsPanel::setCurrent(Chart chart) { tabs_->setCurrentIndex(static_cast<int>(chart)); }

void ChartsPanel::setLagBy(LagBy by) { lagBy_->setCurrentIndex(lagBy_->findData(static_cast<int>(by))); }

void ChartsPanel::setFollowing(bool on) {
    if (following_ == on) return;
    following_ = on;
    if (on) refresh();
    Q_EMIT followingChanged(on);
}

QCPGraph* ChartsPanel::graph(PlotGraphs& t, const QString& name, const QPen& pen) {
    auto it = t.graphs.find(name);
    if (it != t.graphs.end()) return it->second;
    QCPGraph* g = t.plot->addGraph();
    g->setName(name);
    g->setPen(pen);
    t.graphs.emplace(name, g);
    return g;
}

void ChartsPanel::fill(PlotGraphs& t, const std::map<QString, ChartSeries>& series, const QString& suffix,
                       Qt::PenStyle style, double width) {
    std::size_t i = 0;
    for (const auto& [name, s] : series) {
        QPen pen(seriesColor(i++), width, style);
        graph(t, suffix.isEmpty() ? name : name + u' ' + suffix, pen)->setData(s.keys, s.values, true);
    }
}

void ChartsPanel::clear() {
    history_.clear();
    for (PlotGraphs* t : {&throughput_, &lag_, &isr_}) {
        t->plot->clearGraphs();
        t->plot->clearItems();
        t->graphs.clear();
    }
    setFollowing(true);
    refresh();
}

void ChartsPanel::refreshSoon() {
    if (!isVisible() || visibleRegion().isEmpty() || sinceRefresh_.elapsed() < 100) return;
    refresh();
}

void ChartsPanel::refresh() {
    sinceRefresh_.restart();
    fill(throughput_, history_.recordsInRate(), tr("in"), Qt::SolidLine, 1.5);
    fill(throughput_, history_.recordsOutRate(), tr("out"), Qt::DashLine, 1.5);
    const bool byGroup = lagBy_->currentData().toInt() == static_cast<int>(LagBy::Group);
    fill(lag_, byGroup ? history_.groupLag() : history_.partitionLag(), {}, Qt::SolidLine, 1.5);
    fill(isr_, history_.isrSize(), tr("ISR"), Qt::SolidLine, 1.0);
    graph(isr_, tr("under-replicated partitions"), QPen(QColor(0xd0, 0x60, 0x00), 2.5))
        ->setData(history_.underReplicated().keys, history_.underReplicated().values, true);
    graph(isr_, tr("offline partitions"), QPen(QColor(0xb0, 0x10, 0x10), 2.5))
        ->setData(history_.offline().keys, history_.offline().values, true);
    QCustomPlot* shown = target(current()).plot;
    drawMarkers(shown);
    if (following_) followTime(shown);
    shown->replot(QCustomPlot::rpQueuedReplot);
}

void ChartsPanel::followTime(QCustomPlot* plot) {
    const double span = plot->xAxis->range().size() > 0 ? plot->xAxis->range().size() : kDefaultSpan;
    const double end = std::max(history_.lastTime(), span);
    settingRange_ = true;
    plot->xAxis->setRange(end - span, end);
    settingRange_ = false;
    double top = 1;
    for (int i = 0; i < plot->graphCount(); ++i) {
        bool found = false;
        const QCPRange r = plot->graph(i)->getValueRange(found, QCP::sdBoth, plot->xAxis->range());
        if (found) top = std::max(top, r.upper);
    }
    plot->yAxis->setRange(0, top * 1.15);
}

void ChartsPanel::drawMarkers(QCustomPlot* plot) {
    plot->clearItems();
    for (const ChartMarker& m : history_.markers()) {
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(m.time, 0);
        line->point2->setCoords(m.time, 1);
        line->setPen(QPen(markerColor(m.kind), 1, Qt::DashLine));
        auto* label = new QCPItemText(plot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(m.time, 0.02);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setRotation(90);
        label->setColor(markerColor(m.kind));
        label->setText(m.count > 1 ? tr("%1 ×%2").arg(m.label).arg(m.count) : m.label);
        label->setClipToAxisRect(true);
    }
}

QString ChartsPanel::exportPng(const QString& path) const {
    QCustomPlot* shown = target(current()).plot;
    if (!shown->savePng(path, shown->width(), shown->height())) return tr("Could not write the PNG file %1").arg(path);
    return {};
}

QString ChartsPanel::exportSvg(const QString& path) const {
    QCustomPlot* shown = target(current()).plot;
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(shown->size());
    svg.setViewBox(QRect(QPoint(0, 0), shown->size()));
    svg.setTitle(tabs_->tabText(tabs_->currentIndex()));
    QCPPainter painter;
    if (!painter.begin(&svg)) return tr("Could not write the SVG file %1").arg(path);
    shown->toPainter(&painter, shown->width(), shown->height());
    painter.end();
    if (!QFile::exists(path)) return tr("Could not write the SVG file %1").arg(path);
    return {};
}

QString ChartsPanel::exportCsv(const QString& path) const {
    const PlotGraphs& t = target(current());
    std::set<double> keys;
    for (const auto& [name, g] : t.graphs)
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) keys.insert(it->key);
    QStringList header{QStringLiteral("time_s")};
    for (const auto& [name, g] : t.graphs) header << name;
    QString csv = csvRow(header);
    for (double key : keys) {
        QStringList fields{QString::number(key, 'f', 3)};
        for (const auto& [name, g] : t.graphs) {
            auto it = g->data()->findBegin(key, false);
            fields << (it != g->data()->constEnd() && it->key == key ? QString::number(it->value, 'g', 12) : QString());
        }
        csv += csvRow(fields);
    }
    return writeCsvFile(path, csv);
}

}  // namespace ks::ui
