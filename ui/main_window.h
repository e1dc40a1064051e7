#pragma once
// The Kafkascope window: the topology view in the middle, the event log and the inspector docked
// below, the clock and fault toolbars above, the status bar at the bottom. It sends every change to
// the cluster as a command through the runtime bridge and draws each frame the runtime publishes.
#include <QFont>
#include <QMainWindow>

#include "main_actions.h"
#include "session/export_location.h"
#include "session/workspace_actions.h"
#include "workspace/workspace_file.h"
#include "runtime/engine_runtime.h"
#include "cluster_commands.h"
#include "dialogs/shortcuts_dialog.h"
#include "subject.h"
#include "traffic_model.h"

class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;

namespace ks::ui {

class DataPanels;
class EventLogDock;
class EventLogModel;
class Classroom;
class InspectorWidget;
class RecordDocks;
class RuntimeBridge;
class StatusPanel;
class TableExport;
class TimelineDock;
class TopologyScene;
class TopologyView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Options {
        runtime::RuntimeConfig runtime;
        bool persistSettings = true;   // read and write window state and settings (QSettings)
    };

    static constexpr double kMinFontScale = 0.8;
    static constexpr double kMaxFontScale = 2.5;
    static constexpr double kProjectorFontScale = 1.6;

    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    const MainActions& actions() const { return actions_; }
    RuntimeBridge* bridge() const { return bridge_; }
    TopologyScene* scene() const { return scene_; }
    TopologyView* view() const { return view_; }
    EventLogModel* eventLog() const { return log_; }
    EventLogDock* eventLogDock() const { return logDock_; }
    InspectorWidget* inspector() const { return inspector_; }
    StatusPanel* statusPanel() const { return status_; }
    RecordDocks* recordDocks() const { return records_; }
    DataPanels* dataPanels() const { return panels_; }
    // Export as CSV of every table (File → Export table as CSV, each table's context menu).
    TableExport* tableExport() const { return tableExport_; }
    // The folder exports go to: the one used last.
    ExportLocation& exportLocation() { return exportLocation_; }
    const Subject& selection() const { return selected_; }
    double fontScale() const { return fontScale_; }
    const WorkspaceActions& workspaceActions() const { return workspaceActions_; }
    TimelineDock* timeline() const { return timeline_; }
    QString workspacePath() const { return workspacePath_; }
    // Every action of the window, grouped by the menu it is in, for Help → Keyboard shortcuts.
    QList<ShortcutsDialog::Group> shortcutGroups() const;

    // The Lessons menu, the lesson panel, presenter mode and the themes (lessons/classroom.h).
    Classroom* classroom() const { return classroom_; }
    QMenu* viewMenu() const { return viewMenu_; }
    // Lists a menu's actions in Help → Keyboard shortcuts, for menus added from outside this file.
    void addShortcutGroup(const ShortcutsDialog::Group& group) { menuGroups_.append(group); }

    void select(const Subject& subject);
    void highlight(const QStringList& subjects);
    void setFontScale(double scale);

    // main_window_workspace.cpp. Save: an empty string, or what went wrong. Open: false when it
    // failed (`error` says why) or was cancelled (`error` stays empty); the session is then unchanged.
    QString saveWorkspace(const QString& path);
    bool openWorkspace(const QString& path, QString* error);
    // The same, telling the user in a message box or the status bar how it went.
    void openWorkspaceAndReport(const QString& path);

Q_SIGNALS:
    // A workspace is being saved: panels add their choices (chartSelections, lessons) to it.
    void workspaceSaving(ks::workspace::Workspace& workspace);
    // A workspace was opened and its run replayed: panels take their choices back from it.
    void workspaceOpened(const ks::workspace::Workspace& workspace);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // main_window.cpp: building the window, drawing frames
    void createMenus();
    void createToolBars();
    void createDocks();
    void connectActions();
    void onFrame(const Frame& frame);
    void onRestarted();
    void refreshActions();
    void refreshInspector();
    void refreshClock(const ClockState& clock);
    void restoreSettings();
    void saveSettings() const;

    // main_window_commands.cpp: what the actions do
    void runCommand(const QString& command);
    Subject selectedNode() const;
    int nodeIdOf(const Subject& node) const;
    QString nodeLabel(int nodeId) const;
    void nodeAction(NodeAction action);
    void isolateSelected();
    void openLinkDialog();
    void openLinkDialogFor(const std::vector<std::pair<int, QString>>& nodes, int from, int to, bool slow);
    void toggleSlowFollower(bool slow);
    void fillDisk();
    void openNetworkDialog();
    void openTopicDialog();
    void deleteTopic();
    void electLeader();
    void openConsumerDialog();
    void openProducerDialog();
    void removeSelectedBroker();
    void newCluster();
    void saveScenario();
    void savePicture();
    void changeSpeed(int steps);
    void changeProducerRate(int steps);
    void toggleProducer(bool on);
    void showShortcuts();
    void showAbout();
    void showContextMenu(const Subject& subject, const QPoint& globalPos);
    void showLinkMenu(int from, int to, const QPoint& globalPos);

    // main_window_workspace.cpp
    void createWorkspacePart();
    void saveWorkspaceDialog(bool askForName);
    void openWorkspaceDialog();
    void exportView(bool svg);
    void createTableExport();
    void openCompareDialog();
    void showWorkspaceTitle();

    Options options_;
    MainActions actions_;
    WorkspaceActions workspaceActions_;
    RuntimeBridge* bridge_;
    TopologyScene* scene_;
    TopologyView* view_;
    EventLogModel* log_;
    EventLogDock* logDock_ = nullptr;
    InspectorWidget* inspector_ = nullptr;
    QDockWidget* inspectorDock_ = nullptr;
    TimelineDock* timeline_ = nullptr;
    QString workspacePath_;
    StatusPanel* status_ = nullptr;
    RecordDocks* records_ = nullptr;
    DataPanels* panels_ = nullptr;
    ExportLocation exportLocation_;
    TableExport* tableExport_ = nullptr;
    QComboBox* speedBox_ = nullptr;
    QLabel* timeLabel_ = nullptr;
    QList<ShortcutsDialog::Group> menuGroups_;
    QMenu* viewMenu_ = nullptr;
    Classroom* classroom_ = nullptr;
    TrafficModel traffic_;
    Subject selected_;
    QFont baseFont_;
    double fontScale_ = 1.0;
    double fontScaleBeforeProjector_ = 1.0;
};

}  // namespace ks::ui
