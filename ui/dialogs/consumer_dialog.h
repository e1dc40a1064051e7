#pragma once
// Cluster → Add consumer: a consumer with a client.id, subscribed to a topic, in a group (or on its
// own), with an assignor and where it starts reading when its group has no committed offset.
#include <QDialog>
#include <QStringList>
#include <memory>

#include "dialogs/dialog_buttons.h"

class QComboBox;
class QLineEdit;

namespace ks::ui {

class ConsumerDialog : public QDialog {
    Q_OBJECT

public:
    ConsumerDialog(const QStringList& topics, const QStringList& groups, const QStringList& consumers, QWidget* parent = nullptr);

    // Why `name` cannot be a new consumer's client.id, or an empty string when it can.
    static QString nameProblem(const QString& name, const QStringList& consumers);

    QLineEdit* nameEdit() const { return name_; }
    QComboBox* topicBox() const { return topic_; }
    QComboBox* groupBox() const { return group_; }
    QComboBox* assignorBox() const { return assignor_; }
    QComboBox* startBox() const { return start_; }
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }
    // The 'consumer add' command for what is entered.
    QString command() const;

private:
    void revalidate();

    QStringList consumers_;
    QLineEdit* name_;
    QComboBox* topic_;
    QComboBox* group_;
    QComboBox* assignor_;
    QComboBox* start_;
    std::unique_ptr<ProblemFooter> footer_;
};

}  // namespace ks::ui
