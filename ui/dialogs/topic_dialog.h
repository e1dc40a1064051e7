#pragma once
// Creates a topic. Checks what Kafka checks before the controller sees it: a legal, unused name
// (letters, digits, '.', '_', '-'; at most 249 characters; not "." or ".."), at least one partition,
// a replication factor no larger than the number of brokers, and min.insync.replicas within it.
#include <QDialog>
#include <QStringList>
#include <memory>

#include "dialogs/dialog_buttons.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ks::ui {

class TopicDialog : public QDialog {
    Q_OBJECT

public:
    TopicDialog(const QStringList& existingTopics, int brokers, QWidget* parent = nullptr);

    // Why `name` cannot be a new topic's name, or an empty string when it can.
    static QString nameProblem(const QString& name, const QStringList& existingTopics);

    QLineEdit* nameEdit() const { return name_; }
    QSpinBox* partitionsBox() const { return partitions_; }
    QSpinBox* replicationBox() const { return replication_; }
    QSpinBox* minInsyncBox() const { return minInsync_; }
    QCheckBox* uncleanBox() const { return unclean_; }
    bool isValid() const;
    QString problem() const;
    // The 'topic create' command for what is entered.
    QString command() const;

private:
    void revalidate();

    QStringList existing_;
    int brokers_;
    QLineEdit* name_;
    QSpinBox* partitions_;
    QSpinBox* replication_;
    QSpinBox* minInsync_;
    QCheckBox* unclean_;
    std::unique_ptr<ProblemFooter> footer_;
};

}  // namespace ks::ui
