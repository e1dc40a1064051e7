#include "topology_style.h"

namespace ks::ui::style {
namespace {

QFont font(int pixels, bool bold) {
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

}  // namespace

const QFont& titleFont() {
    static const QFont f = font(16, true);
    return f;
}

const QFont& bodyFont() {
    static const QFont f = font(13, false);
    return f;
}

const QFont& smallFont() {
    static const QFont f = font(12, false);
    return f;
}

}  // namespace ks::ui::style
