#include "ProfileCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "Logging.h"
#include "OutputWriter.h"
#include "SecretInput.h"
#include "TextTable.h"
#include "net/Redactor.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"
#include "services/ServiceClient.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace kontor::cli {

namespace {

QString opt(const CliContext& ctx, const char* name)
{
    return ctx.parser->value(QLatin1String(name));
}

bool isSet(const CliContext& ctx, const char* name)
{
    return ctx.parser->isSet(QLatin1String(name));
}

} // namespace

ProfileCommands::ProfileCommands(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_resolver(context)
{}

ProfileCommands::~ProfileCommands() = default;

void ProfileCommands::finishWith(const Error& error)
{
    m_ctx.finish(m_ctx.out->fail(error));
}

namespace {
QJsonObject statusNamesJson(const Profile& p)
{
    QJsonObject names;
    for (auto it = p.statusNames.cbegin(); it != p.statusNames.cend(); ++it)
        names.insert(it.key(), it.value());
    return names;
}
} // namespace

QJsonObject ProfileCommands::toJson(const Profile& p)
{
    return QJsonObject{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("id"), p.id},
        {QStringLiteral("service"), serviceId(p.service)},
        {QStringLiteral("url"), net::Redactor::redactUrl(p.baseUrl)},
        {QStringLiteral("auth"), authKindId(p.authKind, p.authHeaderName)},
        {QStringLiteral("user"), p.user},
        {QStringLiteral("format"), serviceHasFormats(p.service) ? formatId(p.format) : QString()},
        {QStringLiteral("allowInsecureHttp"), p.allowInsecureHttp},
        {QStringLiteral("pinnedSha256"), QString::fromLatin1(p.pinnedSha256)},
        {QStringLiteral("statusNames"), statusNamesJson(p)},
        {QStringLiteral("statusMethod"), p.patchesStatus() ? QStringLiteral("patch") : QStringLiteral("put")},
        {QStringLiteral("proxy"), p.proxy.displayText()},
    };
}

Result<Profile> ProfileCommands::selectNamed(const QStringList& args, bool allowDefault) const
{
    if (args.size() > 1)
        return Result<Profile>::failure(
            Error::make(Error::Kind::InvalidInput, tr("Give one profile name, not %1.").arg(args.size())));
    const QString name = args.value(0);
    if (name.isEmpty() && !allowDefault && m_ctx.profileOption.isEmpty())
        return Result<Profile>::failure(
            Error::make(Error::Kind::InvalidInput, tr("Name the profile, e.g. 'profile show NAME'.")));
    return m_resolver.select(name);
}

