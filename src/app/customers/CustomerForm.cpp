#include "CustomerForm.h"

#include "audit/AuditLog.h"
#include "customers/Customer.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"
#include "services/virtpos/VirtposClient.h"
#include "ui_CustomerForm.h"
#include "writes/RecordWrites.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace kontor::gui {

namespace {

void setField(FieldList& fields, const QString& name, const QString& value)
{
    for (auto& [key, old] : fields) {
        if (key == name) {
            old = value;
            return;
        }
    }
    fields.append({name, value});
}

} // namespace

CustomerForm::CustomerForm(ClientRegistry* clients, AuditLog* audit, const Profile& profile,
                           const std::optional<FieldList>& existing, QWidget* parent)
    : RecordForm(parent)
    , m_ui(new Ui::CustomerForm)
    , m_clients(clients)
    , m_audit(audit)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("customerForm"));
    installBanner();

    m_save = m_ui->buttonBox->addButton(tr("Save customer…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveCustomer"));
    m_save->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CustomerForm::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CustomerForm::reject);
    addSendButton(m_save);

    m_ui->birthEdit->setPlaceholderText(tr("YYYY-MM-DD, e.g. 1980-05-17"));
    m_ui->groupEdit->setPlaceholderText(tr("The group's name; a new name creates the group"));
    m_ui->createCheck->setToolTip(
        tr("When no customer has this id (or no id is given), VirtualPOS creates the customer"));
    m_ui->ageValue->setWordWrap(false); // a wrapped label in a form row is cut off: the note is short

    bindField(QStringLiteral("id"), m_ui->idEdit);
    bindField(QStringLiteral("fname"), m_ui->fnameEdit);
    bindField(QStringLiteral("mname"), m_ui->mnameEdit);
    bindField(QStringLiteral("lname"), m_ui->lnameEdit);
    bindField(QStringLiteral("email"), m_ui->emailEdit);
    bindField(QStringLiteral("phone"), m_ui->phoneEdit);
    bindField(QStringLiteral("birth_date"), m_ui->birthEdit);
    bindField(QStringLiteral("gender"), m_ui->genderEdit);
    bindField(QStringLiteral("group_name"), m_ui->groupEdit);
    bindField(QStringLiteral("external_id"), m_ui->externalEdit);
    bindField(QStringLiteral("address"), m_ui->addressEdit);
    bindField(QStringLiteral("comment"), m_ui->commentEdit);
    trackWidget(m_ui->createCheck);

    resize(560, sizeHint().height());
    load(existing);
}

CustomerForm::~CustomerForm() = default;

QStringList CustomerForm::editedFields()
{
    return {QStringLiteral("fname"),  QStringLiteral("mname"),       QStringLiteral("lname"),
            QStringLiteral("email"),  QStringLiteral("phone"),       QStringLiteral("birth_date"),
            QStringLiteral("gender"), QStringLiteral("external_id"), QStringLiteral("address"),
            QStringLiteral("comment")};
}

void CustomerForm::setFieldText(const QString& field, const QString& text)
{
    QWidget* input = fieldInput(field);
    if (auto* line = qobject_cast<QLineEdit*>(input))
        line->setText(text);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(input))
        plain->setPlainText(text);
}

void CustomerForm::setCreateIfNotExist(bool create)
{
    m_ui->createCheck->setChecked(create);
}

QString CustomerForm::text(const QString& field) const
{
    const QWidget* input = fieldInput(field);
    if (const auto* line = qobject_cast<const QLineEdit*>(input))
        return line->text().trimmed();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(input))
        return plain->toPlainText();
    return {};
}

QString CustomerForm::ageText() const
{
    return ageShown() ? m_ui->ageValue->text() : QString();
}

bool CustomerForm::ageShown() const
{
    return m_ui->customerFields->isRowVisible(m_ui->ageValue);
}

