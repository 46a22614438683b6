#include "profile/ProfileStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace kontor {

namespace {

// Ordered, so a file keeps its members in the order they were written, by whichever version wrote them.
using json = nlohmann::ordered_json;

std::string s(const QString& v)
{
    return v.toStdString();
}

QString q(const json& obj, const char* key)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

int qi(const json& obj, const char* key, int fallback)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number_integer())
        return fallback;
    return it->get<int>();
}

bool qb(const json& obj, const char* key)
{
    auto it = obj.find(key);
    return it != obj.end() && it->is_boolean() && it->get<bool>();
}

// Writes atomically: a crash mid-write leaves the old file intact. Owner-only permissions.
Error writeFile(const QString& dir, const QString& path, const QByteArray& data)
{
    if (!QDir().mkpath(dir)) {
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate(
                               "kontor::ProfileStore",
                               "Kontor could not create its settings folder %1. Check that you may write there.")
                               .arg(QDir::toNativeSeparators(dir)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("kontor::ProfileStore", "Kontor could not save the profiles to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("kontor::ProfileStore", "Kontor could not save the profiles to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

// One writer thread, so saves land in the order they were made.
QThreadPool& writerPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return *pool;
}

} // namespace

QString ProfileStore::resolveConfigDir(const QString& explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString fromEnv = qEnvironmentVariable("KONTOR_CONFIG_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.config");
    return QDir(base).filePath(QStringLiteral("Kontor"));
}

ProfileStore::ProfileStore(QString configDir, QObject* parent)
    : QObject(parent)
    , m_dir(std::move(configDir))
{}

ProfileStore::~ProfileStore()
{
    waitForPendingSaves();
}

void ProfileStore::waitForPendingSaves()
{
    if (m_pendingSaves > 0)
        writerPool().waitForDone();
}

QString ProfileStore::filePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("profiles.json"));
}

Error ProfileStore::load()
{
    QFile file(filePath());
    QList<Profile> ephemeral;
    for (const Profile& p : std::as_const(m_profiles)) {
        if (p.demo)
            ephemeral << p;
    }
    if (!file.exists()) {
        m_profiles = ephemeral;
        m_loadFailed = false;
        emit changed();
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadFailed = true;
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("kontor::ProfileStore", "Kontor could not read its profiles from %1: %2")
                .arg(QDir::toNativeSeparators(filePath()), file.errorString()));
    }
    Result<File> parsed = fromJson(file.readAll());
    if (!parsed.ok()) {
        m_loadFailed = true;
        parsed.error.message = QCoreApplication::translate(
                                   "kontor::ProfileStore",
                                   "The profile file %1 is damaged, so Kontor will not change it. Move it aside to "
                                   "start afresh. (%2)")
                                   .arg(QDir::toNativeSeparators(filePath()), parsed.error.message);
        return parsed.error;
    }
    m_loadFailed = false;
    m_profiles = parsed.value.profiles + ephemeral;
    m_foreign = parsed.value.foreign;
    m_document = parsed.value.document;
    emit changed();
    return {};
}

