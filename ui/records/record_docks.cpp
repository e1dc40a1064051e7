#include "records/record_docks.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>

#include "records/message_browser.h"
#include "records/producer_panel.h"

namespace ks::ui {

RecordDocks::RecordDocks(RuntimeBridge* bridge, QMainWindow* window, QDockWidget* bottomNeighbour)
    : QObject(window), window_(window), producer_(new ProducerPanel(bridge)), browser_(new MessageBrowser(bridge)) {
    producerDock_ = new QDockWidget(tr("Producer"), window);
    producerDock_->setObjectName(QStringLiteral("producerDock"));
    auto* scroll = new QScrollArea(producerDock_);
    scroll->setWidget(producer_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    producerDock_->setWidget(scroll);
    window->addDockWidget(Qt::RightDockWidgetArea, producerDock_);
    producerDock_->hide();

    browserDock_ = new QDockWidget(tr("Message browser"), window);
    browserDock_->setObjectName(QStringLiteral("browserDock"));
    browserDock_->setWidget(browser_);
    window->addDockWidget(Qt::BottomDockWidgetArea, browserDock_);
    if (bottomNeighbour) window->tabifyDockWidget(bottomNeighbour, browserDock_);
    browserDock_->hide();

    connect(producer_, &ProducerPanel::produced, this, [this](const ProduceReply& reply) {
        if (reply.rejected.empty() && reply.error == KafkaError::NONE && reply.offset >= 0) lastProduced_ = reply;
    });
}

QAction* RecordDocks::action(const QString& text, const char* shortcut, const QString& name) {
    auto* a = new QAction(text, this);
    a->setShortcut(QKeySequence(QString::fromLatin1(shortcut)));
    a->setObjectName(name);
    actions_ << a;
    return a;
}

ShortcutsDialog::Group RecordDocks::addMenu(QMenuBar* bar) {
    QAction* showProducer = producerDock_->toggleViewAction();
    showProducer->setText(tr("&Producer panel"));
    showProducer->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+P")));
    showProducer->setObjectName(QStringLiteral("showProducer"));
    QAction* showBrowser = browserDock_->toggleViewAction();
    showBrowser->setText(tr("&Message browser"));
    showBrowser->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+M")));
    showBrowser->setObjectName(QStringLiteral("showBrowser"));
    actions_ << showProducer << showBrowser;

    auto reveal = [](QDockWidget* dock) {
        dock->show();
        dock->raise();
    };
    connect(action(tr("&Send record"), "Ctrl+Alt+Return", QStringLiteral("sendRecord")), &QAction::triggered, this, [this, reveal] {
        reveal(producerDock_);
        producer_->send();
    });
    connect(action(tr("Pretty-print &JSON value"), "Ctrl+Alt+J", QStringLiteral("prettyJson")), &QAction::triggered, this, [this, reveal] {
        reveal(producerDock_);
        producer_->prettyPrint();
    });
    connect(action(tr("Show the &last produced record"), "Ctrl+Alt+L", QStringLiteral("showProduced")), &QAction::triggered, this,
            &RecordDocks::showLastProduced);
    connect(action(tr("&Read partition"), "Ctrl+Alt+G", QStringLiteral("readPartition")), &QAction::triggered, this, [this, reveal] {
        reveal(browserDock_);
        browser_->seek();
    });
    connect(action(tr("&Replay selected records"), "Ctrl+Alt+R", QStringLiteral("replayRecords")), &QAction::triggered, browser_,
            &MessageBrowser::replaySelected);
    connect(action(tr("&Export records…"), "Ctrl+Alt+E", QStringLiteral("exportRecords")), &QAction::triggered, browser_,
            &MessageBrowser::exportSelection);
    connect(action(tr("&Import JSON lines…"), "Ctrl+Alt+I", QStringLiteral("importRecords")), &QAction::triggered, browser_,
            &MessageBrowser::importFile);

    QMenu* menu = new QMenu(tr("&Records"), bar);
    for (QAction* a : actions_) {
        menu->addAction(a);
        if (a == showBrowser || a->objectName() == QLatin1String("showProduced")) menu->addSeparator();
    }
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.back(), menu);
    return {tr("Records"), actions_};
}

void RecordDocks::showLastProduced() {
    if (!lastProduced_) return;
    browserDock_->show();
    browserDock_->raise();
    browser_->browse(lastProduced_->tp, SeekKind::Offset, lastProduced_->offset);
}

}  // namespace ks::ui
