#pragma once
// VirtualPOS customers (document 002): a page of the customer list, and an update as Kontor builds it (the
// customer by id, create_if_not_exist, group_name and any customer fields), checked before it is sent: `age`
// is refused (the server computes it from birth_date), field names are the API's own form, dates are dates.

#include "domain/FieldProblem.h"
#include "domain/Records.h"

#include <QList>
#include <optional>

namespace kontor {

struct CustomerPage
{
    QList<FieldList> customers; // each as the service names its fields, in its order
    int page = 1;
    int pageSize = 0;
    std::optional<int> total; // when the answer says it
};

struct CustomerUpdate
{
    QString id;                    // the customer's id; empty with createIfNotExist: a new customer
    bool createIfNotExist = false; // create the customer when the id finds none
    QString groupName;             // the customer group by name (created when new)
    FieldList fields;              // fname, lname, email, phone, birth_date, ...
};

namespace Customers {

// Everything wrong with `update`, field by field; empty when it may be sent.
QList<FieldProblem> validate(const CustomerUpdate& update);
// The form fields sent: id, create_if_not_exist (1 when asked for), group_name, then the fields as given.
FieldList wireFields(const CustomerUpdate& update);
// A customer's name for a list: first and last name, else the e-mail, else the id.
QString displayName(const FieldList& customer);
QString field(const FieldList& customer, const QString& name);

inline const QString UpdateEndpointKey = QStringLiteral("virtpos.customerUpdate");
inline const QString UpdateRoute = QStringLiteral("/api/customer/update");
inline const QString ListRoute = QStringLiteral("/api/customer");

} // namespace Customers

} // namespace kontor
