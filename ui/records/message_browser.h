#pragma once
// The message browser: pick a topic and partition, seek to an offset, a time, the beginning or the
// end, optionally search keys and values; the records come page by page from the runtime into a
// table, with, per record, the replicas that hold it, whether it is committed and which groups have
// committed past it. A detail pane shows the selected record (JSON values pretty-printed). Replay a
// record, export the selection as CSV or JSON lines, import JSON lines to produce them.
#include <QWidget>
#include <optional>

#include "api/frame.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace ks::ui {

class RecordTableModel;
class RuntimeBridge;

class MessageBrowser : public QWidget {
    Q_OBJECT

public:
    explicit MessageBrowser(RuntimeBridge* bridge, QWidget* parent = nullptr);

    RecordTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QString statusText() const;
    QString errorText() const;

    // Shows `tp` from `seek` (offset or timestamp in `at`); the page arrives in a later frame.
    void browse(const TopicPartition& tp, SeekKind seek, std::int64_t at = 0);
    void seek();            // with the fields as they are
    void replaySelected();  // produces the selected records again, each to its partition
    // The selected rows (all rows if none is selected) as text.
    QString selectionJsonLines() const;
    QString selectionCsv() const;
    bool exportSelection();               // asks for a file
    bool exportSelectionTo(const QString& path);   // .csv: CSV; anything else: JSON lines
    bool importFile();                    // asks for a file
    // Produces every record of a JSON-lines text; a bad line stops it before anything is sent.
    bool importText(const QString& text);

private:
    void onFrame(const Frame& frame);
    void refreshTopics(const ClusterSnapshot& snapshot);
    void request(const RecordQuery& query, bool append);
    void showDetail();
    void showError(QWidget* field, const QString& message);
    std::vector<int> selectedRows() const;

    RuntimeBridge* bridge_;
    QComboBox* topic_;
    QSpinBox* partition_;
    QComboBox* seek_;
    QLineEdit* at_;
    QLineEdit* search_;
    QLabel* status_;
    QLabel* error_;
    QTableView* table_;
    QPlainTextEdit* detail_;
    RecordTableModel* model_;
    QWidget* errorField_ = nullptr;
    RecordQuery current_;
    std::uint64_t resetRequest_ = 0;
    std::uint64_t appendRequest_ = 0;
    std::vector<std::uint64_t> produced_;
};

}  // namespace ks::ui
