#pragma once
// Cluster → Add producer: one more producer client with its client.id and the configs a class most
// often changes: acks, linger.ms and the partitioner for records without a key.
#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ks::ui {

class ProducerDialog : public QDialog {
    Q_OBJECT

public:
    // `taken`: the client.ids of the producers and consumers there are.
    ProducerDialog(const QStringList& taken, QWidget* parent = nullptr);

    // Why `name` cannot be a new producer's client.id, or an empty string when it can.
    static QString nameProblem(const QString& name, const QStringList& taken);

    QLineEdit* nameEdit() const { return name_; }
    QComboBox* acksBox() const { return acks_; }
    QSpinBox* lingerBox() const { return linger_; }
    QComboBox* partitionerBox() const { return partitioner_; }
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }
    // The 'producer add' command for what is entered.
    QString command() const;

private:
    void revalidate();

    QStringList taken_;
    QLineEdit* name_;
    QComboBox* acks_;
    QSpinBox* linger_;
    QComboBox* partitioner_;
    QLabel* message_;
    QDialogButtonBox* buttons_;
};

}  // namespace ks::ui
