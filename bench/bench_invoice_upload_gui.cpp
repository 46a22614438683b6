// The GUI side of bench/invoice_upload: the longest stall of the GUI thread's event loop while invoices upload.
//
//   bench_invoice_upload_gui URL SECRET_ENV FILE...
//
// Shows a window with what the upload screen keeps live (a table with one row per invoice whose state changes as
// itemChanged arrives, a progress bar, a status line with files, bytes, throughput and time left), reads the
// shop's transactions, matches the files by the transaction id in their names, and uploads them through the real
// UploadWorker to the Webshippy service at URL (the sandbox on loopback). Meanwhile a 5 ms timer runs on the GUI
// thread; the largest gap between its ticks is the longest stall. Prints key=value lines: worst_gap_ms,
// upload_ms, stored, failed. The secret comes from the environment variable SECRET_ENV and is never printed.
#include "profile/Profile.h"
#include "services/ServiceClient.h"
#include "services/capabilities/TransactionsCapability.h"
#include "upload/InvoiceMatcher.h"
#include "upload/UploadWorker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <cstdio>

using namespace kontor;
using namespace kontor::upload;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bench_invoice_upload_gui URL SECRET_ENV FILE...\n");
        return 2;
    }
    Profile profile = Profile::defaultsFor(Service::Webshippy);
    profile.id = QStringLiteral("bench-gui");
    profile.name = QStringLiteral("bench");
    profile.baseUrl = QUrl(args.at(1));
    const QString secret = qEnvironmentVariable(args.at(2).toLocal8Bit().constData());
    const QStringList files = args.mid(3);

    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* status = new QLabel(&window);
    auto* bar = new QProgressBar(&window);
    auto* table = new QTableView(&window);
    QStandardItemModel model(0, 3);
    table->setModel(&model);
    layout->addWidget(status);
    layout->addWidget(bar);
    layout->addWidget(table);
    window.resize(900, 600);
    window.show();

    QElapsedTimer clock;
    qint64 last = -1;
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (last >= 0)
            worst = std::max(worst, now - last);
        last = now;
    });

    std::unique_ptr<ServiceClient> client = ServiceClient::create(profile, secret);
    UploadWorker worker(profile, secret);
    QHash<qint64, int> rowOf;
    QElapsedTimer uploadClock;
    int exitCode = 0;
    QObject::connect(&worker, &UploadWorker::batchStarted, [&](qint64, const QList<JournalItem>& items) {
        for (const JournalItem& item : items) {
            rowOf.insert(item.id, model.rowCount());
            model.appendRow({new QStandardItem(QFileInfo(item.path).fileName()), new QStandardItem(item.transactionId),
                             new QStandardItem(QStringLiteral("queued"))});
        }
        bar->setRange(0, items.size());
    });
    QObject::connect(&worker, &UploadWorker::itemChanged, [&](const JournalItem& item) {
        if (QStandardItem* cell = model.item(rowOf.value(item.id), 2))
            cell->setText(UploadJournal::stateId(item.state));
    });
    QObject::connect(&worker, &UploadWorker::progressed, [&](const UploadProgress& p) {
        const QLocale locale;
        bar->setValue(p.done());
        status->setText(QStringLiteral("%1 of %2, %3 of %4, %5/s, %6 s left")
                            .arg(p.done())
                            .arg(p.files)
                            .arg(locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal),
                                 locale.formattedDataSize(qint64(p.bytesPerSecond)))
                            .arg(p.secondsLeft));
    });
    QObject::connect(&worker, &UploadWorker::failed, [&](const Error& e) {
        std::fprintf(stderr, "upload failed: %s\n", qPrintable(e.message));
        exitCode = 1;
    });
    QObject::connect(&worker, &UploadWorker::finished, [&](const UploadSummary& s) {
        tick.stop();
        std::printf("worst_gap_ms=%lld\nupload_ms=%lld\nstored=%d\nfailed=%d\n", static_cast<long long>(worst),
                    static_cast<long long>(uploadClock.elapsed()), s.stored, s.failed);
        std::fflush(stdout);
        app.exit(exitCode);
    });

    client->transactions()->listTransactions({}, &app, [&](const Result<QList<Transaction>>& listed) {
        if (!listed.ok()) {
            std::fprintf(stderr, "transactions: %s\n", qPrintable(listed.error.message));
            app.exit(1);
            return;
        }
        QList<InvoiceFileInfo> infos;
        for (const QString& f : files)
            infos << InvoiceMatcher::inspect(f); // before the clock starts: the app does this on a worker thread
        const QList<InvoiceMatch> matches = InvoiceMatcher::match(infos, listed.value);
        clock.start();
        tick.start();
        uploadClock.start();
        worker.start(matches);
    });
    return app.exec();
}
