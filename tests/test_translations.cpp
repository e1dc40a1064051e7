// Translation completeness (issue #8): every translatable text of the window has a finished
// German, Spanish and Simplified Chinese translation. The check runs lupdate over today's sources
// into a copy of each .ts file, so a text added to the code without a translation fails here, not
// only a .ts entry left unfinished. Each translation keeps its source's placeholders (%1, %n).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString type;                  // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;      // one, or one per plural form
    int line = 0;                  // where the <message> starts in the .ts file
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}, static_cast<int>(xml.lineNumber())};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) forms << xml.readElementText();
            }
            current.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages << current;
        }
    }
    if (xml.hasError()) *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) found.insert(it.next().captured(0));
    return found;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
};

void TestTranslations::everyTextIsTranslated_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestTranslations::everyTextIsTranslated() {
    QFETCH(QString, language);
    const QString checkedIn = QStringLiteral(KAFKASCOPE_SOURCE_DIR "/translations/kafkascope_%1.ts").arg(language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString refreshed = dir.filePath(QFileInfo(checkedIn).fileName());
    QVERIFY(QFile::copy(checkedIn, refreshed));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(KAFKASCOPE_LUPDATE),
                  {QStringLiteral("-project"), QStringLiteral(KAFKASCOPE_LUPDATE_PROJECT), QStringLiteral("-ts"), refreshed});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    const QList<TsMessage> messages = readTs(refreshed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const TsMessage& m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) continue;
        const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
        // lupdate lost the namespace (docs/ENGINE-TEXT.md): the window looks engine texts up as ks::EngineText.
        if (m.context == QLatin1String("EngineText"))
            problems << QStringLiteral("engine text filed under EngineText, not ks::EngineText: %1").arg(where);
        if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("not translated: %1").arg(where);
            continue;
        }
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty()) problems << QStringLiteral("empty translation: %1").arg(where);
            else if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(where, t);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 (run `cmake --build build --target update_translations` and translate; "
                                       "docs/TRANSLATING.md):\n  %2")
                            .arg(checkedIn, problems.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
