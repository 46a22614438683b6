#pragma once
// HtkParser: pure functions from the bytes of an OmniSeller HTKService4 answer to Kontor's records. Every
// answer is an envelope {"status","debugMessage","data"|"token"}; a status other than "OK" is an error,
// and one that blames the token is an Auth error so that the client can fetch a fresh token once.

#include "Result.h"
#include "codec/Lenient.h"
#include "domain/Records.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kontor {

// A session token from Tokenrequest.php.
struct HtkToken
{
    QString token;
    qint64 timeLeftSec = -1; // -1: the answer did not say
};

class HtkParser
{
public:
    // The token answer. A refusal (status other than "OK") is Auth; a missing token is Malformed.
    static Result<HtkToken> parseToken(const QByteArray& body);
    // The envelope of an HTKService4 answer: its `data` (null when absent) or the service's error.
    static Result<codec::Json> parseEnvelope(const QByteArray& body);
    // Function "5": categories. "oxrootID" (or an empty parent) marks a root; Aktiv may be 1 or true.
    static Result<QList<Category>> parseCategories(const QByteArray& body);
    // Function "12": order IDs with DisplayID, Paymenttype and OrderStatus.
    static Result<QList<OrderSummary>> parseOrderIds(const QByteArray& body);
    // Function "11": one order, every field that came back, in the service's order. No data is NotFound.
    static Result<FieldList> parseOrder(const QByteArray& body, const QString& id);

    // True when a debug message blames the session token (expired, invalid, missing).
    static bool blamesToken(const QString& debugMessage);
};

} // namespace kontor
