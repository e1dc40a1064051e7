#pragma once
// The data panels of the main window, as docks tabbed with the event log: the Topics, Brokers and
// Consumer groups tables, the Charts and the Broker metrics. They read every frame the runtime
// bridge publishes and start over when the cluster is restarted. A table (and the Broker metrics'
// table and text) is rebuilt from a frame only while its dock is on screen, and the charts redrawn;
// a hidden one waits, with the latest snapshot kept, until its dock comes into view or a reader asks
// for it (bringTablesUpToDate). The chart history and the metrics tracker read every frame. Their
// actions (show each dock, follow time, export the chart) go in the window's Panels menu.
#include <QList>
#include <QObject>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QMainWindow;

namespace ks {
struct ClusterSnapshot;
struct Frame;
}

namespace ks::ui {

class BrokersTableModel;
class ChartsPanel;
class ExportLocation;
class GroupMembersTableModel;
class GroupPartitionsTableModel;
class GroupsTableModel;
class MetricsPanel;
class RuntimeBridge;
class TablePanel;
class TopicsTableModel;

class DataPanels : public QObject {
    Q_OBJECT

public:
    // Adds the docks to `window`, tabbed behind `tabWith`; chart exports go where `exportLocation` says.
    DataPanels(QMainWindow* window, RuntimeBridge* bridge, QDockWidget* tabWith, ExportLocation* exportLocation);

    // For the Panels menu; nullptr marks a separator.
    QList<QAction*> menuActions() const;

    TopicsTableModel* topics() const { return topics_; }
    BrokersTableModel* brokers() const { return brokers_; }
    GroupsTableModel* groups() const { return groups_; }
    GroupMembersTableModel* members() const { return members_; }
    GroupPartitionsTableModel* groupPartitions() const { return groupPartitions_; }
    TablePanel* topicsPanel() const { return topicsPanel_; }
    TablePanel* brokersPanel() const { return brokersPanel_; }
    TablePanel* groupsPanel() const { return groupsPanel_; }
    ChartsPanel* charts() const { return charts_; }
    MetricsPanel* metrics() const { return metrics_; }
    QDockWidget* topicsDock() const { return topicsDock_; }
    QDockWidget* brokersDock() const { return brokersDock_; }
    QDockWidget* groupsDock() const { return groupsDock_; }
    QDockWidget* chartsDock() const { return chartsDock_; }
    QDockWidget* metricsDock() const { return metricsDock_; }
    QAction* followAction() const { return follow_; }

    void onFrame(const Frame& frame);
    void onRestarted();
    // Rebuilds every table whose rows are older than the latest frame, shown or not (the Broker
    // metrics too). Whatever reads a table's model or view while its dock may be hidden (an export,
    // a test) calls this first.
    void bringTablesUpToDate();

private:
    // A table, the dock that shows it, and how to rebuild it from the latest frame; `builtFrom` is
    // the frame count its rows were built at.
    struct LiveTable {
        QDockWidget* dock;
        std::function<void()> rebuild;
        std::uint64_t builtFrom = 0;
    };

    QDockWidget* addDock(const QString& title, const QString& objectName, QWidget* content, const char* shortcut);
    void exportChart(const QString& format);
    // Rebuilds `table` from the latest frame unless it was built from it already.
    void refresh(LiveTable& table);

    QMainWindow* window_;
    QDockWidget* tabWith_;
    ExportLocation* exportLocation_;
    TopicsTableModel* topics_;
    BrokersTableModel* brokers_;
    GroupsTableModel* groups_;
    GroupMembersTableModel* members_;
    GroupPartitionsTableModel* groupPartitions_;
    TablePanel* topicsPanel_ = nullptr;
    TablePanel* brokersPanel_ = nullptr;
    TablePanel* groupsPanel_ = nullptr;
    ChartsPanel* charts_ = nullptr;
    MetricsPanel* metrics_ = nullptr;
    QDockWidget* topicsDock_ = nullptr;
    QDockWidget* brokersDock_ = nullptr;
    QDockWidget* groupsDock_ = nullptr;
    QDockWidget* chartsDock_ = nullptr;
    QDockWidget* metricsDock_ = nullptr;
    QAction* follow_ = nullptr;
    QAction* exportPng_ = nullptr;
    QAction* exportSvg_ = nullptr;
    QAction* exportCsv_ = nullptr;
    std::vector<LiveTable> tables_;
    std::shared_ptr<const ClusterSnapshot> latest_;   // the latest frame's snapshot; null after a restart
    std::uint64_t frames_ = 0;                         // frames with a snapshot, counted
};

}  // namespace ks::ui
