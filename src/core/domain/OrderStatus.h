#pragma once
// An order's status as records carry it, and as people read it. Records hold codes, never translated
// words, so `--json` output is the same in every locale: the service's own code (printlounge 61, htk 0-4),
// or, for VirtualPOS, which has no status field, one of Kontor's codes below derived from its flags.

#include <QString>

namespace kontor::OrderStatus {

inline const QString Open = QStringLiteral("open");
inline const QString Shipped = QStringLiteral("shipped");
inline const QString Cancelled = QStringLiteral("cancelled");

// Kontor's codes in words of the current language; any other code as the service sent it.
QString displayText(const QString& status);

} // namespace kontor::OrderStatus
