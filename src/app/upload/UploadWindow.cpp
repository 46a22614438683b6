#include "UploadWindow.h"

#include "BusyIndicator.h"
#include "Icons.h"
#include "InvoiceFiles.h"
#include "InvoiceMatchModel.h"
#include "Logging.h"
#include "TableExport.h"
#include "TransactionDelegate.h"
#include "UnfinishedUploads.h"
#include "UploadTexts.h"
#include "domain/TableText.h"
#include "profile/SecretStore.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"
#include "services/capabilities/TransactionsCapability.h"
#include "settings/AppPreferences.h"
#include "ui_UploadWindow.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace kontor::gui {

using upload::InvoiceFileInfo;
using upload::InvoiceMapEntry;
using upload::JournalItem;
using upload::UploadJournal;
using upload::UploadWorker;

namespace {

// Sentences read best cut at their end; the view cuts names in the middle (their ends differ).
class ElideRightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

UploadWindow::UploadWindow(const Profile& profile, ClientRegistry* clients, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::UploadWindow)
    , m_profile(profile)
    , m_clients(clients)
    , m_secrets(secrets)
    , m_model(new InvoiceMatchModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_journalPath(UploadJournal::defaultPath())
{
    m_settings.parallel = AppPreferences::current().parallelUploads;
    m_ui->setupUi(this);
    m_table = m_ui->matchTable;
    m_progressBar = m_ui->progressBar;
    m_buttons = {m_ui->uploadButton, m_ui->pauseButton, m_ui->cancelButton, m_ui->retryButton, m_ui->reportButton};
    setWindowFlag(Qt::Window);
    setObjectName(QStringLiteral("uploadWindow"));
    setWindowTitle(tr("Upload invoices — %1").arg(profile.name));
    setWindowIcon(Icons::application());

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InvoiceMatchModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QTableView* view = m_ui->matchTable;
    view->setModel(m_proxy);
    view->setItemDelegateForColumn(InvoiceMatchModel::Transaction, new TransactionDelegate(m_model, view));
    view->setItemDelegateForColumn(InvoiceMatchModel::Problems, new ElideRightDelegate(view));
    view->setItemDelegateForColumn(InvoiceMatchModel::State, new ElideRightDelegate(view));
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(InvoiceMatchModel::Problems, QHeaderView::Stretch);
    view->setColumnWidth(InvoiceMatchModel::File, 270);
    view->setColumnWidth(InvoiceMatchModel::Size, 80);
    view->setColumnWidth(InvoiceMatchModel::Transaction, 120);
    view->setColumnWidth(InvoiceMatchModel::InvoiceNumber, 220);
    view->setColumnWidth(InvoiceMatchModel::State, 170);
    view->sortByColumn(-1, Qt::AscendingOrder); // the order the files came in, until a header is clicked

    m_busy = new BusyIndicator(this, 14);
    m_busy->setObjectName(QStringLiteral("uploadBusy"));
    m_busy->hide();
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_ui->statusRow->insertWidget(0, m_busy);
    m_ui->statusRow->addWidget(m_busyLabel);

    m_resumeBanner = new MessageBanner(this);
    m_resumeBanner->setObjectName(QStringLiteral("resumeBanner"));
    m_resumeBanner->setClosable(false);
    m_discardButton = new QPushButton(tr("&Discard"), m_resumeBanner);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_discardButton->setAutoDefault(false);
    m_discardButton->setToolTip(tr("Give that upload up: Kontor will not offer it again"));
    // Beside the banner's own button: Resume | Discard.
    if (auto* row = qobject_cast<QHBoxLayout*>(m_resumeBanner->layout()))
        row->insertWidget(row->count() - 1, m_discardButton, 0, Qt::AlignVCenter);
    m_resumeBanner->hideMessage();
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("uploadBanner"));
    m_banner->hideMessage();
    m_ui->bannerLayout->addWidget(m_resumeBanner);
    m_ui->bannerLayout->addWidget(m_banner);

    connect(m_resumeBanner, &MessageBanner::actionTriggered, this, &UploadWindow::resumeBatch);
    connect(m_discardButton, &QPushButton::clicked, this, &UploadWindow::discardBatch);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        if (m_summary)
            askReportPath();
        else
            loadTransactions();
    });
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, &UploadWindow::pickFiles);
    connect(m_ui->addFolderButton, &QPushButton::clicked, this, &UploadWindow::pickFolder);
    connect(m_ui->useMapButton, &QPushButton::clicked, this, &UploadWindow::pickMap);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_files.clear();
        m_summary.reset();
        m_banner->hideMessage();
        m_model->clear();
        updateControls();
    });
    connect(m_ui->uploadButton, &QPushButton::clicked, this, &UploadWindow::startUpload);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_worker)
            return;
        m_paused = !m_paused;
        if (m_paused)
            m_worker->pause();
        else
            m_worker->proceed();
        updateControls();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_worker && m_uploading)
            m_worker->cancel();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (!m_worker || m_uploading)
            return;
        m_summary.reset();
        m_banner->hideMessage();
        m_uploading = true;
        m_worker->retryFailed();
        updateControls();
    });
    connect(m_ui->reportButton, &QPushButton::clicked, this, &UploadWindow::askReportPath);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_uploading)
            updateControls();
    });

    resize(1280, 700);
    updateControls();
    loadTransactions();
    // After the caller had its say (setJournalPath): the journal is read once the event loop runs.
    QTimer::singleShot(0, this, &UploadWindow::checkUnfinished);
}

