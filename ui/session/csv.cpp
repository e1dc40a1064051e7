#include "session/csv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>

namespace ks::ui {
namespace {

// The messages' translation context.
class CsvText {
    Q_DECLARE_TR_FUNCTIONS(CsvText)
};

}  // namespace

QString csvField(const QString& text) {
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote) return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvRow(const QStringList& fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) quoted << csvField(field);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QString modelCsv(const QAbstractItemModel& model, const QList<int>& columns) {
    QStringList header;
    for (int column : columns) header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    QString csv = csvRow(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column : columns) fields << model.index(row, column).data(Qt::DisplayRole).toString();
        csv += csvRow(fields);
    }
    return csv;
}

QString tableViewCsv(const QTableView& view) {
    const QHeaderView& header = *view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical)) columns << logical;
    }
    return view.model() ? modelCsv(*view.model(), columns) : QString();
}

QString writeCsvFile(const QString& path, const QString& csv) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit())
        return CsvText::tr("Cannot write the CSV file %1: %2").arg(path, file.errorString());
    return {};
}

}  // namespace ks::ui
