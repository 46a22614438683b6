#include "InvoiceCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "Logging.h"
#include "OutputWriter.h"
#include "services/Capabilities.h"
#include "services/ServiceClient.h"
#include "services/capabilities/TransactionsCapability.h"
#include "settings/AppPreferences.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kontor::cli {

using namespace kontor::upload;

namespace {

// "8388608", "8M", "512K": bytes.
qint64 parseBytes(QString value)
{
    value = value.trimmed().toUpper();
    qint64 factor = 1;
    if (value.endsWith(QLatin1Char('K')))
        factor = 1024;
    else if (value.endsWith(QLatin1Char('M')))
        factor = 1024 * 1024;
    if (factor > 1)
        value.chop(1);
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n > 0 ? n * factor : -1;
}

} // namespace

InvoiceCommands::InvoiceCommands(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_resolver(context)
{}

InvoiceCommands::~InvoiceCommands() = default;

void InvoiceCommands::finishWith(const Error& error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcCli).noquote() << "command failed:" << error.detail;
    if (m_progress)
        m_ctx.out->progress(QString());
    m_ctx.finish(m_ctx.out->fail(error));
}

Result<UploadSettings> InvoiceCommands::settingsFromOptions() const
{
    using R = Result<UploadSettings>;
    const QCommandLineParser& p = *m_ctx.parser;
    UploadSettings s;
    s.parallel = AppPreferences::current().parallelUploads;
    auto number = [&p](const char* name, int low, int high, int* out) {
        if (!p.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        const int n = p.value(QLatin1String(name)).trimmed().toInt(&ok);
        if (!ok || n < low || n > high)
            return false;
        *out = n;
        return true;
    };
    if (!number("parallel", 1, 16, &s.parallel))
        return R::failure(Error::make(Error::Kind::InvalidInput,
                                      QCoreApplication::translate("kontor::cli::InvoiceCommands",
                                                                  "--parallel takes a whole number from 1 to 16.")));
    if (!number("batch-size", 1, 1000, &s.limits.maxItems))
        return R::failure(
            Error::make(Error::Kind::InvalidInput,
                        QCoreApplication::translate("kontor::cli::InvoiceCommands",
                                                    "--batch-size takes a whole number from 1 to 1000.")));
    if (p.isSet(QStringLiteral("max-batch-bytes"))) {
        const qint64 bytes = parseBytes(p.value(QStringLiteral("max-batch-bytes")));
        if (bytes < 64 * 1024)
            return R::failure(
                Error::make(Error::Kind::InvalidInput,
                            QCoreApplication::translate("kontor::cli::InvoiceCommands",
                                                        "--max-batch-bytes takes a size of at least 64K, e.g. 8M or "
                                                        "2000000.")));
        s.limits.maxBytes = bytes;
    }
    return R::success(s);
}

Result<QStringList> InvoiceCommands::expand(const QStringList& paths) const
{
    using R = Result<QStringList>;
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QFileInfoList entries =
                QDir(path).entryInfoList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
            for (const QFileInfo& e : entries)
                files << e.absoluteFilePath();
        } else if (info.exists()) {
            files << info.absoluteFilePath();
        } else {
            return R::failure(
                Error::make(Error::Kind::InvalidInput, QCoreApplication::translate("kontor::cli::InvoiceCommands",
                                                                                   "There is no file or folder \"%1\".")
                                                           .arg(path)));
        }
    }
    files.removeDuplicates();
    return R::success(files);
}

