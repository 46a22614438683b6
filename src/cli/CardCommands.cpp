#include "CardCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "OutputWriter.h"
#include "domain/Ean13.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kontor::cli {

CardCommands::CardCommands(CliContext& context)
    : m_ctx(context)
{}

void CardCommands::ean13(const QStringList& args)
{
    if (args.size() != 1)
        return m_ctx.finish(m_ctx.out->failUsage(QCoreApplication::translate(
            "kontor::cli::CardCommands", "Give one card uid, e.g. 'cards ean13 123456789'.")));
    const QString uid = args.first().trimmed();
    const std::optional<QString> code = Ean13::fromUid(uid);
    if (!code)
        return m_ctx.finish(
            m_ctx.out->failUsage(QCoreApplication::translate("kontor::cli::CardCommands",
                                                             "uid: a card's uid is 1 to 12 digits; \"%1\" is not.")
                                     .arg(uid)));
    if (m_ctx.out->json())
        m_ctx.out->printJson(QJsonObject{{QStringLiteral("uid"), uid}, {QStringLiteral("uid_ean13"), *code}});
    else
        m_ctx.out->printText(*code);
    m_ctx.finish(ExitSuccess);
}

} // namespace kontor::cli
