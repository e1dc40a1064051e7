#pragma once
// Faults → Cut, slow or heal a link: the keyboard way to do what dragging from one node to another does.
#include <QDialog>
#include <utility>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QRadioButton;
class QSpinBox;

namespace ks::ui {

class LinkDialog : public QDialog {
    Q_OBJECT

public:
    using Node = std::pair<int, QString>;  // node id, label

    LinkDialog(const std::vector<Node>& nodes, int preselected, QWidget* parent = nullptr);

    QComboBox* fromBox() const { return from_; }
    QComboBox* toBox() const { return to_; }
    // Starts with "slow" chosen (the drag menu's "Slow…").
    void chooseSlow();
    // The command for the chosen nodes and operation; empty when both ends are the same node.
    QString command() const;

private:
    QComboBox* from_;
    QComboBox* to_;
    QRadioButton* cutBoth_;
    QRadioButton* cutOneWay_;
    QRadioButton* slow_;
    QRadioButton* slowOneWay_;
    QRadioButton* heal_;
    QDoubleSpinBox* latency_;
    QDoubleSpinBox* jitter_;
    QSpinBox* loss_;
};

}  // namespace ks::ui
