#include "classroom.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include "events/event_log_dock.h"
#include "laser_pointer.h"
#include "lesson_dock.h"
#include "lesson_library.h"
#include "lesson_session.h"
#include "lessons/lesson_text.h"
#include "lesson_summary.h"
#include "main_window.h"
#include "runtime_bridge.h"
#include "session/view_export.h"
#include "topology/topology_scene.h"
#include "workspace/workspace_file.h"

namespace ks::ui {
namespace {

const QString kThemeKey = QStringLiteral("view/theme");
// The topology view in the summary: drawn at twice its size, so that it stays sharp on paper.
constexpr qreal kSummaryPictureScale = 2.0;

QAction* makeAction(QObject* parent, const char* name, const QString& text, const QList<QKeySequence>& keys, const QString& tip = {}) {
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty()) action->setStatusTip(tip);
    if (!tip.isEmpty()) action->setToolTip(tip);
    return action;
}

}  // namespace

Classroom::Classroom(MainWindow* window, bool persistSettings)
    : QObject(window), window_(window), persist_(persistSettings), session_(new LessonSession(window->bridge(), this)),
      laser_(new LaserPointer(window->scene(), this)) {
    createActions();
    dock_ = new LessonDock(session_, actions_.previousStep, actions_.nextStep, actions_.exportSummary, window_);
    window_->addDockWidget(Qt::RightDockWidgetArea, dock_);
    dock_->hide();
    actions_.showPanel = dock_->toggleViewAction();
    actions_.showPanel->setObjectName(QStringLiteral("showLessonPanel"));
    actions_.showPanel->setShortcut(QKeySequence(QStringLiteral("F6")));
    createMenus();
    connect(session_, &LessonSession::pointAt, this, [this](const QStringList& subjects) {
        window_->highlight(subjects);
        laser_->pointAt(subjects);
    });
    connect(session_, &LessonSession::changed, this, &Classroom::refreshActions);
    connect(window_, &MainWindow::workspaceSaving, this, &Classroom::keepProgress);
    connect(window_, &MainWindow::workspaceOpened, this, &Classroom::takeUpProgress);
    // After the window has drawn the frame: the items to point at may be new.
    connect(window_->bridge(), &RuntimeBridge::frameArrived, laser_, [this] { QTimer::singleShot(0, laser_, &LaserPointer::refresh); });
    if (persist_) setTheme(themeFromKey(QSettings().value(kThemeKey).toString()));
    refreshActions();
}

Classroom::~Classroom() = default;

void Classroom::createActions() {
    Actions& a = actions_;
    a.chooseLesson = makeAction(this, "chooseLesson", tr("&Choose a lesson…"), {QKeySequence(QStringLiteral("Ctrl+L"))},
                                tr("Start one of the built-in lessons on a fresh cluster"));
    a.openLessonFile = makeAction(this, "openLessonFile", tr("&Open a lesson file…"), {QKeySequence(QStringLiteral("Ctrl+Alt+O"))},
                                  tr("Start a lesson written by you (see docs/lessons.md)"));
    a.nextStep = makeAction(this, "nextStep", tr("&Next step"), {QKeySequence(Qt::Key_PageDown), QKeySequence(QStringLiteral("Ctrl+Right"))});
    a.previousStep = makeAction(this, "previousStep", tr("&Previous step"), {QKeySequence(Qt::Key_PageUp), QKeySequence(QStringLiteral("Ctrl+Left"))},
                                tr("Show the previous step again (what ran stays done)"));
    for (int i = 0; i < 4; ++i) {
        const QString letter = QChar(u'A' + static_cast<char16_t>(i));
        QAction* answer = makeAction(this, qPrintable(QStringLiteral("answer%1").arg(i)), tr("Answer &%1").arg(letter),
                                     {QKeySequence(QStringLiteral("Ctrl+Alt+%1").arg(i + 1))});
        connect(answer, &QAction::triggered, session_, [this, i] { session_->choose(i); });
        a.answers << answer;
    }
    a.stopLesson = makeAction(this, "stopLesson", tr("&Stop the lesson"), {QKeySequence(QStringLiteral("Shift+F5"))},
                              tr("Leave the lesson; the cluster stays as it is"));
    a.exportSummary = makeAction(this, "exportLessonSummary", tr("E&xport lesson summary…"), {QKeySequence(QStringLiteral("Ctrl+Alt+H"))},
                                 tr("Save a one-page summary of this lesson to take home, as PDF or HTML"));
    a.presenterMode = makeAction(this, "presenterMode", tr("P&resenter mode"), {QKeySequence(Qt::Key_F5)},
                                 tr("Projector theme, large text, only the view and the lesson; every step on the keyboard"));
    a.presenterMode->setCheckable(true);
    themes_ = new QActionGroup(this);
    a.lightTheme = makeAction(this, "lightTheme", tr("&Light"), {QKeySequence(QStringLiteral("Ctrl+Alt+7"))});
    a.darkTheme = makeAction(this, "darkTheme", tr("&Dark"), {QKeySequence(QStringLiteral("Ctrl+Alt+8"))});
    a.projectorTheme = makeAction(this, "projectorTheme", tr("&Projector (high contrast)"), {QKeySequence(QStringLiteral("Ctrl+Alt+9"))});
    for (auto [action, theme] : {std::pair{a.lightTheme, Theme::Light}, std::pair{a.darkTheme, Theme::Dark},
                                 std::pair{a.projectorTheme, Theme::Projector}}) {
        action->setCheckable(true);
        themes_->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { setTheme(theme); });
    }
    a.lightTheme->setChecked(true);
    connect(a.chooseLesson, &QAction::triggered, this, &Classroom::chooseLesson);
    connect(a.openLessonFile, &QAction::triggered, this, &Classroom::openLessonFile);
    connect(a.nextStep, &QAction::triggered, session_, &LessonSession::next);
    connect(a.previousStep, &QAction::triggered, session_, &LessonSession::previous);
    connect(a.stopLesson, &QAction::triggered, session_, &LessonSession::stop);
    connect(a.exportSummary, &QAction::triggered, this, &Classroom::exportSummary);
    connect(a.presenterMode, &QAction::toggled, this, &Classroom::setPresenting);
}

