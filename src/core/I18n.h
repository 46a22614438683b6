#pragma once
// Loads Kontor's own translation (embedded as :/i18n/kontor_<lang>.qm) and Qt's (qtbase_<lang>.qm) for
// a locale. Used by the app and the CLI alike. Returns the language that was loaded ("en" when none).

#include <QLocale>
#include <QString>

namespace kontor {

QString loadTranslations(const QLocale& locale = QLocale::system());

// When $KONTOR_I18N_AUDIT_DIR is set (the test suite sets it for every process), installs a translator that
// changes nothing but writes down each run-time lookup of a Kontor string (any context not starting with Q)
// that the German, Russian or Hungarian catalog cannot answer under the context the code asked for: a
// string lupdate filed under another context, or never saw. tests/check-i18n-audit.sh fails on any such
// line. Idempotent; called by loadTranslations() and by every test executable at start.
void installTranslationAudit();

} // namespace kontor
