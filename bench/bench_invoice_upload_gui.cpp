// The GUI side of bench/invoice_upload: the longest stall of the GUI thread's event loop while invoices upload.
//
//   bench_invoice_upload_gui URL SECRET_ENV FILE...
//
// Opens the real upload window (UploadWindow, as Profile → Upload invoices… does) for a Webshippy profile at URL
// (the sandbox on loopback), drops the files on it, waits until they are inspected and matched, presses Upload,
// and waits for the summary. A 5 ms timer runs on the GUI thread the whole time, from the drop on; the largest
// gap between its ticks is the longest stall. Prints key=value lines: worst_gap_ms, upload_ms, stored, failed.
// The secret comes from the environment variable SECRET_ENV, is held in a memory-only secret store and is never
// printed. The journal lives in a temporary folder.
#include "InvoiceMatchModel.h"
#include "UploadWindow.h"
#include "profile/Profile.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"
#include "upload/UploadWorker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace kontor;
using namespace kontor::gui;

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
    QTemporaryDir journalDir;
    if (!journalDir.isValid()) {
        std::fprintf(stderr, "no temporary folder for the journal\n");
        return 1;
    }

    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    ClientRegistry registry(&secrets);
    std::unique_ptr<UploadWindow> window;

    QElapsedTimer clock;
    qint64 last = -1;
    qint64 worst = 0;
    qint64 worstAt = 0; // when the longest stall ended, from the drop on
    qint64 clickedAt = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (last >= 0 && now - last > worst) {
            worst = now - last;
            worstAt = now;
        }
        last = now;
    });
    QElapsedTimer uploadClock;
    QTimer ready; // polls for the end of inspecting and matching, then presses Upload
    ready.setInterval(20);
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, [&] {
        std::fprintf(stderr, "the upload did not end within 10 minutes\n");
        app.exit(1);
    });

    secrets.write(profile.id, secret, &app, [&](const Result<bool>& written) {
        if (!written.ok()) {
            std::fprintf(stderr, "secret store: %s\n", qPrintable(written.error.message));
            app.exit(1);
            return;
        }
        window = std::make_unique<UploadWindow>(profile, &registry, &secrets);
        window->setJournalPath(journalDir.filePath(QStringLiteral("uploads.sqlite")));
        window->resize(1100, 700);
        window->show();
        QObject::connect(window.get(), &UploadWindow::uploadFinished, [&](const upload::UploadSummary& s) {
            tick.stop();
            std::printf(
                "worst_gap_ms=%lld\nworst_gap_at_ms=%lld\nupload_clicked_at_ms=%lld\nupload_ms=%lld\nstored=%d\n"
                "failed=%d\n",
                static_cast<long long>(worst), static_cast<long long>(worstAt), static_cast<long long>(clickedAt),
                static_cast<long long>(uploadClock.elapsed()), s.stored, s.failed);
            std::fflush(stdout);
            app.exit(s.failed == 0 ? 0 : 1);
        });
        QObject::connect(&ready, &QTimer::timeout, [&] {
            if (window->isBusy() || window->model()->rowCount() < files.size() || !window->uploadButton()->isEnabled())
                return;
            ready.stop();
            clickedAt = clock.elapsed();
            uploadClock.start();
            window->uploadButton()->click();
        });
        clock.start();
        tick.start();
        giveUp.start(10 * 60 * 1000);
        window->addPaths(files); // what a drop does
        ready.start();
    });
    const int code = app.exec();
    window.reset();
    return code;
}
