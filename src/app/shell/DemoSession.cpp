#include "DemoSession.h"

#include "Logging.h"
#include "Sandbox.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/Capabilities.h"

#include <QUuid>

namespace kontor::gui {

DemoSession::DemoSession(ProfileStore* store, SecretStore* secrets, sandbox::SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_options(std::move(options))
{}

DemoSession::~DemoSession() = default;

Error DemoSession::start()
{
    if (m_sandbox)
        return {};
    m_sandbox = std::make_unique<sandbox::Sandbox>(m_options);
    QString why;
    if (!m_sandbox->start(&why)) {
        m_sandbox.reset();
        qCWarning(lcApp).noquote() << "demo simulator did not start:" << why;
        return Error::make(Error::Kind::Network, tr("The demo could not start its built-in simulator."), why);
    }

    // Printlounge first: it is the demo profile shown at start.
    const struct
    {
        Service service;
        const char* name;
    } demos[] = {
        {Service::Printlounge, QT_TR_NOOP("Demo Printlounge")},
        {Service::Htk, QT_TR_NOOP("Demo OmniSeller")},
        {Service::Virtpos, QT_TR_NOOP("Demo VirtualPOS")},
        {Service::Webshippy, QT_TR_NOOP("Demo Webshippy")},
    };
    for (const auto& demo : demos) {
        Profile p = Profile::defaultsFor(demo.service);
        p.id = QStringLiteral("demo-") + serviceId(demo.service) + QLatin1Char('-') +
               QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        p.name = tr(demo.name);
        p.baseUrl = m_sandbox->url(serviceId(demo.service));
        p.user = m_sandbox->options().user;
        p.demo = true;
        if (demo.service == Service::Printlounge) {
            // The simulator's status codes, named as a shop would name them (in the person's language), so
            // the demo shows what a profile with status names looks like.
            p.statusNames = {{QStringLiteral("61"), tr("In progress")},
                             {QStringLiteral("62"), tr("Ready to ship")},
                             {QStringLiteral("63"), tr("Waiting for payment")},
                             {QStringLiteral("64"), tr("On hold")},
                             {QStringLiteral("137"), tr("Shipped")}};
        }
        m_secrets->putSessionSecret(p.id, m_sandbox->options().secret);
        m_store->addEphemeral(p);
        m_profileIds << p.id;
        if (m_firstOrders.isEmpty() && offers(demo.service, Capability::Orders))
            m_firstOrders = p.id;
    }
    qCInfo(lcApp) << "demo mode: simulator running," << m_profileIds.size() << "demo profiles";
    return {};
}

} // namespace kontor::gui