Result<Profile> ProfileCommands::profileFromOptions(const QString& name) const
{
    auto usage = [](const QString& message) {
        return Result<Profile>::failure(Error::make(Error::Kind::InvalidInput, message));
    };
    if (!isSet(m_ctx, "service"))
        return usage(tr("Say which service the profile is for with --service (%1).")
                         .arg(allServiceIds().join(QStringLiteral(", "))));
    const std::optional<Service> service = serviceFromId(opt(m_ctx, "service"));
    if (!service)
        return usage(tr("Unknown service '%1'; choose one of %2.")
                         .arg(opt(m_ctx, "service"), allServiceIds().join(QStringLiteral(", "))));
    if (!isSet(m_ctx, "url"))
        return usage(tr("Give the service's address with --url, e.g. --url https://shop.example.com/."));

    Profile p = Profile::defaultsFor(*service);
    p.name = name;
    p.baseUrl = QUrl(opt(m_ctx, "url"), QUrl::StrictMode);
    if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty() ||
        (p.baseUrl.scheme() != QLatin1String("https") && p.baseUrl.scheme() != QLatin1String("http")))
        return usage(tr("The address '%1' is not an http:// or https:// URL.")
                         .arg(net::Redactor::redactUrl(QUrl(opt(m_ctx, "url")))));
    if (isSet(m_ctx, "user"))
        p.user = opt(m_ctx, "user");
    if (isSet(m_ctx, "auth")) {
        net::AuthKind kind = net::AuthKind::None;
        QByteArray header;
        if (!parseAuthKind(opt(m_ctx, "auth"), &kind, &header))
            return usage(
                tr("Unknown authentication '%1'; use none, basic, bearer or header:NAME.").arg(opt(m_ctx, "auth")));
        p.authKind = kind;
        p.authHeaderName = header;
    }
    if (isSet(m_ctx, "format")) {
        const std::optional<WireFormat> format = formatFromId(opt(m_ctx, "format"));
        if (!format)
            return usage(tr("Unknown format '%1'; use json or xml.").arg(opt(m_ctx, "format")));
        if (!serviceHasFormats(*service) && *format != p.format)
            return usage(tr("%1 speaks only %2; --format applies to VirtualPOS and Webshippy.")
                             .arg(serviceDisplayName(*service), formatId(p.format)));
        p.format = *format;
    }
    p.allowInsecureHttp = isSet(m_ctx, "allow-insecure-http");
    if (isSet(m_ctx, "pin-sha256")) {
        p.pinnedSha256 = net::normalizeSha256(opt(m_ctx, "pin-sha256"));
        if (p.pinnedSha256.isEmpty())
            return usage(tr("--pin-sha256 takes the certificate's SHA-256 fingerprint: 64 hexadecimal digits, "
                            "colons allowed."));
    }

    if (isSet(m_ctx, "proxy")) {
        const Result<net::ProxyConfig> proxy = proxyFromText(opt(m_ctx, "proxy"));
        if (!proxy.ok())
            return Result<Profile>::failure(proxy.error);
        p.proxy = proxy.value;
    }

    QStringList problems = p.validate();
    if (p.usesInsecureHttp() && !p.allowInsecureHttp)
        problems << tr("On the command line that is --allow-insecure-http, for a server on a network you trust.");
    if (!problems.isEmpty())
        return usage(problems.join(QLatin1Char(' ')));
    return Result<Profile>::success(p);
}

bool ProfileCommands::readSecret(const QString& profileName, QString* secret)
{
    *secret = SecretInput::readLine(tr("Secret for profile '%1': ").arg(profileName));
    if (secret->isEmpty()) {
        m_ctx.finish(m_ctx.out->failUsage(tr("No secret arrived on standard input.")));
        return false;
    }
    net::Redactor::registerSecret(*secret);
    return true;
}

void ProfileCommands::add(const QStringList& args)
{
    if (args.size() != 1)
        return m_ctx.finish(m_ctx.out->failUsage(tr("Give the new profile exactly one name: 'profile add NAME "
                                                    "--service S --url URL'.")));
    const QString name = args.first();
    if (m_ctx.store->find(name))
        return m_ctx.finish(m_ctx.out->failUsage(
            tr("A profile named '%1' exists already; remove it first or choose another name.").arg(name)));

    const Result<Profile> built = profileFromOptions(name);
    if (!built.ok())
        return finishWith(built.error);

    QString secret;
    const bool withSecret = isSet(m_ctx, "secret-stdin");
    if (withSecret && !readSecret(name, &secret))
        return;

    Error error = m_ctx.store->upsert(built.value);
    if (error.ok())
        error = m_ctx.store->save();
    if (!error.ok())
        return finishWith(error);
    const Profile* saved = m_ctx.store->find(name);
    if (!saved)
        return finishWith(Error::make(Error::Kind::Malformed, tr("The profile could not be saved.")));
    qCInfo(lcCli) << "profile added:" << saved->name << serviceId(saved->service);

    QJsonObject result = toJson(*saved);
    result.insert(QStringLiteral("saved"), true);
    const QString doneText =
        tr("Profile '%1' saved (%2, %3).")
            .arg(name, serviceDisplayName(saved->service), net::Redactor::redactUrl(saved->baseUrl));
    if (withSecret)
        return storeSecret(*saved, secret, result, doneText, ExitPartial);

    result.insert(QStringLiteral("secretStored"), false);
    if (m_ctx.out->json())
        m_ctx.out->printJson(result);
    else
        m_ctx.out->printText(doneText);
    if (saved->needsSecret())
        m_ctx.out->warn(tr("No secret was stored. Store one with 'profile set-secret %1', or pass it with "
                           "--secret-env VARIABLE.")
                            .arg(name));
    m_ctx.finish(ExitSuccess);
}

