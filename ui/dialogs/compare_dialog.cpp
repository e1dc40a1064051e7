#include "dialogs/compare_dialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ks::ui {
namespace {
constexpr int kSteps = 1000;
constexpr int kPollMilliseconds = 50;
}  // namespace

CompareDialog::CompareDialog(QString scenarioText, std::uint64_t seed, QWidget* parent)
    : QDialog(parent), scenario_(std::move(scenarioText)), seed_(seed), timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare KRaft and ZooKeeper"));
    auto* layout = new QVBoxLayout(this);
    intro_ = new QLabel(tr("Runs everything done in this session so far (seed %1) twice: once with a KRaft controller quorum "
                           "(Kafka 4.x) and once with ZooKeeper and a controller broker (Kafka before 4.0), and measures how "
                           "long each took to recover from the faults.")
                            .arg(seed),
                        this);
    intro_->setWordWrap(true);
    layout->addWidget(intro_);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("compareProgress"));
    progress_->setRange(0, kSteps);
    layout->addWidget(progress_);
    report_ = new QPlainTextEdit(this);
    report_->setObjectName(QStringLiteral("compareReport"));
    report_->setReadOnly(true);
    report_->setLineWrapMode(QPlainTextEdit::NoWrap);
    report_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    report_->setMinimumSize(640, 260);
    layout->addWidget(report_, 1);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Close, this);
    runButton_ = buttons_->addButton(tr("Run again"), QDialogButtonBox::ActionRole);
    cancelButton_ = buttons_->addButton(tr("Cancel comparison"), QDialogButtonBox::ActionRole);
    cancelButton_->setObjectName(QStringLiteral("compareCancel"));
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(runButton_, &QPushButton::clicked, this, &CompareDialog::start);
    connect(cancelButton_, &QPushButton::clicked, this, &CompareDialog::cancel);
    connect(timer_, &QTimer::timeout, this, &CompareDialog::poll);
    start();
}

CompareDialog::~CompareDialog() = default;

QString CompareDialog::reportText() const { return report_->toPlainText(); }

void CompareDialog::start() {
    job_ = std::make_unique<runtime::ComparisonJob>("session.scenario", scenario_.toStdString(), seed_);
    progress_->setValue(0);
    report_->setPlainText(tr("Running the session in KRaft mode, then in ZooKeeper mode…"));
    runButton_->setEnabled(false);
    cancelButton_->setEnabled(true);
    timer_->start(kPollMilliseconds);
}

void CompareDialog::cancel() {
    if (job_) job_->cancel();
}

void CompareDialog::reject() {
    job_.reset();   // cancels a comparison still running and waits for it to stop
    timer_->stop();
    QDialog::reject();
}

void CompareDialog::poll() {
    if (!job_) return;
    progress_->setValue(static_cast<int>(job_->progress() * kSteps));
    if (!job_->finished()) return;
    const runtime::ComparisonReport report = job_->report();
    job_.reset();
    timer_->stop();
    runButton_->setEnabled(true);
    cancelButton_->setEnabled(false);
    if (report.cancelled) {
        progress_->setValue(0);
        report_->setPlainText(tr("Cancelled. Nothing in the session changed; Run again to start over."));
    } else {
        QString text = QString::fromStdString(report.text);
        if (report.kraftExitCode == 2 || report.zookeeperExitCode == 2)
            text += tr("\nThe session's commands have an error in one of the modes; the figures stop there.");
        report_->setPlainText(text);
    }
    Q_EMIT finished(report.cancelled);
}

}  // namespace ks::ui
