#include "ProfileActions.h"

#include "CertificateDialog.h"
#include "Icons.h"
#include "Logging.h"
#include "ProfileDialog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace kontor::gui {

ProfileActions::ProfileActions(ProfileStore* store, SecretStore* secrets, ClientRegistry* clients, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_secrets(secrets)
    , m_clients(clients)
    , m_window(window)
    , m_new(new QAction(Icons::add(), tr("&New profile…"), this))
    , m_edit(new QAction(Icons::edit(), tr("&Edit…"), this))
    , m_remove(new QAction(Icons::remove(), tr("&Remove…"), this))
    , m_test(new QAction(Icons::test(), tr("&Test connection"), this))
{
    m_new->setObjectName(QStringLiteral("actionNewProfile"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Connect Kontor to another shop service"));
    m_new->setIconText(tr("New profile"));
    m_edit->setObjectName(QStringLiteral("actionEditProfile"));
    m_edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_edit->setStatusTip(tr("Change the address, sign-in or timeouts of the selected profile"));
    m_edit->setIconText(tr("Edit"));
    m_remove->setObjectName(QStringLiteral("actionRemoveProfile"));
    m_remove->setStatusTip(tr("Remove the selected profile and its stored password"));
    m_remove->setIconText(tr("Remove"));
    m_test->setObjectName(QStringLiteral("actionTestConnection"));
    m_test->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_test->setStatusTip(tr("Sign in once to check that the selected profile works"));
    m_test->setIconText(tr("Test connection"));

    connect(m_new, &QAction::triggered, this, [this] { newProfile(); });
    connect(m_edit, &QAction::triggered, this, [this] { editProfile(m_currentId); });
    connect(m_remove, &QAction::triggered, this, [this] { removeProfile(m_currentId); });
    connect(m_test, &QAction::triggered, this, [this] { testConnection(m_currentId); });
    connect(m_store, &ProfileStore::changed, this, &ProfileActions::updateActions);
    updateActions();
}

ProfileActions::~ProfileActions() = default;

void ProfileActions::setCurrentProfileId(const QString& id)
{
    m_currentId = id;
    updateActions();
}

void ProfileActions::updateActions()
{
    const Profile* p = m_store->findById(m_currentId);
    const bool editable = p && !p->demo;
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_test->setEnabled(p != nullptr);
    const QString demoHint = tr("Demo profiles cannot be changed.");
    m_edit->setToolTip(p && p->demo ? demoHint : tr("Edit the selected profile"));
    m_remove->setToolTip(p && p->demo ? demoHint : tr("Remove the selected profile"));
}

ProfileDialog* ProfileActions::newProfile()
{
    return openDialog(nullptr);
}

ProfileDialog* ProfileActions::editProfile(const QString& id)
{
    const Profile* p = m_store->findById(id);
    if (!p || p->demo)
        return nullptr;
    return openDialog(p);
}

ProfileDialog* ProfileActions::openDialog(const Profile* profile)
{
    auto* dialog = new ProfileDialog(m_store, m_secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("profileDialog"));
    if (profile)
        dialog->setProfile(*profile);
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString& id) {
        // The address, the sign-in or the secret may have changed: the next call gets a fresh client.
        m_clients->forget(id);
        emit profileSaved(id);
    });
    dialog->open();
    return dialog;
}

void ProfileActions::removeProfile(const QString& id)
{
    const Profile* p = m_store->findById(id);
    if (!p || p->demo)
        return;
    const QString name = p->name;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove profile"), tr("Remove the profile '%1'?").arg(name),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("removeProfileBox"));
    box->setInformativeText(tr("Its password or API key is removed from the system keychain too. Your shop "
                               "and its orders are not affected."));
    QPushButton* removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, id, name] {
        if (box->clickedButton() != removeButton)
            return;
        if (!m_store->remove(id))
            return;
        m_clients->forget(id);
        m_store->saveAsync();
        m_secrets->remove(id, this, [this, name](const Result<bool>& removed) {
            if (!removed.ok())
                emit message(tr("The profile '%1' was removed, but its password could not be removed from the "
                                "keychain: %2")
                                 .arg(name, removed.error.message),
                             MessageBanner::Type::Warning);
        });
        emit profileRemoved(id);
        emit message(tr("The profile '%1' was removed.").arg(name), MessageBanner::Type::Information);
    });
    box->open();
}

void ProfileActions::testConnection(const QString& id)
{
    const Profile* found = m_store->findById(id);
    if (!found)
        return;
    const Profile profile = *found;
    const quint64 generation = ++m_testGeneration;
    emit busyChanged(true, tr("Testing the connection to '%1'…").arg(profile.name));
    m_clients->acquire(profile, this, [this, profile, generation](const Result<ServiceClient*>& client) {
        if (generation != m_testGeneration)
            return;
        if (!client.ok()) {
            // No secret (or no keychain): nothing was sent, so no failed sign-in was counted by the shop.
            finishTest();
            emit message(tr("The connection to '%1' was not tested. %2").arg(profile.name, client.error.message),
                         MessageBanner::Type::Error, profile.demo ? QString() : profile.id);
            return;
        }
        client.value->testConnection(this, [this, profile, generation](const Result<ConnectionInfo>& result) {
            if (generation != m_testGeneration)
                return;
            finishTest();
            if (result.ok()) {
                emit message(tr("The connection to '%1' works. %2").arg(profile.name, result.value.summary),
                             MessageBanner::Type::Positive);
                return;
            }
            qCInfo(lcApp) << "connection test failed:" << Error::kindName(result.error.kind) << result.error.detail;
            emit message(tr("The connection to '%1' does not work. %2").arg(profile.name, result.error.message),
                         MessageBanner::Type::Error, profile.demo ? QString() : profile.id);
        });
    });
}

void ProfileActions::finishTest()
{
    emit busyChanged(false, {});
}

void ProfileActions::trustCertificate(const QString& id, const PeerCertificate& certificate)
{
    const Profile* found = m_store->findById(id);
    if (!found || found->demo || certificate.sha256.isEmpty())
        return;
    auto* dialog = new CertificateDialog(found->name, found->baseUrl.host(), certificate, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::trusted, this, [this, id](const QString& sha256) {
        const Profile* current = m_store->findById(id);
        if (!current)
            return;
        Profile changed = *current;
        changed.pinnedSha256 = net::normalizeSha256(sha256);
        saveChanged(changed);
    });
    dialog->open();
}

void ProfileActions::saveChanged(const Profile& profile)
{
    const Error error = m_store->upsert(profile);
    if (!error.ok()) {
        emit message(error.message, MessageBanner::Type::Error);
        return;
    }
    m_store->saveAsync();
    m_clients->forget(profile.id);
    emit profileSaved(profile.id);
}

} // namespace kontor::gui
