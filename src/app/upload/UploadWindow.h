#pragma once
// UploadWindow: uploads a month's invoices to a Webshippy profile's marketplace transactions (issue 8). Files
// and folders are dropped on it or picked; each is looked at on a worker thread and matched to the shop's
// transactions (listed in the background); the table shows every match and its problems, and a transaction can
// be chosen by hand. Upload hands the sendable ones to an UploadWorker (its own thread) and follows each row,
// the bytes, the speed and the time left; Pause, Cancel (resumable) and "Retry failed"; a summary, a CSV report
// and a tray notice when it ends in the background. An upload that did not finish (a cancel, a crash) is
// offered for resuming when the window opens. One non-modal window per profile; nothing here waits on the
// network or the disk.

#include "MessageBanner.h"
#include "Result.h"
#include "profile/Profile.h"
#include "upload/InvoiceMatcher.h"
#include "upload/UploadWorker.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QSortFilterProxyModel;
class QSystemTrayIcon;
class QTableView;
class QPushButton;
class QProgressBar;
class QLabel;

namespace Ui {
class UploadWindow;
}

namespace kontor {
class ClientRegistry;
class SecretStore;
} // namespace kontor

namespace kontor::gui {

class BusyIndicator;
class InvoiceMatchModel;

class UploadWindow : public QWidget
{
    Q_OBJECT
public:
    UploadWindow(const Profile& profile, ClientRegistry* clients, SecretStore* secrets, QWidget* parent = nullptr);
    ~UploadWindow() override;

    // The window of `profile` among `parent`'s children, made (non-modal, deleted on close) when there is none;
    // shown and raised.
    static UploadWindow* openFor(const Profile& profile, ClientRegistry* clients, SecretStore* secrets,
                                 QWidget* parent);

    // Whether the journal at `journalPath` holds an unfinished upload of `profileId`: read on a worker thread,
    // `done` gets its size and how many were sent (total 0: none, or the journal could not be read).
    static void findUnfinished(const QString& journalPath, const QString& profileId, QObject* context,
                               const std::function<void(int total, int sent)>& done);

    QString profileId() const { return m_profile.id; }
    // Test seams: the journal (default UploadJournal::defaultPath()) and the worker's settings.
    void setJournalPath(const QString& path);
    void setUploadSettings(const upload::UploadSettings& settings) { m_settings = settings; }

    // What a drop does: files and folders to look at and add to the list.
    void addPaths(const QStringList& paths);
    // A CSV map read on a worker thread; its matches replace those by name.
    void useMap(const QString& path);
    // Writes the report (file, transaction, invoice number, state, message) on a worker thread.
    void saveReport(const QString& path);

    InvoiceMatchModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString countText() const;
    QString progressText() const;
    MessageBanner* banner() const { return m_banner; }
    MessageBanner* resumeBanner() const { return m_resumeBanner; }
    QPushButton* uploadButton() const { return m_buttons.upload; }
    QPushButton* pauseButton() const { return m_buttons.pause; }
    QPushButton* cancelButton() const { return m_buttons.cancel; }
    QPushButton* retryButton() const { return m_buttons.retry; }
    QPushButton* reportButton() const { return m_buttons.report; }
    QPushButton* discardButton() const { return m_discardButton; }
    QProgressBar* progressBar() const { return m_progressBar; }
    upload::UploadWorker* worker() const { return m_worker; }
    bool isBusy() const { return m_inspecting > 0 || m_loadingTransactions || m_mapLoading; }
    bool isUploading() const { return m_uploading; }
    std::optional<upload::UploadSummary> lastSummary() const { return m_summary; }

signals:
    // A batch ended (the summary is shown); `summary.cancelled` after Cancel.
    void uploadFinished(const kontor::upload::UploadSummary& summary);
    // The journal was read: an unfinished batch is offered (total 0: none).
    void resumeChecked(int total, int sent);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void loadTransactions();
    void rematch();
    void updateControls();
    void pickFiles();
    void pickFolder();
    void pickMap();
    void askReportPath();
    void checkUnfinished();
    void startUpload();
    void resumeBatch();
    void discardBatch();
    void withWorker(const std::function<void(upload::UploadWorker*)>& then);
    void onBatchStarted(qint64 batchId, const QList<upload::JournalItem>& items);
    void onProgress(const upload::UploadProgress& progress);
    void onFinished(const upload::UploadSummary& summary);
    void onFailed(const Error& error);
    void notifyInBackground(const QString& text);

    const QScopedPointer<Ui::UploadWindow> m_ui;
    Profile m_profile;
    ClientRegistry* m_clients;
    SecretStore* m_secrets;
    InvoiceMatchModel* m_model;
    QSortFilterProxyModel* m_proxy;
    BusyIndicator* m_busy;
    QLabel* m_busyLabel;
    MessageBanner* m_resumeBanner;
    MessageBanner* m_banner;
    QPushButton* m_discardButton;
    QSystemTrayIcon* m_tray = nullptr;
    QTableView* m_table;
    QProgressBar* m_progressBar;
    struct
    {
        QPushButton* upload;
        QPushButton* pause;
        QPushButton* cancel;
        QPushButton* retry;
        QPushButton* report;
    } m_buttons;
    QPointer<upload::UploadWorker> m_worker;
    QString m_journalPath;
    upload::UploadSettings m_settings;

    QList<upload::InvoiceFileInfo> m_files;
    std::optional<QList<upload::InvoiceMapEntry>> m_map;
    std::optional<upload::UploadSummary> m_summary;
    upload::UploadProgress m_lastProgress;
    qint64 m_unfinishedBatch = 0;
    int m_inspecting = 0;
    bool m_loadingTransactions = false;
    bool m_mapLoading = false;
    bool m_uploading = false;
    bool m_paused = false;
    bool m_startingWorker = false;
    bool m_closeAfterStop = false;
    bool m_closeAsked = false;
};

} // namespace kontor::gui
