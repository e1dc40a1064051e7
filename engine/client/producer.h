#pragma once
// A Kafka producer: picks a partition per record, gathers records into batches per partition
// (linger.ms, batch.size), sends them to partition leaders with acks 0, 1 or all, and retries per
// retries / retry.backoff.ms / delivery.timeout.ms. Every record ends in exactly one outcome.
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "client/partitioner.h"
#include "sim/node.h"

namespace ks {

enum class PartitionerKind { Sticky, RoundRobin };

struct ProducerConfig {
    NodeId id = 1001;
    std::string clientId = "producer-1";
    std::vector<BrokerId> bootstrap;
    SimTime linger = millis(5);                 // linger.ms (Kafka 4.x default 5)
    std::int32_t batchSize = 16384;             // batch.size
    std::int64_t retries = 2147483647;          // retries
    SimTime deliveryTimeout = millis(120000);   // delivery.timeout.ms
    SimTime requestTimeout = millis(30000);     // request.timeout.ms
    SimTime retryBackoff = millis(100);         // retry.backoff.ms
    SimTime maxBlock = millis(60000);           // max.block.ms (waiting for metadata)
    int maxInFlight = 5;                        // max.in.flight.requests.per.connection
    PartitionerKind partitioner = PartitionerKind::Sticky;
    int acks = -1;                              // acks (Kafka's default all): for sends that do not name their own
};

// One batch of answers, for whoever watches a group of sends (a scenario's produce command).
struct SendOutcome {
    TopicPartition tp;
    Offset baseOffset = -1;   // -1 when unknown (acks=0) or failed
    std::int32_t count = 0;
    KafkaError error = KafkaError::NONE;
};

struct SendGroupResult {
    std::uint64_t group = 0;
    std::string label;
    std::int64_t acked = 0;
    std::int64_t failed = 0;
    std::vector<SendOutcome> outcomes;
};

// What decides the partition of `record` under `kind`: the rule choosePartition follows.
PartitionChoice partitionChoice(const ProducerRecord& record, PartitionerKind kind);

struct ProducerStats {
    std::int64_t sent = 0;       // records handed to send()
    std::int64_t acked = 0;
    std::int64_t failed = 0;
    std::int64_t retries = 0;    // batch retries
};

// What one producer wrote to one partition.
struct ProducerPartitionStats {
    std::int64_t records = 0;    // records the partitioner put into it
    std::int64_t acked = 0;
    SimTime lastAppend = -1;     // when the partitioner last chose it
};

class Producer final : public Node {
public:
    explicit Producer(ProducerConfig config);

    NodeId id() const override { return config_.id; }
    void start(NodeContext& ctx) override;
    void onMessage(NodeContext& ctx, NodeId from, Message message) override;
    void onTimer(NodeContext& ctx, std::uint64_t token) override;
    std::unique_ptr<Node> clone(CloneMap& shared) const override;

    // Starts a group of sends; its summary is reported once every record in it has an outcome.
    std::uint64_t beginGroup(std::string label);
    void send(NodeContext& ctx, const std::string& topic, ProducerRecord record, int acks, std::uint64_t group = 0);
    void endGroup(NodeContext& ctx, std::uint64_t group);
    // The id the next beginGroup will return.
    std::uint64_t nextGroupId() const { return nextGroup_; }
    // Keeps the result of `group` (which may not have begun yet) when it finishes, for takeResult;
    // forgetResult stops keeping it.
    void keepResult(std::uint64_t group) { kept_[group]; }
    std::optional<SendGroupResult> takeResult(std::uint64_t group);
    void forgetResult(std::uint64_t group) { kept_.erase(group); }

    // close(): takes no more records, sends what it holds without waiting for linger.ms, and is
    // closed once every record it was given has an outcome (acknowledged, or failed when
    // delivery.timeout.ms / max.block.ms run out), as KafkaProducer.close() waits for them.
    void close(NodeContext& ctx);
    bool closing() const { return closing_; }
    bool closed() const { return closed_; }

