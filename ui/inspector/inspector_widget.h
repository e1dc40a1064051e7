#pragma once
// The inspector dock's contents: a heading, a one-line summary and every field of the selected
// subject, refreshed with each frame (rebuilt only when something changed).
#include <QWidget>

#include "inspector_content.h"

class QLabel;
class QTreeWidget;

namespace ks::ui {

class InspectorWidget : public QWidget {
    Q_OBJECT

public:
    explicit InspectorWidget(QWidget* parent = nullptr);

    void display(const InspectorContent& content);
    const InspectorContent& content() const { return content_; }
    // The value shown for `field` (the first row with that name), or an empty string.
    QString value(const QString& field) const;

private:
    InspectorContent content_;
    QLabel* heading_;
    QLabel* summary_;
    QTreeWidget* tree_;
};

}  // namespace ks::ui
