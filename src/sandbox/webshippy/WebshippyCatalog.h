#pragma once
// The webshippy product catalogue: GetProduct (paged, filtered, every value a string), CreateProduct
// (upsert by sku, barcode locked once goods were received, category codes read back as names) and
// createBundle. Each call takes the decoded
// request object and returns the answer envelope {status, message, ...} that WebshippyService renders.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>
#include <nlohmann/json.hpp>

namespace kontor::sandbox {

class WebshippyCatalog
{
public:
    WebshippyCatalog(quint32 seed, int count);

    // `ignorePage`: FaultOptions::ignorePaging, answer page 0 whatever `page` says.
    nlohmann::ordered_json getProducts(const nlohmann::json& request, bool ignorePage) const;
    nlohmann::ordered_json createProduct(const nlohmann::json& request);
    nlohmann::ordered_json createBundle(const nlohmann::json& request);

    // {productWrites, bundlesCreated, lastProduct}: lastProduct is the `product` object of the last
    // CreateProduct request exactly as it arrived (every value as sent: a test sees "12.10", not the stored
    // "12.10" a float would also give), {} before the first.
    QJsonObject counters() const;
    void resetCounters();

private:
    struct Product
    {
        int wspyId = 0;
        nlohmann::ordered_json fields; // every value a string, in the vendor's field order
        bool hasReceipt = false;       // goods were received: the barcode can no longer change
        QString categoryCode;          // "3-406" as CreateProduct takes it; fields hold the names
        int store = 0;                 // 0: the API key's store; else another store of the account
    };

    int addProduct(Product product);
    nlohmann::ordered_json emptyFields() const;

    QVector<Product> m_products;
    QHash<QString, int> m_bySku; // the key's store only: CreateProduct and createBundle see no other
    int m_nextWspyId = 74210;
    qint64 m_productWrites = 0;
    qint64 m_bundlesCreated = 0;
    QJsonObject m_lastProduct;
    // Each bundle created since the counters were reset, as it arrived: the SKU's spelling on the wire
    // (bundleSku or bundleSKU), the SKU and the products with their quantities (counters()["bundles"]).
    QJsonArray m_bundles;
};

} // namespace kontor::sandbox
