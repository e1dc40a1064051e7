// The window's workspace part: File → Open/Save workspace (replayed with a progress dialog), export
// of the topology view and of the tables as CSV, the timeline dock, and the KRaft/ZooKeeper comparison dialog.
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <cmath>

#include "dialogs/compare_dialog.h"
#include "panels/data_panels.h"
#include "panels/metrics_panel.h"
#include "panels/table_panel.h"
#include "records/message_browser.h"
#include "records/record_docks.h"
#include "main_window.h"
#include "runtime_bridge.h"
#include "session/replay_progress.h"
#include "session/table_export.h"
#include "session/view_export.h"
#include "timeline/timeline_dock.h"
#include "topology/topology_scene.h"

// The icon lives in the static library kafkascope_ui; its resource is registered by hand.
static void registerIcon() { Q_INIT_RESOURCE(icon); }

namespace ks::ui {
namespace {

const char* const kGeometry = "window/geometry";
const char* const kState = "window/state";
const char* const kFontScale = "view/fontScale";

QString workspaceFilter() { return MainWindow::tr("Kafkascope workspaces (*.kscope)"); }

}  // namespace

void MainWindow::createWorkspacePart() {
    registerIcon();
    setWindowIcon(QIcon(QStringLiteral(":/kafkascope.svg")));
    timeline_ = new TimelineDock(bridge_, this);
    addDockWidget(Qt::TopDockWidgetArea, timeline_);
    connect(timeline_, &TimelineDock::message, this, [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    const WorkspaceActions& w = workspaceActions_;
    connect(w.open, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(w.save, &QAction::triggered, this, [this] { saveWorkspaceDialog(false); });
    connect(w.saveAs, &QAction::triggered, this, [this] { saveWorkspaceDialog(true); });
    connect(w.exportPng, &QAction::triggered, this, [this] { exportView(false); });
    connect(w.exportSvg, &QAction::triggered, this, [this] { exportView(true); });
    connect(w.compare, &QAction::triggered, this, &MainWindow::openCompareDialog);
}

QString MainWindow::saveWorkspace(const QString& path) {
    workspace::Workspace w;
    // While the past is shown, the present history is what there is to keep: nothing is lost until a fork.
    w.session = timeline_->presentSession().value_or(bridge_->session());
    w.producer = bridge_->backgroundProducer();
    w.speed = speedBox_->currentData().toDouble();
    w.layout.insert(QString::fromLatin1(kGeometry), saveGeometry());
    w.layout.insert(QString::fromLatin1(kState), saveState());
    w.layout.insert(QString::fromLatin1(kFontScale), QByteArray::number(fontScale_));
    Q_EMIT workspaceSaving(w);
    const QString error = workspace::save(w, path);
    if (error.isEmpty()) {
        workspacePath_ = path;
        showWorkspaceTitle();
    }
    return error;
}

bool MainWindow::openWorkspace(const QString& path, QString* error) {
    error->clear();
    const std::optional<workspace::Workspace> w = workspace::load(path, error);
    if (!w) return false;
    runtime::RuntimeConfig config = bridge_->config();
    config.seed = w->session.seed;
    config.setup = w->session.setup;
    config.producer = w->producer;
    config.speed = w->speed;
    config.startPlaying = false;
    config.history = w->session.commands;
    config.replayUntil = w->replayEnd();
    ReplayOutcome outcome = replayWithProgress(std::move(config), tr("Opening %1").arg(QFileInfo(path).fileName()), this);
    if (!outcome.runtime) {
        if (!outcome.error.isEmpty()) *error = tr("Cannot open %1: its setup commands failed: %2").arg(path, outcome.error);
        return false;
    }
    bridge_->exchange(std::move(outcome.runtime));
    restoreGeometry(w->layout.value(QString::fromLatin1(kGeometry)));
    restoreState(w->layout.value(QString::fromLatin1(kState)));
    bool ok = false;
    const double scale = w->layout.value(QString::fromLatin1(kFontScale)).toDouble(&ok);
    if (ok) setFontScale(scale);
    const int speed = speedBox_->findData(w->speed);
    if (speed >= 0) {
        const QSignalBlocker block(speedBox_);
        speedBox_->setCurrentIndex(speed);
    }
    workspacePath_ = path;
    showWorkspaceTitle();
    Q_EMIT workspaceOpened(*w);
    return true;
}

void MainWindow::saveWorkspaceDialog(bool askForName) {
    QString path = workspacePath_;
    if (askForName || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save workspace"), path.isEmpty() ? QStringLiteral("session.kscope") : path,
                                            workspaceFilter());
        if (path.isEmpty()) return;
        if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".kscope");
    }
    const QString error = saveWorkspace(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save workspace"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved %1 — open it again, or replay it with: kafkascope-cli workspace replay %1").arg(path), 10000);
}

void MainWindow::openWorkspaceDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QFileInfo(workspacePath_).absolutePath(),
                                                      workspaceFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty()) openWorkspaceAndReport(path);
}

