#pragma once
// Help → Compare KRaft and ZooKeeper: runs the current session (its scenario: setup and every command
// so far) once in each mode off the window's thread, with a progress bar and a Cancel button, and
// shows what kafkascope-cli compare prints: how long until a new controller was elected and ready,
// until every partition had a leader again, and how long leader changes took to reach the replicas.
#include <QDialog>
#include <memory>

#include "runtime/comparison_job.h"

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ks::ui {

class CompareDialog : public QDialog {
    Q_OBJECT

public:
    CompareDialog(QString scenarioText, std::uint64_t seed, QWidget* parent = nullptr);
    ~CompareDialog() override;

    // Runs the comparison (again); the report replaces the previous one when it is done.
    void start();
    void cancel();
    bool running() const { return job_ != nullptr; }
    QString reportText() const;

Q_SIGNALS:
    void finished(bool cancelled);

protected:
    void reject() override;

private:
    void poll();

    QString scenario_;
    std::uint64_t seed_;
    std::unique_ptr<runtime::ComparisonJob> job_;
    QLabel* intro_;
    QProgressBar* progress_;
    QPlainTextEdit* report_;
    QPushButton* runButton_;
    QPushButton* cancelButton_;
    QDialogButtonBox* buttons_;
    QTimer* timer_;
};

}  // namespace ks::ui
