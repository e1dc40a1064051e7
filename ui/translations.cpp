#include "translations.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>

namespace ks::ui {

namespace {

class LanguageText {
    Q_DECLARE_TR_FUNCTIONS(LanguageText)
};

const QString kEnglish = QStringLiteral("en");

// The code of languages() that `locale` asks for, or empty if Kafkascope has no translation for it.
QString codeFor(const QLocale& locale) {
    switch (locale.language()) {
    case QLocale::English: return kEnglish;
    case QLocale::German: return QStringLiteral("de");
    case QLocale::Spanish: return QStringLiteral("es");
    case QLocale::Chinese:
        return locale.script() == QLocale::TraditionalHanScript ? QString() : QStringLiteral("zh_CN");
    default: return {};
    }
}

bool known(const QString& code) {
    for (const Language& language : languages())
        if (!language.code.isEmpty() && language.code == code) return true;
    return false;
}

}  // namespace

QList<Language> languages() {
    return {{QString(), LanguageText::tr("System default")},
            {kEnglish, QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString languageSettingsKey() { return QStringLiteral("view/language"); }

QString startupLanguage(const QString& requested) {
    if (!requested.isEmpty()) return requested;
    const QString saved = QSettings().value(languageSettingsKey()).toString();
    if (known(saved)) return saved;
    for (const QString& name : QLocale::system().uiLanguages())
        if (const QString code = codeFor(QLocale(name)); !code.isEmpty()) return code;
    return kEnglish;
}

bool installTranslators(const QString& code) {
    if (!known(code)) return false;
    if (code == kEnglish) return true;
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/kafkascope_") + code)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

void chooseLanguage(QMainWindow* window, bool persist) {
    const QList<Language> choices = languages();
    const QString saved = persist ? QSettings().value(languageSettingsKey()).toString() : QString();
    QStringList names;
    int current = 0;
    for (const Language& language : choices) {
        if (language.code == saved) current = int(names.size());
        names << language.name;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(window, LanguageText::tr("Language"),
                                               LanguageText::tr("Language of the window (it changes at the next start):"), names,
                                               current, false, &ok);
    if (!ok) return;
    const Language& chosen = choices[names.indexOf(name)];
    if (persist) QSettings().setValue(languageSettingsKey(), chosen.code);
    window->statusBar()->showMessage(LanguageText::tr("The language changes to %1 at the next start of Kafkascope.").arg(chosen.name), 10000);
}

}  // namespace ks::ui
