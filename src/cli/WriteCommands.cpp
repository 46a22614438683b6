#include "WriteCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "Logging.h"
#include "OutputWriter.h"
#include "TextTable.h"
#include "services/ServiceClient.h"
#include "services/StatusChanger.h"
#include "services/printlounge/PrintloungeClient.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kontor::cli {

WriteCommands::WriteCommands(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_resolver(context)
{}

WriteCommands::~WriteCommands() = default;

AuditLog* WriteCommands::audit()
{
    if (!m_audit)
        m_audit = std::make_unique<AuditLog>(AuditLog::defaultPath());
    return m_audit.get();
}

void WriteCommands::finishWith(const Error& error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcCli).noquote() << "command failed:" << error.detail;
    m_ctx.finish(m_ctx.out->fail(error));
}

void WriteCommands::setStatus(const QStringList& args)
{
    if (args.size() != 2)
        return m_ctx.finish(m_ctx.out->failUsage(
            tr("Give the order code and the new status code, e.g. 'orders set-status 2025-0042 137'.")));
    const QString method = m_ctx.parser->value(QStringLiteral("method")).trimmed().toLower();
    if (!method.isEmpty() && method != QLatin1String("put") && method != QLatin1String("patch"))
        return m_ctx.finish(m_ctx.out->failUsage(tr("--method takes put or patch.")));
    const Result<Profile> selected = m_resolver.select();
    if (!selected.ok())
        return finishWith(selected.error);
    Profile profile = selected.value;
    if (profile.service != Service::Printlounge)
        return m_ctx.finish(m_ctx.out->failUsage(
            tr("The profile '%1' is a %2 profile; only Printlounge lets Kontor change an order's status.")
                .arg(profile.name, serviceDisplayName(profile.service))));
    if (!method.isEmpty())
        profile.statusMethod = method; // for this run only; the profile keeps its own setting
    const QString code = args.at(0).trimmed();
    const QString status = args.at(1).trimmed();
    bool numeric = false;
    if (status.toInt(&numeric) < 0 || !numeric) // refused before anything is sent, so no history row either
        return m_ctx.finish(m_ctx.out->failUsage(
            tr("\"%1\" is not a status code. Printlounge's statuses are numbers, such as 61 or 137.").arg(status)));

    m_resolver.clientFor(profile, [this, profile, code, status](const Result<ServiceClient*>& made) {
        if (!made.ok())
            return finishWith(made.error);
        auto* client = qobject_cast<PrintloungeClient*>(made.value);
        if (!client)
            return finishWith(Error::make(Error::Kind::Unsupported, tr("Kontor cannot talk to this service.")));
        // The same path as the window's status change: read the old status, send, one history row.
        auto* changer = new StatusChanger(client, profile, audit(), {code}, status, this);
        connect(changer, &StatusChanger::orderFinished, this, [this, code](const StatusChangeResult& r) {
            if (!r.changed)
                return finishWith(r.error);
            if (r.auditId == 0)
                m_ctx.out->warn(r.message);
            if (m_ctx.out->json())
                m_ctx.out->printJson(
                    QJsonObject{{QStringLiteral("order"), QJsonObject{{QStringLiteral("order_code"), code},
                                                                      {QStringLiteral("order_status"), r.newStatus}}},
                                {QStringLiteral("oldStatus"), r.oldStatus},
                                {QStringLiteral("auditId"), r.auditId}});
            else
                m_ctx.out->printText(r.message);
            m_ctx.finish(r.auditId != 0 ? ExitSuccess : ExitPartial);
        });
        changer->start();
    });
}

void WriteCommands::auditList(const QStringList& args)
{
    if (!args.isEmpty())
        return m_ctx.finish(m_ctx.out->failUsage(tr("'audit list' takes no further words; use --since DATE.")));
    AuditFilter filter;
    const QString since = m_ctx.parser->value(QStringLiteral("since")).trimmed();
    if (!since.isEmpty()) {
        const QDate date = QDate::fromString(since, Qt::ISODate);
        if (!date.isValid())
            return m_ctx.finish(m_ctx.out->failUsage(tr("--since takes a date as YYYY-MM-DD, e.g. 2026-11-01.")));
        filter.since = QDateTime(date, QTime(0, 0), Qt::LocalTime).toUTC();
    }
    if (!m_ctx.profileOption.isEmpty()) {
        const Result<Profile> selected = m_resolver.select();
        if (!selected.ok())
            return finishWith(selected.error);
        filter.profileId = selected.value.id;
    }
    audit()->list(filter, this, [this](const Result<QList<AuditEntry>>& rows) {
        if (!rows.ok())
            return finishWith(rows.error);
        if (m_ctx.out->json()) {
            QJsonArray array;
            for (const AuditEntry& e : rows.value) {
                QJsonObject fields;
                for (const auto& [k, v] : e.fields)
                    fields.insert(k, v);
                array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                         {QStringLiteral("when"), e.when.toUTC().toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("profile"), e.profileName},
                                         {QStringLiteral("profileId"), e.profileId},
                                         {QStringLiteral("service"), e.service},
                                         {QStringLiteral("action"), e.action},
                                         {QStringLiteral("target"), e.target},
                                         {QStringLiteral("oldValue"), e.oldValue},
                                         {QStringLiteral("newValue"), e.newValue},
                                         {QStringLiteral("fields"), fields},
                                         {QStringLiteral("outcome"), outcomeId(e.outcome)},
                                         {QStringLiteral("message"), e.message}});
            }
            m_ctx.out->printJson(QJsonObject{{QStringLiteral("entries"), array}});
        } else if (rows.value.isEmpty()) {
            m_ctx.out->printText(tr("No changes recorded."));
        } else {
            const QLocale locale;
            TextTable table({tr("WHEN"), tr("PROFILE"), tr("TARGET"), tr("CHANGE"), tr("OUTCOME"), tr("MESSAGE")});
            for (const AuditEntry& e : rows.value)
                table.addRow({locale.toString(e.when.toLocalTime(), QLocale::ShortFormat), e.profileName, e.target,
                              tr("%1 → %2").arg(e.oldValue.isEmpty() ? tr("?") : e.oldValue, e.newValue),
                              outcomeText(e.outcome), e.message});
            m_ctx.out->printTable(table);
        }
        m_ctx.finish(ExitSuccess);
    });
}

} // namespace kontor::cli
