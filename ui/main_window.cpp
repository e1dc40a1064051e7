#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <cmath>

#include "engine_text.h"
#include "events/event_log_dock.h"
#include "events/event_log_model.h"
#include "inspector/inspector_widget.h"
#include "lessons/classroom.h"
#include "records/record_docks.h"
#include "panels/data_panels.h"
#include "runtime_bridge.h"
#include "session/table_export.h"
#include "sim_time_text.h"
#include "speed_steps.h"
#include "status_panel.h"
#include "timeline/timeline_dock.h"
#include "topology/topology_item.h"
#include "topology/topology_scene.h"
#include "topology/topology_view.h"
#include "translations.h"

namespace ks::ui {

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent),
      options_(std::move(options)),
      actions_(MainActions::create(this)),
      workspaceActions_(WorkspaceActions::create(this)),
      bridge_(new RuntimeBridge(options_.runtime, this)),
      scene_(new TopologyScene(this)),
      view_(new TopologyView(scene_, this)),
      log_(new EventLogModel(this)),
      exportLocation_(options_.persistSettings),
      baseFont_(QApplication::font()) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kafkascope — a Kafka cluster you can watch"));
    setCentralWidget(view_);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks);
    createDocks();
    createWorkspacePart();
    createTableExport();
    createToolBars();
    createMenus();
    classroom_ = new Classroom(this, options_.persistSettings);
    status_ = new StatusPanel(statusBar(), this);
    connectActions();
    connect(bridge_, &RuntimeBridge::frameArrived, this, &MainWindow::onFrame);
    connect(bridge_, &RuntimeBridge::restarted, this, &MainWindow::onRestarted);
    resize(1024, 768);
    setFontScale(1.0);
    if (options_.persistSettings) restoreSettings();
    refreshActions();
    refreshInspector();
    view_->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    logDock_ = new EventLogDock(log_, this);
    addDockWidget(Qt::BottomDockWidgetArea, logDock_);
    inspector_ = new InspectorWidget(this);
    inspectorDock_ = new QDockWidget(tr("Inspector"), this);
    inspectorDock_->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock_->setWidget(inspector_);
    addDockWidget(Qt::BottomDockWidgetArea, inspectorDock_);
    splitDockWidget(logDock_, inspectorDock_, Qt::Horizontal);
    resizeDocks({logDock_, inspectorDock_}, {620, 400}, Qt::Horizontal);
    resizeDocks({logDock_}, {230}, Qt::Vertical);
    logDock_->toggleViewAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+1")));
    logDock_->toggleViewAction()->setObjectName(QStringLiteral("showEventLog"));
    inspectorDock_->toggleViewAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+2")));
    inspectorDock_->toggleViewAction()->setObjectName(QStringLiteral("showInspector"));
    records_ = new RecordDocks(bridge_, this, logDock_);
    panels_ = new DataPanels(this, bridge_, logDock_, &exportLocation_);
}

void MainWindow::createToolBars() {
    const MainActions& a = actions_;
    QStyle* s = style();
    a.playPause->setIcon(s->standardIcon(QStyle::SP_MediaPlay));
    a.stepEvent->setIcon(s->standardIcon(QStyle::SP_MediaSeekForward));
    a.fastForward->setIcon(s->standardIcon(QStyle::SP_MediaSkipForward));

    auto* clock = addToolBar(tr("Clock"));
    clock->setObjectName(QStringLiteral("clockToolBar"));
    clock->setToolButtonStyle(Qt::ToolButtonTextOnly);
    clock->addAction(a.playPause);
    clock->addAction(a.stepEvent);
    clock->addAction(a.stepMillisecond);
    clock->addAction(a.fastForward);
    speedBox_ = new QComboBox(clock);
    speedBox_->setObjectName(QStringLiteral("speedBox"));
    speedBox_->setToolTip(tr("Simulated seconds per real second ([ slower, ] faster)"));
    speedBox_->setFocusPolicy(Qt::NoFocus);
    for (double speed : speedSteps()) speedBox_->addItem(speed == runtime::kAsFastAsPossible ? tr("max") : formatSpeed(speed), speed);
    clock->addWidget(speedBox_);
    timeLabel_ = new QLabel(clock);
    timeLabel_->setObjectName(QStringLiteral("timeLabel"));
    timeLabel_->setMinimumWidth(100);
    timeLabel_->setAlignment(Qt::AlignCenter);
    clock->addWidget(timeLabel_);

    auto* faults = addToolBar(tr("Faults"));
    faults->setObjectName(QStringLiteral("faultsToolBar"));
    faults->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : {a.kill, a.restart, a.pauseNode, a.resumeNode, a.isolate, a.cutLink, a.healAll}) faults->addAction(action);
    faults->addSeparator();
    faults->addAction(a.createTopic);
    faults->addAction(a.addConsumer);
    faults->addAction(a.addProducer);
}

