#include "state_text.h"

#include <QCoreApplication>

#include "api/snapshot.h"
#include "engine_text.h"

namespace ks::ui {
namespace {

class StateText {
    Q_DECLARE_TR_FUNCTIONS(StateText)
};

struct Known {
    const char* key;
    const char* text;
};

// Each key with its text to translate (the English is the key itself, except where a key is terse).
constexpr Known kKnown[] = {
    // processes: brokers, controllers, consumers
    {"running", QT_TRANSLATE_NOOP("StateText", "running")},
    {"paused", QT_TRANSLATE_NOOP("StateText", "paused")},
    {"stopped", QT_TRANSLATE_NOOP("StateText", "stopped")},
    // a broker's own state, and the controller's view of it
    {"registering", QT_TRANSLATE_NOOP("StateText", "registering")},
    {"fenced", QT_TRANSLATE_NOOP("StateText", "fenced")},
    {"unfenced", QT_TRANSLATE_NOOP("StateText", "unfenced")},
    {"registered", QT_TRANSLATE_NOOP("StateText", "registered")},
    {"unregistered", QT_TRANSLATE_NOOP("StateText", "unregistered")},
    // Raft roles of a controller or ZooKeeper node
    {"leader", QT_TRANSLATE_NOOP("StateText", "leader")},
    {"follower", QT_TRANSLATE_NOOP("StateText", "follower")},
    {"candidate", QT_TRANSLATE_NOOP("StateText", "candidate")},
    {"prospective", QT_TRANSLATE_NOOP("StateText", "prospective")},
    {"unattached", QT_TRANSLATE_NOOP("StateText", "unattached")},
    // a consumer's group membership
    {"standalone", QT_TRANSLATE_NOOP("StateText", "standalone")},
    {"finding coordinator", QT_TRANSLATE_NOOP("StateText", "finding coordinator")},
    {"unjoined", QT_TRANSLATE_NOOP("StateText", "unjoined")},
    {"joining", QT_TRANSLATE_NOOP("StateText", "joining")},
    {"syncing", QT_TRANSLATE_NOOP("StateText", "syncing")},
    {"stable", QT_TRANSLATE_NOOP("StateText", "stable")},
    {"rejoin pending", QT_TRANSLATE_NOOP("StateText", "rejoin pending")},
    // a consumer application's state
    {"polling", QT_TRANSLATE_NOOP("StateText", "polling")},
    {"processing", QT_TRANSLATE_NOOP("StateText", "processing")},
    {"committing", QT_TRANSLATE_NOOP("StateText", "committing")},
    {"closing", QT_TRANSLATE_NOOP("StateText", "closing")},
    {"closed", QT_TRANSLATE_NOOP("StateText", "closed")},
    {"failed", QT_TRANSLATE_NOOP("StateText", "failed")},
};

}  // namespace

QString stateText(const QString& key) {
    for (const Known& k : kKnown)
        if (key == QLatin1String(k.key)) return StateText::tr(k.text);
    // A failed consumer's member state carries its reason: "failed: JoinGroup failed with ...".
    static const QString failed = QStringLiteral("failed: ");
    if (key.startsWith(failed)) return StateText::tr("failed: %1").arg(key.mid(failed.size()));
    return key;
}

QString stateText(const std::string& key) { return stateText(QString::fromStdString(key)); }

QString memberStateText(const ConsumerSnapshot& consumer) {
    if (consumer.failure.empty()) return stateText(consumer.memberState);
    return StateText::tr("failed: %1").arg(engineText(consumer.failure));
}

}  // namespace ks::ui
