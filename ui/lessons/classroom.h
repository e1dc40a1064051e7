#pragma once
// The classroom side of the window: the Lessons menu and panel, the laser pointer, presenter mode
// (projector theme, large text, only the view and the lesson on screen, everything on the keyboard)
// and View → Theme (light, dark, projector; kept in QSettings).
#include <QList>
#include <QObject>

#include "api/lesson.h"
#include "theme.h"

class QAction;
class QActionGroup;
class QMenu;

namespace ks::workspace {
struct Workspace;
}

namespace ks::ui {

class LaserPointer;
class LessonDock;
class LessonSession;
class MainWindow;

class Classroom : public QObject {
    Q_OBJECT

public:
    struct Actions {
        QAction* chooseLesson;
        QAction* openLessonFile;
        QAction* nextStep;
        QAction* previousStep;
        QList<QAction*> answers;   // Alt+1 .. Alt+4
        QAction* stopLesson;
        QAction* exportSummary;
        QAction* presenterMode;
        QAction* showPanel;
        QAction* lightTheme;
        QAction* darkTheme;
        QAction* projectorTheme;
    };

    // Adds the Lessons menu (before Help), View → Theme and the lesson panel to `window`.
    Classroom(MainWindow* window, bool persistSettings);
    ~Classroom() override;

    const Actions& actions() const { return actions_; }
    LessonSession* session() const { return session_; }
    LessonDock* dock() const { return dock_; }
    LaserPointer* laser() const { return laser_; }
    Theme theme() const { return theme_; }
    bool presenting() const;

    void startLesson(const lesson::Lesson& lesson);
    // Writes the one-page summary of the lesson being played (lessons/lesson_summary.h) to `path`:
    // an empty string, or what went wrong; refused when no lesson is running.
    QString exportSummaryTo(const QString& path) const;
    void setTheme(Theme theme);

private:
    void createActions();
    void createMenus();
    void chooseLesson();
    void openLessonFile();
    void exportSummary();
    void setPresenting(bool on);
    void refreshActions();
    // A workspace keeps the lesson being played (its file, step, answers) and takes it up again.
    void keepProgress(workspace::Workspace& workspace) const;
    void takeUpProgress(const workspace::Workspace& workspace);

    MainWindow* window_;
    bool persist_;
    Actions actions_{};
    QActionGroup* themes_ = nullptr;
    LessonSession* session_;
    LessonDock* dock_ = nullptr;
    LaserPointer* laser_;
    Theme theme_ = Theme::Light;
    // Restored when presenter mode ends.
    struct Before {
        Theme theme = Theme::Light;
        bool projectorText = false;
        QList<QWidget*> hidden;
    } before_;
};

}  // namespace ks::ui
