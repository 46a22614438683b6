#pragma once
// Reading marketplace transactions (webshippy getMarketplaceTransactions), with the service's filters.

#include "Result.h"
#include "domain/Records.h"

#include <QList>
#include <QObject>

namespace kontor {

class TransactionsCapability
{
public:
    virtual ~TransactionsCapability() = default;
    virtual void listTransactions(const TransactionFilter& filter, QObject* context,
                                  Callback<QList<Transaction>> done) = 0;
};

} // namespace kontor
