#include "panels/data_panels.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>

#include "panels/charts_panel.h"
#include "panels/cluster_tables.h"
#include "panels/metrics_panel.h"
#include "panels/table_panel.h"
#include "runtime_bridge.h"
#include "session/export_location.h"

namespace ks::ui {
namespace {

// Whether any of `dock` is on screen. A dock whose tab is not the chosen one stays visible to Qt but
// is moved outside the window, so it has nothing to paint.
bool onScreen(const QDockWidget& dock) { return dock.isVisible() && !dock.visibleRegion().isEmpty(); }

}  // namespace

DataPanels::DataPanels(QMainWindow* window, RuntimeBridge* bridge, QDockWidget* tabWith, ExportLocation* exportLocation)
    : QObject(window),
      window_(window),
      tabWith_(tabWith),
      exportLocation_(exportLocation),
      topics_(new TopicsTableModel(this)),
      brokers_(new BrokersTableModel(this)),
      groups_(new GroupsTableModel(this)),
      members_(new GroupMembersTableModel(this)),
      groupPartitions_(new GroupPartitionsTableModel(this)) {
    setObjectName(QStringLiteral("dataPanels"));
    topics_->setObjectName(QStringLiteral("topicsModel"));
    brokers_->setObjectName(QStringLiteral("brokersModel"));
    groups_->setObjectName(QStringLiteral("groupsModel"));
    members_->setObjectName(QStringLiteral("groupMembersModel"));
    groupPartitions_->setObjectName(QStringLiteral("groupPartitionsModel"));
    topicsPanel_ = new TablePanel(QStringLiteral("topicsPanel"), {{QString(), topics_}});
    brokersPanel_ = new TablePanel(QStringLiteral("brokersPanel"), {{QString(), brokers_}});
    groupsPanel_ = new TablePanel(QStringLiteral("groupsPanel"), {{tr("Groups"), groups_},
                                                                  {tr("Members and their partitions"), members_},
                                                                  {tr("Partitions: position, committed, lag"), groupPartitions_}});
    charts_ = new ChartsPanel;
    metrics_ = new MetricsPanel;
    topicsDock_ = addDock(tr("Topics"), QStringLiteral("topicsDock"), topicsPanel_, "Ctrl+Alt+T");
    brokersDock_ = addDock(tr("Brokers"), QStringLiteral("brokersDock"), brokersPanel_, "Ctrl+Alt+B");
    groupsDock_ = addDock(tr("Consumer groups"), QStringLiteral("groupsDock"), groupsPanel_, "Ctrl+Alt+U");
    chartsDock_ = addDock(tr("Charts"), QStringLiteral("chartsDock"), charts_, "Ctrl+Alt+C");
    metricsDock_ = addDock(tr("Broker metrics"), QStringLiteral("metricsDock"), metrics_, "Ctrl+Alt+K");
    tabWith_->raise();
    for (auto [model, dock] : {std::pair<SnapshotTableModel*, QDockWidget*>{topics_, topicsDock_}, {brokers_, brokersDock_},
                               {groups_, groupsDock_}, {members_, groupsDock_}, {groupPartitions_, groupsDock_}})
        tables_.push_back({dock, [this, model = model] { model->update(*latest_); }});
    tables_.push_back({metricsDock_, [this] { metrics_->showValues(); }});
    // A dock that comes into view (shown, or its tab chosen) shows the latest frame before it is painted.
    for (QDockWidget* dock : {topicsDock_, brokersDock_, groupsDock_, metricsDock_})
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (!visible) return;
            for (LiveTable& table : tables_)
                if (table.dock == dock) refresh(table);
        });
    connect(chartsDock_, &QDockWidget::visibilityChanged, charts_, [this](bool visible) {
        if (visible) charts_->refresh();
    });

    follow_ = new QAction(tr("Charts &follow the clock"), this);
    follow_->setObjectName(QStringLiteral("chartsFollow"));
    follow_->setCheckable(true);
    follow_->setChecked(true);
    follow_->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+F")));
    follow_->setToolTip(tr("Keep the charts on the newest simulated time (dragging or zooming a chart stops it)"));
    connect(follow_, &QAction::toggled, charts_, &ChartsPanel::setFollowing);
    connect(charts_, &ChartsPanel::followingChanged, follow_, &QAction::setChecked);
    auto exporter = [this](const char* name, const QString& text, const char* key, const QString& format) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(QKeySequence(QLatin1String(key)));
        connect(action, &QAction::triggered, this, [this, format] { exportChart(format); });
        return action;
    };
    exportPng_ = exporter("chartsExportPng", tr("Export chart as &PNG…"), "Ctrl+Alt+N", QStringLiteral("png"));
    exportSvg_ = exporter("chartsExportSvg", tr("Export chart as &SVG…"), "Ctrl+Alt+D", QStringLiteral("svg"));
    exportCsv_ = exporter("chartsExportCsv", tr("Export chart data as &CSV…"), "Ctrl+Alt+V", QStringLiteral("csv"));

    connect(bridge, &RuntimeBridge::frameArrived, this, &DataPanels::onFrame);
    connect(bridge, &RuntimeBridge::restarted, this, &DataPanels::onRestarted);
}

