#include "engine_text.h"

#include <QCoreApplication>

namespace ks::ui {
namespace {

// %1..%99 replaced by args in one pass (as Text::substitute does for the English).
QString substitute(const QString& format, const QStringList& args) {
    QString out;
    out.reserve(format.size() + 16 * args.size());
    const qsizetype n = format.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = format[i];
        if (c == u'%' && i + 1 < n && format[i + 1] >= u'1' && format[i + 1] <= u'9') {
            qsizetype index = format[i + 1].unicode() - u'0';
            qsizetype used = 1;
            if (i + 2 < n && format[i + 2] >= u'0' && format[i + 2] <= u'9') {
                index = index * 10 + (format[i + 2].unicode() - u'0');
                used = 2;
            }
            if (index <= args.size()) {
                out += args[index - 1];
                i += used;
                continue;
            }
        }
        out += c;
    }
    return out;
}

}  // namespace

QString engineText(const Text& text) {
    if (text.isData()) return QString::fromStdString(text.format());
    QStringList args;
    args.reserve(static_cast<qsizetype>(text.arguments().size()));
    for (const Text& a : text.arguments()) args << engineText(a);
    return substitute(QCoreApplication::translate("ks::EngineText", text.format().c_str()), args);
}

QString eventText(const ClusterEvent& event) {
    return event.message.empty() ? QString::fromStdString(event.text) : engineText(event.message);
}

}  // namespace ks::ui
