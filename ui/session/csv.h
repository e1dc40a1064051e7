#pragma once
// CSV as RFC 4180 writes it, in one place for every export of the window (tables, charts, records):
// fields separated by commas, a field holding a comma, a double quote, CR or LF enclosed in double
// quotes with its quotes doubled, every row ended by CRLF, the file in UTF-8.
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QTableView;

namespace ks::ui {

QString csvField(const QString& text);
// One row: the fields quoted where needed, joined by commas, ended by CRLF.
QString csvRow(const QStringList& fields);
// The header row and every row of `model`, in its order (a proxy's: filtered and sorted), of the
// given columns, as Qt::DisplayRole shows them.
QString modelCsv(const QAbstractItemModel& model, const QList<int>& columns);
// What `view` shows: its model's rows in order, its visible columns in the order they stand on screen.
QString tableViewCsv(const QTableView& view);
// Writes `csv` as UTF-8 to `path` (all of it, or the file stays as it was); an empty string, or
// what went wrong, naming the file.
QString writeCsvFile(const QString& path, const QString& csv);

}  // namespace ks::ui
