#pragma once
// Simulates the Printlounge shop REST API ("printlounge", vendor doc 001): keyset-paged order list with
// filters, one order, status change (PUT/PATCH), and the full cart. The readings of the vendor page it
// chooses are listed in docs/sandbox.md.

#include "SandboxOptions.h"
#include "SandboxService.h"

#include <QHash>
#include <QVector>

namespace kontor::sandbox {

class PrintloungeService : public SandboxService
{
public:
    struct Order
    {
        int id = 0;
        int orderStatus = 61;
        int status = 1;
        int statusPaid = 0;
        int rank = 0; // 0 for the newest order: decides which item types its cart shows
        int prefix = 0;
        qint64 created = 0;
        qint64 modified = 0;
        quint32 seed = 0;
    };

    explicit PrintloungeService(const SandboxOptions& options);

    ServiceRoute match(const QByteArray& method, const QString& path) const override;
    ServerResponse handle(const ServiceRoute& route, const ServerRequest& request) override;
    QJsonObject counters() const override;
    void resetCounters() override { m_statusChanges = 0; }

    static QString orderCode(const Order& order);
    static QString internalOrderCode(const Order& order);

private:
    bool authorized(const ServerRequest& request) const;
    ServerResponse listOrders(const ServerRequest& request) const;
    ServerResponse getOrder(const QString& code) const;
    ServerResponse changeStatus(const QString& code, const ServerRequest& request);
    ServerResponse cart(const QString& code) const;
    const Order* find(const QString& code) const;
    void generate();

    SandboxOptions m_options;
    QVector<Order> m_orders; // ascending by id
    QHash<QString, int> m_byCode;
    qint64 m_statusChanges = 0;
};

} // namespace kontor::sandbox
