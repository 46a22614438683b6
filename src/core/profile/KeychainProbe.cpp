#include "profile/KeychainProbe.h"

#include <QMetaObject>
#include <QPointer>

#ifdef KONTOR_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QVariantMap>
#endif

namespace kontor {

void KeychainProbe::probe(const QString& service, const QString& key, QObject* context, std::function<void(State)> done)
{
    QPointer<QObject> guard(context);
    auto finish = [guard, done](State state) {
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard, [done, state] { done(state); }, Qt::QueuedConnection);
    };
#ifdef KONTOR_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finish(State::Absent);
        return;
    }
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered);
    // QtKeychain's libsecret schema stores the key as "user" and the service as "server".
    QMap<QString, QString> attributes{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}};
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    call << QVariant::fromValue(attributes);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher, [watcher, finish, bus] {
        watcher->deleteLater();
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *watcher;
        if (reply.isError()) {
            const QDBusError::ErrorType type = reply.error().type();
            const bool absent =
                type == QDBusError::ServiceUnknown || type == QDBusError::NoServer || type == QDBusError::Disconnected;
            finish(absent ? State::Absent : State::Unknown);
            return;
        }
        // The Secret Service finds locked entries too (their attributes are searchable).
        if (!reply.argumentAt<1>().isEmpty()) {
            finish(State::EntryLocked);
            return;
        }
        // No entry: a new one would go to the default keyring; is that one open?
        QDBusMessage get = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        QDBusConnection connection = bus;
        auto* second = new QDBusPendingCallWatcher(connection.asyncCall(get, 5000));
        QObject::connect(second, &QDBusPendingCallWatcher::finished, second, [second, finish] {
            second->deleteLater();
            const QDBusPendingReply<QDBusVariant> locked = *second;
            if (locked.isError()) {
                finish(State::Unlocked); // no default keyring yet: one will be made on the first write
                return;
            }
            finish(locked.value().variant().toBool() ? State::CollectionLocked : State::Unlocked);
        });
    });
#else
    Q_UNUSED(service);
    Q_UNUSED(key);
    finish(State::Unknown);
#endif
}

} // namespace kontor
