#pragma once
// A dock's content for one or more KeyedTableModels: a filter box over sortable table views
// (QSortFilterProxyModel), stacked in a splitter when there are several.
#include <QWidget>
#include <vector>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ks::ui {

class KeyedTableModel;

class TablePanel : public QWidget {
    Q_OBJECT

public:
    struct Table {
        QString title;             // shown above the table when there are several; may be empty
        KeyedTableModel* model = nullptr;
    };

    TablePanel(const QString& objectName, std::vector<Table> tables, QWidget* parent = nullptr);

    QLineEdit* filter() const { return filter_; }
    QTableView* view(int i) const { return views_.at(static_cast<std::size_t>(i)); }
    QSortFilterProxyModel* proxy(int i) const { return proxies_.at(static_cast<std::size_t>(i)); }

private:
    QLineEdit* filter_;
    std::vector<QTableView*> views_;
    std::vector<QSortFilterProxyModel*> proxies_;
};

}  // namespace ks::ui