void ProfileCommands::setSecret(const QStringList& args)
{
    const Result<Profile> selected = selectNamed(args, false);
    if (!selected.ok())
        return finishWith(selected.error);
    QString secret;
    if (!readSecret(selected.value.name, &secret))
        return;
    QJsonObject result{{QStringLiteral("name"), selected.value.name}};
    storeSecret(selected.value, secret, result, tr("Secret for profile '%1' stored.").arg(selected.value.name),
                ExitFailure);
}

void ProfileCommands::storeSecret(const Profile& profile, const QString& secret, QJsonObject result,
                                  const QString& doneText, int failCode)
{
    const QString name = profile.name;
    const bool added = failCode == ExitPartial;
    m_ctx.secrets->write(
        profile.id, secret, this, [this, name, result, doneText, failCode, added](const Result<bool>& r) mutable {
            if (r.ok() && r.value) {
                result.insert(QStringLiteral("secretStored"), true);
                if (m_ctx.out->json())
                    m_ctx.out->printJson(result);
                else
                    m_ctx.out->printText(doneText + QLatin1Char(' ') + tr("The secret is in the keychain."));
                return m_ctx.finish(ExitSuccess);
            }
            // Not stored: a keychain that is locked, refuses, failed, or (r.value false) does not exist. In this
            // one-shot process a session-only copy would be gone at exit, so the secret is simply not stored.
            const Error problem =
                r.ok() ? SecretStore::errorFor(SecretStore::Operation::Write, SecretStore::Verdict::Absent, QString())
                       : r.error;
            qCWarning(lcCli).noquote() << "the secret was not stored:" << problem.detail;
            const QString advice =
                added
                    ? tr("The profile '%1' was saved without its secret. Store it later with 'profile set-secret %1', "
                         "or pass it with --secret-env VARIABLE.")
                          .arg(name)
                    : tr("The secret for '%1' was not stored. For unattended runs pass it with --secret-env "
                         "VARIABLE.")
                          .arg(name);
            if (m_ctx.out->json()) {
                result.insert(QStringLiteral("secretStored"), false);
                result.insert(QStringLiteral("error"), OutputWriter::errorJson(problem));
                m_ctx.out->printJson(result);
            } else if (added) {
                m_ctx.out->printText(doneText);
            }
            m_ctx.out->warn(problem.message + QLatin1Char(' ') + advice);
            m_ctx.finish(failCode);
        });
}

void ProfileCommands::setPin(const QStringList& args)
{
    const Result<Profile> selected = selectNamed(args, false);
    if (!selected.ok())
        return finishWith(selected.error);
    if (!isSet(m_ctx, "pin-sha256"))
        return m_ctx.finish(m_ctx.out->failUsage(
            tr("Give the fingerprint with --pin-sha256 HEX, or --pin-sha256 none to trust no extra certificate.")));
    Profile p = selected.value;
    const QString text = opt(m_ctx, "pin-sha256").trimmed();
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        p.pinnedSha256.clear();
    } else {
        p.pinnedSha256 = net::normalizeSha256(text);
        if (p.pinnedSha256.isEmpty())
            return m_ctx.finish(m_ctx.out->failUsage(tr("--pin-sha256 takes the certificate's SHA-256 fingerprint: 64 "
                                                        "hexadecimal digits, colons allowed.")));
    }
    Error error = m_ctx.store->upsert(p);
    if (error.ok())
        error = m_ctx.store->save();
    if (!error.ok())
        return finishWith(error);
    if (m_ctx.out->json())
        m_ctx.out->printJson(toJson(p));
    else if (p.pinnedSha256.isEmpty())
        m_ctx.out->printText(tr("Profile '%1' trusts no extra certificate.").arg(p.name));
    else
        m_ctx.out->printText(tr("Profile '%1' trusts the certificate with SHA-256 fingerprint %2.")
                                 .arg(p.name, QString::fromLatin1(p.pinnedSha256)));
    m_ctx.finish(ExitSuccess);
}

