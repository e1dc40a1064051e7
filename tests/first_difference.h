#pragma once
// The first line where two texts differ (event logs, traces, goldens), for a readable failure
// message: empty when they are the same.
#include <QByteArray>
#include <sstream>
#include <string>

namespace ks::testing {

inline QByteArray firstDifference(const std::string& a, const std::string& b, const char* nameA = "first",
                                  const char* nameB = "second") {
    std::istringstream ia(a);
    std::istringstream ib(b);
    std::string la;
    std::string lb;
    for (int line = 1;; ++line) {
        const bool moreA = static_cast<bool>(std::getline(ia, la));
        const bool moreB = static_cast<bool>(std::getline(ib, lb));
        if (!moreA && !moreB) return {};
        if (!moreA || !moreB || la != lb)
            return "line " + QByteArray::number(line) + ":\n  " + nameA + ": " +
                   QByteArray::fromStdString(moreA ? la : "<end>") + "\n  " + nameB + ": " +
                   QByteArray::fromStdString(moreB ? lb : "<end>");
    }
}

}  // namespace ks::testing
