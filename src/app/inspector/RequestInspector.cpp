#include "RequestInspector.h"

#include "AppSettings.h"
#include "RequestLogModel.h"
#include "net/RequestFormat.h"
#include "net/RequestLog.h"
#include "ui_RequestInspector.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPointer>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTime>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace kontor::gui {

namespace {

// Runs on the thread pool: formatting a few thousand requests and writing them must not hold the window.
bool writeRequests(const QString& path, const QList<net::RequestRecord>& records)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    for (const net::RequestRecord& r : records) {
        const QByteArray text = (net::RequestFormat::fullText(r, 2) + QStringLiteral("\n\n")).toUtf8();
        if (file.write(text) != text.size()) {
            file.cancelWriting();
            return false;
        }
    }
    return file.commit();
}

} // namespace

RequestInspector::RequestInspector(AppSettings* settings, QWidget* parent)
    : QDockWidget(tr("Requests"), parent)
    , m_ui(new Ui::RequestInspectorPane)
    , m_settings(settings)
    , m_model(new RequestLogModel(net::RequestLog::instance(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_headerSaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("requestInspectorDock"));
    auto* pane = new QWidget(this);
    m_ui->setupUi(pane);
    setWidget(pane);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RequestLogModel::SortRole);
    QTableView* table = m_ui->tableView;
    table->setModel(m_proxy);
    table->sortByColumn(RequestLogModel::Time, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the longest texts a column shows in this language (the header's included), so nothing is cut
    // off; measuring the rows themselves would cost a pass over up to 2,000 of them on every insert.
    const int em = table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    auto statusSample = [](int status, bool finished) {
        net::RequestRecord r;
        r.finished = finished;
        r.status = status;
        return net::RequestFormat::statusText(r);
    };
    const QList<QStringList> samples = {
        {RequestLogModel::timeText(QTime(23, 59, 59)), RequestLogModel::timeText(QTime(10, 59, 59))},
        {QStringLiteral("Printlounge Kft.")},
        {QStringLiteral("DELETE")},
        {},
        {statusSample(200, true), statusSample(401, true), statusSample(404, true), statusSample(429, true),
         statusSample(503, true), statusSample(0, true), statusSample(0, false)},
        {RequestLogModel::durationText(99'999)},
        {RequestLogModel::sizeText(999), RequestLogModel::sizeText(999'999), RequestLogModel::sizeText(99'999'999)},
        {RequestLogModel::sizeText(999), RequestLogModel::sizeText(999'999), RequestLogModel::sizeText(99'999'999)},
        {QStringLiteral("9")},
    };
    QFont headerFont = header->font();
    headerFont.setBold(true); // some styles draw the header bold
    const QFontMetrics headerMetrics(headerFont);
    QList<int> fitted;
    for (int c = 0; c < samples.size(); ++c) {
        // Room for the sort indicator and the cell's margins.
        int width = headerMetrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 3 * em;
        for (const QString& text : samples[c])
            width = std::max(width, table->fontMetrics().horizontalAdvance(text) + em);
        fitted << width;
        header->resizeSection(c, c == RequestLogModel::Url ? 30 * em : width);
    }
    header->setSectionResizeMode(RequestLogModel::Url, QHeaderView::Stretch);
    if (m_settings) {
        const QByteArray state = m_settings->value(AppSettings::Key::InspectorHeaderState).toByteArray();
        if (!state.isEmpty())
            header->restoreState(state);
    }
    // Widths remembered from another language (or a narrower font) must not cut this one's texts.
    for (int c = 0; c < fitted.size(); ++c) {
        if (c != RequestLogModel::Url && header->sectionSize(c) < fitted[c])
            header->resizeSection(c, fitted[c]);
    }
    m_headerSaveTimer->setSingleShot(true);
    m_headerSaveTimer->setInterval(500);
    connect(m_headerSaveTimer, &QTimer::timeout, this, &RequestInspector::saveHeaderState);
    connect(header, &QHeaderView::sectionResized, m_headerSaveTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionMoved, m_headerSaveTimer, qOverload<>(&QTimer::start));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestText->setFont(fixed);
    m_ui->responseText->setFont(fixed);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestInspector::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const QModelIndex current = m_proxy->mapToSource(m_ui->tableView->currentIndex());
        if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
            showCurrent();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RequestInspector::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        showCurrent();
    });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &RequestInspector::copyAsCurl);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &RequestInspector::copyText);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RequestInspector::save);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &RequestInspector::clear);
    updateCount();
    showCurrent();
}

RequestInspector::~RequestInspector() = default;

QString RequestInspector::requestText() const
{
    return m_ui->requestText->toPlainText();
}

QString RequestInspector::responseText() const
{
    return m_ui->responseText->toPlainText();
}

const net::RequestRecord* RequestInspector::currentRecord() const
{
    const QModelIndex index = m_proxy->mapToSource(m_ui->tableView->currentIndex());
    if (!index.isValid())
        return nullptr;
    return &m_model->record(index.row());
}

void RequestInspector::showCurrent()
{
    const net::RequestRecord* r = currentRecord();
    m_ui->requestText->setPlainText(r ? net::RequestFormat::requestText(*r) : QString());
    m_ui->responseText->setPlainText(r ? net::RequestFormat::responseText(*r) : QString());
    m_ui->copyCurlButton->setEnabled(r != nullptr);
    m_ui->copyButton->setEnabled(r != nullptr);
}

void RequestInspector::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_ui->countLabel->setText(shown == all
                                  ? tr("%1 requests").arg(QLocale().toString(all))
                                  : tr("%1 of %2 requests").arg(QLocale().toString(shown), QLocale().toString(all)));
    m_ui->saveButton->setEnabled(shown > 0);
    m_ui->clearButton->setEnabled(all > 0);
}

void RequestInspector::copyAsCurl()
{
    if (const net::RequestRecord* r = currentRecord())
        QGuiApplication::clipboard()->setText(net::RequestFormat::curlCommand(*r));
}

void RequestInspector::copyText()
{
    if (const net::RequestRecord* r = currentRecord())
        QGuiApplication::clipboard()->setText(net::RequestFormat::fullText(*r));
}

void RequestInspector::save()
{
    QList<net::RequestRecord> records;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        records << m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    auto* dialog =
        new QFileDialog(this, tr("Save the requests"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Text files (*.txt)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(QStringLiteral("kontor-requests.txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, records](const QString& path) {
        auto* watcher = new QFutureWatcher<bool>(this);
        connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, path] {
            const bool ok = watcher->result();
            m_ui->noteLabel->setText(ok ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                                        : tr("Could not save %1.").arg(QDir::toNativeSeparators(path)));
            emit saved(path, ok);
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(writeRequests, path, records));
    });
    dialog->open();
}

void RequestInspector::clear()
{
    net::RequestLog::instance()->clear();
}

void RequestInspector::saveHeaderState()
{
    if (m_settings)
        m_settings->setValue(AppSettings::Key::InspectorHeaderState, m_ui->tableView->horizontalHeader()->saveState());
}

} // namespace kontor::gui
