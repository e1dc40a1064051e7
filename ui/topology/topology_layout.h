#pragma once
// Where everything goes. The top row holds the producers (left), the controller quorum (centre) and
// the consumer groups (right); the brokers fill a grid below, with as many columns as make the whole
// picture largest in the viewport.
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <vector>

namespace ks::ui {

struct LayoutInput {
    std::vector<double> brokerHeights;
    int controllers = 0;
    int producers = 0;
    QSizeF viewport{1024, 600};
};

struct Layout {
    std::vector<QPointF> brokers;
    std::vector<QPointF> controllers;
    std::vector<QPointF> producers;
    QRectF quorum;
    QPointF groups;
    QRectF bounds;
    double corridorY = 0;   // the horizontal lane between the top row and the brokers
    int columns = 1;
};

Layout computeLayout(const LayoutInput& input);

}  // namespace ks::ui
