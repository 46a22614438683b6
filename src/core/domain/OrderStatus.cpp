#include "domain/OrderStatus.h"

#include <QCoreApplication>

namespace kontor::OrderStatus {

QString displayText(const QString& status)
{
    if (status == Open)
        return QCoreApplication::translate("kontor::OrderStatus", "open");
    if (status == Shipped)
        return QCoreApplication::translate("kontor::OrderStatus", "shipped");
    if (status == Cancelled)
        return QCoreApplication::translate("kontor::OrderStatus", "cancelled");
    return status;
}

} // namespace kontor::OrderStatus
