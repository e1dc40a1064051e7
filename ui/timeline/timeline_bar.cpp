#include "timeline/timeline_bar.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include "sim_time_text.h"

namespace ks::ui {
namespace {
constexpr int kMargin = 10;
constexpr int kTickPixels = 5;   // a click this close to a bookmark goes to it
}  // namespace

QColor bookmarkColor(Bookmark::Kind kind) {
    switch (kind) {
    case Bookmark::Kind::Fault: return QColor(0xd3, 0x2f, 0x2f);
    case Bookmark::Kind::Controller: return QColor(0x7b, 0x1f, 0xa2);
    case Bookmark::Kind::Leader: return QColor(0xf5, 0x7c, 0x00);
    case Bookmark::Kind::Rebalance: return QColor(0x19, 0x76, 0xd2);
    }
    return Qt::gray;
}

TimelineBar::TimelineBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("timelineBar"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Simulated time: drag or click to go back; the coloured ticks are bookmarks"));
}

QSize TimelineBar::sizeHint() const { return {600, fontMetrics().height() * 2 + 18}; }

QSize TimelineBar::minimumSizeHint() const { return {200, fontMetrics().height() * 2 + 18}; }

void TimelineBar::setRange(SimTime start, SimTime end) {
    start_ = start;
    end_ = std::max(start, end);
    update();
}

void TimelineBar::setPosition(SimTime at) {
    position_ = at;
    update();
}

void TimelineBar::setBookmarks(const Bookmarks* bookmarks) {
    bookmarks_ = bookmarks;
    update();
}

int TimelineBar::xOf(SimTime t) const {
    const int width = std::max(1, this->width() - 2 * kMargin);
    if (end_ <= start_) return kMargin + width;
    const double f = static_cast<double>(std::clamp(t, start_, end_) - start_) / static_cast<double>(end_ - start_);
    return kMargin + static_cast<int>(f * width);
}

SimTime TimelineBar::timeAt(int x) const {
    const int width = std::max(1, this->width() - 2 * kMargin);
    const double f = std::clamp(static_cast<double>(x - kMargin) / width, 0.0, 1.0);
    const SimTime t = start_ + static_cast<SimTime>(f * static_cast<double>(end_ - start_));
    return t / kMicrosPerMilli * kMicrosPerMilli;
}

const Bookmark* TimelineBar::bookmarkAt(int x) const {
    if (!bookmarks_) return nullptr;
    const Bookmark* best = nullptr;
    int bestDistance = kTickPixels + 1;
    for (const auto& [t, b] : bookmarks_->all()) {
        const int d = std::abs(xOf(t) - x);
        if (d < bestDistance) {
            best = &b;
            bestDistance = d;
        }
    }
    return best;
}

void TimelineBar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const int line = fontMetrics().height();
    const int barTop = 4;
    const int barHeight = 14;
    const QRect bar(kMargin, barTop, width() - 2 * kMargin, barHeight);
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Mid));
    p.drawRoundedRect(bar, 4, 4);
    QRect done = bar;
    done.setRight(xOf(position_));
    p.setBrush(pal.color(QPalette::Highlight));
    p.drawRoundedRect(done, 4, 4);
    if (bookmarks_) {
        for (const auto& [t, b] : bookmarks_->all()) {
            p.setPen(QPen(bookmarkColor(b.kind), 2));
            const int x = xOf(t);
            p.drawLine(x, barTop - 3, x, barTop + barHeight + 3);
        }
    }
    auto handle = [&](SimTime t, const QColor& color) {
        const int x = xOf(t);
        p.setPen(QPen(pal.color(QPalette::Shadow), 1));
        p.setBrush(color);
        p.drawEllipse(QPoint(x, barTop + barHeight / 2), 7, 7);
    };
    handle(position_, pal.color(QPalette::Base));
    if (dragging_) handle(*dragging_, pal.color(QPalette::Highlight).lighter(150));
    p.setPen(pal.color(QPalette::WindowText));
    const QRect labels(kMargin, barTop + barHeight + 4, width() - 2 * kMargin, line);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, formatSeconds(start_));
    p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, formatSeconds(end_));
    const SimTime shown = dragging_ ? *dragging_ : position_;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, formatSeconds(shown));
}

void TimelineBar::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const int x = static_cast<int>(event->position().x());
    if (const Bookmark* b = bookmarkAt(x)) {
        Q_EMIT scrubRequested(b->time);
        return;
    }
    dragging_ = timeAt(x);
    update();
}

void TimelineBar::mouseMoveEvent(QMouseEvent* event) {
    const int x = static_cast<int>(event->position().x());
    if (dragging_) {
        dragging_ = timeAt(x);
        update();
        return;
    }
    if (const Bookmark* b = bookmarkAt(x))
        QToolTip::showText(event->globalPosition().toPoint(), QStringLiteral("%1  %2").arg(formatSeconds(b->time), b->text), this);
    else
        QToolTip::hideText();
}

void TimelineBar::mouseReleaseEvent(QMouseEvent* event) {
    if (!dragging_ || event->button() != Qt::LeftButton) return;
    const SimTime target = *dragging_;
    dragging_.reset();
    update();
    Q_EMIT scrubRequested(target);
}

}  // namespace ks::ui
