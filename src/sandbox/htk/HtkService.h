#pragma once
// Simulates OmniSeller HTKService4 ("htk", vendor doc 000): token request, category download, order IDs and
// one order. The readings of the vendor page it chooses are listed in docs/sandbox.md.

#include "SandboxOptions.h"
#include "SandboxService.h"
#include "common/SeededRandom.h"

#include <QHash>
#include <QVector>
#include <nlohmann/json.hpp>

namespace kontor::sandbox {

class HtkService : public SandboxService
{
public:
    explicit HtkService(const SandboxOptions& options);

    ServiceRoute match(const QByteArray& method, const QString& path) const override;
    ServerResponse handle(const ServiceRoute& route, const ServerRequest& request) override;
    QJsonObject counters() const override;
    void resetCounters() override { m_tokenRequests = 0; }

private:
    struct Category
    {
        QString id;
        QString parentId;
        QString name;
        int aktivForm; // 0: 1, 1: true, 2: 0, 3: false (the vendor page shows both forms)
    };
    struct Order
    {
        QString id;
        int displayId;
        int payment;
        int status;
        qint64 created;
        quint32 seed;
    };

    ServerResponse tokenRequest(const ServerRequest& request);
    ServerResponse serviceCall(const ServerRequest& request);
    nlohmann::ordered_json orderDetails(const Order& order) const;
    void generate();
    void childBeforeParent(); // makes sure that at least one child's ID sorts before its parent's

    SandboxOptions m_options;
    SeededRandom m_tokenRandom;
    QVector<Category> m_categories;
    QVector<Order> m_orders;
    QHash<QString, int> m_orderIndex;
    QHash<QString, qint64> m_tokens; // token -> expiry, ms since epoch
    qint64 m_tokenRequests = 0;
};

} // namespace kontor::sandbox
