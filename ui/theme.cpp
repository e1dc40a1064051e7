#include "theme.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPalette>
#include <QStyle>

#include "topology/topology_style.h"

namespace ks::ui {
namespace {

// The view's colours of one theme (topology/topology_style.h).
struct ViewColors {
    QColor background, card, cardBorder, text, mutedText, running, fenced, paused, stopped, stoppedFill, leaderFill,
        leaderBadge, inSyncFill, inSyncBadge, outOfSyncFill, outOfSyncBadge, offlineFill, offline, lagTrack, producer,
        frameFill, memberFill, labelFill, groupColor, replication, cut, slowLink, selection, highlight;
};

const ViewColors kDark{{0x1b, 0x1f, 0x24}, {0x2a, 0x2f, 0x36}, {0x5c, 0x67, 0x73}, {0xe6, 0xe9, 0xed}, {0xa3, 0xad, 0xb8},
                       {0x5a, 0xa0, 0xe6}, {0xf0, 0xa0, 0x30}, {0xa9, 0x9b, 0xe8}, {0x8a, 0x96, 0xa3}, {0x3a, 0x40, 0x48},
                       {0x5a, 0x4a, 0x10}, {0xf0, 0xc0, 0x30}, {0x1f, 0x3a, 0x24}, {0x5c, 0xbf, 0x60}, {0x4a, 0x30, 0x18},
                       {0xf0, 0x90, 0x30}, {0x5a, 0x20, 0x26}, {0xff, 0x60, 0x60}, {0x45, 0x4c, 0x55}, {0x30, 0xb0, 0xa0},
                       {0x24, 0x29, 0x30}, {0x33, 0x2e, 0x3d}, {0x2a, 0x2f, 0x36, 230}, {0xb0, 0xa0, 0xd8}, {0x5a, 0xa0, 0xe6},
                       {0xff, 0x5a, 0x5a}, {0xf0, 0xb0, 0x40}, {0x64, 0xb5, 0xf6}, {0xff, 0xa7, 0x26}};

const ViewColors kProjector{{0xff, 0xff, 0xff}, {0xff, 0xff, 0xff}, {0x00, 0x00, 0x00}, {0x00, 0x00, 0x00}, {0x33, 0x33, 0x33},
                            {0x00, 0x47, 0xb3}, {0xb3, 0x59, 0x00}, {0x4b, 0x00, 0x82}, {0x55, 0x55, 0x55}, {0xd9, 0xd9, 0xd9},
                            {0xff, 0xe0, 0x66}, {0xb3, 0x86, 0x00}, {0xcc, 0xf2, 0xcc}, {0x00, 0x64, 0x00}, {0xff, 0xcc, 0x99},
                            {0xb3, 0x47, 0x00}, {0xff, 0x99, 0x99}, {0xb3, 0x00, 0x00}, {0xbb, 0xbb, 0xbb}, {0x00, 0x6b, 0x60},
                            {0xf0, 0xf0, 0xf0}, {0xee, 0xe6, 0xf7}, {255, 255, 255, 240}, {0x2e, 0x1a, 0x5c}, {0x00, 0x47, 0xb3},
                            {0xcc, 0x00, 0x00}, {0x99, 0x4d, 0x00}, {0x00, 0x33, 0xcc}, {0xff, 0x00, 0x00}};

// The colours as they are now: at the first call, the light theme topology_style.h starts with.
ViewColors viewColors() {
    using namespace style;
    return {kBackground, kCard, kCardBorder, kText, kMutedText, kRunning, kFenced, kPaused, kStopped, kStoppedFill,
            kLeaderFill, kLeaderBadge, kInSyncFill, kInSyncBadge, kOutOfSyncFill, kOutOfSyncBadge, kOfflineFill, kOffline,
            kLagTrack, kProducer, kFrameFill, kMemberFill, kLabelFill, kGroupColor, kReplication, kCut, kSlowLink, kSelection, kHighlight};
}

void setViewColors(const ViewColors& c) {
    using namespace style;
    kBackground = c.background, kCard = c.card, kCardBorder = c.cardBorder, kText = c.text, kMutedText = c.mutedText;
    kRunning = c.running, kFenced = c.fenced, kPaused = c.paused, kStopped = c.stopped, kStoppedFill = c.stoppedFill;
    kLeaderFill = c.leaderFill, kLeaderBadge = c.leaderBadge, kInSyncFill = c.inSyncFill, kInSyncBadge = c.inSyncBadge;
    kOutOfSyncFill = c.outOfSyncFill, kOutOfSyncBadge = c.outOfSyncBadge, kOfflineFill = c.offlineFill, kOffline = c.offline;
    kLagTrack = c.lagTrack, kProducer = c.producer, kFrameFill = c.frameFill, kMemberFill = c.memberFill;
    kLabelFill = c.labelFill, kGroupColor = c.groupColor, kReplication = c.replication, kCut = c.cut, kSlowLink = c.slowLink;
    kSelection = c.selection, kHighlight = c.highlight;
}

QPalette palette(Theme theme) {
    if (theme == Theme::Light) return QApplication::style()->standardPalette();
    const bool dark = theme == Theme::Dark;
    const QColor window = dark ? QColor(0x24, 0x28, 0x2e) : QColor(Qt::white);
    const QColor base = dark ? QColor(0x1b, 0x1f, 0x24) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xe6, 0xe9, 0xed) : QColor(Qt::black);
    const QColor button = dark ? QColor(0x33, 0x39, 0x41) : QColor(0xe6, 0xe6, 0xe6);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x2a, 0x2f, 0x36) : QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, dark ? QColor(0xa3, 0xad, 0xb8) : QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::BrightText, dark ? QColor(0xff, 0x60, 0x60) : QColor(0xcc, 0x00, 0x00));
    p.setColor(QPalette::Highlight, dark ? QColor(0x3d, 0x7e, 0xc6) : QColor(0x00, 0x33, 0xcc));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x00, 0x33, 0xcc));
    p.setColor(QPalette::Disabled, QPalette::Text, dark ? QColor(0x6b, 0x74, 0x7f) : QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::WindowText, dark ? QColor(0x6b, 0x74, 0x7f) : QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, dark ? QColor(0x6b, 0x74, 0x7f) : QColor(0x77, 0x77, 0x77));
    return p;
}

}  // namespace

QString themeKey(Theme theme) {
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::Projector: return QStringLiteral("projector");
    }
    return QStringLiteral("light");
}

Theme themeFromKey(const QString& key) {
    if (key == QLatin1String("dark")) return Theme::Dark;
    if (key == QLatin1String("projector")) return Theme::Projector;
    return Theme::Light;
}

void applyTheme(Theme theme, QGraphicsScene* scene) {
    static const ViewColors light = viewColors();
    setViewColors(theme == Theme::Dark ? kDark : theme == Theme::Projector ? kProjector : light);
    QApplication::setPalette(palette(theme));
    if (!scene) return;
    scene->setBackgroundBrush(style::kBackground);
    for (QGraphicsItem* item : scene->items()) item->update();
}

}  // namespace ks::ui
