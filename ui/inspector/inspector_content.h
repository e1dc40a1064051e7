#pragma once
// Everything about one subject, as headed sections of field/value rows, read from a snapshot. With no
// subject it describes the whole cluster.
#include <QString>
#include <map>
#include <utility>
#include <vector>

#include "api/frame.h"
#include "subject.h"

namespace ks::ui {

struct InspectorSection {
    QString title;
    std::vector<std::pair<QString, QString>> rows;
    bool operator==(const InspectorSection&) const = default;
};

struct InspectorContent {
    QString heading;
    QString summary;
    std::vector<InspectorSection> sections;
    bool operator==(const InspectorContent&) const = default;
};

struct InspectorContext {
    BackgroundProducerState producer;
    std::map<std::string, NodeId> clientNodes;
};

InspectorContent describeSubject(const ClusterSnapshot& snapshot, const Subject& subject, const InspectorContext& context);

}  // namespace ks::ui
