#pragma once
// InvoiceCommands: `invoices upload PATH...` uploads invoice files to Webshippy marketplace transactions for
// scheduled jobs. The files (folders are read one level deep) are matched to the shop's transactions first
// (core upload/InvoiceMatcher: by a transaction id in the file name or by --map FILE.csv); files with a
// problem are reported and never sent. The rest go through the same UploadWorker the app uses: a journal in the
// data folder, several requests in flight, retries, exactly once. --resume goes on with the profile's
// unfinished upload (after a crash or a kill) and, when there is none, starts with the files given; without it
// an unfinished upload stops the command (exit 2) so that it is never forgotten. --dry-run shows the plan and
// sends nothing. Exit 0 when every file was stored or was already there, 3 when some failed or were skipped.

#include "ProfileResolver.h"
#include "upload/InvoiceMatcher.h"
#include "upload/UploadWorker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <memory>

namespace kontor::cli {

struct CliContext;

class InvoiceCommands : public QObject
{
    Q_OBJECT
public:
    explicit InvoiceCommands(CliContext& context, QObject* parent = nullptr);
    ~InvoiceCommands() override;

    void upload(const QStringList& paths);

private:
    Result<upload::UploadSettings> settingsFromOptions() const;
    Result<QStringList> expand(const QStringList& paths) const;
    void matchAndSend(const Profile& profile, const QString& secret, const QStringList& files);
    void run(const Profile& profile, const QString& secret, qint64 resumeBatch,
             const QList<upload::InvoiceMatch>& matches);
    void report(const upload::UploadSummary& summary);
    void finishWith(const Error& error);

    CliContext& m_ctx;
    ProfileResolver m_resolver;
    upload::UploadSettings m_settings;
    std::unique_ptr<upload::UploadWorker> m_worker;
    QList<upload::InvoiceMatch> m_skipped; // with their problems
    QList<upload::InvoiceMatch> m_all;
    std::optional<Error> m_error;
    bool m_progress = false;
};

} // namespace kontor::cli
