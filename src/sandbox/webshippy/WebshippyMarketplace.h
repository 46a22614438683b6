#pragma once
// The webshippy marketplace: transactions (getMarketplaceTransactions with filters) and invoice uploads
// (uploadMarketplaceTransactionInvoice, n invoices per call, one per transaction). Calls take the decoded
// request object and return the answer envelope as document 004 orders it ({status, result} on success,
// {status, message} on a refused call, {status, result, message} for an upload with failed items), which
// WebshippyService renders.

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>
#include <nlohmann/json.hpp>

namespace kontor::sandbox {

class WebshippyMarketplace
{
public:
    WebshippyMarketplace(quint32 seed, int count);

    nlohmann::ordered_json transactions(const nlohmann::json& request) const;
    nlohmann::ordered_json uploadInvoices(const nlohmann::json& request);

    QJsonObject counters() const;
    void resetCounters();

    // Strict base64: the standard alphabet, '=' padding only at the end, length a multiple of 4; line breaks
    // are allowed, spaces are not (a '+' turned into a space by careless form encoding must be caught).
    static bool decodeBase64(const std::string& text, QByteArray* out);

private:
    struct Transaction
    {
        QString id;
        qint64 date = 0;
        QString role;                // the API user's role: supplier or retailer
        nlohmann::ordered_json body; // everything but the invoice
        QString invoiceStatus;       // invoiced, uninvoiced or error
        QString serialNumber;
        QString url;
        bool nullForEmpty = false; // this record writes its empty values as null instead of ""
    };

    int find(const QString& id) const;
    nlohmann::ordered_json render(const Transaction& t) const;

    QVector<Transaction> m_transactions;
    qint64 m_invoicesStored = 0;
    qint64 m_invoiceBytes = 0;
    QMap<QString, qint64> m_duplicateUploads;     // uploads refused as "Already existing entity"
    QMap<QString, qint64> m_storedPerTransaction; // invoices stored, per transaction (exactly-once checks)
};

} // namespace kontor::sandbox
