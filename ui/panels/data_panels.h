#pragma once
// The data panels of the main window, as docks tabbed with the event log: the Topics, Brokers and
// Consumer groups tables, the Charts and the Broker metrics. They read every frame the runtime
// bridge publishes and start over when the cluster is restarted. Their actions (show each dock,
// follow time, export the chart) go in the window's Panels menu.
#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace ks {
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

private:
    QDockWidget* addDock(const QString& title, const QString& objectName, QWidget* content, const char* shortcut);
    void exportChart(const QString& format);

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
};

}  // namespace ks::ui
