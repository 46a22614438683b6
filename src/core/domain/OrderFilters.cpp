#include "domain/OrderFilters.h"

#include <QDate>

namespace kontor {

QList<OrderFilterField> orderFilterFields(Service service)
{
    using Kind = OrderFilterField::Kind;
    switch (service) {
    case Service::Printlounge:
        return {{QStringLiteral("orderStatus"), QStringLiteral("order-status"), Kind::Number},
                {QStringLiteral("status"), QStringLiteral("status"), Kind::Number},
                {QStringLiteral("statusPaid"), QStringLiteral("paid"), Kind::Flag}};
    case Service::Virtpos:
        // datefrom/dateto/days come from the vendor's wiki (api-docs README), as YYYYMMDD.
        return {{QStringLiteral("id"), QStringLiteral("id"), Kind::Text},
                {QStringLiteral("external_id"), QStringLiteral("external-id"), Kind::Text},
                {QStringLiteral("datefrom"), QStringLiteral("from"), Kind::Date},
                {QStringLiteral("dateto"), QStringLiteral("to"), Kind::Date},
                {QStringLiteral("days"), QStringLiteral("days"), Kind::Number}};
    case Service::Htk:
    case Service::Webshippy:
        return {};
    }
    return {};
}

std::optional<QString> orderFilterWireValue(const OrderFilterField& field, const QString& value)
{
    const QString text = value.trimmed();
    switch (field.kind) {
    case OrderFilterField::Kind::Number: {
        bool ok = false;
        const int n = text.toInt(&ok);
        return ok && n >= 0 ? std::optional<QString>(QString::number(n)) : std::nullopt;
    }
    case OrderFilterField::Kind::Flag:
        return text == QLatin1String("0") || text == QLatin1String("1") ? std::optional<QString>(text) : std::nullopt;
    case OrderFilterField::Kind::Text:
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    case OrderFilterField::Kind::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? std::optional<QString>(date.toString(QStringLiteral("yyyyMMdd"))) : std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace kontor