void ProfileCommands::setStatusName(const QStringList& args)
{
    if (args.size() != 3)
        return m_ctx.finish(m_ctx.out->failUsage(
            tr("Give the profile, the status code and its name, e.g. 'profile set-status-name shop 61 \"In "
               "Bearbeitung\"'; an empty name (\"\") removes it.")));
    const Result<Profile> selected = selectNamed(args.mid(0, 1), false);
    if (!selected.ok())
        return finishWith(selected.error);
    const QString code = args.at(1).trimmed();
    const QString text = args.at(2).trimmed();
    if (code.isEmpty() || code.size() > 32 || code.contains(QLatin1Char(' ')))
        return m_ctx.finish(m_ctx.out->failUsage(
            tr("'%1' is not a status code: give the code as the shop sends it, e.g. 61.").arg(code)));
    if (text.size() > 80)
        return m_ctx.finish(m_ctx.out->failUsage(tr("A status name has at most 80 characters.")));
    Profile p = selected.value;
    if (text.isEmpty())
        p.statusNames.remove(code);
    else
        p.statusNames.insert(code, text);
    Error error = m_ctx.store->upsert(p);
    if (error.ok())
        error = m_ctx.store->save();
    if (!error.ok())
        return finishWith(error);
    if (m_ctx.out->json())
        m_ctx.out->printJson(toJson(p));
    else if (text.isEmpty())
        m_ctx.out->printText(tr("Profile '%1' shows the status %2 as its number.").arg(p.name, code));
    else
        m_ctx.out->printText(tr("Profile '%1' shows the status %2 as \"%3\".").arg(p.name, code, p.statusLabel(code)));
    m_ctx.finish(ExitSuccess);
}

Result<net::ProxyConfig> ProfileCommands::proxyFromText(const QString& text)
{
    auto usage = [](const QString& message) {
        return Result<net::ProxyConfig>::failure(Error::make(Error::Kind::InvalidInput, message));
    };
    const QString example = tr("Give app, none, or the proxy as http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT, "
                               "e.g. 'profile set-proxy shop http://proxy.example.com:3128'.");
    // A password typed into a command line ends up in the shell's history: the URL is not even repeated.
    if (!QUrl(text.trimmed()).password().isEmpty())
        return usage(tr("A proxy password cannot be given on the command line. A proxy that asks for one is set in "
                        "the application's settings, for all profiles."));
    const std::optional<net::ProxyConfig> proxy = net::ProxyConfig::fromText(text);
    if (!proxy) {
        // Whatever stands before an @ may be a password in a form Kontor does not read: it is not repeated either.
        const QString what = text.contains(QLatin1Char('@')) ? tr("This is not a proxy.")
                                                             : tr("'%1' is not a proxy.").arg(text.trimmed());
        return usage(what + QLatin1Char(' ') + example);
    }
    if (proxy->mode == net::ProxyConfig::Mode::System)
        return usage(tr("A profile cannot choose the system's proxy itself: 'app' uses the application's setting, "
                        "which can be the system's.") +
                     QLatin1Char(' ') + example);
    if (const QStringList problems = proxy->validate(); !problems.isEmpty())
        return usage(problems.join(QLatin1Char(' ')) + QLatin1Char(' ') + example);
    return Result<net::ProxyConfig>::success(*proxy);
}

