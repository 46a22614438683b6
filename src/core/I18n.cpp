#include "I18n.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace kontor {

QString loadTranslations(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    auto* own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("kontor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    qCDebug(lcApp) << "loaded translations for" << locale.name();
    return own->language();
}

} // namespace kontor