void MainWindow::createMenus() {
    const MainActions& a = actions_;
    auto menu = [this](const QString& title, const QList<QAction*>& actions) {
        QMenu* m = menuBar()->addMenu(title);
        for (QAction* action : actions) {
            if (action) m->addAction(action);
            else m->addSeparator();
        }
        QList<QAction*> listed;
        for (QAction* action : actions)
            if (action) listed << action;
        menuGroups_.append({ShortcutsDialog::Group{plainText(m->menuAction()), listed}});
        return m;
    };
    const WorkspaceActions& w = workspaceActions_;
    QMenu* file = menu(tr("&File"), {a.newCluster, w.open, w.save, w.saveAs, nullptr, a.saveScenario, a.savePicture, w.exportPng,
                                     w.exportSvg, nullptr, a.quit});
    auto* tables = new QMenu(tr("Export &table as CSV"), file);
    tables->setObjectName(QStringLiteral("exportTablesMenu"));
    tables->addActions(tableExport_->menuActions());
    file->insertMenu(file->actions().at(file->actions().indexOf(a.quit) - 1), tables);
    menuGroups_.append({ShortcutsDialog::Group{tr("File → Export table as CSV"), tableExport_->menuActions()}});
    menu(tr("&Simulation"), {a.playPause, a.stepEvent, a.stepMillisecond, a.fastForward, nullptr, a.slower, a.faster, a.realTime,
                             a.maxSpeed, nullptr, a.backgroundProducer, a.producerFaster, a.producerSlower, nullptr, w.compare});
    menu(tr("F&aults"), {a.kill, a.restart, a.pauseNode, a.resumeNode, a.isolate, nullptr, a.cutLink, a.healAll, a.network,
                         nullptr, a.slowFollower, a.diskFull});
    menu(tr("&Cluster"), {a.addBroker, a.decommission, a.removeBroker, nullptr, a.createTopic, a.deleteTopic, a.electLeader, nullptr, a.addConsumer,
                          a.removeConsumer, a.addProducer, a.removeProducer, nullptr, a.typeCommand});
    QMenu* view = menu(tr("&View"), {a.zoomIn, a.zoomOut, a.zoomReset, a.projector, a.fullScreen, nullptr, a.fit, a.clearMarks, a.wire,
                                     nullptr, logDock_->toggleViewAction(), inspectorDock_->toggleViewAction()});
    viewMenu_ = view;
    QMenu* filters = view->addMenu(tr("Event log &filters"));
    for (QAction* action : logDock_->filterActions()) filters->addAction(action);
    menuGroups_.append({ShortcutsDialog::Group{tr("View → Event log filters"), logDock_->filterActions()}});
    menu(tr("&Timeline"), timeline_->actions() << nullptr << timeline_->toggleViewAction());
    menu(tr("Pa&nels"), panels_->menuActions());
    menu(tr("Se&ttings"), {a.language});
    menu(tr("&Help"), {a.shortcuts, a.about});
    menuGroups_.insert(menuGroups_.size() - 1, records_->addMenu(menuBar()));
}

QList<ShortcutsDialog::Group> MainWindow::shortcutGroups() const { return menuGroups_; }