QByteArray ProfileStore::toJson() const
{
    const auto objectFrom = [](const QByteArray& text) {
        json o = text.isEmpty() ? json::object()
                                : json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
        return o.is_object() ? o : json::object();
    };
    json list = json::array();
    for (const Profile& p : m_profiles) {
        if (p.demo)
            continue;
        // Start from the object as read, so members this version does not know stay as they were.
        json o = objectFrom(p.storedJson);
        o["id"] = s(p.id);
        o["name"] = s(p.name);
        o["service"] = s(serviceId(p.service));
        o["baseUrl"] = s(p.baseUrl.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
        o["format"] = s(formatId(p.format));
        o["auth"] = s(authKindId(p.authKind, p.authHeaderName));
        o["user"] = s(p.user);
        o["allowInsecureHttp"] = p.allowInsecureHttp;
        if (p.pinnedSha256.isEmpty())
            o.erase("pinnedSha256");
        else
            o["pinnedSha256"] = p.pinnedSha256.toStdString();
        json endpoints = json::object();
        if (auto it = o.find("endpoints"); it != o.end() && it->is_object()) {
            for (auto e = it->begin(); e != it->end(); ++e) {
                if (!e.value().is_string()) // a kind of override this version cannot read: keep it
                    endpoints[e.key()] = e.value();
            }
        }
        for (auto it = p.endpoints.cbegin(); it != p.endpoints.cend(); ++it)
            endpoints[s(it.key())] = s(it.value());
        o["endpoints"] = endpoints;
        if (p.statusNames.isEmpty()) {
            o.erase("statusNames");
        } else {
            json names = json::object();
            for (auto it = p.statusNames.cbegin(); it != p.statusNames.cend(); ++it)
                names[s(it.key())] = s(it.value());
            o["statusNames"] = names;
        }
        if (p.statusMethod.isEmpty())
            o.erase("statusMethod");
        else
            o["statusMethod"] = s(p.statusMethod);
        if (p.proxy.mode == net::ProxyConfig::Mode::Application) {
            o.erase("proxy"); // absent means the application's, as older versions wrote it
        } else {
            json proxy = json::object();
            proxy["mode"] = s(net::ProxyConfig::modeId(p.proxy.mode));
            if (p.proxy.mode == net::ProxyConfig::Mode::Manual) {
                proxy["type"] = s(net::ProxyConfig::typeId(p.proxy.type));
                proxy["host"] = s(p.proxy.host);
                proxy["port"] = p.proxy.port;
                if (!p.proxy.user.isEmpty())
                    proxy["user"] = s(p.proxy.user);
            }
            o["proxy"] = proxy;
        }
        json timeouts = o.contains("timeouts") && o["timeouts"].is_object() ? o["timeouts"] : json::object();
        timeouts["connectMs"] = p.timeouts.connectMs;
        timeouts["inactivityMs"] = p.timeouts.inactivityMs;
        timeouts["totalMs"] = p.timeouts.totalMs;
        o["timeouts"] = timeouts;
        list.push_back(o);
    }
    // Profiles of services this version does not know go back where they were.
    for (const auto& [index, text] : m_foreign) {
        json o = objectFrom(text);
        const auto at =
            static_cast<json::difference_type>(std::min<qsizetype>(index, static_cast<qsizetype>(list.size())));
        list.insert(list.begin() + at, o);
    }
    json root = objectFrom(m_document);
    if (!root.contains("version") || !root["version"].is_number_integer())
        root["version"] = 1;
    root["profiles"] = list;
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

Result<ProfileStore::File> ProfileStore::fromJson(const QByteArray& data)
{
    const json root = json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("profiles") || !root["profiles"].is_array())
        return Result<File>::failure(
            Error::make(Error::Kind::Malformed,
                        QCoreApplication::translate("kontor::ProfileStore", "It is not a Kontor profile list.")));
    File file;
    json rest = root;
    rest.erase("profiles");
    file.document = QByteArray::fromStdString(rest.dump());
    qsizetype index = 0;
    for (const json& o : root["profiles"]) {
        const QByteArray verbatim = QByteArray::fromStdString(o.dump());
        const std::optional<Service> service = o.is_object() ? serviceFromId(q(o, "service")) : std::nullopt;
        if (!service) {
            // A service (or an entry) this version does not know: kept as it is, in its place.
            file.foreign.append({index++, verbatim});
            continue;
        }
        ++index;
        Profile p = Profile::defaultsFor(*service);
        p.storedJson = verbatim;
        p.id = q(o, "id");
        if (p.id.isEmpty())
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.name = q(o, "name");
        p.baseUrl = QUrl(q(o, "baseUrl"), QUrl::StrictMode);
        if (auto f = formatFromId(q(o, "format")))
            p.format = *f;
        net::AuthKind kind;
        QByteArray header;
        if (parseAuthKind(q(o, "auth"), &kind, &header)) {
            p.authKind = kind;
            p.authHeaderName = header;
        }
        p.user = q(o, "user");
        p.allowInsecureHttp = qb(o, "allowInsecureHttp");
        p.pinnedSha256 = net::normalizeSha256(q(o, "pinnedSha256"));
        if (auto it = o.find("endpoints"); it != o.end() && it->is_object()) {
            for (auto e = it->begin(); e != it->end(); ++e) {
                if (e.value().is_string())
                    p.endpoints.insert(QString::fromStdString(e.key()),
                                       QString::fromStdString(e.value().get<std::string>()));
            }
        }
        if (auto it = o.find("statusNames"); it != o.end() && it->is_object()) {
            for (auto e = it->begin(); e != it->end(); ++e) {
                if (e.value().is_string() && !e.value().get<std::string>().empty())
                    p.statusNames.insert(QString::fromStdString(e.key()),
                                         QString::fromStdString(e.value().get<std::string>()));
            }
        }
        p.statusMethod = q(o, "statusMethod").toLower();
        if (p.statusMethod != QLatin1String("patch"))
            p.statusMethod.clear();
        if (auto it = o.find("timeouts"); it != o.end() && it->is_object()) {
            p.timeouts.connectMs = qi(*it, "connectMs", p.timeouts.connectMs);
            p.timeouts.inactivityMs = qi(*it, "inactivityMs", p.timeouts.inactivityMs);
            p.timeouts.totalMs = qi(*it, "totalMs", p.timeouts.totalMs);
        }
        if (auto it = o.find("proxy"); it != o.end() && it->is_object()) {
            const auto mode = net::ProxyConfig::modeFromId(q(*it, "mode"));
            if (mode && *mode != net::ProxyConfig::Mode::System)
                p.proxy.mode = *mode;
            if (auto type = net::ProxyConfig::typeFromId(q(*it, "type")))
                p.proxy.type = *type;
            p.proxy.host = q(*it, "host");
            p.proxy.port = qi(*it, "port", 0);
            p.proxy.user = q(*it, "user");
            if (p.proxy.mode == net::ProxyConfig::Mode::Manual && !p.proxy.validate().isEmpty()) {
                qCWarning(lcProfile).noquote() << "profile" << p.id << "has an unusable proxy; using the application's";
                p.proxy = {};
            }
        }
        file.profiles << p;
    }
    return Result<File>::success(file);
}

Error ProfileStore::save() const
{
    if (m_loadFailed)
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("kontor::ProfileStore",
                                        "The profile file could not be read, so Kontor does not overwrite it."));
    return writeFile(m_dir, filePath(), toJson());
}

