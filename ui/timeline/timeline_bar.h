#pragma once
// The timeline's bar: simulated time from the start of the run to the present, a handle where the
// view stands, the bookmarks as coloured ticks (hover for what happened, click to go there). Dragging
// shows where the handle would go; releasing asks to go there.
#include <QWidget>

#include "timeline/bookmarks.h"

namespace ks::ui {

class TimelineBar : public QWidget {
    Q_OBJECT

public:
    explicit TimelineBar(QWidget* parent = nullptr);

    void setRange(SimTime start, SimTime end);
    void setPosition(SimTime at);
    void setBookmarks(const Bookmarks* bookmarks);
    SimTime start() const { return start_; }
    SimTime end() const { return end_; }
    SimTime position() const { return position_; }
    // Where on the bar a time is drawn, and which time a point stands for.
    int xOf(SimTime t) const;
    SimTime timeAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void scrubRequested(ks::SimTime at);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    const Bookmark* bookmarkAt(int x) const;

    SimTime start_ = 0;
    SimTime end_ = 0;
    SimTime position_ = 0;
    std::optional<SimTime> dragging_;
    const Bookmarks* bookmarks_ = nullptr;
};

QColor bookmarkColor(Bookmark::Kind kind);

}  // namespace ks::ui