QDockWidget* DataPanels::addDock(const QString& title, const QString& objectName, QWidget* content, const char* shortcut) {
    auto* dock = new QDockWidget(title, window_);
    dock->setObjectName(objectName);
    // In a scroll area, so that a panel taller than its room scrolls instead of pushing the
    // bottom dock area up and the cluster picture down.
    auto* area = new QScrollArea(dock);
    area->setObjectName(objectName + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    dock->setWidget(area);
    window_->addDockWidget(Qt::BottomDockWidgetArea, dock);
    window_->tabifyDockWidget(tabWith_, dock);
    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("show") + objectName.left(1).toUpper() + objectName.mid(1).chopped(4));
    toggle->setShortcut(QKeySequence(QLatin1String(shortcut)));
    // The shortcut also brings a dock that is already shown to the front of its tabs.
    connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
        if (shown) dock->raise();
    });
    return dock;
}

QList<QAction*> DataPanels::menuActions() const {
    return {topicsDock_->toggleViewAction(), brokersDock_->toggleViewAction(), groupsDock_->toggleViewAction(),
            chartsDock_->toggleViewAction(), metricsDock_->toggleViewAction(), nullptr, follow_, exportPng_, exportSvg_,
            exportCsv_};
}

void DataPanels::onFrame(const Frame& frame) {
    if (!frame.snapshot) return;
    latest_ = frame.snapshot;
    ++frames_;
    charts_->history().addEvents(frame.events);
    charts_->history().add(*latest_);
    charts_->refreshSoon();
    metrics_->note(frame);
    for (LiveTable& table : tables_)
        if (onScreen(*table.dock)) refresh(table);
}

void DataPanels::bringTablesUpToDate() {
    for (LiveTable& table : tables_) refresh(table);
}

void DataPanels::refresh(LiveTable& table) {
    if (!latest_ || table.builtFrom == frames_) return;
    table.rebuild();
    table.builtFrom = frames_;
}

void DataPanels::onRestarted() {
    latest_.reset();
    for (KeyedTableModel* model : std::initializer_list<KeyedTableModel*>{topics_, brokers_, groups_, members_, groupPartitions_})
        model->clear();
    charts_->clear();
    metrics_->clear();
}

void DataPanels::exportChart(const QString& format) {
    chartsDock_->show();
    chartsDock_->raise();
    const QString filter = format == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : format == QLatin1String("svg") ? tr("SVG drawings (*.svg)")
                                                            : tr("CSV tables (*.csv)");
    const QString path = exportLocation_->ask(window_, tr("Export the chart"), QStringLiteral("chart.") + format, filter);
    if (path.isEmpty()) return;
    charts_->refresh();
    const QString error = format == QLatin1String("png")   ? charts_->exportPng(path)
                          : format == QLatin1String("svg") ? charts_->exportSvg(path)
                                                           : charts_->exportCsv(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(window_, tr("Export the chart"), error);
        return;
    }
    window_->statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

}  // namespace ks::ui
