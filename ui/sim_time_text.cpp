#include "sim_time_text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace ks::ui {
namespace {

// The translation context of the clock's texts.
class SimTimeText {
    Q_DECLARE_TR_FUNCTIONS(SimTimeText)
};

}  // namespace

QString formatSeconds(SimTime t) {
    return QStringLiteral("%1 s").arg(static_cast<double>(t) / kMicrosPerSecond, 0, 'f', 3);
}

QString formatDuration(SimTime d) {
    if (d % kMicrosPerSecond == 0) return QStringLiteral("%1s").arg(d / kMicrosPerSecond);
    if (d % kMicrosPerMilli == 0) return QStringLiteral("%1ms").arg(d / kMicrosPerMilli);
    return QStringLiteral("%1us").arg(d);
}

QString formatSpeed(double speed) {
    if (std::isinf(speed)) return SimTimeText::tr("max");
    return QStringLiteral("%1×").arg(speed, 0, 'g', 4);
}

std::optional<SimTime> parseDuration(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|m)?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double scale = unit == QLatin1String("us")   ? 1.0
                         : unit == QLatin1String("ms") ? kMicrosPerMilli
                         : unit == QLatin1String("m")  ? 60.0 * kMicrosPerSecond
                                                       : kMicrosPerSecond;
    return static_cast<SimTime>(std::llround(value * scale));
}

}  // namespace ks::ui