UploadWindow::~UploadWindow() = default;

UploadWindow* UploadWindow::openFor(const Profile& profile, ClientRegistry* clients, SecretStore* secrets,
                                    QWidget* parent)
{
    UploadWindow* window = nullptr;
    for (UploadWindow* w : parent->findChildren<UploadWindow*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w->profileId() == profile.id)
            window = w;
    }
    if (!window) {
        window = new UploadWindow(profile, clients, secrets, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void UploadWindow::findUnfinished(const QString& journalPath, const QString& profileId, QObject* context,
                                  const std::function<void(int total, int sent)>& done)
{
    UnfinishedUploads::find(journalPath, profileId, context, [done](const UnfinishedUploads::Found& found) {
        done(found.batchId > 0 ? found.total : 0, found.sent);
    });
}

void UploadWindow::setJournalPath(const QString& path)
{
    m_journalPath = path;
}

QString UploadWindow::countText() const
{
    return m_ui->countLabel->text();
}

QString UploadWindow::progressText() const
{
    return m_ui->progressLabel->text();
}

void UploadWindow::loadTransactions()
{
    if (m_loadingTransactions)
        return;
    m_loadingTransactions = true;
    m_banner->hideMessage();
    updateControls();
    auto fail = [this](const Error& error) {
        m_loadingTransactions = false;
        qCWarning(lcApp) << "upload window: transactions not listed:" << error.detail;
        m_banner->showMessage(
            tr("The shop's transactions could not be read, so the files cannot be matched yet. %1").arg(error.message),
            MessageBanner::Type::Error, tr("Try again"));
        updateControls();
    };
    m_clients->acquire(m_profile, this, [this, fail](const Result<ServiceClient*>& client) {
        if (!client.ok())
            return fail(client.error);
        TransactionsCapability* transactions = client.value->transactions();
        if (!transactions)
            return fail(Error::make(Error::Kind::Unsupported, tr("This service has no marketplace transactions.")));
        // Every invoice state: a file for a transaction already invoiced must be caught, not just missed.
        transactions->listTransactions({}, this, [this, fail](const Result<QList<Transaction>>& list) {
            if (!list.ok())
                return fail(list.error);
            m_loadingTransactions = false;
            m_model->setTransactions(list.value);
            rematch();
        });
    });
}

void UploadWindow::rematch()
{
    m_model->rematch(m_files, m_map ? &*m_map : nullptr);
    updateControls();
}

void UploadWindow::addPaths(const QStringList& paths)
{
    if (paths.isEmpty() || m_uploading)
        return;
    ++m_inspecting;
    updateControls();
    auto* watcher = new QFutureWatcher<QList<InvoiceFileInfo>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_inspecting;
        QSet<QString> known;
        for (const InvoiceFileInfo& f : m_files)
            known.insert(f.path);
        for (const InvoiceFileInfo& f : watcher->result()) {
            if (!known.contains(f.path))
                m_files << f;
        }
        if (m_summary) {
            // A batch ended: the shop's invoice states changed, so the new list is matched against fresh ones.
            m_summary.reset();
            m_banner->hideMessage();
            loadTransactions();
        }
        rematch();
    });
    // Looking at files touches the disk (a network share may take long): never on this thread.
    watcher->setFuture(QtConcurrent::run([paths] { return InvoiceFiles::gather(paths); }));
}

