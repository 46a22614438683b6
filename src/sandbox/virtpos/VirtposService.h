#pragma once
// Simulates the VirtualPOS API ("virtpos", vendor doc 002): orders in XML (with the vendor's flat <items>
// quirk) or JSON, customer list and update, discount cards. The readings of the vendor page it chooses are
// listed in docs/sandbox.md.

#include "SandboxOptions.h"
#include "SandboxService.h"
#include "virtpos/VirtposCustomers.h"

#include <QVector>
#include <nlohmann/json.hpp>

namespace kontor::sandbox {

class VirtposService : public SandboxService
{
public:
    explicit VirtposService(const SandboxOptions& options);

    ServiceRoute match(const QByteArray& method, const QString& path) const override;
    ServerResponse handle(const ServiceRoute& route, const ServerRequest& request) override;
    QJsonObject counters() const override { return m_customers.counters(); }
    void resetCounters() override { m_customers.resetCounters(); }

    // The vendor's XML: every top-level list repeats its element per entry, and a list nested in an entry
    // (an order's items) becomes ONE element holding all entries' fields in sequence.
    static QByteArray toXml(const nlohmann::ordered_json& body);

private:
    struct Order
    {
        int id = 0; // the order's identity; its guid is often empty, as in the vendor example
        int customerId = 0;
        qint64 created = 0;
        quint32 seed = 0;
    };

    nlohmann::ordered_json orders(const FormFields& params) const;
    nlohmann::ordered_json orderJson(const Order& order) const;
    void generate();

    SandboxOptions m_options;
    QVector<Order> m_orders; // ascending by created date
    VirtposCustomers m_customers;
};

} // namespace kontor::sandbox