    const ProducerConfig& config() const { return config_; }
    ProducerConfig& mutableConfig() { return config_; }
    const ProducerStats& stats() const { return stats_; }
    std::int64_t pendingRecords() const { return stats_.sent - stats_.acked - stats_.failed; }
    const std::map<TopicPartition, ProducerPartitionStats>& partitionStats() const { return partitionStats_; }

private:
    // Copies every field as it is; clone() then gives the copy its own open batches.
    Producer(const Producer&) = default;
    struct GroupRun {
        std::uint64_t group = 0;
        std::int32_t count = 0;
    };
    struct ProducerBatch {
        TopicPartition tp;
        int acks = -1;
        std::shared_ptr<RecordBatchData> data;
        SimTime createdAt = 0;
        SimTime retryAt = 0;
        int attempts = 0;
        bool sealed = false;
        std::vector<GroupRun> groups;
        std::size_t bytes() const { return data->sizeInBytes(); }
    };
    struct WaitingRecord {
        std::string topic;
        ProducerRecord record;
        int acks = -1;
        std::uint64_t group = 0;
        SimTime since = 0;
    };
    struct InFlight {
        BrokerId broker = kNoNode;
        std::vector<ProducerBatch> batches;
        TimerId timeout;             // kRequestTimeout, cancelled when the response arrives
    };
    struct PartitionInfo {
        BrokerId leader = kNoNode;
    };
    struct TopicInfo {
        std::vector<PartitionInfo> partitions;
        std::int32_t sticky = -1;
        std::int64_t stickyBytes = 0;
        std::uint64_t roundRobin = 0;
    };
    struct Group {
        SendGroupResult result;
        std::int64_t pending = 0;
        bool open = true;
    };

    void append(NodeContext& ctx, const std::string& topic, ProducerRecord record, int acks, std::uint64_t group);
    std::optional<std::int32_t> choosePartition(NodeContext& ctx, TopicInfo& topic, const ProducerRecord& record);
    void drain(NodeContext& ctx);
    void requestMetadata(NodeContext& ctx);
    void handleMetadata(NodeContext& ctx, const MetadataResponse& response);
    void handleProduceResponse(NodeContext& ctx, const ProduceResponse& response);
    void failInFlight(NodeContext& ctx, CorrelationId id, KafkaError error);
    void complete(NodeContext& ctx, ProducerBatch& batch, Offset baseOffset, KafkaError error);
    void retryOrFail(NodeContext& ctx, ProducerBatch batch, KafkaError error);
    bool splitTooLarge(NodeContext& ctx, ProducerBatch& batch);
    void expireBatches(NodeContext& ctx);
    void scheduleDrain(NodeContext& ctx, SimTime at);
    void scheduleHousekeeping(NodeContext& ctx);
    void finishGroupIfDone(NodeContext& ctx, std::uint64_t group);
    void finishCloseIfDone(NodeContext& ctx);

    ProducerConfig config_;
    ProducerStats stats_;
    std::map<std::string, TopicInfo> topics_;
    std::map<std::pair<TopicPartition, int>, std::deque<ProducerBatch>> accumulator_;
    std::vector<WaitingRecord> waiting_;
    std::map<CorrelationId, InFlight> inFlight_;
    std::map<BrokerId, int> inFlightPerBroker_;
    std::map<std::uint64_t, Group> groups_;
    std::map<std::uint64_t, std::optional<SendGroupResult>> kept_;
    std::uint64_t nextGroup_ = 1;
    CorrelationId nextCorrelationId_ = 1;
    bool metadataInFlight_ = false;
    CorrelationId metadataCorrelationId_ = 0;
    std::size_t bootstrapIndex_ = 0;
    SimTime scheduledDrain_ = kNever;
    SimTime lastMetadataRequest_ = -1;
    bool metadataStale_ = false;       // an error said the leaders it knows may be wrong
    bool housekeepingScheduled_ = false;
    std::map<TopicPartition, ProducerPartitionStats> partitionStats_;
    bool closing_ = false;
    bool closed_ = false;
};

}  // namespace ks
