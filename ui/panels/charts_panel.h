#pragma once
// The Charts dock: QCustomPlot charts of a ChartHistory over simulated time (throughput per topic,
// consumer lag per group or partition, ISR sizes and under-replicated partitions) with event
// markers. They follow the clock until the user drags or zooms the time axis, and export the chart
// shown as PNG, SVG or CSV.
#include <QElapsedTimer>
#include <QWidget>
#include <map>

#include "panels/chart_history.h"

class QCPGraph;
class QComboBox;
class QCustomPlot;
class QTabWidget;

namespace ks::ui {

class ChartsPanel : public QWidget {
    Q_OBJECT

public:
    enum class Chart { Throughput, Lag, Isr };
    enum class LagBy { Group, Partition };
    static constexpr double kDefaultSpan = 60.0;   // seconds of simulated time shown while following

    explicit ChartsPanel(QWidget* parent = nullptr);

    ChartHistory& history() { return history_; }
    const ChartHistory& history() const { return history_; }
    // Redraws from the history now (the dock calls it at most ~10 times a second, when visible).
    void refresh();
    // Redraws when the last redraw is older than 100 ms of wall time and the panel is on screen (a
    // panel in a dock behind another tab is not: whoever brings it forward calls refresh()).
    void refreshSoon();
    void clear();

    Chart current() const;
    void setCurrent(Chart chart);
    void setLagBy(LagBy by);
    QCustomPlot* plot(Chart chart) const;
    // The graphs of `chart` by name, as plotted (for tests: they must equal the engine's counters).
    std::map<QString, QCPGraph*> graphs(Chart chart) const;

    bool following() const { return following_; }
    void setFollowing(bool on);

    // Export the chart shown; each returns an error message, or nothing on success.
    QString exportPng(const QString& path) const;
    QString exportSvg(const QString& path) const;
    QString exportCsv(const QString& path) const;

Q_SIGNALS:
    void followingChanged(bool on);

private:
    struct PlotGraphs {
        QCustomPlot* plot = nullptr;
        std::map<QString, QCPGraph*> graphs;
    };

    QCustomPlot* makePlot(const QString& objectName, const QString& yLabel);
    QCPGraph* graph(PlotGraphs& target, const QString& name, const QPen& pen);
    void fill(PlotGraphs& target, const std::map<QString, ChartSeries>& series, const QString& suffix, Qt::PenStyle style,
              double width);
    void drawMarkers(QCustomPlot* plot);
    void followTime(QCustomPlot* plot);
    PlotGraphs& target(Chart chart);
    const PlotGraphs& target(Chart chart) const;

    ChartHistory history_;
    QTabWidget* tabs_;
    QComboBox* lagBy_;
    PlotGraphs throughput_, lag_, isr_;
    bool following_ = true;
    bool settingRange_ = false;
    QElapsedTimer sinceRefresh_;
};

}  // namespace ks::ui
