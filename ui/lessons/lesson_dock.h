#pragma once
// The lesson panel: the lesson and step, the narration, a prediction's choices as buttons with
// right/wrong feedback and the explanation, a task's conditions as they come true, a run's checks,
// previous/next buttons, and a button that exports the lesson's one-page summary.
#include <QDockWidget>
#include <QList>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class QAction;

namespace ks::ui {

class LessonSession;

class LessonDock : public QDockWidget {
    Q_OBJECT

public:
    LessonDock(LessonSession* session, QAction* previous, QAction* next, QAction* summary, QWidget* parent = nullptr);

    QLabel* heading() const { return heading_; }
    QLabel* narration() const { return narration_; }
    QLabel* feedback() const { return feedback_; }
    QLabel* checks() const { return checks_; }
    const QList<QPushButton*>& choiceButtons() const { return choices_; }

private:
    void refresh();
    void rebuildChoices();

    LessonSession* session_;
    QLabel* lessonTitle_;
    QLabel* progress_;
    QLabel* heading_;
    QLabel* narration_;
    QWidget* choiceBox_;
    QVBoxLayout* choiceLayout_;
    QList<QPushButton*> choices_;
    QLabel* feedback_;
    QLabel* checks_;
    QLabel* status_;
    int shownStep_ = -1;
    const void* shownLesson_ = nullptr;
};

}  // namespace ks::ui
