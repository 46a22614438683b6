#pragma once
// Uploading invoices to marketplace transactions (webshippy uploadMarketplaceTransactionInvoice): n invoices
// per call, one per transaction, each settled from the service's per-item words.

#include "Result.h"
#include "domain/Records.h"

#include <QList>
#include <QObject>

namespace kontor {

class InvoicesCapability
{
public:
    virtual ~InvoicesCapability() = default;
    // One call for `invoices`; the result has one entry per invoice, in the order sent. Never repeated by the
    // HTTP layer (a write); an answer that leaves items open is settled by reading their transactions.
    virtual void uploadInvoices(const QList<InvoiceFile>& invoices, QObject* context,
                                Callback<QList<InvoiceResult>> done) = 0;
};

} // namespace kontor