void ProfileCommands::setProxy(const QStringList& args)
{
    if (args.size() != 2)
        return m_ctx.finish(m_ctx.out->failUsage(
            tr("Give the profile and its proxy, e.g. 'profile set-proxy shop http://proxy.example.com:3128', "
               "'profile set-proxy shop none' or 'profile set-proxy shop app'.")));
    const Result<Profile> selected = selectNamed(args.mid(0, 1), false);
    if (!selected.ok())
        return finishWith(selected.error);
    const Result<net::ProxyConfig> proxy = proxyFromText(args.at(1));
    if (!proxy.ok())
        return finishWith(proxy.error);
    Profile p = selected.value;
    p.proxy = proxy.value;
    Error error = m_ctx.store->upsert(p);
    if (error.ok())
        error = m_ctx.store->save();
    if (!error.ok())
        return finishWith(error);
    qCInfo(lcCli).noquote() << "profile" << p.name << "proxy:" << p.proxy.displayText();
    if (m_ctx.out->json())
        m_ctx.out->printJson(toJson(p));
    else if (p.proxy.mode == net::ProxyConfig::Mode::Manual)
        m_ctx.out->printText(tr("Profile '%1' connects through the proxy %2.").arg(p.name, p.proxy.displayText()));
    else if (p.proxy.mode == net::ProxyConfig::Mode::None)
        m_ctx.out->printText(tr("Profile '%1' connects directly, without a proxy.").arg(p.name));
    else
        m_ctx.out->printText(tr("Profile '%1' uses the application's proxy setting.").arg(p.name));
    m_ctx.finish(ExitSuccess);
}

void ProfileCommands::list(const QStringList& args)
{
    if (!args.isEmpty())
        return m_ctx.finish(m_ctx.out->failUsage(tr("'profile list' takes no further words.")));
    const QList<Profile>& profiles = m_ctx.store->profiles();
    if (m_ctx.out->json()) {
        QJsonArray array;
        for (const Profile& p : profiles)
            array.append(toJson(p));
        m_ctx.out->printJson(QJsonObject{{QStringLiteral("profiles"), array}});
    } else if (profiles.isEmpty()) {
        m_ctx.out->printText(tr("No profiles yet. Add one with 'profile add NAME --service S --url URL'."));
    } else {
        TextTable table({tr("NAME"), tr("SERVICE"), tr("URL"), tr("AUTH"), tr("FORMAT"), tr("USER")});
        for (const Profile& p : profiles)
            table.addRow({p.name, serviceId(p.service), net::Redactor::redactUrl(p.baseUrl),
                          authKindId(p.authKind, p.authHeaderName),
                          serviceHasFormats(p.service) ? formatId(p.format) : QString(), p.user});
        m_ctx.out->printTable(table);
    }
    m_ctx.finish(ExitSuccess);
}

void ProfileCommands::show(const QStringList& args)
{
    const Result<Profile> selected = selectNamed(args, false);
    if (!selected.ok())
        return finishWith(selected.error);
    const Profile p = selected.value;
    // Only whether a secret is stored is shown; its value is dropped right here.
    m_ctx.secrets->read(p.id, this, [this, p](const Result<QString>& r) {
        QString state;
        QString stateText;
        if (r.ok() && !r.value.isEmpty()) {
            state = QStringLiteral("stored");
            stateText = tr("stored in the keychain");
        } else if (r.ok() || (r.error.kind == Error::Kind::NotFound && !m_ctx.secrets->sessionOnly())) {
            state = QStringLiteral("none");
            stateText = tr("no secret stored");
        } else {
            state = QStringLiteral("unknown");
            stateText = tr("unknown: %1").arg(r.error.message);
        }
        // What the service offers, and what its document names without describing (shown, not hidden).
        QJsonObject capabilities;
        QStringList offered;
        QStringList notOffered;
        for (Capability c : allCapabilities()) {
            const Availability a = availability(p.service, c);
            if (a == Availability::Offered) {
                capabilities.insert(capabilityId(c), QStringLiteral("offered"));
                offered << capabilityName(c);
            } else if (a == Availability::NotOffered) {
                capabilities.insert(capabilityId(c), QStringLiteral("not-offered"));
                notOffered << capabilityName(c);
            }
        }
        if (m_ctx.out->json()) {
            QJsonObject o = toJson(p);
            o.insert(QStringLiteral("secret"), state);
            o.insert(QStringLiteral("capabilities"), capabilities);
            m_ctx.out->printJson(o);
        } else {
            TextTable table;
            table.addRow({tr("Name:"), p.name});
            table.addRow({tr("Service:"), serviceDisplayName(p.service)});
            table.addRow({tr("URL:"), net::Redactor::redactUrl(p.baseUrl)});
            table.addRow({tr("Authentication:"), authKindId(p.authKind, p.authHeaderName)});
            if (!p.user.isEmpty())
                table.addRow({tr("User:"), p.user});
            if (serviceHasFormats(p.service))
                table.addRow({tr("Format:"), formatId(p.format)});
            if (p.allowInsecureHttp)
                table.addRow({tr("Plain http:"), tr("allowed")});
            if (!p.pinnedSha256.isEmpty())
                table.addRow({tr("Trusted certificate:"), QString::fromLatin1(p.pinnedSha256)});
            table.addRow({tr("Proxy:"), p.proxy.displayText()});
            table.addRow({tr("Secret:"), stateText});
            table.addRow({tr("Offers:"), offered.join(QStringLiteral(", "))});
            if (!notOffered.isEmpty())
                table.addRow({tr("Not offered:"), tr("%1 (named in the service's document but not described)")
                                                      .arg(notOffered.join(QStringLiteral(", ")))});
            m_ctx.out->printTable(table);
        }
        m_ctx.finish(ExitSuccess);
    });
}