void MainWindow::connectActions() {
    const MainActions& a = actions_;
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.newCluster, &QAction::triggered, this, &MainWindow::newCluster);
    connect(a.saveScenario, &QAction::triggered, this, &MainWindow::saveScenario);
    connect(a.savePicture, &QAction::triggered, this, &MainWindow::savePicture);
    connect(a.playPause, &QAction::triggered, bridge_, &RuntimeBridge::togglePlay);
    connect(a.stepEvent, &QAction::triggered, bridge_, &RuntimeBridge::stepEvent);
    connect(a.stepMillisecond, &QAction::triggered, bridge_, &RuntimeBridge::stepMillisecond);
    connect(a.wire, &QAction::toggled, this, [this](bool on) { scene_->showWire(bridge_->clock(), on); });
    connect(a.fastForward, &QAction::triggered, this, [this] { bridge_->fastForwardBy(seconds(10)); });
    connect(a.slower, &QAction::triggered, this, [this] { changeSpeed(-1); });
    connect(a.faster, &QAction::triggered, this, [this] { changeSpeed(+1); });
    connect(a.realTime, &QAction::triggered, this, [this] { speedBox_->setCurrentIndex(speedBox_->findData(1.0)); });
    connect(a.maxSpeed, &QAction::triggered, this, [this] { speedBox_->setCurrentIndex(speedBox_->count() - 1); });
    connect(speedBox_, &QComboBox::currentIndexChanged, this, [this](int) { bridge_->setSpeed(speedBox_->currentData().toDouble()); });
    connect(a.backgroundProducer, &QAction::triggered, this, &MainWindow::toggleProducer);
    connect(a.producerFaster, &QAction::triggered, this, [this] { changeProducerRate(+1); });
    connect(a.producerSlower, &QAction::triggered, this, [this] { changeProducerRate(-1); });
    connect(a.kill, &QAction::triggered, this, [this] { nodeAction(NodeAction::Kill); });
    connect(a.restart, &QAction::triggered, this, [this] { nodeAction(NodeAction::Restart); });
    connect(a.pauseNode, &QAction::triggered, this, [this] { nodeAction(NodeAction::Pause); });
    connect(a.resumeNode, &QAction::triggered, this, [this] { nodeAction(NodeAction::Resume); });
    connect(a.isolate, &QAction::triggered, this, &MainWindow::isolateSelected);
    connect(a.cutLink, &QAction::triggered, this, &MainWindow::openLinkDialog);
    connect(a.healAll, &QAction::triggered, this, [this] { runCommand(QStringLiteral("heal all")); });
    connect(a.network, &QAction::triggered, this, &MainWindow::openNetworkDialog);
    connect(a.slowFollower, &QAction::triggered, this, &MainWindow::toggleSlowFollower);
    connect(a.diskFull, &QAction::triggered, this, &MainWindow::fillDisk);
    connect(a.addBroker, &QAction::triggered, this, [this] { runCommand(addBrokerCommand()); });
    connect(a.decommission, &QAction::triggered, this, [this] {
        if (selectedNode().kind == Subject::Kind::Broker) runCommand(decommissionCommand(selectedNode().id()));
    });
    connect(a.removeBroker, &QAction::triggered, this, &MainWindow::removeSelectedBroker);
    connect(a.createTopic, &QAction::triggered, this, &MainWindow::openTopicDialog);
    connect(a.deleteTopic, &QAction::triggered, this, &MainWindow::deleteTopic);
    connect(a.electLeader, &QAction::triggered, this, &MainWindow::electLeader);
    connect(a.addConsumer, &QAction::triggered, this, &MainWindow::openConsumerDialog);
    connect(a.removeConsumer, &QAction::triggered, this, [this] {
        if (selected_.kind == Subject::Kind::Consumer) runCommand(removeConsumerCommand(selected_.name));
    });
    connect(a.addProducer, &QAction::triggered, this, &MainWindow::openProducerDialog);
    connect(a.removeProducer, &QAction::triggered, this, [this] {
        if (selected_.kind == Subject::Kind::Client) runCommand(removeProducerCommand(selected_.name));
    });
    connect(a.typeCommand, &QAction::triggered, this, [this] {
        logDock_->show();
        logDock_->commandLine()->setFocus();
    });
    connect(a.zoomIn, &QAction::triggered, this, [this] { setFontScale(fontScale_ * 1.15); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { setFontScale(fontScale_ / 1.15); });
    connect(a.zoomReset, &QAction::triggered, this, [this] { setFontScale(1.0); });
    connect(a.projector, &QAction::toggled, this, [this](bool on) {
        if (on) fontScaleBeforeProjector_ = fontScale_;
        setFontScale(on ? kProjectorFontScale : fontScaleBeforeProjector_);
    });
    connect(a.fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(a.fit, &QAction::triggered, view_, &TopologyView::fitToWindow);
    connect(a.clearMarks, &QAction::triggered, this, [this] {
        select(Subject{});
        highlight({});
    });
    connect(a.language, &QAction::triggered, this, [this] { chooseLanguage(this, options_.persistSettings); });
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);

    connect(view_, &TopologyView::subjectClicked, this, &MainWindow::select);
    connect(view_, &TopologyView::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(view_, &TopologyView::linkDragged, this, &MainWindow::showLinkMenu);
    connect(logDock_, &EventLogDock::subjectsActivated, this, &MainWindow::highlight);
    connect(logDock_, &EventLogDock::commandEntered, this, &MainWindow::runCommand);
}

void MainWindow::onFrame(const Frame& frame) {
    traffic_.update(frame);
    log_->append(bridge_->frame());
    for (const CommandRecord& c : frame.commands)
        if (!c.ok && !c.automatic) statusBar()->showMessage(tr("Rejected: %1").arg(commandError(c)), 10000);
    if (!frame.startupError.empty())
        statusBar()->showMessage(tr("The cluster could not start: %1").arg(engineText(frame.startupError)));
    refreshClock(frame.clock);
    if (!frame.snapshot) return;
    SceneInput input;
    input.snapshot = frame.snapshot;
    input.clientNodes = &frame.clientNodes;
    input.producer = frame.producer;
    input.traffic = &traffic_;
    scene_->setInput(input);
    scene_->showWire(frame.clock, actions_.wire->isChecked());
    status_->display(*frame.snapshot, frame.clock);
    timeLabel_->setText(formatSeconds(frame.snapshot->time));
    refreshInspector();
    refreshActions();
}

void MainWindow::onRestarted() {
    traffic_.reset();
    log_->clear();
    scene_->clearAll();
    select(Subject{});
    highlight({});
}

void MainWindow::refreshClock(const ClockState& clock) {
    actions_.playPause->setIcon(style()->standardIcon(clock.playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    actions_.playPause->setText(clock.playing ? tr("&Pause the clock") : tr("&Play"));
    actions_.playPause->setIconText(clock.playing ? tr("Pause") : tr("Play"));
    const int index = speedBox_->findData(clock.speed);
    if (index >= 0 && index != speedBox_->currentIndex()) {
        const QSignalBlocker block(speedBox_);
        speedBox_->setCurrentIndex(index);
    }
    const BackgroundProducerState& p = bridge_->producer();
    const QSignalBlocker block(actions_.backgroundProducer);
    actions_.backgroundProducer->setChecked(p.enabled);
}

void MainWindow::select(const Subject& subject) {
    selected_ = subject;
    scene_->setChosen(subject);
    refreshInspector();
    refreshActions();
}

void MainWindow::highlight(const QStringList& subjects) {
    const QList<TopologyItem*> items = scene_->setHighlighted(subjects);
    if (!items.isEmpty()) view_->ensureVisible(items.first(), 40, 40);
}

void MainWindow::refreshInspector() {
    if (!bridge_->snapshot()) {
        InspectorContent waiting;
        waiting.heading = tr("Starting…");
        waiting.summary = bridge_->startupError().isEmpty() ? tr("The cluster is being built.") : bridge_->startupError();
        inspector_->display(waiting);
        return;
    }
    InspectorContext context;
    context.producer = bridge_->producer();
    inspector_->display(describeSubject(*bridge_->snapshot(), selected_, context));
}

void MainWindow::setFontScale(double scale) {
    fontScale_ = std::clamp(scale, kMinFontScale, kMaxFontScale);
    QFont font = baseFont_;
    font.setPointSizeF(baseFont_.pointSizeF() * fontScale_);
    QApplication::setFont(font);
    const QSignalBlocker block(actions_.projector);
    actions_.projector->setChecked(std::abs(fontScale_ - kProjectorFontScale) < 0.01);
    QFont time = font;
    time.setBold(true);
    time.setPointSizeF(font.pointSizeF() * 1.3);
    timeLabel_->setFont(time);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setFontScale(settings.value(QStringLiteral("view/fontScale"), 1.0).toDouble());
    actions_.wire->setChecked(settings.value(QStringLiteral("view/wire"), actions_.wire->isChecked()).toBool());
    const QVariant speed = settings.value(QStringLiteral("clock/speed"));
    if (speed.isValid()) speedBox_->setCurrentIndex(std::max(0, speedBox_->findData(speed.toDouble())));
    for (QAction* filter : logDock_->filterActions()) {
        const QVariant shown = settings.value(QStringLiteral("eventLog/") + filter->objectName());
        if (shown.isValid()) filter->setChecked(shown.toBool());
    }
    runtime::BackgroundProducer producer = bridge_->backgroundProducer();
    producer.enabled = settings.value(QStringLiteral("producer/enabled"), producer.enabled).toBool();
    producer.recordsPerTick = settings.value(QStringLiteral("producer/recordsPerTick"), producer.recordsPerTick).toInt();
    if (!(producer == bridge_->config().producer)) bridge_->setBackgroundProducer(producer);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/fontScale"), fontScale_);
    settings.setValue(QStringLiteral("view/wire"), actions_.wire->isChecked());
    settings.setValue(QStringLiteral("clock/speed"), speedBox_->currentData());
    for (QAction* filter : logDock_->filterActions())
        settings.setValue(QStringLiteral("eventLog/") + filter->objectName(), filter->isChecked());
    const runtime::BackgroundProducer producer = bridge_->backgroundProducer();
    settings.setValue(QStringLiteral("producer/enabled"), producer.enabled);
    settings.setValue(QStringLiteral("producer/recordsPerTick"), producer.recordsPerTick);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (options_.persistSettings) saveSettings();
    QApplication::setFont(baseFont_);
    event->accept();
}

}  // namespace ks::ui