void InvoiceCommands::upload(const QStringList& paths)
{
    const Result<Profile> selected = m_resolver.select();
    if (!selected.ok())
        return finishWith(selected.error);
    const Profile profile = selected.value;
    if (!offers(profile.service, Capability::Invoices))
        return m_ctx.finish(m_ctx.out->failUsage(
            QCoreApplication::translate("kontor::cli::InvoiceCommands", "The profile '%1' is a %2 profile. %3")
                .arg(profile.name, serviceDisplayName(profile.service),
                     notOfferedText(profile.service, Capability::Invoices))));
    const Result<UploadSettings> settings = settingsFromOptions();
    if (!settings.ok())
        return m_ctx.finish(m_ctx.out->failUsage(settings.error.message));
    m_settings = settings.value;
    const bool resume = m_ctx.parser->isSet(QStringLiteral("resume"));
    const bool dryRun = m_ctx.parser->isSet(QStringLiteral("dry-run"));

    // The journal is read here, on the command's own thread: a blocking SQLite read is fine in a command.
    qint64 unfinished = 0;
    int unfinishedTotal = 0;
    int unfinishedDone = 0;
    {
        UploadJournal journal(UploadJournal::defaultPath());
        const auto batch = journal.unfinishedBatch(profile.id);
        if (!batch.ok())
            return finishWith(batch.error);
        if (batch.value) {
            unfinished = batch.value->id;
            unfinishedTotal = batch.value->total;
            unfinishedDone = batch.value->done;
        }
    }
    if (unfinished != 0 && !resume && !dryRun)
        return m_ctx.finish(m_ctx.out->failUsage(
            QCoreApplication::translate(
                "kontor::cli::InvoiceCommands",
                "An upload of %1 invoices to '%2' did not finish (%3 done). Run the command again with --resume to "
                "finish it first; nothing is sent twice.")
                .arg(unfinishedTotal)
                .arg(profile.name)
                .arg(unfinishedDone)));
    if (paths.isEmpty() && !(resume && unfinished != 0))
        return m_ctx.finish(m_ctx.out->failUsage(
            resume ? QCoreApplication::translate(
                         "kontor::cli::InvoiceCommands",
                         "There is no unfinished upload for '%1'; give the invoice files or folders to upload.")
                         .arg(profile.name)
                   : QCoreApplication::translate(
                         "kontor::cli::InvoiceCommands",
                         "Give the invoice files or folders to upload, e.g. 'invoices upload ~/invoices'.")));
    const Result<QStringList> files = expand(paths);
    if (!files.ok())
        return m_ctx.finish(m_ctx.out->failUsage(files.error.message));

    m_progress = OutputWriter::stderrIsTerminal();
    m_resolver.secretFor(profile, [this, profile, resume, unfinished, files, dryRun](const Result<QString>& secret) {
        if (!secret.ok())
            return finishWith(secret.error);
        if (resume && unfinished != 0 && !dryRun) {
            qCInfo(lcCli) << "resuming upload batch" << unfinished;
            run(profile, secret.value, unfinished, {});
            return;
        }
        matchAndSend(profile, secret.value, files.value);
    });
}

