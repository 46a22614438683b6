#pragma once
#include <functional>
// Reading a service's orders page by page (htk, printlounge, virtpos). Asked for through
// ServiceClient::orders(); a service without orders answers nullptr there.

#include "Result.h"
#include "domain/Records.h"

#include <QObject>

namespace kontor {

struct OrderQuery
{
    int limit = 50;
    QString cursor; // from OrderPage::nextCursor; empty for the first page (which is always fetched anew)
    // Filters sent to the server, by the service's own parameter names (printlounge: orderStatus, status,
    // statusPaid; virtpos: id, external_id, datefrom, dateto, days). A client ignores names it does not have.
    QList<QPair<QString, QString>> filters;
    // Optional. A client that can read the next page's cursor from an answer's bytes, before it parses the
    // rows, calls this with it (printlounge does); the page it then delivers carries the same nextCursor, or
    // an error. A listing asks for the next page at once, so that the server works while this page is parsed.
    std::function<void(const QString& nextCursor)> nextCursorKnown;

    QString filter(const QString& name) const
    {
        for (const auto& [key, value] : filters) {
            if (key == name)
                return value;
        }
        return {};
    }
};

class OrdersCapability
{
public:
    virtual ~OrdersCapability() = default;
    // One page. Rows never repeat across the pages of one listing, even from a server that ignores the
    // paging parameters: such a server ends the list instead.
    virtual void listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) = 0;
};

} // namespace kontor