void ProfileStore::saveAsync()
{
    if (m_loadFailed) {
        emit saved(save());
        return;
    }
    auto* watcher = new QFutureWatcher<Error>(this);
    ++m_pendingSaves;
    connect(watcher, &QFutureWatcher<Error>::finished, this, [this, watcher] {
        --m_pendingSaves;
        const Error e = watcher->result();
        if (!e.ok())
            qCWarning(lcProfile).noquote() << "saving profiles failed:" << e.message;
        emit saved(e);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&writerPool(), writeFile, m_dir, filePath(), toJson()));
}

const Profile* ProfileStore::find(const QString& name) const
{
    for (const Profile& p : m_profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const Profile* ProfileStore::findById(const QString& id) const
{
    for (const Profile& p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

Error ProfileStore::upsert(Profile profile)
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return Error::make(Error::Kind::InvalidInput, problems.join(QLatin1Char(' ')));
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const Profile& p : std::as_const(m_profiles)) {
        if (p.id != profile.id && p.name.compare(profile.name, Qt::CaseInsensitive) == 0)
            return Error::make(
                Error::Kind::InvalidInput,
                QCoreApplication::translate("kontor::ProfileStore",
                                            "A profile named \"%1\" exists already. Choose another name.")
                    .arg(profile.name));
    }
    for (Profile& p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            emit changed();
            return {};
        }
    }
    m_profiles << profile;
    emit changed();
    return {};
}

bool ProfileStore::remove(const QString& id)
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].id == id) {
            m_profiles.removeAt(i);
            emit changed();
            return true;
        }
    }
    return false;
}

void ProfileStore::addEphemeral(const Profile& profile)
{
    Profile p = profile;
    p.demo = true;
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_profiles << p;
    emit changed();
}

} // namespace kontor