void InvoiceCommands::matchAndSend(const Profile& profile, const QString& secret, const QStringList& files)
{
    QList<InvoiceMapEntry> map;
    const bool hasMap = m_ctx.parser->isSet(QStringLiteral("map"));
    if (hasMap) {
        const QString mapPath = m_ctx.parser->value(QStringLiteral("map"));
        QFile f(mapPath);
        if (!f.open(QIODevice::ReadOnly))
            return m_ctx.finish(m_ctx.out->failUsage(
                QCoreApplication::translate("kontor::cli::InvoiceCommands", "The map %1 cannot be read (%2).")
                    .arg(mapPath, f.errorString())));
        const Result<QList<InvoiceMapEntry>> read = InvoiceMatcher::readMap(f.readAll());
        if (!read.ok())
            return m_ctx.finish(m_ctx.out->failUsage(read.error.message));
        map = read.value;
    }
    m_resolver.clientFor(profile, [this, profile, secret, files, map, hasMap](const Result<ServiceClient*>& client) {
        if (!client.ok())
            return finishWith(client.error);
        TransactionsCapability* transactions = client.value->transactions();
        if (!transactions)
            return finishWith(Error::make(
                Error::Kind::Unsupported,
                QCoreApplication::translate("kontor::cli::InvoiceCommands", "This profile has no transactions.")));
        if (m_progress)
            m_ctx.out->progress(
                QCoreApplication::translate("kontor::cli::InvoiceCommands", "Reading the shop's transactions…"));
        transactions->listTransactions(
            {}, this, [this, profile, secret, files, map, hasMap](const Result<QList<Transaction>>& listed) {
                if (!listed.ok())
                    return finishWith(listed.error);
                QList<InvoiceFileInfo> infos;
                for (const QString& f : files)
                    infos << InvoiceMatcher::inspect(f);
                m_all = InvoiceMatcher::match(infos, listed.value, hasMap ? &map : nullptr);
                QList<InvoiceMatch> sendable;
                for (const InvoiceMatch& m : m_all) {
                    if (m.sendable())
                        sendable << m;
                    else
                        m_skipped << m;
                }
                if (m_ctx.parser->isSet(QStringLiteral("dry-run"))) {
                    if (m_progress)
                        m_ctx.out->progress(QString());
                    QJsonArray planned;
                    QStringList lines;
                    for (const InvoiceMatch& m : sendable) {
                        planned.append(QJsonObject{{QStringLiteral("file"), m.file.path},
                                                   {QStringLiteral("transactionId"), m.transactionId},
                                                   {QStringLiteral("invoiceSerialNumber"), m.serialNumber}});
                        lines << QCoreApplication::translate("kontor::cli::InvoiceCommands",
                                                             "would upload %1 as invoice %2 of %3")
                                     .arg(m.fileName, m.serialNumber, m.transactionId);
                    }
                    QJsonArray skipped;
                    for (const InvoiceMatch& m : m_skipped) {
                        const QString reason = InvoiceMatcher::describe(m.problems.first(), m, m_all);
                        skipped.append(
                            QJsonObject{{QStringLiteral("file"), m.file.path},
                                        {QStringLiteral("reason"), reason},
                                        {QStringLiteral("problem"), InvoiceMatcher::problemId(m.problems.first())}});
                        lines << QCoreApplication::translate("kontor::cli::InvoiceCommands", "would skip %1: %2")
                                     .arg(m.fileName, reason);
                    }
                    if (m_ctx.out->json())
                        m_ctx.out->printJson(QJsonObject{{QStringLiteral("dryRun"), true},
                                                         {QStringLiteral("sent"), false},
                                                         {QStringLiteral("toUpload"), planned},
                                                         {QStringLiteral("skipped"), skipped}});
                    else
                        m_ctx.out->printText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                             QCoreApplication::translate("kontor::cli::InvoiceCommands",
                                                                         "Nothing was sent (--dry-run)."));
                    return m_ctx.finish(ExitSuccess);
                }
                if (sendable.isEmpty()) {
                    UploadSummary none;
                    return report(none);
                }
                run(profile, secret, 0, sendable);
            });
    });
}

void InvoiceCommands::run(const Profile& profile, const QString& secret, qint64 resumeBatch,
                          const QList<InvoiceMatch>& matches)
{
    m_worker = std::make_unique<UploadWorker>(profile, secret);
    connect(m_worker.get(), &UploadWorker::failed, this, [this](const Error& error) {
        if (!m_error)
            m_error = error;
    });
    if (m_progress) {
        connect(m_worker.get(), &UploadWorker::progressed, this, [this](const UploadProgress& p) {
            const QLocale locale;
            QString line =
                QCoreApplication::translate("kontor::cli::InvoiceCommands", "%1 of %2 invoices done, %3 of %4")
                    .arg(p.done())
                    .arg(p.files)
                    .arg(locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal));
            if (p.bytesPerSecond > 0)
                line += QCoreApplication::translate("kontor::cli::InvoiceCommands", ", %1/s")
                            .arg(locale.formattedDataSize(static_cast<qint64>(p.bytesPerSecond)));
            if (p.secondsLeft >= 0)
                line +=
                    QCoreApplication::translate("kontor::cli::InvoiceCommands", ", about %1 s left").arg(p.secondsLeft);
            if (p.failed > 0)
                line += QCoreApplication::translate("kontor::cli::InvoiceCommands", ", %1 failed").arg(p.failed);
            m_ctx.out->progress(line);
        });
    }
    connect(m_worker.get(), &UploadWorker::finished, this, &InvoiceCommands::report);
    if (resumeBatch != 0)
        m_worker->resume(resumeBatch, m_settings);
    else
        m_worker->start(matches, m_settings);
}

