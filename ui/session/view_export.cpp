#include "session/view_export.h"

#include <QCoreApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <utility>
#include <vector>

namespace ks::ui {
namespace {

constexpr qreal kMargin = 16;
constexpr qreal kPngScale = 2.0;

// The messages' translation context.
class ViewExportText {
    Q_DECLARE_TR_FUNCTIONS(ViewExportText)
};

// The items paint into cached pixmaps on screen; for a picture they paint themselves again, so that
// the SVG holds vectors and text and the PNG is sharp at its larger scale.
class WithoutItemCaches {
public:
    explicit WithoutItemCaches(QGraphicsScene* scene) {
        for (QGraphicsItem* item : scene->items()) {
            if (item->cacheMode() == QGraphicsItem::NoCache) continue;
            saved_.push_back({item, item->cacheMode()});
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
    ~WithoutItemCaches() {
        for (const auto& [item, mode] : saved_) item->setCacheMode(mode);
    }
    WithoutItemCaches(const WithoutItemCaches&) = delete;
    WithoutItemCaches& operator=(const WithoutItemCaches&) = delete;

private:
    std::vector<std::pair<QGraphicsItem*, QGraphicsItem::CacheMode>> saved_;
};

QRectF area(QGraphicsScene* scene) { return scene->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin); }

}  // namespace

QImage sceneImage(QGraphicsScene* scene, qreal scale) {
    const QRectF source = area(scene);
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return image;
    image.fill(scene->backgroundBrush().color());
    const WithoutItemCaches uncached(scene);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    return image;
}

QString exportScenePng(QGraphicsScene* scene, const QString& path) {
    const QImage image = sceneImage(scene, kPngScale);
    const QRectF source = area(scene);
    if (image.isNull()) return ViewExportText::tr("The picture would be too large (%1 × %2 pixels).").arg(source.width() * kPngScale).arg(source.height() * kPngScale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return ViewExportText::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString exportSceneSvg(QGraphicsScene* scene, const QString& path, const QString& title) {
    const QRectF source = area(scene);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return ViewExportText::tr("Cannot write %1: %2").arg(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(title);
    svg.setDescription(ViewExportText::tr("The Kafkascope topology view"));
    {
        const WithoutItemCaches uncached(scene);
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene->backgroundBrush());
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    if (!file.commit()) return ViewExportText::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

}  // namespace ks::ui
