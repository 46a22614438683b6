#include "CustomerCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "Logging.h"
#include "OutputWriter.h"
#include "TextTable.h"
#include "audit/AuditLog.h"
#include "customers/Customer.h"
#include "net/Redactor.h"
#include "services/virtpos/VirtposClient.h"
#include "writes/RecordWrites.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kontor::cli {

namespace {

QJsonObject toJson(const FieldList& fields)
{
    QJsonObject o;
    for (const auto& [key, value] : fields)
        o.insert(key, value);
    return o;
}

} // namespace

CustomerCommands::CustomerCommands(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_resolver(context)
{}

CustomerCommands::~CustomerCommands() = default;

void CustomerCommands::finishWith(const Error& error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcCli).noquote() << "command failed:" << error.detail;
    m_ctx.finish(m_ctx.out->fail(error));
}

void CustomerCommands::withVirtpos(std::function<void(const Profile&, VirtposClient*)> then)
{
    const Result<Profile> selected = m_resolver.select();
    if (!selected.ok())
        return finishWith(selected.error);
    const Profile profile = selected.value;
    if (profile.service != Service::Virtpos)
        return m_ctx.finish(m_ctx.out->failUsage(
            QCoreApplication::translate("kontor::cli::CustomerCommands",
                                        "The profile '%1' is a %2 profile; customers are VirtualPOS's.")
                .arg(profile.name, serviceDisplayName(profile.service))));
    m_resolver.clientFor(profile, [this, profile, then](const Result<ServiceClient*>& made) {
        if (!made.ok())
            return finishWith(made.error);
        auto* client = qobject_cast<VirtposClient*>(made.value);
        if (!client)
            return finishWith(Error::make(
                Error::Kind::Unsupported,
                QCoreApplication::translate("kontor::cli::CustomerCommands", "Kontor cannot talk to this service.")));
        then(profile, client);
    });
}

void CustomerCommands::list(const QStringList& args)
{
    if (!args.isEmpty())
        return m_ctx.finish(m_ctx.out->failUsage(QCoreApplication::translate(
            "kontor::cli::CustomerCommands",
            "'customers list' takes no further words; choose the profile with --profile NAME.")));
    int limit = 50;
    if (m_ctx.parser->isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_ctx.parser->value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return m_ctx.finish(m_ctx.out->failUsage(QCoreApplication::translate(
                "kontor::cli::CustomerCommands", "--limit takes a whole number from 1 to 1000.")));
    }
    const bool all = m_ctx.parser->isSet(QStringLiteral("all"));
    withVirtpos([this, limit, all](const Profile&, VirtposClient* client) {
        auto print = [this](const QList<FieldList>& customers) {
            if (m_ctx.out->json()) {
                QJsonArray array;
                for (const FieldList& c : customers)
                    array.append(toJson(c));
                m_ctx.out->printJson(array);
            } else if (customers.isEmpty()) {
                m_ctx.out->printText(QCoreApplication::translate("kontor::cli::CustomerCommands", "No customers."));
            } else {
                TextTable table({QCoreApplication::translate("kontor::cli::CustomerCommands", "ID"),
                                 QCoreApplication::translate("kontor::cli::CustomerCommands", "NAME"),
                                 QCoreApplication::translate("kontor::cli::CustomerCommands", "E-MAIL"),
                                 QCoreApplication::translate("kontor::cli::CustomerCommands", "PHONE"),
                                 QCoreApplication::translate("kontor::cli::CustomerCommands", "GROUP")});
                for (const FieldList& c : customers)
                    table.addRow({Customers::field(c, QStringLiteral("id")), Customers::displayName(c),
                                  Customers::field(c, QStringLiteral("email")),
                                  Customers::field(c, QStringLiteral("phone")),
                                  Customers::field(c, QStringLiteral("group_name"))});
                m_ctx.out->printTable(table);
            }
            m_ctx.finish(ExitSuccess);
        };
        if (all) {
            client->allCustomers(limit, this, [this, print](const Result<QList<FieldList>>& r) {
                if (!r.ok())
                    return finishWith(r.error);
                print(r.value);
            });
        } else {
            client->listCustomers(1, limit, this, [this, print](const Result<CustomerPage>& r) {
                if (!r.ok())
                    return finishWith(r.error);
                print(r.value.customers);
            });
        }
    });
}

void CustomerCommands::update(const QStringList& args)
{
    if (!args.isEmpty())
        return m_ctx.finish(m_ctx.out->failUsage(
            QCoreApplication::translate("kontor::cli::CustomerCommands",
                                        "The fields are given with --set FIELD=VALUE; '%1' is not one.")
                .arg(args.first())));
    const QCommandLineParser& p = *m_ctx.parser;
    CustomerUpdate update;
    update.id = p.value(QStringLiteral("id")).trimmed();
    update.createIfNotExist = p.isSet(QStringLiteral("create"));
    update.groupName = p.value(QStringLiteral("group")).trimmed();
    for (const QString& set : p.values(QStringLiteral("set"))) {
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return m_ctx.finish(
                m_ctx.out->failUsage(QCoreApplication::translate(
                                         "kontor::cli::CustomerCommands",
                                         "--set takes FIELD=VALUE, e.g. --set email=anna@example.org; \"%1\" is not.")
                                         .arg(set)));
        update.fields.append({set.left(eq).trimmed(), set.mid(eq + 1)});
    }
    const QList<FieldProblem> problems = Customers::validate(update);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem& problem : problems)
            lines << (problem.field.isEmpty() ? problem.message
                                              : problem.field + QStringLiteral(": ") + problem.message);
        return m_ctx.finish(m_ctx.out->failUsage(lines.join(QLatin1Char('\n'))));
    }
    const FieldList fields = Customers::wireFields(update);
    if (p.isSet(QStringLiteral("dry-run"))) {
        const Result<Profile> selected = m_resolver.select();
        if (!selected.ok())
            return finishWith(selected.error);
        const QString where = QStringLiteral("POST %1%2?apikey=%3")
                                  .arg(selected.value.baseUrl.toString(QUrl::StripTrailingSlash),
                                       selected.value.endpoint(Customers::UpdateEndpointKey, Customers::UpdateRoute),
                                       QString::fromLatin1(net::Redactor::Mask));
        m_ctx.out->printDryRun(where, fields);
        return m_ctx.finish(ExitSuccess);
    }
    withVirtpos([this, update](const Profile& profile, VirtposClient* client) {
        if (!m_audit)
            m_audit = std::make_unique<AuditLog>(AuditLog::defaultPath());
        RecordWrites::updateCustomer(
            client, profile, m_audit.get(), update, this, [this](const Result<RecordWriteOutcome>& r) {
                if (!r.ok())
                    return finishWith(r.error);
                if (r.value.auditId == 0)
                    m_ctx.out->warn(r.value.auditError);
                const bool created = r.value.kind == RecordWriteOutcome::Kind::Created;
                if (m_ctx.out->json())
                    m_ctx.out->printJson(QJsonObject{{QStringLiteral("id"), r.value.id},
                                                     {QStringLiteral("created"), created},
                                                     {QStringLiteral("auditId"), r.value.auditId}});
                else
                    m_ctx.out->printText(
                        (created ? QCoreApplication::translate("kontor::cli::CustomerCommands", "Customer %1 created.")
                                 : QCoreApplication::translate("kontor::cli::CustomerCommands", "Customer %1 updated."))
                            .arg(r.value.id));
                m_ctx.finish(r.value.auditId != 0 ? ExitSuccess : ExitPartial);
            });
    });
}

} // namespace kontor::cli
