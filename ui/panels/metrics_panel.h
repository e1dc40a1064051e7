#pragma once
// The Broker metrics dock: every metric of a MetricsTracker in a filterable table (JMX name, scope,
// now, and the value just before a chosen event), the metrics that moved since that event spelled
// out as was → now, and the selected metric's one-line explanation.
#include <QWidget>

#include "panels/keyed_table_model.h"
#include "panels/metrics_tracker.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ks::ui {

class TablePanel;

class MetricsTableModel : public KeyedTableModel {
    Q_OBJECT
public:
    enum ColumnId { Metric, Scope, Now, Before, Moved };
    explicit MetricsTableModel(QObject* parent = nullptr);
    // Shows `current`, with the values of `moment` (may be null) as "before".
    void show(const std::vector<MetricValue>& current, const MetricsMoment* moment);
};

class MetricsPanel : public QWidget {
    Q_OBJECT

public:
    explicit MetricsPanel(QWidget* parent = nullptr);

    MetricsTracker& tracker() { return tracker_; }
    MetricsTableModel* model() const { return model_; }
    TablePanel* table() const { return table_; }
    QComboBox* momentBox() const { return moments_; }
    QPlainTextEdit* movedText() const { return moved_; }
    // Reads the frame into the tracker and the list of events; the table and the moved metrics
    // wait for showValues().
    void note(const Frame& frame);
    // Shows the tracker's values, with those before the chosen event, and the metrics that moved.
    void showValues();
    // Reads the frame and shows the result.
    void update(const Frame& frame);
    void clear();
    // The metrics that moved since the chosen moment, "Name (scope): was → now", one per line.
    QStringList movedLines() const;

private:
    const MetricsMoment* chosenMoment() const;
    void explainSelected();

    MetricsTracker tracker_;
    MetricsTableModel* model_;
    QComboBox* moments_;
    TablePanel* table_;
    QPlainTextEdit* moved_;
    QLabel* explanation_;
};

}  // namespace ks::ui
