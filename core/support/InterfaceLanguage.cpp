#include "core/support/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace foi::core {

namespace {

// Qt's own texts the workbench shows, under the contexts Qt looks them up in
// (QPlatformTheme::defaultStandardButtonText), so that lupdate puts them in foi_cy.ts.
[[maybe_unused]] const char *const qtStandardTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"), QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
};

} // namespace

QString interfaceLanguageCode(InterfaceLanguage language)
{
    switch (language) {
    case InterfaceLanguage::English:
        return QStringLiteral("en");
    case InterfaceLanguage::Welsh:
        return QStringLiteral("cy");
    case InterfaceLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

InterfaceLanguage interfaceLanguageFromCode(const QString &code)
{
    if (code == QLatin1String("en"))
        return InterfaceLanguage::English;
    if (code == QLatin1String("cy"))
        return InterfaceLanguage::Welsh;
    return InterfaceLanguage::System;
}

QLocale interfaceLocale(InterfaceLanguage chosen, const QLocale &system)
{
    const bool welsh = chosen == InterfaceLanguage::Welsh ||
                       (chosen == InterfaceLanguage::System && system.language() == QLocale::Welsh);
    return welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                 : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool installInterfaceTranslation(const QLocale &locale, QTranslator &translator)
{
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Welsh)
        return false;
    if (!translator.load(QStringLiteral(":/i18n/foi_cy.qm")))
        return false;
    return QCoreApplication::installTranslator(&translator);
}

} // namespace foi::core
