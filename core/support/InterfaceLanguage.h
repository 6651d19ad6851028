#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace foi::core {

// The language of the workbench's own words (menus, steps, findings), chosen in Settings ▸
// Officer: as the system's locale, English, or Welsh (issue 23). It is not the language of the
// letters, which is each case's language of correspondence. Kept in QSettings under
// "interface/language" as "system", "en" or "cy"; an unknown value reads as "system".
enum class InterfaceLanguage {
    System,
    English,
    Welsh,
};

QString interfaceLanguageCode(InterfaceLanguage language);
InterfaceLanguage interfaceLanguageFromCode(const QString &code);

// The locale the interface speaks, dates, numbers and plurals included: Welsh (cy_GB) when the
// officer chose Welsh, or chose the system's language and the system's locale is Welsh;
// otherwise English (en_GB).
QLocale interfaceLocale(InterfaceLanguage chosen, const QLocale &system);

// Makes `locale` the application's default and, for Welsh, loads the compiled Welsh catalogue
// (:/i18n/foi_cy.qm) into `translator` and installs it. Returns false, leaving the interface in
// English, when the locale is not Welsh or the catalogue cannot be loaded. Qt ships no Welsh
// catalogue of its own (Debian's qt6-translations-l10n has none): the few Qt texts the workbench
// shows (dialog buttons) are translated in foi_cy.ts under Qt's own contexts.
bool installInterfaceTranslation(const QLocale &locale, QTranslator &translator);

} // namespace foi::core
