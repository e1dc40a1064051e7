// Keeps the user interface on its side of the engine's door: files under ui/ may include engine
// headers only from engine/api/ and the runtime facade (runtime/engine_runtime.h, and
// runtime/comparison_job.h for the compare dialog), never the
// cluster, the simulation or any other engine internals.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QtTest>

namespace {

QString sourceDir() { return QStringLiteral(KAFKASCOPE_SOURCE_DIR); }

// The first-level folders of engine/: an include starting with one of them names an engine header.
QStringList engineFolders() {
    return QDir(QDir(sourceDir()).filePath(QStringLiteral("engine"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

bool allowed(const QString& include) {
    return include.startsWith(QLatin1String("api/")) || include == QLatin1String("runtime/engine_runtime.h") ||
           include == QLatin1String("runtime/comparison_job.h");
}

}  // namespace

class TestGuiLayering : public QObject {
    Q_OBJECT

private slots:
    void uiIncludesOnlyTheEnginesDoor();
};

void TestGuiLayering::uiIncludesOnlyTheEnginesDoor() {
    const QStringList folders = engineFolders();
    QVERIFY(folders.contains(QStringLiteral("api")) && folders.contains(QStringLiteral("cluster")));
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
    const QDir root(sourceDir());
    QStringList violations;
    int files = 0;
    QDirIterator it(root.filePath(QStringLiteral("ui")), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QTextStream in(&file);
        for (int line = 1; !in.atEnd(); ++line) {
            const QRegularExpressionMatch m = include.match(in.readLine());
            if (!m.hasMatch()) continue;
            const QString header = m.captured(1);
            if (folders.contains(header.section(u'/', 0, 0)) && !allowed(header))
                violations << QStringLiteral("%1:%2: includes %3").arg(root.relativeFilePath(path)).arg(line).arg(header);
        }
    }
    QVERIFY(files > 10);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestGuiLayering)
#include "test_gui_layering.moc"
