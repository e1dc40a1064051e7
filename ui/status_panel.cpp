#include "status_panel.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

#include "sim_time_text.h"

namespace ks::ui {
namespace {

QLabel* field(QStatusBar* bar, const char* name) {
    auto* label = new QLabel(bar);
    label->setObjectName(QString::fromLatin1(name));
    label->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(label);
    return label;
}

}  // namespace

StatusPanel::StatusPanel(QStatusBar* bar, QObject* parent) : QObject(parent) {
    time_ = field(bar, "statusTime");
    rate_ = field(bar, "statusRate");
    underReplicated_ = field(bar, "statusUnderReplicated");
    offline_ = field(bar, "statusOffline");
    controller_ = field(bar, "statusController");
    clock_ = field(bar, "statusClock");
}

void StatusPanel::display(const ClusterSnapshot& s, const ClockState& clock) {
    time_->setText(tr("t = %1").arg(formatSeconds(s.time)));
    rate_->setText(tr("%1 events/s").arg(QLocale().toString(qRound64(clock.eventsPerSecond))));
    const int urp = s.underReplicatedCount();
    const int offline = s.offlineCount();
    underReplicated_->setText(tr("under-replicated: %1").arg(urp));
    underReplicated_->setStyleSheet(urp ? QStringLiteral("color: #b35a00; font-weight: bold;") : QString());
    offline_->setText(tr("offline: %1").arg(offline));
    offline_->setStyleSheet(offline ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    controller_->setText(s.activeController == kNoNode ? tr("no active controller")
                         : s.mode == "zookeeper"     ? tr("controller: broker %1").arg(s.activeController)
                                                     : tr("active controller: %1").arg(s.activeController));
    controller_->setStyleSheet(s.activeController == kNoNode ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    QString state = clock.fastForwarding ? tr("fast-forward") : clock.playing ? tr("playing %1").arg(formatSpeed(clock.speed)) : tr("paused");
    if (clock.behind) state += tr(" (cannot keep up)");
    clock_->setText(state);
}

QString StatusPanel::text() const {
    return QStringList{time_->text(), rate_->text(), underReplicated_->text(), offline_->text(), controller_->text(), clock_->text()}
        .join(QStringLiteral(" | "));
}

}  // namespace ks::ui
