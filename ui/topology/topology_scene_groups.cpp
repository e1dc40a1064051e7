// The consumer side of the topology view: a card per consumer group (and one for consumers without a
// group), each member coloured like its lines.
#include <algorithm>

#include "consumer_item.h"
#include "group_item.h"
#include "groups_panel_item.h"
#include "scene_helpers.h"
#include "state_text.h"
#include "topology_scene.h"

namespace ks::ui {
namespace {

ConsumerView consumerView(const ClusterSnapshot& s, const ConsumerSnapshot& c, int color) {
    ConsumerView v;
    v.clientId = QString::fromStdString(c.clientId);
    v.group = QString::fromStdString(c.group);
    v.color = color;
    v.node = c.node;
    v.process = QString::fromStdString(c.process);
    v.memberState = QString::fromStdString(c.memberState);
    v.memberStateText = memberStateText(c);
    v.appState = QString::fromStdString(c.appState);
    for (const ConsumerPartitionSnapshot& p : c.partitions) {
        v.owned.push_back(p.tp.str());
        v.lag += p.lag;
    }
    v.processed = c.processed;
    v.commits = c.commits;
    v.generation = c.generation;
    const GroupSnapshot* group = c.group.empty() ? nullptr : s.group(c.group);
    v.groupLeader = group && !c.memberId.empty() && group->leader == c.memberId;
    return v;
}

GroupView groupView(const GroupSnapshot& g) {
    GroupView v;
    v.groupId = QString::fromStdString(g.groupId);
    v.state = QString::fromStdString(g.state);
    v.generation = g.generation;
    v.coordinator = g.coordinator;
    v.offsetsPartition = QString::fromStdString(g.offsetsPartition.str());
    v.protocol = QString::fromStdString(g.protocol);
    v.lag = g.lag;
    v.partitions = static_cast<int>(g.partitions.size());
    return v;
}

}  // namespace

bool TopologyScene::updateGroups(const ClusterSnapshot& s) {
    std::map<QString, std::vector<const ConsumerSnapshot*>> byGroup;
    for (const ConsumerSnapshot& c : s.consumers) byGroup[QString::fromStdString(c.group)].push_back(&c);
    std::map<QString, GroupView> views;
    for (const GroupSnapshot& g : s.groups) views[QString::fromStdString(g.groupId)] = groupView(g);
    for (const auto& [group, consumers] : byGroup) {
        if (views.count(group)) continue;
        GroupView v;
        v.groupId = group;
        v.state = group.isEmpty() ? QString() : QStringLiteral("Unknown");
        views[group] = v;
    }
    bool changed = false;
    std::set<QString> present;
    for (const auto& [id, view] : views) {
        present.insert(id);
        std::vector<const ConsumerSnapshot*>& consumers = byGroup[id];
        std::sort(consumers.begin(), consumers.end(), [](auto* a, auto* b) { return a->clientId < b->clientId; });
        std::vector<ConsumerView> members;
        for (std::size_t i = 0; i < consumers.size(); ++i) members.push_back(consumerView(s, *consumers[i], static_cast<int>(i)));
        auto it = groups_.find(id);
        if (it == groups_.end()) {
            it = groups_.emplace(id, new GroupItem(view)).first;
            addItem(it->second);
            changed = true;
        }
        it->second->setView(view);
        changed |= it->second->setMembers(members);
    }
    changed |= present.size() != groups_.size();
    scene::removeMissing(groups_, present);
    return changed;
}

}  // namespace ks::ui