void UploadWindow::useMap(const QString& path)
{
    m_mapLoading = true;
    updateControls();
    using MapResult = Result<QList<InvoiceMapEntry>>;
    auto* watcher = new QFutureWatcher<MapResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_mapLoading = false;
        const MapResult map = watcher->result();
        if (!map.ok()) {
            m_banner->showMessage(
                tr("The map %1 cannot be used: %2").arg(QDir::toNativeSeparators(path), map.error.message),
                MessageBanner::Type::Error);
            updateControls();
            return;
        }
        m_map = map.value;
        m_ui->mapLabel->setText(
            tr("Map: %1, lines: %2").arg(QFileInfo(path).fileName(), QLocale().toString(int(map.value.size()))));
        m_ui->mapLabel->setToolTip(QDir::toNativeSeparators(path));
        rematch();
    });
    watcher->setFuture(QtConcurrent::run([path]() -> MapResult {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return MapResult::failure(Error::make(
                Error::Kind::Storage,
                QCoreApplication::translate("kontor::gui::UploadWindow",
                                            "the file cannot be opened (%1). Check that it still exists and that "
                                            "you may read it, or choose another map")
                    .arg(file.errorString())));
        return upload::InvoiceMatcher::readMap(file.readAll());
    }));
}

void UploadWindow::updateControls()
{
    const bool busy = isBusy();
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(m_inspecting > 0        ? tr("Looking at the files…")
                         : m_loadingTransactions ? tr("Reading the shop's transactions…")
                         : m_mapLoading          ? tr("Reading the map…")
                                                 : QString());
    const int rows = m_model->rowCount();
    const bool inBatch = m_uploading || m_summary.has_value();
    if (!inBatch)
        m_ui->countLabel->setText(rows == 0
                                      ? tr("No files yet.")
                                      : UploadTexts::counts(rows, m_model->readyCount(), m_model->problemCount()));
    else
        m_ui->countLabel->setText(
            UploadTexts::batchCounts(rows, rows - m_model->problemCount(), m_model->problemCount()));
    const bool editable = !m_uploading && !m_startingWorker;
    m_ui->addFilesButton->setEnabled(editable);
    m_ui->addFolderButton->setEnabled(editable);
    m_ui->useMapButton->setEnabled(editable);
    m_ui->clearButton->setEnabled(editable && rows > 0);
    setAcceptDrops(editable);
    // After a batch its rows keep their outcome; new files (matched afresh) unlock the table.
    m_model->setLocked(!editable || m_summary.has_value());
    m_ui->uploadButton->setEnabled(editable && !busy && m_model->transactionsKnown() && m_model->readyCount() > 0);
    m_ui->pauseButton->setVisible(m_uploading);
    m_ui->pauseButton->setText(m_paused ? tr("&Continue") : tr("&Pause"));
    m_ui->cancelButton->setVisible(m_uploading);
    m_ui->retryButton->setVisible(!m_uploading && m_summary && m_summary->failed > 0);
    m_ui->reportButton->setVisible(!m_uploading && rows > 0);
    m_ui->progressPanel->setVisible(inBatch);
}

void UploadWindow::pickFiles()
{
    auto* dialog =
        new QFileDialog(this, tr("Add invoice files"), documentsFolder(), tr("PDF files (*.pdf);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &UploadWindow::addPaths);
    dialog->open();
}

void UploadWindow::pickFolder()
{
    auto* dialog = new QFileDialog(this, tr("Add a folder of invoices"), documentsFolder());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& folder) { addPaths({folder}); });
    dialog->open();
}

