#pragma once
// Loads Kontor's own translation (embedded as :/i18n/kontor_<lang>.qm) and Qt's (qtbase_<lang>.qm) for
// a locale. Used by the app and the CLI alike. Returns the language that was loaded ("en" when none).

#include <QLocale>
#include <QString>

namespace kontor {

QString loadTranslations(const QLocale& locale = QLocale::system());

} // namespace kontor
