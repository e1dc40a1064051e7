#pragma once
// Faults → Network conditions: latency, jitter and message loss for every link (the 'network'
// command). The engine has no per-link slowness command yet; see docs/GUI.md.
#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace ks::ui {

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
