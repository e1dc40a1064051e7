#include "panels/table_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "panels/keyed_table_model.h"

namespace ks::ui {

TablePanel::TablePanel(const QString& objectName, std::vector<Table> tables, QWidget* parent)
    : QWidget(parent), filter_(new QLineEdit(this)) {
    setObjectName(objectName);
    filter_->setObjectName(objectName + QStringLiteral("Filter"));
    filter_->setPlaceholderText(tr("Filter rows (any column)…"));
    filter_->setClearButtonEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(filter_);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    for (const Table& table : tables) {
        auto* proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(table.model);
        proxy->setSortRole(KeyedTableModel::SortRole);
        proxy->setFilterKeyColumn(-1);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setDynamicSortFilter(true);
        auto* view = new QTableView;
        view->setObjectName(table.model->objectName() + QStringLiteral("View"));
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::AscendingOrder);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->setVisible(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->setDefaultSectionSize(90);
        QWidget* holder = view;
        if (!table.title.isEmpty()) {
            holder = new QWidget;
            auto* box = new QVBoxLayout(holder);
            box->setContentsMargins(0, 0, 0, 0);
            box->setSpacing(1);
            auto* label = new QLabel(table.title, holder);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            box->addWidget(label);
            box->addWidget(view, 1);
        }
        splitter->addWidget(holder);
        connect(filter_, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
        // Fit the columns to the first rows; after that the user's widths stay.
        connect(table.model, &QAbstractItemModel::rowsInserted, view, [view](const QModelIndex&, int first) {
            if (first == 0) view->resizeColumnsToContents();
        });
        views_.push_back(view);
        proxies_.push_back(proxy);
    }
}

}  // namespace ks::ui
