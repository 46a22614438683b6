// Linked into every test executable: installs the translation audit (I18n.h) as the QCoreApplication
// starts, so each lookup a test provokes is checked against the catalogs.
#include "I18n.h"

#include <QCoreApplication>

namespace {
void startAudit()
{
    kontor::installTranslationAudit();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(startAudit)
