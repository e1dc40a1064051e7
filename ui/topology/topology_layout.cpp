#include "topology_layout.h"

#include <algorithm>

#include "topology_style.h"

namespace ks::ui {
namespace {

using namespace style;

constexpr double kControllerGap = 14;
constexpr double kQuorumPadding = 10;

QSizeF quorumSize(int controllers) {
    const int n = std::max(controllers, 1);
    return QSizeF(n * kControllerWidth + (n - 1) * kControllerGap + 2 * kQuorumPadding,
                  kQuorumTitle + kControllerHeight + kQuorumPadding);
}

Layout layoutWith(const LayoutInput& in, int columns) {
    Layout out;
    out.columns = columns;
    const QSizeF quorum = quorumSize(in.controllers);
    const double producersHeight = in.producers * kClientHeight + std::max(in.producers - 1, 0) * kGap / 2;
    double groupsHeight = in.groupHeights.empty() ? kGroupsHeight : 0;
    for (double h : in.groupHeights) {
        out.groups.emplace_back(0, groupsHeight);
        groupsHeight += h + kGap / 2;
    }
    if (!in.groupHeights.empty()) groupsHeight -= kGap / 2;
    const double topHeight = std::max({quorum.height(), producersHeight, groupsHeight});
    const double topWidth = kClientWidth + kGap + quorum.width() + kGap + kGroupsWidth;

    const std::size_t n = in.brokerHeights.size();
    const auto cols = static_cast<std::size_t>(columns);
    const std::size_t rows = n == 0 ? 0 : (n + cols - 1) / cols;
    const double gridWidth = static_cast<double>(std::min(n, cols)) * (kBrokerWidth + kBrokerGap) - (n ? kBrokerGap : 0);
    const double width = std::max(topWidth, gridWidth);

    for (int i = 0; i < in.producers; ++i) out.producers.emplace_back(0, i * (kClientHeight + kGap / 2));
    const double quorumX = std::clamp((width - quorum.width()) / 2, kClientWidth + kGap, width - kGroupsWidth - kGap - quorum.width());
    out.quorum = QRectF(QPointF(quorumX, 0), quorum);
    for (int i = 0; i < in.controllers; ++i)
        out.controllers.emplace_back(quorumX + kQuorumPadding + i * (kControllerWidth + kControllerGap), kQuorumTitle);
    out.groupsPanel = QPointF(width - kGroupsWidth, 0);
    for (QPointF& g : out.groups) g.setX(width - kGroupsWidth);

    out.producerLaneY = topHeight + 20;
    out.consumerLaneY = topHeight + 46;
    double y = topHeight + kRowGap;
    const double gridX = (width - gridWidth) / 2;
    for (std::size_t row = 0; row < rows; ++row) {
        double rowHeight = 0;
        for (std::size_t c = 0; c < cols && row * cols + c < n; ++c) {
            out.brokers.emplace_back(gridX + static_cast<double>(c) * (kBrokerWidth + kBrokerGap), y);
            rowHeight = std::max(rowHeight, in.brokerHeights[row * cols + c]);
        }
        y += rowHeight + kBrokerGap;
    }
    out.bounds = QRectF(0, 0, width, rows ? y - kBrokerGap : topHeight);
    return out;
}

double fitScale(const Layout& layout, const QSizeF& viewport) {
    if (layout.bounds.isEmpty()) return 1.0;
    return std::min(viewport.width() / layout.bounds.width(), viewport.height() / layout.bounds.height());
}

}  // namespace

Layout computeLayout(const LayoutInput& input) {
    const int n = std::max<int>(1, static_cast<int>(input.brokerHeights.size()));
    Layout best = layoutWith(input, 1);
    for (int columns = 2; columns <= n; ++columns) {
        Layout candidate = layoutWith(input, columns);
        if (fitScale(candidate, input.viewport) > fitScale(best, input.viewport) * 1.0001) best = std::move(candidate);
    }
    return best;
}

}  // namespace ks::ui
