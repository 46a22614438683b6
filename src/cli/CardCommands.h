#pragma once
// CardCommands: VirtualPOS discount cards on the command line. `cards insert|update|delete` build a card from
// the options, check it in core (cards/DiscountCard: a wrong field is refused with exit 2 naming it, and
// nothing is sent), say which key finds the card, and write it through cards/CardWriter (one audit row per
// write). --dry-run prints the request instead (the API key masked) and sends nothing. `cards ean13 UID`
// shows the card's uid_ean13 as Kontor computes it before saving.

#include "ProfileResolver.h"
#include "cards/DiscountCard.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace kontor {
class AuditLog;
}

namespace kontor::cli {

struct CliContext;

class CardCommands : public QObject
{
    Q_OBJECT
public:
    explicit CardCommands(CliContext& context, QObject* parent = nullptr);
    ~CardCommands() override;

    // cards ean13 UID
    void ean13(const QStringList& args);
    // cards insert|update|delete [options]
    void write(CardWrite write, const QStringList& args);

private:
    DiscountCard cardFromOptions() const;
    void finishWith(const Error& error);

    CliContext& m_ctx;
    ProfileResolver m_resolver;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace kontor::cli
