#pragma once
// The bottom of the window's small dialogs: OK and Cancel wired to accept and reject, and for the
// dialogs that check what is typed, a red line saying what is wrong with it above the buttons.
#include <QString>

class QBoxLayout;
class QDialog;
class QDialogButtonBox;
class QLabel;

namespace ks::ui {

// Adds OK and Cancel to `layout`; `okText`, when not empty, names the OK button.
QDialogButtonBox* addOkCancel(QDialog* dialog, QBoxLayout* layout, const QString& okText = {});

// The line saying what is wrong with the input, and OK/Cancel; OK is enabled only when nothing is.
class ProblemFooter {
public:
    ProblemFooter(QDialog* dialog, QBoxLayout* layout, const QString& okText);
    // Shows `problem` (empty: the input is fine) and enables OK accordingly.
    void show(const QString& problem) const;
    QLabel* message() const { return message_; }
    QDialogButtonBox* buttons() const { return buttons_; }

private:
    QLabel* message_;
    QDialogButtonBox* buttons_;
};

}  // namespace ks::ui
