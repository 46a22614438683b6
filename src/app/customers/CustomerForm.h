#pragma once
// CustomerForm: a VirtualPOS customer, new or existing (document 002, customer/update). The customer's
// fields (names, e-mail, phone, birth date, group, ...), "create if it does not exist", and the age read-only
// when the record has one: VirtualPOS computes it from the birth date and it is never sent. Save checks the
// update (Customers::validate: errors under their fields, nothing sent), shows the exact fields (old and new
// for an existing customer; only the changed ones are sent), then writes through RecordWrites::updateCustomer
// (one audit row). After a write the form goes on editing the customer as stored.

#include "RecordForm.h"
#include "profile/Profile.h"

#include <QPointer>
#include <QScopedPointer>
#include <optional>

class QPushButton;

namespace Ui {
class CustomerForm;
}

namespace kontor {
class AuditLog;
class ClientRegistry;
struct CustomerUpdate;
} // namespace kontor

namespace kontor::gui {

class CustomerForm : public RecordForm
{
    Q_OBJECT
public:
    // `existing`: the customer's fields as the service listed them; nothing for a new customer.
    CustomerForm(ClientRegistry* clients, AuditLog* audit, const Profile& profile,
                 const std::optional<FieldList>& existing, QWidget* parent);
    ~CustomerForm() override;

    // The wire fields the form edits (fname, lname, ...; group_name and id apart), in the form's order.
    static QStringList editedFields();

    bool isNew() const { return !m_existing.has_value(); }
    QPushButton* saveButton() const { return m_save; }
    // The field's input (a QLineEdit, or the comment's QPlainTextEdit), for tests and screenshots.
    void setFieldText(const QString& field, const QString& text);
    void setCreateIfNotExist(bool create);
    // The age shown read-only ("" and hidden when the record has none).
    QString ageText() const;
    bool ageShown() const;

    // What Save would send now.
    CustomerUpdate update() const;

signals:
    // A write the shop accepted: the customer as it is now (what was loaded, with what was sent).
    void customerSaved(const kontor::FieldList& customer);

public slots:
    void save();

private:
    void load(const std::optional<FieldList>& customer);
    QString text(const QString& field) const;
    void send(const CustomerUpdate& update);

    const QScopedPointer<Ui::CustomerForm> m_ui;
    ClientRegistry* m_clients;
    QPointer<AuditLog> m_audit;
    Profile m_profile;
    std::optional<FieldList> m_existing;
    QPushButton* m_save;
};

} // namespace kontor::gui