void UploadWindow::pickMap()
{
    auto* dialog = new QFileDialog(this, tr("Use a map of files to transactions"), documentsFolder(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &UploadWindow::useMap);
    dialog->open();
}

void UploadWindow::askReportPath()
{
    TableExport::askCsvPath(this, tr("invoice-upload"), [this](const QString& path) { saveReport(path); });
}

void UploadWindow::saveReport(const QString& path)
{
    const QByteArray bytes = TableText::csv(InvoiceMatchModel::reportHeader(), m_model->reportRows());
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString problem = watcher->result();
        if (problem.isEmpty())
            m_banner->showMessage(tr("The report is saved in %1.").arg(QDir::toNativeSeparators(path)),
                                  MessageBanner::Type::Positive);
        else
            m_banner->showMessage(
                tr("The report could not be saved in %1: %2").arg(QDir::toNativeSeparators(path), problem),
                MessageBanner::Type::Error);
    });
    watcher->setFuture(QtConcurrent::run([path, bytes]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}

void UploadWindow::checkUnfinished()
{
    if (m_uploading)
        return;
    UnfinishedUploads::find(m_journalPath, m_profile.id, this, [this](const UnfinishedUploads::Found& found) {
        if (m_uploading)
            return;
        if (!found.error.isEmpty()) {
            m_resumeBanner->showMessage(tr("Kontor could not read its record of earlier uploads: %1").arg(found.error),
                                        MessageBanner::Type::Error);
            m_discardButton->hide();
            return;
        }
        m_unfinishedBatch = found.batchId;
        if (found.batchId == 0) {
            m_resumeBanner->hideMessage();
        } else {
            m_resumeBanner->showMessage(tr("An earlier upload did not finish: %1 of %2 invoices sent.")
                                            .arg(QLocale().toString(found.sent), QLocale().toString(found.total)),
                                        MessageBanner::Type::Warning, tr("Resume"));
            m_discardButton->show();
        }
        emit resumeChecked(found.total, found.sent);
    });
}

void UploadWindow::withWorker(const std::function<void(UploadWorker*)>& then)
{
    if (m_worker) {
        then(m_worker);
        return;
    }
    if (m_startingWorker)
        return;
    m_startingWorker = true;
    updateControls();
    // The worker signs its requests itself: it gets the key once, read from the keychain without waiting here.
    m_secrets->read(m_profile.id, this, [this, then](const Result<QString>& secret) {
        m_startingWorker = false;
        if (!secret.ok() && !(secret.error.kind == Error::Kind::NotFound && !m_profile.needsSecret())) {
            m_banner->showMessage(
                secret.error.kind == Error::Kind::NotFound
                    ? tr("No API key is stored for '%1'. Edit the profile to enter it.").arg(m_profile.name)
                    : secret.error.message,
                MessageBanner::Type::Error);
            updateControls();
            return;
        }
        auto* worker = new UploadWorker(m_profile, secret.ok() ? secret.value : QString(), m_journalPath, this);
        connect(worker, &UploadWorker::batchStarted, this, &UploadWindow::onBatchStarted);
        connect(worker, &UploadWorker::itemChanged, m_model, &InvoiceMatchModel::updateItem);
        connect(worker, &UploadWorker::progressed, this, &UploadWindow::onProgress);
        connect(worker, &UploadWorker::finished, this, &UploadWindow::onFinished);
        connect(worker, &UploadWorker::failed, this, &UploadWindow::onFailed);
        m_worker = worker;
        then(worker);
    });
}

void UploadWindow::startUpload()
{
    if (m_uploading || m_model->readyCount() == 0)
        return;
    withWorker([this](UploadWorker* worker) {
        m_summary.reset();
        m_banner->hideMessage();
        m_resumeBanner->hideMessage();
        m_uploading = true;
        m_paused = false;
        m_ui->progressBar->setValue(0);
        m_ui->progressLabel->setText(tr("Starting…"));
        worker->start(m_model->readyMatches(), m_settings);
        updateControls();
    });
}

void UploadWindow::resumeBatch()
{
    const qint64 batchId = m_unfinishedBatch;
    if (batchId == 0 || m_uploading)
        return;
    withWorker([this, batchId](UploadWorker* worker) {
        m_summary.reset();
        m_banner->hideMessage();
        m_resumeBanner->hideMessage();
        m_uploading = true;
        m_paused = false;
        m_ui->progressLabel->setText(tr("Resuming…"));
        worker->resume(batchId, m_settings);
        updateControls();
    });
}

void UploadWindow::discardBatch()
{
    const qint64 batchId = m_unfinishedBatch;
    if (batchId == 0 || m_uploading)
        return;
    m_resumeBanner->hideMessage();
    m_unfinishedBatch = 0;
    UnfinishedUploads::discard(m_journalPath, batchId, this, [this](const QString& error) {
        if (!error.isEmpty())
            m_banner->showMessage(tr("The unfinished upload could not be discarded: %1").arg(error),
                                  MessageBanner::Type::Error);
    });
}

void UploadWindow::onBatchStarted(qint64 batchId, const QList<JournalItem>& items)
{
    m_unfinishedBatch = batchId;
    m_model->showBatch(items);
    updateControls();
}

void UploadWindow::onProgress(const upload::UploadProgress& progress)
{
    const qint64 scale = progress.bytesTotal > 0 ? progress.bytesTotal : 0;
    const int value = scale > 0            ? int(progress.bytesDone * 1000 / scale)
                      : progress.files > 0 ? progress.done() * 1000 / progress.files
                                           : 0;
    m_ui->progressBar->setValue(qBound(0, value, 1000));
    m_lastProgress = progress;
    m_ui->progressLabel->setText(UploadTexts::progress(progress));
    if (m_paused != progress.paused) {
        m_paused = progress.paused;
        updateControls();
    }
}

void UploadWindow::onFinished(const upload::UploadSummary& summary)
{
    m_uploading = false;
    m_paused = false;
    m_summary = summary;
    m_model->showBatch(summary.items);
    const QString text = UploadTexts::summary(summary);
    const bool clean = summary.complete() && summary.failed == 0;
    if (clean)
        m_ui->progressBar->setValue(1000);
    m_ui->progressLabel->setText(UploadTexts::ended(summary, m_lastProgress));
    m_banner->showMessage(text,
                          clean               ? MessageBanner::Type::Positive
                          : summary.cancelled ? MessageBanner::Type::Information
                                              : MessageBanner::Type::Warning,
                          tr("Save report…"));
    updateControls();
    notifyInBackground(text);
    if (!summary.complete())
        checkUnfinished();
    emit uploadFinished(summary);
    if (m_closeAfterStop)
        close();
}

void UploadWindow::onFailed(const Error& error)
{
    qCWarning(lcApp) << "upload window: the batch stopped:" << error.detail;
    m_uploading = false;
    m_paused = false;
    m_banner->showMessage(tr("The upload stopped: %1 Nothing is lost; it can be resumed.").arg(error.message),
                          MessageBanner::Type::Error);
    updateControls();
    checkUnfinished();
    if (m_closeAfterStop)
        close();
}

void UploadWindow::notifyInBackground(const QString& text)
{
    if (isActiveWindow() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray)
        m_tray = new QSystemTrayIcon(Icons::application(), this);
    m_tray->show();
    m_tray->showMessage(tr("Invoice upload for '%1'").arg(m_profile.name), text, QSystemTrayIcon::Information, 15000);
}

void UploadWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_uploading && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void UploadWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (!m_uploading && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void UploadWindow::dropEvent(QDropEvent* event)
{
    if (m_uploading)
        return;
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

void UploadWindow::closeEvent(QCloseEvent* event)
{
    if (!m_uploading || m_closeAfterStop) {
        QWidget::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_closeAsked)
        return;
    m_closeAsked = true;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Stop the upload?"),
                                tr("Stop the upload? It can be resumed later."), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("stopUploadBox"));
    QPushButton* stop = box->addButton(tr("Stop and close"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep uploading"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stop] {
        m_closeAsked = false;
        if (box->clickedButton() != stop || !m_uploading)
            return;
        m_closeAfterStop = true;
        if (m_worker)
            m_worker->cancel(); // finished() follows, then the window closes
    });
    box->open();
}

} // namespace kontor::gui
