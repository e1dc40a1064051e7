#pragma once
// Where everything goes. The top row holds the producers (left), the controller quorum (centre) and
// the consumer groups (right, stacked); the brokers fill a grid below, with as many columns as make
// the whole picture largest in the viewport. Between the two run the lanes of the producer lines and,
// below them, of the consumer lines.
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <vector>

namespace ks::ui {

struct LayoutInput {
    std::vector<double> brokerHeights;
    int controllers = 0;
    int producers = 0;
    std::vector<double> groupHeights;   // none: the empty consumer panel takes the place
    QSizeF viewport{1024, 600};
};

struct Layout {
    std::vector<QPointF> brokers;
    std::vector<QPointF> controllers;
    std::vector<QPointF> producers;
    std::vector<QPointF> groups;
    QRectF quorum;
    QPointF groupsPanel;
    QRectF bounds;
    double producerLaneY = 0;   // the horizontal lane of the producer lines
    double consumerLaneY = 0;   // the horizontal lane of the consumer lines
    int columns = 1;
};

Layout computeLayout(const LayoutInput& input);

}  // namespace ks::ui
