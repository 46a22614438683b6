#include "BundleCommands.h"

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

BundleCommands::BundleCommands(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_resolver(context)
{}

BundleCommands::~BundleCommands() = default;

void BundleCommands::finishWith(const Error& error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcCli).noquote() << "command failed:" << error.detail;
    m_ctx.finish(m_ctx.out->fail(error));
}

Result<BundleDraft> BundleCommands::draftFrom(const QByteArray& json)
{
    const Result<Json> parsed = Lenient::parse(json, QStringLiteral("the bundle file"));
    if (!parsed.ok())
        return Result<BundleDraft>::failure(parsed.error);
    if (!parsed.value.is_object())
        return Result<BundleDraft>::failure(
            Error::make(Error::Kind::InvalidInput,
                        QCoreApplication::translate("kontor::cli::BundleCommands",
                                                    "The bundle file is one JSON object with bundleSku, bundleName, "
                                                    "bundlePriceNet and products, as in Webshippy's document.")));
    const Json& o = parsed.value;
    BundleDraft draft;
    draft.sku = Lenient::string(o, "bundleSku");
    if (draft.sku.isEmpty())
        draft.sku = Lenient::string(o, "bundleSKU");
    draft.name = Lenient::string(o, "bundleName");
    draft.priceNet = Lenient::string(o, "bundlePriceNet"); // a number keeps its text: 12.10 stays 12.10
    draft.vat = Lenient::string(o, "bundleVat");
    draft.currency = Lenient::string(o, "bundleCurrency");
    if (const Json* products = Lenient::field(o, "products"); products && products->is_array()) {
        for (const Json& p : *products)
            draft.parts.append({Lenient::string(p, "productSku"), Lenient::string(p, "quantity")});
    }
    return Result<BundleDraft>::success(draft);
}

void BundleCommands::create(const QStringList& args)
{
    if (args.size() != 1)
        return m_ctx.finish(m_ctx.out->failUsage(QCoreApplication::translate(
            "kontor::cli::BundleCommands", "Give the bundle's JSON file, e.g. 'bundles create bundle.json'.")));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return m_ctx.finish(
            m_ctx.out->failUsage(QCoreApplication::translate("kontor::cli::BundleCommands", "Could not read %1: %2.")
                                     .arg(args.first(), file.errorString())));
    const Result<BundleDraft> draft = draftFrom(file.readAll());
    if (!draft.ok())
        return m_ctx.finish(m_ctx.out->failUsage(draft.error.message));
    const QList<FieldProblem> problems = Bundles::validate(draft.value);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem& problem : problems)
            lines << problem.field + QStringLiteral(": ") + problem.message;
        return m_ctx.finish(m_ctx.out->failUsage(lines.join(QLatin1Char('\n'))));
    }
    const Result<Profile> selected = m_resolver.select();
    if (!selected.ok())
        return finishWith(selected.error);
    const Profile profile = selected.value;
    if (profile.service != Service::Webshippy)
        return m_ctx.finish(m_ctx.out->failUsage(
            QCoreApplication::translate("kontor::cli::BundleCommands",
                                        "The profile '%1' is a %2 profile; bundles are Webshippy's.")
                .arg(profile.name, serviceDisplayName(profile.service))));
    const FieldList fields = RecordWrites::bundleFields(draft.value, profile.format);
    if (m_ctx.parser->isSet(QStringLiteral("dry-run"))) {
        const QString where =
            QStringLiteral("POST %1/wspyapi/createBundle/%2 (apiKey %3)")
                .arg(profile.baseUrl.toString(QUrl::StripTrailingSlash),
                     profile.format == WireFormat::Xml ? QStringLiteral("xml") : QStringLiteral("json"),
                     QString::fromLatin1(net::Redactor::Mask));
        m_ctx.out->printDryRun(where, fields);
        return m_ctx.finish(ExitSuccess);
    }
    const BundleDraft bundle = draft.value;
    m_resolver.clientFor(profile, [this, profile, bundle](const Result<ServiceClient*>& made) {
        if (!made.ok())
            return finishWith(made.error);
        auto* client = qobject_cast<WebshippyClient*>(made.value);
        if (!client)
            return finishWith(Error::make(
                Error::Kind::Unsupported,
                QCoreApplication::translate("kontor::cli::BundleCommands", "Kontor cannot talk to this service.")));
        if (!m_audit)
            m_audit = std::make_unique<AuditLog>(AuditLog::defaultPath());
        RecordWrites::createBundle(
            client, profile, m_audit.get(), bundle, this, [this, bundle](const Result<RecordWriteOutcome>& r) {
                if (!r.ok())
                    return finishWith(r.error);
                if (r.value.auditId == 0)
                    m_ctx.out->warn(r.value.auditError);
                if (m_ctx.out->json())
                    m_ctx.out->printJson(QJsonObject{{QStringLiteral("bundleSku"), bundle.sku.trimmed()},
                                                     {QStringLiteral("wspyId"), r.value.id},
                                                     {QStringLiteral("auditId"), r.value.auditId}});
                else
                    m_ctx.out->printText(QCoreApplication::translate("kontor::cli::BundleCommands",
                                                                     "Bundle %1 created (Webshippy id %2).")
                                             .arg(bundle.sku.trimmed(), r.value.id));
                m_ctx.finish(r.value.auditId != 0 ? ExitSuccess : ExitPartial);
            });
    });
}

} // namespace kontor::cli
