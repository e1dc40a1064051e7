#pragma once
// Every action of the main window, created in one place with its text, shortcut and object name.
// Menus, toolbars, context menus and tests all use these same objects, and Help → Keyboard shortcuts
// lists them from here.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

class QAction;
class QObject;

namespace ks::ui {

struct MainActions {
    // File
    QAction* newCluster;
    QAction* saveScenario;
    QAction* savePicture;
    QAction* quit;
    // Simulation
    QAction* playPause;
    QAction* stepEvent;
    QAction* stepMillisecond;
    QAction* slower;
    QAction* faster;
    QAction* realTime;
    QAction* maxSpeed;
    QAction* fastForward;
    QAction* backgroundProducer;
    QAction* producerFaster;
    QAction* producerSlower;
    // Faults, on the selected node
    QAction* kill;
    QAction* restart;
    QAction* pauseNode;
    QAction* resumeNode;
    QAction* isolate;
    QAction* cutLink;
    QAction* healAll;
    QAction* network;
    QAction* slowFollower;   // checkable: the selected broker's replica fetchers are slow
    QAction* diskFull;
    // Cluster
    QAction* addBroker;
    QAction* decommission;
    QAction* removeBroker;
    QAction* createTopic;
    QAction* deleteTopic;
    QAction* electLeader;
    QAction* addConsumer;
    QAction* removeConsumer;
    QAction* addProducer;
    QAction* removeProducer;
    QAction* typeCommand;
    // View
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* zoomReset;
    QAction* projector;
    QAction* fullScreen;
    QAction* fit;
    QAction* clearMarks;
    QAction* wire;           // checkable: the messages on the wire in the topology view
    // Settings
    QAction* language;
    // Help
    QAction* shortcuts;
    QAction* about;

    static MainActions create(QObject* parent);

    // MainActions::tr: the actions' texts, in the translation context "ks::ui::MainActions".
    Q_DECLARE_TR_FUNCTIONS(ks::ui::MainActions)
};

}  // namespace ks::ui
