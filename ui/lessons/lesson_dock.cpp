#include "lesson_dock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "lesson_session.h"
#include "lessons/lesson_text.h"

namespace ks::ui {
namespace {

QLabel* wrappedLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString paragraphs(const std::vector<std::string>& texts) {
    QString html;
    for (const std::string& p : texts) html += QStringLiteral("<p>%1</p>").arg(lessonText(p).toHtmlEscaped());
    return html;
}

}  // namespace

LessonDock::LessonDock(LessonSession* session, QAction* previous, QAction* next, QAction* summary, QWidget* parent)
    : QDockWidget(tr("Lesson"), parent), session_(session) {
    setObjectName(QStringLiteral("lessonDock"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    lessonTitle_ = wrappedLabel(body, "lessonTitle");
    progress_ = wrappedLabel(body, "lessonProgress");
    heading_ = wrappedLabel(body, "lessonHeading");
    narration_ = wrappedLabel(body, "lessonNarration");
    choiceBox_ = new QWidget(body);
    choiceLayout_ = new QVBoxLayout(choiceBox_);
    choiceLayout_->setContentsMargins(0, 0, 0, 0);
    feedback_ = wrappedLabel(body, "lessonFeedback");
    checks_ = wrappedLabel(body, "lessonChecks");
    status_ = wrappedLabel(body, "lessonStatus");
    for (QWidget* w : {static_cast<QWidget*>(lessonTitle_), static_cast<QWidget*>(progress_), static_cast<QWidget*>(heading_),
                       static_cast<QWidget*>(narration_), choiceBox_, static_cast<QWidget*>(feedback_),
                       static_cast<QWidget*>(checks_), static_cast<QWidget*>(status_)})
        layout->addWidget(w);
    layout->addStretch(1);
    scroll->setWidget(body);
    // Previous and next stay in sight below the scrolling text.
    auto* panel = new QWidget(this);
    auto* outer = new QVBoxLayout(panel);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    for (QAction* action : {previous, next, static_cast<QAction*>(nullptr), summary}) {
        if (!action) {
            buttons->addStretch(1);
            continue;
        }
        auto* button = new QToolButton(panel);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    outer->addLayout(buttons);
    setWidget(panel);
    connect(session_, &LessonSession::changed, this, &LessonDock::refresh);
    refresh();
}

void LessonDock::rebuildChoices() {
    qDeleteAll(choices_);
    choices_.clear();
    if (!session_->isActive() || session_->state() == LessonSession::StepState::Starting) return;
    const lesson::Step& step = session_->step();
    if (step.kind != lesson::StepKind::Predict) return;
    for (std::size_t i = 0; i < step.choices.size(); ++i) {
        const QString letter = QChar(u'A' + static_cast<char16_t>(i));
        auto* button = new QPushButton(QStringLiteral("%1)  %2").arg(letter, lessonText(step.choices[i].text)), choiceBox_);
        button->setObjectName(QStringLiteral("choice%1").arg(i));
        button->setToolTip(tr("Answer %1 (Ctrl+Alt+%2)").arg(letter).arg(i + 1));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px;"));
        connect(button, &QPushButton::clicked, session_, [this, i] { session_->choose(static_cast<int>(i)); });
        choiceLayout_->addWidget(button);
        choices_ << button;
    }
}

void LessonDock::refresh() {
    using State = LessonSession::StepState;
    const double base = font().pointSizeF() > 0 ? font().pointSizeF() : 10.0;
    const QString big = QStringLiteral("font-size: %1pt;").arg(base * 1.35, 0, 'f', 1);
    const QString normal = QStringLiteral("font-size: %1pt;").arg(base, 0, 'f', 1);
    for (QLabel* label : {lessonTitle_, progress_, narration_, feedback_, checks_, status_}) label->setStyleSheet(normal);
    heading_->setStyleSheet(big);
    if (!session_->isActive()) {
        shownStep_ = -1;
        shownLesson_ = nullptr;
        rebuildChoices();
        lessonTitle_->setText(QStringLiteral("<b>%1</b>").arg(tr("No lesson running")));
        for (QLabel* label : {progress_, heading_, feedback_, checks_, status_}) label->clear();
        narration_->setText(tr("<p>Choose one from the Lessons menu (Ctrl+L). Each lesson builds its own cluster, explains, "
                               "asks you to predict what happens, runs it, and points at the answer.</p>"));
        return;
    }
    const lesson::Lesson& lesson = session_->lesson();
    lessonTitle_->setText(QStringLiteral("<b>%1</b>").arg(tr("Lesson %1: %2").arg(lesson.part).arg(lessonText(lesson.title).toHtmlEscaped())));
    if (session_->state() == State::Starting) {
        progress_->setText(tr("Building the lesson's cluster…"));
        heading_->clear();
        narration_->setText(paragraphs({lesson.summary}));
        feedback_->clear();
        checks_->clear();
        status_->setText(session_->error().isEmpty() ? QString() : tr("The lesson cannot start: %1").arg(session_->error().toHtmlEscaped()));
        rebuildChoices();
        return;
    }
    const lesson::Step& step = session_->step();
    if (shownStep_ != session_->stepIndex() || shownLesson_ != &lesson) {
        shownStep_ = session_->stepIndex();
        shownLesson_ = &lesson;
        rebuildChoices();
    }
    const QString kinds[] = {tr("Explanation"), tr("Prediction"), tr("Run"), tr("Your turn")};
    progress_->setText(tr("Step %1 of %2 · %3").arg(session_->stepIndex() + 1).arg(session_->stepCount()).arg(kinds[static_cast<int>(step.kind)]));
    heading_->setText(QStringLiteral("<b>%1</b>").arg(lessonText(step.title).toHtmlEscaped()));
    narration_->setText(paragraphs(step.paragraphs));

    const int answer = session_->answer();
    const int correct = step.correctChoice();
    for (int i = 0; i < choices_.size(); ++i) {
        choices_[i]->setEnabled(answer < 0);
        QFont f = choices_[i]->font();
        f.setPointSizeF(base);
        f.setBold(answer >= 0 && i == correct);
        choices_[i]->setFont(f);
    }
    if (step.kind == lesson::StepKind::Predict && answer >= 0) {
        const QString verdict = answer == correct
                                    ? QStringLiteral("<span style='color:#2e7d32'><b>%1</b></span>").arg(tr("✓ Right."))
                                    : QStringLiteral("<span style='color:#c62828'><b>%1</b></span> %2")
                                          .arg(tr("✗ Not quite."),
                                               tr("The answer is %1) %2.")
                                                   .arg(QChar(u'A' + static_cast<char16_t>(correct)))
                                                   .arg(lessonText(step.choices[static_cast<std::size_t>(correct)].text).toHtmlEscaped()));
        feedback_->setText(QStringLiteral("<p>%1</p>%2").arg(verdict, paragraphs({step.why})));
    } else {
        feedback_->clear();
    }

    QString lines;
    for (const LessonSession::CheckLine& c : session_->checks()) {
        const QString mark = session_->state() == State::Waiting && !c.holds ? QStringLiteral("○") : c.holds ? QStringLiteral("✓") : QStringLiteral("✗");
        lines += QStringLiteral("%1 <code>%2</code>").arg(mark, c.text.toHtmlEscaped());
        if (!c.holds && session_->state() != State::Waiting) lines += QStringLiteral(" — ") + tr("found %1").arg(c.found.toHtmlEscaped());
        lines += QStringLiteral("<br>");
    }
    checks_->setText(lines);
    QString status;
    switch (session_->state()) {
    case State::Running: status = tr("Running…"); break;
    case State::Waiting: status = tr("Waiting for you: do it in the view or with the menus; the lesson goes on by itself."); break;
    case State::Showing: status = step.kind == lesson::StepKind::Predict ? tr("What do you think? Pick an answer (Ctrl+Alt+1…).") : QString(); break;
    case State::Done:
        if (step.kind == lesson::StepKind::Task) status = tr("✓ Done.");
        else if (session_->stepIndex() + 1 == session_->stepCount()) status = tr("The end of the lesson.");
        break;
    case State::Starting: break;
    }
    if (!session_->error().isEmpty()) status += QStringLiteral(" ") + tr("A command was refused: %1").arg(session_->error().toHtmlEscaped());
    status_->setText(status);
}

}  // namespace ks::ui
