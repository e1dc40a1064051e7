#include "controller/topic_plan.h"

#include <cstdlib>
#include <regex>

#include "metadata/configs.h"

namespace ks {

std::variant<TopicPlan, AdminResponse> planTopic(const CreateTopicsRequest& request, const MetadataImage& image,
                                                 const std::vector<BrokerId>& liveBrokers, Rng& rng) {
    auto fail = [&](KafkaError error, Text message) {
        AdminResponse response;
        response.correlationId = request.correlationId;
        response.error = error;
        response.message = std::move(message);
        return response;
    };
    static const std::regex validName("[a-zA-Z0-9._-]{1,249}");
    if (!std::regex_match(request.name, validName) || request.name == "." || request.name == "..")
        return fail(KafkaError::INVALID_REQUEST, EngineText::tr("'%1' is not a legal topic name").args(request.name));
    if (image.topic(request.name)) return fail(KafkaError::TOPIC_ALREADY_EXISTS, EngineText::tr("Topic '%1' already "
                                                                                                "exists.")
        .args(request.name));
    const int partitions = request.numPartitions == -1 ? std::atoi(image.config("", "num.partitions").c_str())
                                                       : request.numPartitions;
    if (partitions < 1) return fail(KafkaError::INVALID_PARTITIONS, EngineText::tr("Number of partitions must be "
                                                                                   "larger than 0."));
    const int rf = request.replicationFactor == -1 ? std::atoi(image.config("", "default.replication.factor").c_str())
                                                   : request.replicationFactor;
    if (rf < 1) return fail(KafkaError::INVALID_REPLICATION_FACTOR, EngineText::tr("Replication factor must be larger "
                                                                                   "than 0."));
    if (rf > static_cast<int>(liveBrokers.size()))
        return fail(KafkaError::INVALID_REPLICATION_FACTOR,
                    EngineText::tr("Unable to replicate the partition %1 time(s): The target replication factor of %1 "
                                   "cannot be reached because only %2 broker(s) are registered.")
                        .args(rf, liveBrokers.size()));
    for (const auto& [key, value] : request.configs)
        if (auto error = validateConfig(key, value, ConfigScope::Topic)) return fail(KafkaError::INVALID_CONFIG, *error);

    // Kafka's rack-unaware placement: a random start broker and a random shift for the followers.
    TopicPlan plan;
    plan.replicationFactor = rf;
    const auto n = static_cast<int>(liveBrokers.size());
    const int startIndex = static_cast<int>(rng.below(static_cast<std::uint64_t>(n)));
    int shift = static_cast<int>(rng.below(static_cast<std::uint64_t>(n)));
    for (int p = 0; p < partitions; ++p) {
        if (p > 0 && p % n == 0) ++shift;
        const int first = (p + startIndex) % n;
        std::vector<BrokerId> replicas{liveBrokers[static_cast<std::size_t>(first)]};
        for (int j = 0; j < rf - 1; ++j)
            replicas.push_back(liveBrokers[static_cast<std::size_t>((first + 1 + (shift + j) % (n - 1)) % n)]);
        plan.assignment.push_back(std::move(replicas));
    }
    return plan;
}

}  // namespace ks
