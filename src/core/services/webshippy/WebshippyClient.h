#pragma once
// WebshippyClient: the Webshippy Product API. Each action is a POST of one form field whose payload (XML
// or JSON, as the profile says) carries the API key; errors often come with HTTP 200, so the envelope's
// status is always read.

#include "codec/Lenient.h"
#include "products/Bundle.h"
#include "services/ServiceClient.h"
#include "services/capabilities/InvoicesCapability.h"
#include "services/capabilities/ProductUploadCapability.h"
#include "services/capabilities/ProductsCapability.h"
#include "services/capabilities/TransactionsCapability.h"
#include "services/webshippy/WebshippyCategories.h"

namespace kontor {

class WebshippyClient : public ServiceClient,
                        public ProductsCapability,
                        public ProductUploadCapability,
                        public TransactionsCapability,
                        public InvoicesCapability
{
    Q_OBJECT
public:
    WebshippyClient(const Profile& profile, const QString& secret, QObject* parent = nullptr);

    ProductsCapability* products() override { return this; }
    ProductUploadCapability* productUpload() override { return this; }
    TransactionsCapability* transactions() override { return this; }
    InvoicesCapability* invoices() override { return this; }

    // Asks for one product.
    void testConnection(QObject* context, Callback<ConnectionInfo> done) override;

    // GetProduct, page by page (the service counts pages from 0). The cursor carries the next page number
    // and a fingerprint of the page before it, so a server that ignores `page` ends the list instead of
    // repeating its first page for ever.
    void listProducts(const ProductQuery& query, QObject* context, Callback<ProductPage> done) override;

    // CreateProduct, then GetProduct by sku to read back what was stored; a category code written is learnt
    // with the names it reads back as (categories()).
    void saveProduct(const ProductDraft& draft, QObject* context, Callback<ProductSaveResult> done) override;
    // createBundle: refused with InvalidInput, nothing sent, when Bundles::validate finds a problem (the first
    // is the message). Sent once; the answer's wspyId is the bundle's id.
    void createBundle(const BundleDraft& draft, QObject* context, Callback<BundleResult> done);
    void listTransactions(const TransactionFilter& filter, QObject* context,
                          Callback<QList<Transaction>> done) override;
    void uploadInvoices(const QList<InvoiceFile>& invoices, QObject* context,
                        Callback<QList<InvoiceResult>> done) override;

    const WebshippyCategories& categoryNames() const { return m_categories; }

protected:
    std::optional<Error> readErrorBody(const QByteArray& body) const override;
    QString signInRefusedText() const override;

private:
    QString apiPath() const;
    net::HttpRequest request(const QString& action, const codec::Json& fields) const;
    void remember(const QList<InvoiceResult>& results);

    WebshippyCategories m_categories;
    // Each transaction as last listed: what was there before an upload, to tell "already present" apart.
    QHash<QString, Transaction> m_seenTransactions;
};

} // namespace kontor
