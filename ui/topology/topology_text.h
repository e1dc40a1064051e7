#pragma once
// TopologyText::tr: the translation context of every text the topology picture shows (cards,
// labels, tooltips), whether a graphics item or the scene says it.
#include <QCoreApplication>

namespace ks::ui {

class TopologyText {
    Q_DECLARE_TR_FUNCTIONS(TopologyText)
};

}  // namespace ks::ui
