#pragma once
// Help → Keyboard shortcuts: every action of the window with its shortcut, grouped by menu.
#include <QDialog>
#include <QList>
#include <utility>

class QAction;
class QTableWidget;

namespace ks::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    using Group = std::pair<QString, QList<QAction*>>;

    ShortcutsDialog(const QList<Group>& groups, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }

private:
    QTableWidget* table_;
};

// The action's name as a menu shows it, without the '&' mnemonics.
QString plainText(const QAction* action);

}  // namespace ks::ui
