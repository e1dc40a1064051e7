#include "main_actions.h"

#include <QAction>
#include <QKeySequence>
#include <QObject>

namespace ks::ui {
namespace {

QAction* make(QObject* parent, const char* name, const QString& text, const QList<QKeySequence>& keys,
              const QString& tip = {}) {
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty()) {
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
    return action;
}

QKeySequence key(const char* text) { return QKeySequence(QString::fromLatin1(text)); }

}  // namespace

MainActions MainActions::create(QObject* p) {
    MainActions a{};
    a.newCluster = make(p, "newCluster", tr("&New cluster…"), {key("Ctrl+N")}, tr("Start over with a new cluster"));
    a.saveScenario = make(p, "saveScenario", tr("Save session as sc&enario…"), {key("Ctrl+Shift+E")},
                          tr("Write everything done so far as a scenario file that kafkascope-cli replays exactly"));
    a.savePicture = make(p, "savePicture", tr("Save &picture of the window…"), {key("Ctrl+Shift+S")});
    a.quit = make(p, "quit", tr("&Quit"), {key("Ctrl+Q")});

    a.playPause = make(p, "playPause", tr("&Play / pause"), {key("Space")}, tr("Run or stop the simulated clock"));
    a.stepEvent = make(p, "stepEvent", tr("Step one &event"), {key("E")}, tr("Process exactly one engine event, then pause"));
    a.stepMillisecond = make(p, "stepMillisecond", tr("Step one &millisecond"), {key("M")},
                             tr("Run to the next whole simulated millisecond, then pause"));
    a.slower = make(p, "slower", tr("&Slower"), {key("[")});
    a.faster = make(p, "faster", tr("&Faster"), {key("]")});
    a.realTime = make(p, "realTime", tr("&Real time (1×)"), {key("1")});
    a.maxSpeed = make(p, "maxSpeed", tr("As fast as &possible"), {key("0")});
    a.fastForward = make(p, "fastForward", tr("Fast-forward &10 s"), {key("F")},
                         tr("Run 10 simulated seconds as fast as possible, then carry on as before"));
    a.backgroundProducer = make(p, "backgroundProducer", tr("&Background producer running"), {key("B")},
                                tr("A steady stream of keyed records to the topic 'orders'"));
    a.backgroundProducer->setCheckable(true);
    a.producerFaster = make(p, "producerFaster", tr("Background producer f&aster"), {key("Ctrl+]")});
    a.producerSlower = make(p, "producerSlower", tr("Background producer s&lower"), {key("Ctrl+[")});

    a.kill = make(p, "kill", tr("&Kill"), {key("K")}, tr("Crash the selected node; its disk survives"));
    a.restart = make(p, "restart", tr("&Restart"), {key("R")}, tr("Start the selected (killed) node again"));
    a.pauseNode = make(p, "pauseNode", tr("&Pause (GC-style freeze)"), {key("P")},
                       tr("Freeze the selected node like a long garbage-collection pause"));
    a.resumeNode = make(p, "resumeNode", tr("Res&ume"), {key("U")}, tr("Let the paused node run again"));
    a.isolate = make(p, "isolate", tr("&Isolate from everyone"), {key("I")},
                     tr("Cut every link of the selected node (a network partition)"));
    a.cutLink = make(p, "cutLink", tr("&Cut or heal a link…"), {key("L")},
                     tr("Cut the link between two nodes (or drag from one node to another)"));
    a.healAll = make(p, "healAll", tr("&Heal all links"), {key("H")}, tr("Repair every cut or slow link and every isolation"));
    a.network = make(p, "network", tr("&Network conditions…"), {key("N")}, tr("Latency, jitter and loss of every link"));
    a.slowFollower = make(p, "slowFollower", tr("Slo&w follower"), {key("W")},
                          tr("The selected broker's replica fetchers wait 40 s between fetches: its follower replicas "
                             "fall behind and leave the ISR after replica.lag.time.max.ms; uncheck to heal"));
    a.slowFollower->setCheckable(true);
    a.diskFull = make(p, "diskFull", tr("Fill the &disk"), {key("D")},
                      tr("The selected broker's disk is full: its next write fails, its log dir goes offline and "
                         "leadership moves away; a restart heals it"));

    a.addBroker = make(p, "addBroker", tr("&Add broker"), {key("Ctrl+B")}, tr("Start one more broker; it joins with no partitions"));
    a.decommission = make(p, "decommission", tr("&Decommission broker"), {key("Ctrl+Shift+D")},
                          tr("Move every replica off the selected broker, so that it can be stopped without losing any"));
    a.removeBroker = make(p, "removeBroker", tr("Remo&ve broker…"), {key("Ctrl+Shift+Del")},
                          tr("Remove the selected broker for good; when it hosts replicas, move them away first"));
    a.createTopic = make(p, "createTopic", tr("&Create topic…"), {key("Ctrl+T")});
    a.deleteTopic = make(p, "deleteTopic", tr("&Delete topic…"), {key("Ctrl+D")});
    a.electLeader = make(p, "electLeader", tr("&Elect preferred leader"), {key("Ctrl+E")},
                         tr("Move the selected partition's leadership back to its first replica"));
    a.addConsumer = make(p, "addConsumer", tr("Add &consumer…"), {key("Ctrl+Shift+A")},
                         tr("Start a consumer, in a consumer group or on its own"));
    a.removeConsumer = make(p, "removeConsumer", tr("Re&move consumer"), {key("Del")},
                            tr("The selected consumer leaves its group (a clean shutdown) and goes away"));
    a.addProducer = make(p, "addProducer", tr("Add p&roducer…"), {key("Ctrl+Shift+O")},
                         tr("Start one more producer client, with its own acks, linger.ms and partitioner"));
    a.removeProducer = make(p, "removeProducer", tr("Remove pro&ducer"), {key("Shift+Del")},
                            tr("Close the selected producer: it sends what it holds, waits for the answers and goes away"));
    a.typeCommand = make(p, "typeCommand", tr("&Type a command"), {key("Ctrl+K")}, tr("Any scenario command, e.g. broker kill 2"));

    a.zoomIn = make(p, "zoomIn", tr("Zoom &in (larger text)"), {key("Ctrl+="), key("Ctrl++")});
    a.zoomOut = make(p, "zoomOut", tr("Zoom &out (smaller text)"), {key("Ctrl+-")});
    a.zoomReset = make(p, "zoomReset", tr("&Normal text size"), {key("Ctrl+0")});
    a.projector = make(p, "projector", tr("&Projector mode"), {key("Ctrl+Shift+P")}, tr("Large text for a projector"));
    a.projector->setCheckable(true);
    a.fullScreen = make(p, "fullScreen", tr("F&ull screen"), {key("F11")});
    a.fullScreen->setCheckable(true);
    a.fit = make(p, "fit", tr("&Fit the cluster to the window"), {key("Home")});
    a.clearMarks = make(p, "clearMarks", tr("Clear selection and &highlight"), {key("Esc")});
    a.wire = make(p, "wire", tr("Messages on the &wire"), {key("Ctrl+Shift+W")},
                  tr("Requests and responses between the nodes: moving dots at slow speeds (2× and below), "
                     "rates per link when faster"));
    a.wire->setCheckable(true);
    a.wire->setChecked(true);

    const std::pair<QAction*, const char*> shortNames[] = {
        {a.playPause, QT_TR_NOOP("Play")},          {a.stepEvent, QT_TR_NOOP("Step")},
        {a.stepMillisecond, QT_TR_NOOP("+1 ms")},   {a.fastForward, QT_TR_NOOP("+10 s")},
        {a.backgroundProducer, QT_TR_NOOP("Producer")}, {a.kill, QT_TR_NOOP("Kill")},
        {a.restart, QT_TR_NOOP("Restart")},         {a.pauseNode, QT_TR_NOOP("Pause")},
        {a.resumeNode, QT_TR_NOOP("Resume")},       {a.isolate, QT_TR_NOOP("Isolate")},
        {a.cutLink, QT_TR_NOOP("Cut link")},        {a.healAll, QT_TR_NOOP("Heal all")},
        {a.createTopic, QT_TR_NOOP("Topic…")},      {a.addConsumer, QT_TR_NOOP("Consumer…")},
        {a.addProducer, QT_TR_NOOP("Producer…")},
    };
    for (const auto& [action, name] : shortNames) action->setIconText(tr(name));

    a.language = make(p, "language", tr("&Language…"), {key("Ctrl+Shift+L")}, tr("Choose the language of the window"));

    a.shortcuts = make(p, "shortcuts", tr("&Keyboard shortcuts"), {key("F1")});
    a.about = make(p, "about", tr("&About Kafkascope"), {key("Shift+F1")});
    return a;
}

}  // namespace ks::ui
