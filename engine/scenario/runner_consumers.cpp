// The scenario commands for consumers and consumer groups:
//   consumer add NAME topic=T[,T2...] [group=G] [assignor=A[,A2]] [assign=[TOPIC-P, ...]] [KEY=VALUE ...]
//   consumer remove|kill|pause|resume|commit NAME
//   consumer seek NAME TOPIC-P OFFSET|beginning|end      consumer seek NAME TOPIC-P time=DURATION
// and the group expectations and `print groups`.
#include <algorithm>
#include <iomanip>
#include <set>
#include <sstream>

#include "group/assignors.h"
#include "scenario/runner.h"

namespace ks::scenario {
namespace {

std::string pad(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s + " ";
}

std::vector<std::string> splitCommas(const std::string& text) {
    std::vector<std::string> out;
    std::string item;
    for (char c : text + ",") {
        if (c == ',') {
            if (!item.empty()) out.push_back(item);
            item.clear();
        } else if (c != ' ') {
            item += c;
        }
    }
    return out;
}

std::string offsetOrDash(Offset o) { return o < 0 ? "-" : std::to_string(o); }

const char* const kConsumerKeys[] = {
    "topic", "group", "assignor", "partition.assignment.strategy", "assign", "group.instance.id",
    "session.timeout.ms", "heartbeat.interval.ms", "max.poll.interval.ms", "max.poll.records", "fetch.min.bytes",
    "fetch.max.wait.ms", "fetch.max.bytes", "auto.offset.reset", "enable.auto.commit", "auto.commit.interval.ms",
    "request.timeout.ms", "retry.backoff.ms", "metadata.max.age.ms", "default.api.timeout.ms", "client.rack",
    "processing.ms", "commit", "commit.async",
};

}  // namespace

void ScenarioRunner::executeConsumer(const Line& line) {
    const Word& action = word(line, 1, EngineText::tr("add, remove, kill, pause, resume, commit or seek"));
    const Word& name = word(line, 2, EngineText::tr("consumer name (its client.id)"));
    Cluster& cluster = requireCluster(line);
    const std::string& a = action.text;
    if (a == "remove" || a == "kill" || a == "pause" || a == "resume" || a == "commit") {
        expectWords(line, 3, "consumer remove|kill|pause|resume|commit NAME");
        rejectUnknownOptions(line, {});
        std::optional<Text> error;
        if (a == "remove") error = cluster.removeConsumer(name.text);
        else if (a == "kill") error = cluster.killConsumer(name.text);
        else if (a == "pause") error = cluster.pauseConsumer(name.text);
        else if (a == "resume") error = cluster.resumeConsumer(name.text);
        else error = cluster.commitConsumer(name.text);
        if (error) fail(name.pos, *error);
        return;
    }
    if (a == "seek") {
        const Word& partition = word(line, 3, EngineText::tr("partition (TOPIC-P)"));
        rejectUnknownOptions(line, {"time"});
        const TopicPartition tp = partitionRef(partition);
        SeekTarget target;
        if (const KeyValue* time = line.find("time")) {
            expectWords(line, 4, "consumer seek NAME TOPIC-P time=DURATION");
            target.kind = SeekTarget::Kind::Timestamp;
            target.value = parseDuration(time->value, fileName_, time->valuePos);
        } else {
            const Word& where = word(line, 4, EngineText::tr("offset, beginning or end"));
            expectWords(line, 5, "consumer seek NAME TOPIC-P OFFSET|beginning|end");
            if (where.text == "beginning") {
                target.kind = SeekTarget::Kind::Beginning;
            } else if (where.text == "end") {
                target.kind = SeekTarget::Kind::End;
            } else {
                target.value = parseInteger(where.text, fileName_, where.pos);
                if (target.value < 0) fail(where.pos, EngineText::tr("an offset is 0 or more"));
            }
        }
        if (auto error = cluster.seekConsumer(name.text, tp, target)) fail(partition.pos, *error);
        return;
    }
    if (a != "add")
        fail(action.pos, EngineText::tr("expected consumer add, remove, kill, pause, resume, commit or seek, not "
                                        "'consumer %1'").args(a));
    expectWords(line, 3, "consumer add NAME topic=T[,T2] [group=G] [assignor=A] [KEY=VALUE ...]");
    for (const KeyValue& kv : line.options) {
        if (std::find_if(std::begin(kConsumerKeys), std::end(kConsumerKeys), [&](const char* k) { return kv.key == k; }) ==
            std::end(kConsumerKeys)) {
            std::string keys;
            for (const char* k : kConsumerKeys) keys += (keys.empty() ? "" : ", ") + std::string(k);
            fail(kv.pos, EngineText::tr("unknown consumer option '%1' (consumer add takes %2)").args(kv.key, keys));
        }
    }
    ConsumerConfig config;
    config.clientId = name.text;
    auto duration = [&](const char* key, SimTime& out) {
        if (const KeyValue* kv = line.find(key)) {
            out = parseDuration(kv->value, fileName_, kv->valuePos);
            if (out < 0) fail(kv->valuePos, EngineText::tr("%1 may not be negative").args(key));
        }
    };
    auto integer = [&](const char* key, std::int32_t& out, std::int64_t min) {
        if (const KeyValue* kv = line.find(key)) {
            const std::int64_t v = parseInteger(kv->value, fileName_, kv->valuePos);
            if (v < min || v > INT32_MAX) fail(kv->valuePos, EngineText::tr("%1 must be at least %2").args(key, min));
            out = static_cast<std::int32_t>(v);
        }
    };
    auto boolean = [&](const char* key, bool& out) -> bool {
        const KeyValue* kv = line.find(key);
        if (!kv) return false;
        if (kv->value != "true" && kv->value != "false") fail(kv->valuePos, EngineText::tr("%1 is true or false")
            .args(key));
        out = kv->value == "true";
        return true;
    };
    if (const KeyValue* kv = line.find("topic")) {
        config.topics = splitCommas(kv->value);
        if (config.topics.empty()) fail(kv->valuePos, EngineText::tr("topic= names at least one topic"));
    }
    if (const KeyValue* kv = line.find("group")) config.groupId = kv->value;
    if (const KeyValue* kv = line.find("assign")) {
        for (const std::string& item : parseList(kv->value, fileName_, kv->valuePos)) {
            const PartitionRef ref = parsePartition(item, fileName_, kv->valuePos);
            config.manualAssignment.push_back(TopicPartition{ref.topic, ref.partition});
        }
        if (config.manualAssignment.empty()) fail(kv->valuePos, EngineText::tr("assign= names at least one partition"));
    }
    if (config.topics.empty() && config.manualAssignment.empty())
        fail(name.pos, EngineText::tr("consumer add needs topic=T (subscribe) or assign=[TOPIC-P, ...] (manual "
                                      "assignment)"));
    const KeyValue* assignor = line.find("assignor");
    if (!assignor) assignor = line.find("partition.assignment.strategy");
    if (assignor) {
        config.assignors = splitCommas(assignor->value);
        for (const std::string& n : config.assignors)
            if (!isKnownAssignor(n)) fail(assignor->valuePos, EngineText::tr("unknown assignor '%1' (range, "
                                                                             "roundrobin, sticky, cooperative-sticky)")
                .args(n));
        if (config.assignors.empty()) fail(assignor->valuePos, EngineText::tr("assignor= names at least one assignor"));
    }
    if (const KeyValue* kv = line.find("group.instance.id")) {
        if (config.groupId.empty()) fail(kv->pos, EngineText::tr("group.instance.id (static membership) needs group=G"));
        config.groupInstanceId = kv->value;
    }
    duration("session.timeout.ms", config.sessionTimeout);
    duration("heartbeat.interval.ms", config.heartbeatInterval);
    duration("max.poll.interval.ms", config.maxPollInterval);
    duration("fetch.max.wait.ms", config.fetchMaxWait);
    duration("auto.commit.interval.ms", config.autoCommitInterval);
    duration("request.timeout.ms", config.requestTimeout);
    duration("retry.backoff.ms", config.retryBackoff);
    duration("metadata.max.age.ms", config.metadataMaxAge);
    duration("default.api.timeout.ms", config.apiTimeout);
    duration("processing.ms", config.processingPerRecord);
    integer("max.poll.records", config.maxPollRecords, 1);
    integer("fetch.min.bytes", config.fetchMinBytes, 0);
    integer("fetch.max.bytes", config.fetchMaxBytes, 1);
    if (config.heartbeatInterval >= config.sessionTimeout)
        fail(line.pos, EngineText::tr("heartbeat.interval.ms must be lower than session.timeout.ms"));
    if (config.heartbeatInterval <= 0 || config.maxPollInterval <= 0 || config.autoCommitInterval <= 0)
        fail(line.pos, EngineText::tr("heartbeat.interval.ms, max.poll.interval.ms and auto.commit.interval.ms must "
                                      "be positive"));
    if (const KeyValue* kv = line.find("auto.offset.reset")) {
        if (kv->value == "earliest") config.autoOffsetReset = OffsetReset::Earliest;
        else if (kv->value == "latest") config.autoOffsetReset = OffsetReset::Latest;
        else if (kv->value == "none") config.autoOffsetReset = OffsetReset::None;
        else fail(kv->valuePos, EngineText::tr("auto.offset.reset is earliest, latest or none, not '%1'")
            .args(kv->value));
    }
    if (const KeyValue* kv = line.find("client.rack")) config.clientRack = kv->value;
    if (const KeyValue* kv = line.find("commit")) {
        if (kv->value == "after") config.commitMode = CommitMode::AfterProcessing;
        else if (kv->value == "before") config.commitMode = CommitMode::BeforeProcessing;
        else if (kv->value == "none") config.commitMode = CommitMode::None;
        else fail(kv->valuePos, EngineText::tr("commit is after (at-least-once), before (at-most-once) or none, not "
                                               "'%1'").args(kv->value));
        if (config.commitMode != CommitMode::None && config.groupId.empty())
            fail(kv->pos, EngineText::tr("commit=%1 needs group=G: offsets are committed to a group").args(kv->value));
    }
    boolean("commit.async", config.commitAsync);
    const bool autoCommitGiven = boolean("enable.auto.commit", config.enableAutoCommit);
    if (!autoCommitGiven && (config.commitMode != CommitMode::None || config.groupId.empty()))
        config.enableAutoCommit = false;
    if (autoCommitGiven && config.enableAutoCommit && config.groupId.empty())
        fail(line.find("enable.auto.commit")->pos, EngineText::tr("enable.auto.commit=true needs group=G (Kafka: "
                                                                  "InvalidConfigurationException)"));
    if (auto error = cluster.addConsumer(std::move(config))) fail(name.pos, *error);
}

void ScenarioRunner::executeGroupExpect(const Line& line, const ClusterSnapshot& snap) {
    const Word& what = line.words[1];
    const std::string& kind = what.text;
    auto group = [&](const Word& w) -> const GroupSnapshot& {
        const GroupSnapshot* g = snap.group(w.text);
        if (!g) fail(w.pos, EngineText::tr("there is no consumer group %1").args(w.text));
        return *g;
    };
    auto number = [&](std::size_t opIndex, std::int64_t actual) {
        const Comparison op = parseComparison(line.words[opIndex].text, fileName_, line.words[opIndex].pos);
        const std::int64_t expected = parseInteger(line.words[opIndex + 1].text, fileName_, line.words[opIndex + 1].pos);
        report(line, compare(actual, op, expected), std::to_string(actual));
    };
    auto groupPartition = [&](const GroupSnapshot& g, const Word& w) -> const GroupPartitionSnapshot& {
        const TopicPartition tp = partitionRef(w);
        const GroupPartitionSnapshot* p = g.partition(tp);
        if (!p) fail(w.pos, EngineText::tr("group %1 does not read %2").args(g.groupId, w.text));
        return *p;
    };
    if (kind == "assignment") {
        expectWords(line, 6, "expect assignment GROUP NAME == [TOPIC-P, ...]");
        const GroupSnapshot& g = group(line.words[2]);
        const Comparison op = parseComparison(line.words[4].text, fileName_, line.words[4].pos);
        if (op != Comparison::Eq && op != Comparison::Ne) fail(line.words[4].pos, EngineText::tr("a list compares "
                                                                                                 "with == or != only"));
        std::vector<TopicPartition> expected;
        for (const std::string& s : parseList(line.words[5].text, fileName_, line.words[5].pos)) {
            const PartitionRef ref = parsePartition(s, fileName_, line.words[5].pos);
            expected.push_back(TopicPartition{ref.topic, ref.partition});
        }
        const GroupMemberSnapshot* m = g.memberByClient(line.words[3].text);
        std::vector<TopicPartition> actual = m ? m->assignment : std::vector<TopicPartition>{};
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        report(line, compare(actual, op, expected),
               m ? formatPartitions(actual) : line.words[3].text + " is not a member of " + g.groupId);
        return;
    }
    if (kind == "lag" || kind == "committed" || kind == "processed") {
        if (line.words.size() == 5 && kind != "committed") {
            const GroupSnapshot& g = group(line.words[2]);
            number(3, kind == "lag" ? g.lag : g.processed);
            return;
        }
        expectWords(line, 6, kind == "lag"         ? "expect lag GROUP [TOPIC-P] OP N"
                             : kind == "committed" ? "expect committed GROUP TOPIC-P OP N (-1: nothing committed)"
                                                   : "expect processed GROUP [TOPIC-P] OP N");
        const GroupSnapshot& g = group(line.words[2]);
        const GroupPartitionSnapshot& p = groupPartition(g, line.words[3]);
        number(4, kind == "lag" ? p.lag : kind == "committed" ? p.committed : p.processed);
        return;
    }
    if (kind == "duplicates" || kind == "skipped" || kind == "generation" || kind == "members" ||
        kind == "revoked" || kind == "rebalances") {
        expectWords(line, 5, "expect duplicates|skipped|generation|members|revoked|rebalances GROUP OP N");
        const GroupSnapshot& g = group(line.words[2]);
        std::int64_t actual = 0;
        if (kind == "duplicates") actual = g.duplicates;
        else if (kind == "skipped") actual = g.skipped;
        else if (kind == "generation") actual = g.generation;
        else if (kind == "members") actual = static_cast<std::int64_t>(g.members.size());
        else if (kind == "rebalances") actual = static_cast<std::int64_t>(g.rebalances.size());
        else
            for (const RebalanceSnapshot& r : g.rebalances)
                for (const RebalanceMemberSnapshot& m : r.members)
                    actual += static_cast<std::int64_t>(m.revoked.size() + m.lost.size());
        number(3, actual);
        return;
    }
    if (kind == "group") {
        expectWords(line, 5, "expect group GROUP == Empty|PreparingRebalance|CompletingRebalance|Stable|Dead|Unknown");
        const GroupSnapshot& g = group(line.words[2]);
        const Comparison op = parseComparison(line.words[3].text, fileName_, line.words[3].pos);
        if (op != Comparison::Eq && op != Comparison::Ne) fail(line.words[3].pos, EngineText::tr("a state compares "
                                                                                                 "with == or != only"));
        report(line, compare(g.state, op, line.words[4].text), g.state);
        return;
    }
    if (kind == "coordinator") {
        expectWords(line, 5, "expect coordinator GROUP OP ID|none");
        const GroupSnapshot& g = group(line.words[2]);
        const Comparison op = parseComparison(line.words[3].text, fileName_, line.words[3].pos);
        const NodeId expected = line.words[4].text == "none" ? kNoNode : nodeId(line.words[4]);
        report(line, compare(g.coordinator, op, expected), g.coordinator == kNoNode ? "none" : std::to_string(g.coordinator));
        return;
    }
    if (kind == "position" || kind == "consumed") {
        const bool position = kind == "position";
        expectWords(line, position ? 6 : 5, position ? "expect position NAME TOPIC-P OP N" : "expect consumed NAME OP N");
        const ConsumerSnapshot* c = snap.consumer(line.words[2].text);
        if (!c) fail(line.words[2].pos, EngineText::tr("there is no consumer %1").args(line.words[2].text));
        if (!position) {
            number(3, c->processed);
            return;
        }
        const TopicPartition tp = partitionRef(line.words[3]);
        auto it = std::find_if(c->partitions.begin(), c->partitions.end(),
                               [&](const ConsumerPartitionSnapshot& p) { return p.tp == tp; });
        number(4, it == c->partitions.end() ? -1 : it->position);
        return;
    }
    fail(what.pos, EngineText::tr("unknown expectation '%1'").args(kind));
}

std::string ScenarioRunner::formatGroups(const ClusterSnapshot& snap) const {
    std::ostringstream o;
    if (snap.groups.empty()) o << "  (no consumer groups)\n";
    for (const GroupSnapshot& g : snap.groups) {
        o << "  group " << g.groupId << ": " << g.state << ", generation " << g.generation << ", coordinator "
          << (g.coordinator == kNoNode ? std::string("none") : "broker " + std::to_string(g.coordinator));
        if (!g.offsetsPartition.topic.empty()) o << " (leader of " << g.offsetsPartition.str() << ")";
        if (!g.protocol.empty()) o << ", assignor " << g.protocol << " (" << g.rebalanceProtocol << ")";
        o << "\n";
        if (!g.members.empty()) {
            o << "    " << pad("MEMBER", 22) << pad("CLIENT", 10) << "ASSIGNMENT\n";
            for (const GroupMemberSnapshot& m : g.members)
                o << "    " << pad(m.memberId, 22) << pad(m.clientId, 10) << formatPartitions(m.assignment)
                  << (m.leader ? "  (leader)" : "") << (m.groupInstanceId.empty() ? "" : "  static: " + m.groupInstanceId)
                  << (m.idle ? "  idle: more consumers than partitions" : "") << "\n";
        }
        if (!g.partitions.empty()) {
            o << "    " << pad("PARTITION", 14) << pad("OWNER", 8) << pad("POSITION", 9) << pad("COMMITTED", 10)
              << pad("END", 6) << pad("LAG", 6) << pad("LAG-TIME", 9) << pad("PROCESSED", 10) << pad("DUPLICATES", 11)
              << "SKIPPED\n";
            for (const GroupPartitionSnapshot& p : g.partitions)
                o << "    " << pad(p.tp.str(), 14) << pad(p.owner.empty() ? "-" : p.owner, 8)
                  << pad(offsetOrDash(p.position), 9) << pad(offsetOrDash(p.committed), 10)
                  << pad(std::to_string(p.logEndOffset), 6) << pad(std::to_string(p.lag), 6)
                  << pad(p.lagTime > 0 ? formatDuration(p.lagTime) : "-", 9) << pad(std::to_string(p.processed), 10)
                  << pad(std::to_string(p.duplicates), 11) << p.skipped << "\n";
            o << "    lag " << g.lag << " record(s)"
              << (g.lagTime > 0 ? ", oldest unconsumed record " + formatDuration(g.lagTime) + " old" : "") << "\n";
        }
        if (!g.rebalances.empty()) {
            const RebalanceSnapshot& r = g.rebalances.back();
            o << "    rebalances: " << g.rebalances.size() << "; last " << formatTime(r.start) << " .. "
              << (r.end < 0 ? std::string("(running)") : formatTime(r.end) + " → generation " + std::to_string(r.generation))
              << ": " << r.reason.str() << "\n";
            for (const RebalanceMemberSnapshot& m : r.members) {
                o << "      " << pad(m.clientId, 10);
                if (!m.revoked.empty()) o << "revoked " << formatPartitions(m.revoked) << " ";
                if (!m.lost.empty()) o << "lost " << formatPartitions(m.lost) << " ";
                if (!m.assigned.empty()) o << "assigned " << formatPartitions(m.assigned);
                if (m.revoked.empty() && m.lost.empty() && m.assigned.empty()) o << "no change";
                o << "\n";
            }
        }
    }
    bool header = false;
    for (const ConsumerSnapshot& c : snap.consumers) {
        if (!c.assignors.empty()) continue;
        if (!header) o << "  consumers without group membership (manual assignment):\n";
        header = true;
        o << "    " << pad(c.clientId, 10) << pad(c.process, 8);
        for (const ConsumerPartitionSnapshot& p : c.partitions)
            o << p.tp.str() << "@" << offsetOrDash(p.position) << (p.error.empty() ? "" : " (" + p.error.str() + ")") << " ";
        o << (c.group.empty() ? "" : " commits to " + c.group) << "\n";
    }
    return o.str();
}

}  // namespace ks::scenario