void ProfileCommands::remove(const QStringList& args)
{
    if (args.size() != 1)
        return m_ctx.finish(m_ctx.out->failUsage(tr("Name the one profile to remove: 'profile remove NAME'.")));
    const Result<Profile> selected = m_resolver.select(args.first());
    if (!selected.ok())
        return finishWith(selected.error);
    const Profile p = selected.value;
    m_ctx.store->remove(p.id);
    const Error saveError = m_ctx.store->save();
    if (!saveError.ok())
        return finishWith(saveError);
    qCInfo(lcCli) << "profile removed:" << p.name;
    m_ctx.secrets->remove(p.id, this, [this, p](const Result<bool>& r) {
        const bool secretGone = r.ok();
        if (m_ctx.out->json()) {
            QJsonObject o{{QStringLiteral("name"), p.name},
                          {QStringLiteral("removed"), true},
                          {QStringLiteral("secretRemoved"), secretGone}};
            if (!secretGone)
                o.insert(QStringLiteral("error"), OutputWriter::errorJson(r.error));
            m_ctx.out->printJson(o);
        } else {
            m_ctx.out->printText(tr("Profile '%1' removed.").arg(p.name));
        }
        if (secretGone)
            return m_ctx.finish(ExitSuccess);
        // The profile is gone but its secret is not: say where it is, so it can be removed by hand.
        m_ctx.out->warn(r.error.message + QLatin1Char(' ') +
                        tr("The secret of '%1' is still in the keychain (service \"%2\", key \"profile:%3\").")
                            .arg(p.name, SecretStore::keychainService(), p.id));
        m_ctx.finish(ExitPartial);
    });
}

void ProfileCommands::test(const QStringList& args)
{
    const Result<Profile> selected = selectNamed(args, true);
    if (!selected.ok())
        return finishWith(selected.error);
    const Profile p = selected.value;
    m_resolver.clientFor(p, [this, p](const Result<ServiceClient*>& client) {
        if (!client.ok())
            return finishWith(client.error);
        client.value->testConnection(this, [this, p](const Result<ConnectionInfo>& r) {
            if (!r.ok()) {
                qCWarning(lcCli) << "connection test failed:" << r.error.detail;
                return finishWith(r.error);
            }
            if (m_ctx.out->json())
                m_ctx.out->printJson(QJsonObject{{QStringLiteral("profile"), p.name},
                                                 {QStringLiteral("service"), serviceId(p.service)},
                                                 {QStringLiteral("ok"), true},
                                                 {QStringLiteral("summary"), r.value.summary}});
            else
                m_ctx.out->printText(tr("Profile '%1' works. %2").arg(p.name, r.value.summary));
            m_ctx.finish(ExitSuccess);
        });
    });
}

} // namespace kontor::cli
