#include "inspector_widget.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ks::ui {

InspectorWidget::InspectorWidget(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    heading_ = new QLabel(this);
    QFont big = heading_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    heading_->setFont(big);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("inspectorTree"));
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Field"), tr("Value")});
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->setRootIsDecorated(false);
    tree_->setSelectionMode(QAbstractItemView::NoSelection);
    tree_->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(heading_);
    layout->addWidget(summary_);
    layout->addWidget(tree_, 1);
}

void InspectorWidget::display(const InspectorContent& content) {
    if (content == content_) return;
    const bool sameShape = content.heading == content_.heading;
    const int scroll = tree_->verticalScrollBar()->value();
    content_ = content;
    heading_->setText(content.heading);
    summary_->setText(content.summary);
    tree_->clear();
    for (const InspectorSection& section : content.sections) {
        auto* head = new QTreeWidgetItem(tree_, {section.title});
        QFont bold = head->font(0);
        bold.setBold(true);
        head->setFont(0, bold);
        head->setFirstColumnSpanned(true);
        for (const auto& [field, value] : section.rows) new QTreeWidgetItem(head, {field, value});
        head->setExpanded(true);
    }
    if (sameShape) tree_->verticalScrollBar()->setValue(scroll);
}

QString InspectorWidget::value(const QString& field) const {
    for (const InspectorSection& section : content_.sections)
        for (const auto& [name, value] : section.rows)
            if (name == field) return value;
    return {};
}

}  // namespace ks::ui
