#pragma once
// What the GUI tests of the record forms share: the history rows written so far, the requests a sandbox
// service has seen, and a language switched on for one screenshot and off again.

#include "I18n.h"
#include "audit/AuditLog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

namespace kontor::test {

// Every row of `log`, oldest first (waits for the log's thread to answer).
inline QList<AuditEntry> auditRows(AuditLog* log)
{
    QList<AuditEntry> rows;
    bool done = false;
    log->list({}, log, [&](const Result<QList<AuditEntry>>& r) {
        if (r.ok())
            rows = r.value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("auditRows: no answer");
    return rows;
}

// How many requests `service` of the sandbox has answered, by its counters (every route, every status).
inline qint64 requestsTo(const QJsonObject& counters, const QString& service)
{
    qint64 total = 0;
    const QJsonObject routes = counters.value(service).toObject().value(QStringLiteral("requests")).toObject();
    for (const QJsonValue& statuses : routes) {
        for (const QJsonValue& count : statuses.toObject())
            total += count.toInteger();
    }
    return total;
}

// The access keys (Alt+letter, the "&" in a label, button, group box or menu bar title) that more than one visible
// control of `window` answers to, one line each: "Alt+T: Proxy por&t: | &Test connection". Qt cycles between such
// controls instead of going to the one a person meant. Empty when every visible key is unique.
inline QStringList accessKeyClashes(QWidget* window)
{
    QMap<QKeySequence, QStringList> owners;
    const auto note = [&](QWidget* w, const QString& text) {
        if (!w->isVisibleTo(window))
            return;
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key] << text;
    };
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy())
            note(label, label->text());
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>())
        note(button, button->text());
    for (QGroupBox* box : window->findChildren<QGroupBox*>())
        note(box, box->title());
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (QAction* menu : bar->actions()) {
            if (menu->isVisible())
                note(bar, menu->text());
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.key().toString(QKeySequence::PortableText) + QStringLiteral(": ") +
                           it.value().join(QStringLiteral(" | "));
    }
    return clashes;
}

// `language` ("en", "de", "ru", "hu") as the default locale with Kontor's catalogs loaded, for the life of the
// object; then the locale before it and no catalog it loaded. Widgets made inside the scope speak it.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& language)
        : m_language(language)
        , m_localeBefore(QLocale())
        , m_before(qApp->findChildren<QTranslator*>())
    {
        const QLocale locale = language == QLatin1String("ru")   ? QLocale(QLocale::Russian, QLocale::Russia)
                               : language == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                               : language == QLatin1String("hu") ? QLocale(QLocale::Hungarian, QLocale::Hungary)
                                                                 : QLocale(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(locale);
        m_loaded = loadTranslations(locale);
        // KONTOR_TEST_EXTRA_QM=DIR adds DIR/extra_<language>.qm: strings not yet in translations/ (a helper's
        // translations, compiled with lrelease) can be looked at in screenshots before the catalogs have them.
        if (const QString extra = qEnvironmentVariable("KONTOR_TEST_EXTRA_QM"); !extra.isEmpty()) {
            auto* more = new QTranslator(qApp);
            if (more->load(extra + QStringLiteral("/extra_") + language + QStringLiteral(".qm")))
                QCoreApplication::installTranslator(more);
            else
                delete more;
        }
    }
    ~ScopedLanguage()
    {
        QLocale::setDefault(m_localeBefore);
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            if (!m_before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    bool ok() const { return m_loaded.startsWith(m_language); }
    QString loaded() const { return m_loaded; }

private:
    QString m_language;
    QLocale m_localeBefore;
    QList<QTranslator*> m_before;
    QString m_loaded;
};

} // namespace kontor::test
