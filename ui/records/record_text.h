#pragma once
// Records as text: the JSON lines the message browser exports and imports, its CSV export, and the
// pretty-printed form of a JSON value. Import errors name the line and the problem.
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "api/records.h"

namespace ks::ui {

// {"topic":..,"partition":..,"offset":..,"timestamp_ms":..,"key":..,"value":..,"headers":[{"key":..,"value":..}]}
QString recordJsonLine(const TopicPartition& tp, const BrowsedRecord& record);
QString recordsCsv(const TopicPartition& tp, const std::vector<BrowsedRecord>& records);

struct ImportResult {
    std::vector<RecordToProduce> records;
    std::vector<int> lines;   // the line each record came from
    QString error;        // "line 3: ..." ; empty when every line is good
    int errorLine = 0;    // 1-based; 0: no error
};
// One record per non-empty line: "value" is required (a string, or any JSON, sent compact), "key" a
// string or null, "headers" a list of {"key","value"} or an object, "partition" and "acks" optional;
// "topic" defaults to `defaultTopic`; "offset" and "timestamp_ms" (from an export) are ignored.
ImportResult parseJsonLines(const QString& text, const QString& defaultTopic);

// The value pretty-printed when it is a JSON object or array; nothing otherwise.
std::optional<QString> prettyJson(const QString& value);
// A JSON text made compact (one line), or the parse error with its character position.
struct CompactJson {
    QString text;
    QString error;
};
CompactJson compactJson(const QString& text);

QString sideText(const std::optional<std::string>& text);   // "(null)" for a null key or value
QString headersText(const std::vector<RecordHeader>& headers);

}  // namespace ks::ui
