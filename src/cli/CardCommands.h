#pragma once
// CardCommands: VirtualPOS discount cards on the command line. So far `cards ean13 UID`: the card's
// uid_ean13 as Kontor computes it before saving (core's domain/Ean13), with no profile and no request.

#include <QStringList>

namespace kontor::cli {

struct CliContext;

class CardCommands
{
public:
    explicit CardCommands(CliContext& context);

    // cards ean13 UID
    void ean13(const QStringList& args);

private:
    CliContext& m_ctx;
};

} // namespace kontor::cli