void Classroom::createMenus() {
    const Actions& a = actions_;
    auto* menu = new QMenu(tr("&Lessons"), window_);
    QList<QAction*> listed = {a.chooseLesson, a.openLessonFile, nullptr, a.nextStep, a.previousStep};
    listed += a.answers;
    listed += {nullptr, a.stopLesson, a.exportSummary, nullptr, a.presenterMode, a.showPanel};
    QList<QAction*> shortcuts;
    for (QAction* action : listed) {
        if (!action) {
            menu->addSeparator();
            continue;
        }
        menu->addAction(action);
        shortcuts << action;
    }
    const QList<QAction*> bar = window_->menuBar()->actions();
    window_->menuBar()->insertMenu(bar.isEmpty() ? nullptr : bar.last(), menu);
    window_->addShortcutGroup({plainText(menu->menuAction()), shortcuts});
    QMenu* theme = window_->viewMenu()->addMenu(tr("&Theme"));
    theme->addActions(themes_->actions());
    window_->addShortcutGroup({tr("View → Theme"), themes_->actions()});
}

void Classroom::refreshActions() {
    const bool active = session_->isActive();
    actions_.nextStep->setEnabled(session_->canGoOn());
    actions_.previousStep->setEnabled(session_->canGoBack());
    actions_.stopLesson->setEnabled(active);
    actions_.exportSummary->setEnabled(active);
    const bool predicting = active && session_->state() != LessonSession::StepState::Starting &&
                            session_->step().kind == lesson::StepKind::Predict && session_->answer() < 0;
    for (int i = 0; i < actions_.answers.size(); ++i)
        actions_.answers[i]->setEnabled(predicting && i < static_cast<int>(session_->step().choices.size()));
}

// LessonProgress::answers holds "reached=N;answers=STEP:CHOICE,STEP:CHOICE".
void Classroom::keepProgress(workspace::Workspace& workspace) const {
    if (!session_->isActive()) return;
    const LessonSession::Progress p = session_->progress();
    QStringList answers;
    for (const auto& [step, choice] : p.answers) answers << QStringLiteral("%1:%2").arg(step).arg(choice);
    workspace.lessons.append({QString::fromStdString(session_->lesson().file), p.step, p.completed,
                              QStringLiteral("reached=%1;answers=%2").arg(p.reached).arg(answers.join(u','))});
}

