#include "ProductCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "Logging.h"
#include "OutputWriter.h"
#include "audit/AuditLog.h"
#include "codec/Lenient.h"
#include "net/Redactor.h"
#include "services/webshippy/WebshippyClient.h"
#include "writes/RecordWrites.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QUrl>

namespace kontor::cli {

using codec::Json;
using codec::Lenient;

ProductCommands::ProductCommands(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_resolver(context)
{}

ProductCommands::~ProductCommands() = default;

void ProductCommands::finishWith(const Error& error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcCli).noquote() << "command failed:" << error.detail;
    m_ctx.finish(m_ctx.out->fail(error));
}

void ProductCommands::upsert(const QStringList& args)
{
    if (args.size() > 1)
        return m_ctx.finish(m_ctx.out->failUsage(QCoreApplication::translate(
            "kontor::cli::ProductCommands", "Give at most one product file, e.g. 'products upsert product.json'.")));
    FieldList fields;
    auto put = [&fields](const QString& name, const QString& value) {
        for (auto& field : fields) {
            if (field.first == name) {
                field.second = value;
                return;
            }
        }
        fields.append({name, value});
    };
    if (args.size() == 1) {
        QFile file(args.first());
        if (!file.open(QIODevice::ReadOnly))
            return m_ctx.finish(m_ctx.out->failUsage(
                QCoreApplication::translate("kontor::cli::ProductCommands", "Could not read %1: %2.")
                    .arg(args.first(), file.errorString())));
        const Result<Json> parsed = Lenient::parse(file.readAll(), QStringLiteral("the product file"));
        if (!parsed.ok())
            return m_ctx.finish(m_ctx.out->failUsage(parsed.error.message));
        if (!parsed.value.is_object())
            return m_ctx.finish(m_ctx.out->failUsage(QCoreApplication::translate(
                "kontor::cli::ProductCommands",
                "The product file is one JSON object with the product's fields, as in Webshippy's document.")));
        // A number keeps its text (Lenient reads 12.10 as "12.10"), so prices go out as written.
        for (const auto& [name, value] : Lenient::fields(parsed.value))
            put(name, value);
    }
    for (const QString& set : m_ctx.parser->values(QStringLiteral("set"))) {
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return m_ctx.finish(m_ctx.out->failUsage(
                QCoreApplication::translate("kontor::cli::ProductCommands",
                                            "--set takes FIELD=VALUE, e.g. --set price=12.10; \"%1\" is not.")
                    .arg(set)));
        put(set.left(eq).trimmed(), set.mid(eq + 1));
    }
    ProductDraft draft;
    for (const auto& [name, value] : fields) {
        if (name == QLatin1String("sku"))
            draft.sku = value.trimmed();
        else
            draft.fields.append({name, value});
    }
    if (draft.sku.isEmpty())
        return m_ctx.finish(m_ctx.out->failUsage(QCoreApplication::translate(
            "kontor::cli::ProductCommands",
            "sku: a product is saved by its SKU; give it in the file or with --set sku=...")));
    const Result<Profile> selected = m_resolver.select();
    if (!selected.ok())
        return finishWith(selected.error);
    const Profile profile = selected.value;
    if (profile.service != Service::Webshippy)
        return m_ctx.finish(m_ctx.out->failUsage(
            QCoreApplication::translate("kontor::cli::ProductCommands",
                                        "The profile '%1' is a %2 profile; products are saved in Webshippy.")
                .arg(profile.name, serviceDisplayName(profile.service))));
    const FieldList sent = RecordWrites::productFields(draft);
    if (m_ctx.parser->isSet(QStringLiteral("dry-run"))) {
        const QString where =
            QStringLiteral("POST %1/wspyapi/CreateProduct/%2 (apiKey %3)")
                .arg(profile.baseUrl.toString(QUrl::StripTrailingSlash),
                     profile.format == WireFormat::Xml ? QStringLiteral("xml") : QStringLiteral("json"),
                     QString::fromLatin1(net::Redactor::Mask));
        m_ctx.out->printDryRun(where, sent);
        return m_ctx.finish(ExitSuccess);
    }
    m_resolver.clientFor(profile, [this, profile, draft](const Result<ServiceClient*>& made) {
        if (!made.ok())
            return finishWith(made.error);
        auto* client = qobject_cast<WebshippyClient*>(made.value);
        if (!client)
            return finishWith(Error::make(
                Error::Kind::Unsupported,
                QCoreApplication::translate("kontor::cli::ProductCommands", "Kontor cannot talk to this service.")));
        if (!m_audit)
            m_audit = std::make_unique<AuditLog>(AuditLog::defaultPath());
        RecordWrites::saveProduct(
            client, profile, m_audit.get(), draft, this, [this, draft](const Result<RecordWriteOutcome>& r) {
                if (!r.ok())
                    return finishWith(r.error);
                if (r.value.auditId == 0)
                    m_ctx.out->warn(r.value.auditError);
                const QString outcome = r.value.kind == RecordWriteOutcome::Kind::Created ? QStringLiteral("created")
                                        : r.value.kind == RecordWriteOutcome::Kind::Unchanged
                                            ? QStringLiteral("unchanged")
                                            : QStringLiteral("modified");
                if (m_ctx.out->json()) {
                    m_ctx.out->printJson(QJsonObject{{QStringLiteral("sku"), draft.sku},
                                                     {QStringLiteral("wspyId"), r.value.id},
                                                     {QStringLiteral("outcome"), outcome},
                                                     {QStringLiteral("auditId"), r.value.auditId}});
                } else {
                    const QString text =
                        r.value.kind == RecordWriteOutcome::Kind::Created
                            ? QCoreApplication::translate("kontor::cli::ProductCommands", "Product %1 created.")
                        : r.value.kind == RecordWriteOutcome::Kind::Unchanged
                            ? QCoreApplication::translate("kontor::cli::ProductCommands",
                                                          "Product %1: Webshippy found no changes.")
                            : QCoreApplication::translate("kontor::cli::ProductCommands", "Product %1 modified.");
                    m_ctx.out->printText(text.arg(draft.sku));
                }
                m_ctx.finish(r.value.auditId != 0 ? ExitSuccess : ExitPartial);
            });
    });
}

} // namespace kontor::cli
