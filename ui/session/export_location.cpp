#include "session/export_location.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace ks::ui {
namespace {
const char* const kFolderKey = "export/folder";
}

ExportLocation::ExportLocation(bool persist) : persist_(persist) {
    if (persist_) folder_ = QSettings().value(QLatin1String(kFolderKey)).toString();
}

QString ExportLocation::ask(QWidget* parent, const QString& title, const QString& fileName, const QString& filter) {
    const QString start = folder_.isEmpty() ? fileName : QDir(folder_).filePath(fileName);
    QString path = QFileDialog::getSaveFileName(parent, title, start, filter);
    if (path.isEmpty()) return {};
    const QString suffix = QFileInfo(fileName).suffix();
    if (!suffix.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += u'.' + suffix;
    folder_ = QFileInfo(path).absolutePath();
    if (persist_) QSettings().setValue(QLatin1String(kFolderKey), folder_);
    return path;
}

}  // namespace ks::ui