void CustomerForm::load(const std::optional<FieldList>& customer)
{
    m_existing = customer;
    const FieldList fields = customer.value_or(FieldList{});
    for (const QString& field : editedFields())
        setFieldText(field, Customers::field(fields, field));
    const QString id = Customers::field(fields, QStringLiteral("id")).trimmed();
    m_ui->idEdit->setText(id);
    m_ui->groupEdit->setText(Customers::field(fields, QStringLiteral("group_name")).trimmed());
    // An existing customer is the one with its id; a new one may name an id to update or create.
    m_ui->idEdit->setReadOnly(customer.has_value());
    m_ui->idEdit->setPlaceholderText(customer ? QString() : tr("Empty: VirtualPOS gives the new customer an id"));
    m_ui->createCheck->setChecked(!customer.has_value());
    const QString age = Customers::field(fields, QStringLiteral("age")).trimmed();
    m_ui->ageValue->setText(tr("%1 — VirtualPOS computes it from the birth date; it is never sent").arg(age));
    m_ui->customerFields->setRowVisible(m_ui->ageValue, !age.isEmpty());
    setWindowTitle(customer ? tr("Customer %1 — %2").arg(Customers::displayName(fields), m_profile.name)
                            : tr("New customer — %1").arg(m_profile.name));
    markClean();
}

CustomerUpdate CustomerForm::update() const
{
    CustomerUpdate u;
    u.id = m_ui->idEdit->text().trimmed();
    u.createIfNotExist = m_ui->createCheck->isChecked();
    const FieldList before = m_existing.value_or(FieldList{});
    // An existing customer: only what changed is sent (an emptied field is sent empty, which clears it).
    // A new one: what was filled in.
    for (const QString& field : editedFields()) {
        const QString value = text(field);
        if (m_existing ? value != Customers::field(before, field).trimmed() : !value.isEmpty())
            u.fields.append({field, value});
    }
    const QString group = m_ui->groupEdit->text().trimmed();
    if (group != Customers::field(before, QStringLiteral("group_name")).trimmed())
        u.groupName = group;
    return u;
}

void CustomerForm::save()
{
    if (isSending())
        return;
    const CustomerUpdate u = update();
    if (showProblems(Customers::validate(u)))
        return;
    if (m_existing && u.fields.isEmpty() && u.groupName.isEmpty() && !u.createIfNotExist) {
        banner()->showMessage(tr("Nothing has changed; there is nothing to send."), MessageBanner::Type::Information);
        return;
    }
    const QString title = m_existing ? tr("Update customer %1").arg(u.id) : tr("Create customer");
    confirmAndSend(
        title,
        tr("These fields will be sent to VirtualPOS '%1'. Nothing is sent until you press Send.").arg(m_profile.name),
        Customers::wireFields(u), m_existing, tr("Send"), [this, u] { send(u); });
}

void CustomerForm::send(const CustomerUpdate& update)
{
    sendStarted(tr("Saving the customer…"));
    m_clients->acquire(m_profile, this, [this, update](const Result<ServiceClient*>& made) {
        if (!made.ok()) {
            sendFailed(made.error);
            return;
        }
        auto* client = qobject_cast<VirtposClient*>(made.value);
        if (!client) {
            sendFailed(Error::make(Error::Kind::Unsupported, tr("Customers are VirtualPOS's; this profile is not.")));
            return;
        }
        RecordWrites::updateCustomer(
            client, m_profile, m_audit, update, this, [this, update](const Result<RecordWriteOutcome>& written) {
                if (!written.ok()) {
                    sendFailed(written.error);
                    return;
                }
                FieldList stored = m_existing.value_or(FieldList{});
                const QString id = written.value.id.isEmpty() ? update.id : written.value.id;
                setField(stored, QStringLiteral("id"), id);
                for (const auto& [key, value] : update.fields)
                    setField(stored, key, value);
                if (!update.groupName.isEmpty())
                    setField(stored, QStringLiteral("group_name"), update.groupName);
                // The age follows a new birth date at the shop; the old one would be wrong here.
                for (const auto& [key, value] : update.fields) {
                    if (key == QLatin1String("birth_date"))
                        stored.removeIf([](const auto& f) { return f.first == QLatin1String("age"); });
                }
                const bool created = written.value.kind == RecordWriteOutcome::Kind::Created;
                load(stored);
                QString text = created ? tr("Customer %1 created.").arg(id) : tr("Customer %1 updated.").arg(id);
                if (written.value.auditId == 0)
                    text += QLatin1Char(' ') + tr("The history could not record it: %1").arg(written.value.auditError);
                emit customerSaved(stored);
                sendSucceeded(text);
            });
    });
}

} // namespace kontor::gui