void MainWindow::openWorkspaceAndReport(const QString& path) {
    QString error;
    if (openWorkspace(path, &error)) {
        statusBar()->showMessage(tr("Opened %1 at %2 simulated; press Space to play on.").arg(path, timeLabel_->text()), 10000);
    } else if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Open workspace"), error);
    } else {
        statusBar()->showMessage(tr("Opening %1 was cancelled; the session is as it was.").arg(path), 10000);
    }
}

void MainWindow::exportView(bool svg) {
    const QString suggested = svg ? QStringLiteral("kafkascope.svg") : QStringLiteral("kafkascope.png");
    const QString path = exportLocation_.ask(this, svg ? tr("Export view as SVG") : tr("Export view as PNG"), suggested,
                                             svg ? tr("SVG drawings (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty()) return;
    const QString error = svg ? exportSceneSvg(scene_, path, windowTitle()) : exportScenePng(scene_, path);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Export view"), error);
    else statusBar()->showMessage(tr("Exported the view to %1").arg(path), 10000);
}

void MainWindow::createTableExport() {
    tableExport_ = new TableExport(this, &exportLocation_);
    TablePanel* groups = panels_->groupsPanel();
    // The data panels' tables are rebuilt only while on screen; an export may come from a hidden dock.
    const auto upToDate = [panels = panels_] { panels->bringTablesUpToDate(); };
    tableExport_->add(panels_->topicsPanel()->view(0), tr("Topics and partitions"), QStringLiteral("topics.csv"), "Ctrl+Alt+Shift+T",
                      upToDate);
    tableExport_->add(panels_->brokersPanel()->view(0), tr("Brokers"), QStringLiteral("brokers.csv"), "Ctrl+Alt+Shift+B", upToDate);
    tableExport_->add(groups->view(0), tr("Consumer groups"), QStringLiteral("consumer-groups.csv"), "Ctrl+Alt+Shift+U", upToDate);
    tableExport_->add(groups->view(1), tr("Group members and their partitions"), QStringLiteral("group-members.csv"), "Ctrl+Alt+Shift+N",
                      upToDate);
    tableExport_->add(groups->view(2), tr("Group partitions: position, committed, lag"), QStringLiteral("group-lag.csv"),
                      "Ctrl+Alt+Shift+L", upToDate);
    tableExport_->add(panels_->metrics()->table()->view(0), tr("Broker metrics"), QStringLiteral("broker-metrics.csv"), "Ctrl+Alt+Shift+K",
                      upToDate);
    tableExport_->add(records_->browser()->table(), tr("Records in the message browser"), QStringLiteral("records-shown.csv"), "Ctrl+Alt+Shift+M");
}

void MainWindow::openCompareDialog() {
    CompareDialog dialog(bridge_->scenarioText(), bridge_->config().seed, this);
    dialog.exec();
}

void MainWindow::showWorkspaceTitle() {
    setWindowTitle(tr("%1 — Kafkascope").arg(QFileInfo(workspacePath_).fileName()));
}

}  // namespace ks::ui
