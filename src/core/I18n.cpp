#include "I18n.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMutex>
#include <QSet>
#include <QTranslator>

namespace kontor {

namespace {

// Answers nothing, so what people see does not change; asked first because it is installed last.
class AuditTranslator : public QTranslator
{
public:
    explicit AuditTranslator(const QString& dir)
        : QTranslator(QCoreApplication::instance())
        , m_file(QDir(dir).filePath(QStringLiteral("%1-%2.txt")
                                        .arg(QCoreApplication::applicationName().isEmpty()
                                                 ? QStringLiteral("kontor")
                                                 : QCoreApplication::applicationName())
                                        .arg(QCoreApplication::applicationPid())))
    {
        for (const char* language : {"de", "ru", "hu"}) {
            auto* t = new QTranslator(this);
            if (t->load(QStringLiteral(":/i18n/kontor_%1.qm").arg(QLatin1String(language))))
                m_catalogs.append({QLatin1String(language), t});
            else
                delete t;
        }
    }

    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        if (!context || !sourceText || !*sourceText || context[0] == 'Q' || qstrcmp(context, "kontor-sandbox") == 0)
            return {}; // Qt's own and QtKeychain's strings live in their own catalogs; the simulator's
                       // command line is a developer's tool and never loads a catalog
        QStringList missing;
        for (const auto& [language, catalog] : m_catalogs) {
            if (catalog->translate(context, sourceText, disambiguation, n).isEmpty())
                missing << language;
        }
        if (missing.isEmpty() && !m_catalogs.isEmpty())
            return {};
        const QString line = QStringLiteral("%1\t%2\t%3\n")
                                 .arg(QString::fromUtf8(context), missing.join(QLatin1Char(',')),
                                      QString::fromUtf8(sourceText).replace(QLatin1Char('\n'), QLatin1String("\\n")));
        QMutexLocker lock(&m_mutex);
        if (m_seen.contains(line))
            return {};
        m_seen.insert(line);
        QFile file(m_file);
        if (file.open(QIODevice::Append))
            file.write(line.toUtf8());
        return {};
    }

private:
    QString m_file;
    QList<QPair<QString, QTranslator*>> m_catalogs;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_seen;
};

AuditTranslator* g_audit = nullptr;

} // namespace

void installTranslationAudit()
{
    const QString dir = qEnvironmentVariable("KONTOR_I18N_AUDIT_DIR");
    if (dir.isEmpty() || !QCoreApplication::instance() || g_audit)
        return;
    QDir().mkpath(dir);
    g_audit = new AuditTranslator(dir);
    QCoreApplication::installTranslator(g_audit);
    // A mark that this process was audited, so the check can tell "no misses" from "never looked".
    QFile mark(
        QDir(dir).filePath(QStringLiteral("%1-%2.started")
                               .arg(QCoreApplication::applicationName().isEmpty() ? QStringLiteral("kontor")
                                                                                  : QCoreApplication::applicationName())
                               .arg(QCoreApplication::applicationPid())));
    if (mark.open(QIODevice::WriteOnly))
        mark.close();
}

QString loadTranslations(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    QString language = QStringLiteral("en");
    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("kontor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        language = own->language();
        auto* qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        qCDebug(lcApp) << "loaded translations for" << locale.name();
    } else {
        delete own;
    }
    // After the catalogs, so that it is asked first and sees every lookup.
    if (g_audit) {
        QCoreApplication::removeTranslator(g_audit);
        QCoreApplication::installTranslator(g_audit);
    } else {
        installTranslationAudit();
    }
    return language;
}

} // namespace kontor