void InvoiceCommands::report(const UploadSummary& summary)
{
    if (m_progress)
        m_ctx.out->progress(QString());
    if (m_error && summary.cancelled) {
        // Stopped for a reason that retrying will not cure (the key, the certificate, the address): say it; the
        // journal keeps the batch for --resume.
        return finishWith(*m_error);
    }
    QJsonArray failed;
    QStringList lines;
    for (const JournalItem& item : summary.items) {
        if (item.state == JournalItem::State::Failed) {
            failed.append(QJsonObject{{QStringLiteral("file"), item.path},
                                      {QStringLiteral("transactionId"), item.transactionId},
                                      {QStringLiteral("error"), item.message}});
            lines << QCoreApplication::translate("kontor::cli::InvoiceCommands", "failed: %1 (%2): %3")
                         .arg(QFileInfo(item.path).fileName(), item.transactionId, item.message);
        } else if (item.state == JournalItem::State::Unsettled || item.state == JournalItem::State::Sending) {
            lines << QCoreApplication::translate("kontor::cli::InvoiceCommands",
                                                 "not confirmed: %1 (%2); run again with --resume")
                         .arg(QFileInfo(item.path).fileName(), item.transactionId);
        }
    }
    QJsonArray skipped;
    bool skippedMatters = false;
    for (const InvoiceMatch& m : m_skipped) {
        const InvoiceProblem problem = m.problems.first();
        const QString reason = InvoiceMatcher::describe(problem, m, m_all);
        skipped.append(QJsonObject{{QStringLiteral("file"), m.file.path},
                                   {QStringLiteral("reason"), reason},
                                   {QStringLiteral("problem"), InvoiceMatcher::problemId(problem)}});
        lines << QCoreApplication::translate("kontor::cli::InvoiceCommands", "skipped: %1: %2").arg(m.fileName, reason);
        if (!(m.problems.size() == 1 && problem == InvoiceProblem::AlreadyInvoiced))
            skippedMatters = true;
    }
    if (m_ctx.out->json()) {
        QJsonObject o{{QStringLiteral("uploaded"), summary.stored},
                      {QStringLiteral("alreadyPresent"), summary.alreadyPresent},
                      {QStringLiteral("failed"), failed},
                      {QStringLiteral("skipped"), skipped}};
        if (summary.unsettled > 0)
            o.insert(QStringLiteral("unconfirmed"), summary.unsettled);
        if (summary.notSent > 0)
            o.insert(QStringLiteral("notSent"), summary.notSent);
        if (summary.batchId != 0)
            o.insert(QStringLiteral("batch"), summary.batchId);
        m_ctx.out->printJson(o);
    } else {
        lines.prepend(QCoreApplication::translate("kontor::cli::InvoiceCommands",
                                                  "Uploaded %1 invoices; %2 were already there, %3 failed, %4 skipped.")
                          .arg(summary.stored)
                          .arg(summary.alreadyPresent)
                          .arg(summary.failed)
                          .arg(m_skipped.size()));
        m_ctx.out->printText(lines.join(QLatin1Char('\n')));
    }
    const bool clean = summary.failed == 0 && summary.unsettled == 0 && summary.notSent == 0 && !skippedMatters;
    m_ctx.finish(clean ? ExitSuccess : ExitPartial);
}

} // namespace kontor::cli