void Classroom::takeUpProgress(const workspace::Workspace& workspace) {
    session_->stop();
    if (workspace.lessons.isEmpty()) return;
    const workspace::LessonProgress& kept = workspace.lessons.front();
    QString error;
    const std::optional<lesson::Lesson> lesson = loadLessonFile(kept.lesson, &error);
    if (!lesson) {
        QMessageBox::warning(window_, tr("The workspace's lesson cannot be opened"), error);
        return;
    }
    LessonSession::Progress p{kept.step, kept.step - 1, kept.completed, {}};
    for (const QString& part : kept.answers.split(u';', Qt::SkipEmptyParts)) {
        if (part.startsWith(QLatin1String("reached="))) p.reached = part.mid(8).toInt();
        if (!part.startsWith(QLatin1String("answers="))) continue;
        for (const QString& pair : part.mid(8).split(u',', Qt::SkipEmptyParts)) {
            const QStringList stepChoice = pair.split(u':');
            bool stepOk = false, choiceOk = false;
            const int step = stepChoice.value(0).toInt(&stepOk);
            const int choice = stepChoice.value(1).toInt(&choiceOk);
            if (stepChoice.size() == 2 && stepOk && choiceOk) p.answers[step] = choice;
        }
    }
    dock_->show();
    dock_->raise();
    session_->resume(*lesson, p);
}

void Classroom::startLesson(const lesson::Lesson& lesson) {
    dock_->show();
    dock_->raise();
    session_->start(lesson);
}

void Classroom::chooseLesson() {
    const std::vector<lesson::Lesson> lessons = builtInLessons();
    QStringList titles;
    for (const lesson::Lesson& l : lessons) titles << tr("%1. %2").arg(l.part).arg(lessonText(l.title));
    bool ok = false;
    const QString picked = QInputDialog::getItem(window_, tr("Choose a lesson"), tr("Lesson:"), titles, 0, false, &ok);
    const qsizetype index = titles.indexOf(picked);
    if (!ok || index < 0) return;
    startLesson(lessons[static_cast<std::size_t>(index)]);
}

void Classroom::openLessonFile() {
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open a lesson file"), QString(), tr("Lessons (*.lesson);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    if (std::optional<lesson::Lesson> l = loadLessonFile(path, &error)) startLesson(*l);
    else QMessageBox::warning(window_, tr("The lesson cannot be opened"), error);
}

QString Classroom::exportSummaryTo(const QString& path) const {
    if (!session_->isActive())
        return tr("No lesson is running, so there is nothing to summarize: start one with Lessons → Choose a lesson (Ctrl+L).");
    return LessonSummary(session_->lesson(), session_->progress(), sceneImage(window_->scene(), kSummaryPictureScale)).write(path);
}

void Classroom::exportSummary() {
    const QString title = tr("Export lesson summary");
    if (!session_->isActive()) {
        QMessageBox::information(window_, title, exportSummaryTo(QString()));
        return;
    }
    const QString path = window_->exportLocation().ask(window_, title, QString::fromStdString(session_->lesson().name) + QStringLiteral(".pdf"),
                                                       tr("PDF, one A4 page (*.pdf);;HTML page (*.html)"));
    if (path.isEmpty()) return;
    const QString error = exportSummaryTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(window_, title, error);
        return;
    }
    window_->statusBar()->showMessage(tr("Saved the lesson summary to %1").arg(path), 10000);
}

void Classroom::setTheme(Theme theme) {
    theme_ = theme;
    applyTheme(theme, window_->scene());
    (theme == Theme::Dark ? actions_.darkTheme : theme == Theme::Projector ? actions_.projectorTheme : actions_.lightTheme)->setChecked(true);
    if (persist_ && !presenting()) QSettings().setValue(kThemeKey, themeKey(theme));
}

bool Classroom::presenting() const { return actions_.presenterMode->isChecked(); }

void Classroom::setPresenting(bool on) {
    if (on) {
        before_.theme = theme_;
        before_.projectorText = window_->actions().projector->isChecked();
        before_.hidden.clear();
        for (QDockWidget* dock : window_->findChildren<QDockWidget*>())
            if (dock != dock_ && !dock->isHidden()) before_.hidden << dock;
        for (QToolBar* bar : window_->findChildren<QToolBar*>())
            if (!bar->isHidden()) before_.hidden << bar;
        for (QWidget* w : before_.hidden) w->hide();
        setTheme(Theme::Projector);
        if (!before_.projectorText) window_->actions().projector->setChecked(true);
        dock_->show();
        dock_->raise();
        window_->resizeDocks({dock_}, {window_->width() * 3 / 8}, Qt::Horizontal);
    } else {
        for (QWidget* w : before_.hidden) w->show();
        before_.hidden.clear();
        setTheme(before_.theme);
        if (!before_.projectorText) window_->actions().projector->setChecked(false);
    }
}

}  // namespace ks::ui
