#pragma once
// DemoSession: "try Kontor without a shop". Starts the built-in simulator of the four services on
// loopback, inside this process, and adds one demo profile per service to the ProfileStore. The demo
// profiles live in memory only, and their secrets are session secrets: neither reaches a file or the
// keychain.

#include "Result.h"
#include "SandboxOptions.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace kontor {
class ProfileStore;
class SecretStore;
namespace sandbox {
class Sandbox;
}
} // namespace kontor

namespace kontor::gui {

class DemoSession : public QObject
{
    Q_OBJECT
public:
    DemoSession(ProfileStore* store, SecretStore* secrets, sandbox::SandboxOptions options = {},
                QObject* parent = nullptr);
    ~DemoSession() override;

    // Starts the simulator and adds the demo profiles. Binding loopback ports is immediate; no waiting.
    Error start();

    // The ids of the demo profiles, in the order they were added.
    QStringList profileIds() const { return m_profileIds; }
    // The demo profile to show first: the first one whose service offers orders (Printlounge).
    QString firstOrdersProfileId() const { return m_firstOrders; }
    sandbox::Sandbox* sandbox() const { return m_sandbox.get(); }

private:
    ProfileStore* m_store;
    SecretStore* m_secrets;
    sandbox::SandboxOptions m_options;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QStringList m_profileIds;
    QString m_firstOrders;
};

} // namespace kontor::gui
