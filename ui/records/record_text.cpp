#include "records/record_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "engine_text.h"
#include "session/csv.h"

namespace ks::ui {
namespace {

QJsonValue optionalText(const std::optional<std::string>& text) {
    return text ? QJsonValue(QString::fromStdString(*text)) : QJsonValue(QJsonValue::Null);
}

// The string a JSON value stands for: a string as is, anything else as compact JSON.
std::optional<std::string> textOf(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined()) return std::nullopt;
    if (value.isString()) return value.toString().toStdString();
    if (value.isObject()) return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).toStdString();
    if (value.isArray()) return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).toStdString();
    const QJsonArray wrapped{value};
    QByteArray text = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2).toStdString();
}

}  // namespace

QString sideText(const std::optional<std::string>& text) {
    return text ? QString::fromStdString(*text) : QObject::tr("(null)");
}

QString headersText(const std::vector<RecordHeader>& headers) {
    QStringList parts;
    for (const RecordHeader& h : headers) parts << QString::fromStdString(h.key) + QLatin1Char('=') + QString::fromStdString(h.value);
    return parts.join(QLatin1String(", "));
}

QString recordJsonLine(const TopicPartition& tp, const BrowsedRecord& record) {
    QJsonArray headers;
    for (const RecordHeader& h : record.headers)
        headers.append(QJsonObject{{QStringLiteral("key"), QString::fromStdString(h.key)},
                                   {QStringLiteral("value"), QString::fromStdString(h.value)}});
    const QJsonObject object{{QStringLiteral("topic"), QString::fromStdString(tp.topic)},
                             {QStringLiteral("partition"), tp.partition},
                             {QStringLiteral("offset"), static_cast<qint64>(record.offset)},
                             {QStringLiteral("timestamp_ms"), static_cast<qint64>(record.timestamp / kMicrosPerMilli)},
                             {QStringLiteral("key"), optionalText(record.key)},
                             {QStringLiteral("value"), optionalText(record.value)},
                             {QStringLiteral("headers"), headers}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString recordsCsv(const TopicPartition& tp, const std::vector<BrowsedRecord>& records) {
    QString csv = csvRow({QStringLiteral("topic"), QStringLiteral("partition"), QStringLiteral("offset"), QStringLiteral("timestamp_ms"),
                          QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("headers"), QStringLiteral("size")});
    for (const BrowsedRecord& r : records) {
        csv += csvRow({QString::fromStdString(tp.topic), QString::number(tp.partition), QString::number(r.offset),
                       QString::number(r.timestamp / kMicrosPerMilli), r.key ? QString::fromStdString(*r.key) : QString(),
                       r.value ? QString::fromStdString(*r.value) : QString(), headersText(r.headers), QString::number(r.sizeBytes)});
    }
    return csv;
}

ImportResult parseJsonLines(const QString& text, const QString& defaultTopic) {
    ImportResult result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto fail = [&](int line, const QString& message) {
        result.records.clear();
        result.lines.clear();
        result.errorLine = line;
        result.error = QObject::tr("line %1: %2").arg(line).arg(message);
        return result;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = lines[i].trimmed();
        if (line.isEmpty()) continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(lineNumber, QObject::tr("not JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset + 1));
        if (!document.isObject()) return fail(lineNumber, QObject::tr("expected a JSON object such as {\"key\":\"k\",\"value\":\"v\"}"));
        const QJsonObject object = document.object();
        RecordToProduce record;
        const QJsonValue topic = object.value(QStringLiteral("topic"));
        if (!topic.isUndefined() && !topic.isString()) return fail(lineNumber, QObject::tr("\"topic\" must be a string"));
        record.topic = (topic.isString() ? topic.toString() : defaultTopic).toStdString();
        const QJsonValue partition = object.value(QStringLiteral("partition"));
        if (!partition.isUndefined() && !partition.isNull()) {
            if (!partition.isDouble() || partition.toDouble() != partition.toInt() || partition.toInt() < 0)
                return fail(lineNumber, QObject::tr("\"partition\" must be a whole number, 0 or more"));
            record.partition = partition.toInt();
        }
        const QJsonValue key = object.value(QStringLiteral("key"));
        if (!key.isUndefined() && !key.isNull() && !key.isString()) return fail(lineNumber, QObject::tr("\"key\" must be a string or null"));
        record.key = textOf(key);
        if (!object.contains(QStringLiteral("value"))) return fail(lineNumber, QObject::tr("the record has no \"value\""));
        record.value = textOf(object.value(QStringLiteral("value")));
        const QJsonValue headers = object.value(QStringLiteral("headers"));
        if (headers.isArray()) {
            for (const QJsonValue& h : headers.toArray()) {
                if (!h.isObject() || !h.toObject().value(QStringLiteral("key")).isString())
                    return fail(lineNumber, QObject::tr("each header must be {\"key\":\"...\",\"value\":\"...\"}"));
                record.headers.push_back({h.toObject().value(QStringLiteral("key")).toString().toStdString(),
                                          textOf(h.toObject().value(QStringLiteral("value"))).value_or("")});
            }
        } else if (headers.isObject()) {
            const QJsonObject map = headers.toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                record.headers.push_back({it.key().toStdString(), textOf(it.value()).value_or("")});
        } else if (!headers.isUndefined() && !headers.isNull()) {
            return fail(lineNumber, QObject::tr("\"headers\" must be a list or an object"));
        }
        const QJsonValue acks = object.value(QStringLiteral("acks"));
        if (acks.isString() && acks.toString() == QLatin1String("all")) record.acks = -1;
        else if (acks.isDouble() && (acks.toInt() == 0 || acks.toInt() == 1 || acks.toInt() == -1)) record.acks = acks.toInt();
        else if (!acks.isUndefined()) return fail(lineNumber, QObject::tr("\"acks\" must be 0, 1 or \"all\""));
        if (const auto problem = produceRequestProblem(record))
            return fail(lineNumber, QStringLiteral("%1: %2").arg(QString::fromStdString(problem->field), engineText(problem->message)));
        result.records.push_back(std::move(record));
        result.lines.push_back(lineNumber);
    }
    return result;
}

std::optional<QString> prettyJson(const QString& value) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) return std::nullopt;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

CompactJson compactJson(const QString& text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {{}, QObject::tr("invalid JSON: %1 at character %2").arg(error.errorString()).arg(error.offset + 1)};
    if (document.isNull()) return {{}, QObject::tr("invalid JSON: expected an object or an array")};
    return {QString::fromUtf8(document.toJson(QJsonDocument::Compact)), {}};
}

}  // namespace ks::ui
