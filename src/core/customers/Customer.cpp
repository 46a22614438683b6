#include "customers/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace kontor::Customers {

QList<FieldProblem> validate(const CustomerUpdate& update)
{
    QList<FieldProblem> problems;
    const QString id = update.id.trimmed();
    bool numeric = false;
    if (!id.isEmpty() && (id.toLongLong(&numeric) <= 0 || !numeric))
        problems.append(
            {QStringLiteral("id"),
             QCoreApplication::translate("kontor::Customers", "The customer id is a whole number; \"%1\" is not.")
                 .arg(id)});
    if (id.isEmpty() && !update.createIfNotExist)
        problems.append(
            {QStringLiteral("id"),
             QCoreApplication::translate("kontor::Customers",
                                         "Say which customer (their id), or ask for a new one to be created.")});
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QSet<QString> ownOptions = {QStringLiteral("id"), QStringLiteral("create_if_not_exist"),
                                             QStringLiteral("group_name"), QStringLiteral("apikey"),
                                             QStringLiteral("format")};
    QSet<QString> seen;
    for (const auto& [key, value] : update.fields) {
        if (key == QLatin1String("age")) {
            problems.append({key, QCoreApplication::translate("kontor::Customers",
                                                              "VirtualPOS works out the age from the birth date "
                                                              "(birth_date); the age itself cannot be sent.")});
        } else if (!name.match(key).hasMatch()) {
            problems.append({key, QCoreApplication::translate("kontor::Customers",
                                                              "\"%1\" is not a field name (small letters, digits and "
                                                              "_, e.g. fname or birth_date).")
                                      .arg(key)});
        } else if (ownOptions.contains(key)) {
            problems.append({key, QCoreApplication::translate("kontor::Customers",
                                                              "%1 has its own option; it is not a customer field.")
                                      .arg(key)});
        } else if (seen.contains(key)) {
            problems.append({key, QCoreApplication::translate("kontor::Customers", "%1 is given twice.").arg(key)});
        } else if (key == QLatin1String("birth_date") && !value.trimmed().isEmpty() &&
                   !QDate::fromString(value.trimmed(), QStringLiteral("yyyy-MM-dd")).isValid()) {
            problems.append(
                {key, QCoreApplication::translate("kontor::Customers",
                                                  "\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 1980-05-17.")
                          .arg(value.trimmed())});
        }
        seen.insert(key);
    }
    return problems;
}

FieldList wireFields(const CustomerUpdate& update)
{
    FieldList out;
    if (!update.id.trimmed().isEmpty())
        out.append({QStringLiteral("id"), update.id.trimmed()});
    if (update.createIfNotExist)
        out.append({QStringLiteral("create_if_not_exist"), QStringLiteral("1")});
    if (!update.groupName.trimmed().isEmpty())
        out.append({QStringLiteral("group_name"), update.groupName.trimmed()});
    for (const auto& [key, value] : update.fields)
        out.append({key, value}); // as typed: an empty value clears the field
    return out;
}

QString field(const FieldList& customer, const QString& name)
{
    for (const auto& [key, value] : customer) {
        if (key == name)
            return value;
    }
    return {};
}

QString displayName(const FieldList& customer)
{
    const QString name = (field(customer, QStringLiteral("fname")).trimmed() + QLatin1Char(' ') +
                          field(customer, QStringLiteral("lname")).trimmed())
                             .trimmed();
    if (!name.isEmpty())
        return name;
    const QString email = field(customer, QStringLiteral("email")).trimmed();
    return email.isEmpty() ? field(customer, QStringLiteral("id")) : email;
}

} // namespace kontor::Customers
