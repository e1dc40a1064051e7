#pragma once
// The languages of the window. Kafkascope's own translations are compiled from translations/*.ts
// into the kafkascope_ui library (resource prefix /i18n); Qt's own (qtbase_*.qm) are loaded from
// the Qt installation when present. See docs/TRANSLATING.md.
#include <QList>
#include <QString>

class QMainWindow;

namespace ks::ui {

struct Language {
    QString code;   // "de", "es", "zh_CN", "en"; empty: the system default
    QString name;   // in the language itself: "Deutsch", "简体中文"
};

// The choices of Settings → Language, "System default" first.
QList<Language> languages();

// The QSettings key holding the chosen language code (absent or empty: the system default).
QString languageSettingsKey();

// The language the window starts in: `requested` if not empty (the --language option), else the
// saved choice, else the system locale. Returns a code of languages() or "en".
QString startupLanguage(const QString& requested);

// Installs into the application the translators for `code` (Kafkascope's and Qt's own). Returns
// false if `code` is not one of languages(); "en" installs nothing and succeeds.
bool installTranslators(const QString& code);

// Settings → Language…: asks for one of languages(), offering the saved choice (when `persist`,
// else the system default), saves the answer (when `persist`) and says in `window`'s status bar
// that it applies at the next start.
void chooseLanguage(QMainWindow* window, bool persist);

}  // namespace ks::ui
