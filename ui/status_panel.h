#pragma once
// The status bar's permanent fields: simulated time, engine events per second, under-replicated and
// offline partition counts, the active controller, and the clock's state.
#include <QObject>

#include "api/frame.h"

class QLabel;
class QStatusBar;

namespace ks::ui {

class StatusPanel : public QObject {
    Q_OBJECT

public:
    StatusPanel(QStatusBar* bar, QObject* parent = nullptr);

    void display(const ClusterSnapshot& snapshot, const ClockState& clock);
    QString text() const;

private:
    QLabel* time_;
    QLabel* rate_;
    QLabel* underReplicated_;
    QLabel* offline_;
    QLabel* controller_;
    QLabel* clock_;
};

}  // namespace ks::ui
