#include "CardCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "Logging.h"
#include "OutputWriter.h"
#include "audit/AuditLog.h"
#include "cards/CardWriter.h"
#include "domain/Ean13.h"
#include "net/Redactor.h"
#include "services/virtpos/VirtposClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace kontor::cli {

CardCommands::CardCommands(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_resolver(context)
{}

CardCommands::~CardCommands() = default;

void CardCommands::finishWith(const Error& error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcCli).noquote() << "command failed:" << error.detail;
    m_ctx.finish(m_ctx.out->fail(error));
}

void CardCommands::ean13(const QStringList& args)
{
    if (args.size() != 1)
        return m_ctx.finish(m_ctx.out->failUsage(QCoreApplication::translate(
            "kontor::cli::CardCommands", "Give one card uid, e.g. 'cards ean13 123456789'.")));
    const QString uid = args.first().trimmed();
    const std::optional<QString> code = Ean13::fromUid(uid);
    if (!code)
        return m_ctx.finish(
            m_ctx.out->failUsage(QCoreApplication::translate("kontor::cli::CardCommands",
                                                             "uid: a card's uid is 1 to 12 digits; \"%1\" is not.")
                                     .arg(uid)));
    if (m_ctx.out->json())
        m_ctx.out->printJson(QJsonObject{{QStringLiteral("uid"), uid}, {QStringLiteral("uid_ean13"), *code}});
    else
        m_ctx.out->printText(*code);
    m_ctx.finish(ExitSuccess);
}

DiscountCard CardCommands::cardFromOptions() const
{
    const QCommandLineParser& p = *m_ctx.parser;
    auto value = [&p](const char* name) { return p.value(QLatin1String(name)).trimmed(); };
    DiscountCard card;
    card.cardId = value("card-id");
    card.uid = value("uid");
    card.externalId = value("external-id");
    card.cardBarcode = value("card-barcode");
    card.barcode = value("barcode");
    card.medium = value("medium");
    card.status = value("status");
    card.blockDate = value("block-date");
    card.activateDate = value("activate-date");
    card.typeId = value("type-id");
    card.typeName = value("type-name");
    card.customerId = value("customer-id");
    card.customerExternalId = value("customer-external-id");
    card.createIfNotExist = p.isSet(QStringLiteral("create-if-not-exist"));
    return card;
}

void CardCommands::write(CardWrite write, const QStringList& args)
{
    if (!args.isEmpty())
        return m_ctx.finish(m_ctx.out->failUsage(
            QCoreApplication::translate("kontor::cli::CardCommands",
                                        "The card's fields are options, e.g. --uid 123456789 --medium PLASTIC; "
                                        "'%1' is not one.")
                .arg(args.first())));
    const DiscountCard card = cardFromOptions();
    // Checked before the profile or the keychain is even looked at: a wrong field never costs a request.
    const QList<DiscountCards::FieldProblem> problems = DiscountCards::validate(card, write);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const DiscountCards::FieldProblem& problem : problems)
            lines << (problem.field.isEmpty()
                          ? problem.message
                          : QStringLiteral("--%1: %2")
                                .arg(QString(problem.field).replace(QLatin1Char('_'), QLatin1Char('-')),
                                     problem.message));
        return m_ctx.finish(m_ctx.out->failUsage(lines.join(QLatin1Char('\n'))));
    }
    const Result<Profile> selected = m_resolver.select();
    if (!selected.ok())
        return finishWith(selected.error);
    const Profile profile = selected.value;
    if (profile.service != Service::Virtpos)
        return m_ctx.finish(m_ctx.out->failUsage(
            QCoreApplication::translate("kontor::cli::CardCommands",
                                        "The profile '%1' is a %2 profile; discount cards are VirtualPOS's.")
                .arg(profile.name, serviceDisplayName(profile.service))));
    const FieldList fields = DiscountCards::wireFields(card, write);
    if (m_ctx.parser->isSet(QStringLiteral("dry-run"))) {
        // What would go: the route with the key masked, and the form fields. Nothing is sent or recorded.
        QUrl url = profile.baseUrl;
        url.setPath(url.path() +
                    profile.endpoint(DiscountCards::endpointKey(write), DiscountCards::defaultRoute(write)));
        const QString where =
            QStringLiteral("POST %1?apikey=%2&format=%3")
                .arg(url.toString(), QString::fromLatin1(net::Redactor::Mask),
                     profile.format == WireFormat::Xml ? QStringLiteral("xml") : QStringLiteral("json"));
        QStringList notes;
        if (write != CardWrite::Insert)
            notes << QCoreApplication::translate("kontor::cli::CardCommands", "The card is found by %1.")
                         .arg(DiscountCards::lookupKeyText(card));
        m_ctx.out->printDryRun(
            where, fields,
            QJsonObject{{QStringLiteral("lookup"), DiscountCards::lookupKeyField(DiscountCards::lookupKey(card))}},
            notes);
        return m_ctx.finish(ExitSuccess);
    }
    m_resolver.clientFor(profile, [this, profile, card, write](const Result<ServiceClient*>& made) {
        if (!made.ok())
            return finishWith(made.error);
        auto* client = qobject_cast<VirtposClient*>(made.value);
        if (!client)
            return finishWith(Error::make(
                Error::Kind::Unsupported,
                QCoreApplication::translate("kontor::cli::CardCommands", "Kontor cannot talk to this service.")));
        if (!m_audit)
            m_audit = std::make_unique<AuditLog>(AuditLog::defaultPath());
        CardWriter::write(
            client, profile, m_audit.get(), write, card, this, [this, write](const Result<CardWriteOutcome>& r) {
                if (!r.ok())
                    return finishWith(r.error);
                if (r.value.auditId == 0)
                    m_ctx.out->warn(r.value.auditError);
                if (m_ctx.out->json()) {
                    m_ctx.out->printJson(QJsonObject{{QStringLiteral("card_id"), r.value.cardId},
                                                     {QStringLiteral("created"), r.value.created},
                                                     {QStringLiteral("auditId"), r.value.auditId}});
                } else if (write == CardWrite::Delete) {
                    m_ctx.out->printText(
                        QCoreApplication::translate("kontor::cli::CardCommands", "The card is deleted."));
                } else {
                    m_ctx.out->printText(
                        (r.value.created ? QCoreApplication::translate("kontor::cli::CardCommands", "Card %1 created.")
                                         : QCoreApplication::translate("kontor::cli::CardCommands", "Card %1 updated."))
                            .arg(r.value.cardId));
                }
                m_ctx.finish(r.value.auditId != 0 ? ExitSuccess : ExitPartial);
            });
    });
}

} // namespace kontor::cli
