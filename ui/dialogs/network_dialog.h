#pragma once
// Faults → Network conditions: latency, jitter and message loss for every link (the 'network'
// command). One link's own conditions are set in the link dialog ('link slow').
#include <QDialog>

#include "api/snapshot.h"

class QDoubleSpinBox;
class QSpinBox;

namespace ks::ui {

// A spin box of milliseconds (0.1 ms steps), and its value in simulated microseconds.
QDoubleSpinBox* millisecondsBox(double value, QWidget* parent);
SimTime micros(const QDoubleSpinBox* box);

class NetworkDialog : public QDialog {
    Q_OBJECT

public:
    explicit NetworkDialog(QWidget* parent = nullptr);

    QString command() const;

private:
    QDoubleSpinBox* latency_;
    QDoubleSpinBox* jitter_;
    QSpinBox* loss_;
};

}  // namespace ks::ui
