#pragma once
// File → New cluster: starts over in KRaft or ZooKeeper mode with a chosen number of brokers and
// quorum nodes, a seed, and optionally the 'orders' topic the background producer writes to and a
// consumer group reading it.
#include <QDialog>

#include "runtime/engine_runtime.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace ks::ui {

class NewClusterDialog : public QDialog {
    Q_OBJECT

public:
    NewClusterDialog(const runtime::RuntimeConfig& current, QWidget* parent = nullptr);

    runtime::RuntimeConfig config() const;
    QComboBox* modeBox() const { return mode_; }

private:
    runtime::RuntimeConfig base_;
    QComboBox* mode_;
    QSpinBox* brokers_;
    QSpinBox* controllers_;
    QSpinBox* seed_;
    QSpinBox* partitions_;
    QCheckBox* topic_;
    QCheckBox* group_;
};

}  // namespace ks::ui
