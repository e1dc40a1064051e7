#include "core/types.h"

#include <cstdio>

namespace ks {

std::string formatTime(SimTime t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld.%03llds", static_cast<long long>(t / kMicrosPerSecond),
                  static_cast<long long>((t % kMicrosPerSecond) / kMicrosPerMilli));
    return buf;
}

std::string formatDuration(SimTime d) {
    char buf[32];
    if (d < 10 * kMicrosPerMilli)
        std::snprintf(buf, sizeof buf, "%.1fms", static_cast<double>(d) / kMicrosPerMilli);
    else if (d < kMicrosPerSecond)
        std::snprintf(buf, sizeof buf, "%lldms", static_cast<long long>(d / kMicrosPerMilli));
    else
        std::snprintf(buf, sizeof buf, "%.1fs", static_cast<double>(d) / kMicrosPerSecond);
    return buf;
}

}  // namespace ks
