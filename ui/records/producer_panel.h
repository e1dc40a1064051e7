#pragma once
// The producer panel: compose one record (topic, optional partition, key, value as text or JSON,
// headers, acks), send it through the runtime and see where it went (partition and offset, or the
// error, and the partitioner that decided); and the rate generator, which keys the background
// producer's records by a pattern (fixed, sequential, random from k keys, one hot key). Bad input is
// reported at its field; nothing typed is cleared.
#include <QWidget>
#include <optional>

#include "api/frame.h"
#include "runtime/engine_runtime.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ks::ui {

class RuntimeBridge;

class ProducerPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProducerPanel(RuntimeBridge* bridge, QWidget* parent = nullptr);

    // The record the fields describe, or nothing (the error is shown at its field).
    std::optional<RecordToProduce> composed();
    // Checks the fields, then sends. Returns whether it sent.
    bool send();
    bool prettyPrint();
    QString resultText() const;
    QString errorText() const;
    // Fills the fields from a record (the browser's "edit and send again").
    void load(const RecordToProduce& record);

Q_SIGNALS:
    void produced(const ks::ProduceReply& reply);

private:
    void onFrame(const Frame& frame);
    void refreshTopics(const ClusterSnapshot& snapshot);
    void refreshProducers(const ClusterSnapshot& snapshot);
    void showError(QWidget* field, const QString& message);
    void clearError();
    void applyGenerator();
    void showGenerator(const BackgroundProducerState& state);

    RuntimeBridge* bridge_;
    QComboBox* producer_;   // which producer sends (client.id)
    QComboBox* topic_;
    QLineEdit* partition_;
    QLineEdit* key_;
    QCheckBox* nullKey_;
    QComboBox* format_;
    QPlainTextEdit* value_;
    QTableWidget* headers_;
    QComboBox* acks_;
    QPushButton* send_;
    QLabel* error_;
    QLabel* result_;
    QWidget* errorField_ = nullptr;
    std::vector<std::uint64_t> pending_;

    QCheckBox* generatorOn_;
    QComboBox* generatorTopic_;
    QSpinBox* rate_;
    QComboBox* pattern_;
    QLineEdit* prefix_;
    QSpinBox* keyCount_;
    QSpinBox* hotPercent_;
    QLabel* generatorError_;
    bool showingGenerator_ = false;
    // The generator's fields show the runtime's state when someone else changes it (the toolbar),
    // but frames published before our own change took effect are not shown: they would undo it.
    std::optional<BackgroundProducerState> awaited_;
    std::optional<BackgroundProducerState> shown_;
};

}  // namespace ks::ui
