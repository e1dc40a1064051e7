#include "event_log_dock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "event_filter_model.h"
#include "event_log_model.h"

namespace ks::ui {

EventLogDock::EventLogDock(EventLogModel* model, QWidget* parent)
    : QDockWidget(tr("Event log"), parent), model_(model), filter_(new EventFilterModel(this)) {
    setObjectName(QStringLiteral("eventLogDock"));
    filter_->setSourceModel(model_);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(3);
    auto* filters = new QHBoxLayout;
    filters->setSpacing(2);
    layout->addLayout(filters);

    using K = EventKind;
    addFilter(QStringLiteral("filterCluster"), tr("Cluster"), {int(K::Cluster)}, 1);
    addFilter(QStringLiteral("filterController"), tr("Controller"), {int(K::Controller)}, 2);
    addFilter(QStringLiteral("filterReplication"), tr("Replication"), {int(K::Replication)}, 3);
    addFilter(QStringLiteral("filterGroup"), tr("Group"), {int(K::Group)}, 4);
    addFilter(QStringLiteral("filterClient"), tr("Client"), {int(K::Client)}, 5);
    addFilter(QStringLiteral("filterFault"), tr("Faults"), {int(K::Fault)}, 6);
    addFilter(QStringLiteral("filterCommands"), tr("Commands"), {EventLogModel::kCommandKind, int(K::Scenario)}, 7);
    auto* routine = new QAction(tr("Routine detail"), this);
    routine->setObjectName(QStringLiteral("filterRoutine"));
    routine->setCheckable(true);
    routine->setShortcut(QKeySequence(QStringLiteral("Alt+0")));
    routine->setToolTip(tr("Also show routine detail: every acknowledgement of the background producer, every fetch"));
    connect(routine, &QAction::toggled, filter_, &EventFilterModel::setRoutineShown);
    filterActions_ << routine;
    for (QAction* action : filterActions_) {
        auto* button = new QToolButton(body);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        filters->addWidget(button);
    }
    filters->addStretch();

    list_ = new QListView(body);
    list_->setModel(filter_);
    list_->setUniformItemSizes(true);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setAlternatingRowColors(true);
    layout->addWidget(list_, 1);

    command_ = new QLineEdit(body);
    command_->setObjectName(QStringLiteral("commandLine"));
    command_->setPlaceholderText(tr("Type a command and press Enter, e.g.  broker kill 2   ·   link cut 1 3   ·   print partitions"));
    command_->setClearButtonEnabled(true);
    layout->addWidget(command_);
    setWidget(body);

    connect(command_, &QLineEdit::returnPressed, this, [this] {
        const QString text = command_->text().trimmed();
        if (text.isEmpty()) return;
        Q_EMIT commandEntered(text);
        command_->clear();
    });
    connect(list_, &QListView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT subjectsActivated(index.data(EventLogModel::SubjectsRole).toStringList());
    });
    connect(list_->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { atBottom_ = value >= list_->verticalScrollBar()->maximum() - 2; });
    connect(filter_, &QAbstractItemModel::rowsInserted, this, &EventLogDock::keepAtBottom);
    connect(filter_, &QAbstractItemModel::modelReset, this, &EventLogDock::keepAtBottom);
}

void EventLogDock::addFilter(const QString& name, const QString& label, const QList<int>& kinds, int shortcutDigit) {
    auto* action = new QAction(label, this);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setChecked(true);
    action->setShortcut(QKeySequence(QStringLiteral("Alt+%1").arg(shortcutDigit)));
    action->setToolTip(tr("Show %1 events").arg(label.toLower()));
    connect(action, &QAction::toggled, this, [this, kinds](bool shown) {
        for (int kind : kinds) filter_->setKindShown(kind, shown);
    });
    filterActions_ << action;
}

void EventLogDock::keepAtBottom() {
    if (atBottom_) list_->scrollToBottom();
}

void EventLogDock::activateRow(int sourceRow) {
    const QModelIndex index = filter_->mapFromSource(model_->index(sourceRow, 0));
    if (index.isValid()) {
        list_->setCurrentIndex(index);
        list_->scrollTo(index);
    }
    Q_EMIT subjectsActivated(model_->subjects(sourceRow));
}

}  // namespace ks::ui
