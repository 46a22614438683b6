#include "RecordsView.h"

#include "Icons.h"
#include "Logging.h"
#include "MessageBanner.h"
#include "PlaceholderPage.h"
#include "domain/TableText.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kontor::gui {

RecordsView::RecordsView(ClientRegistry* clients, QAbstractItemModel* model, const Texts& texts, QWidget* parent)
    : QWidget(parent)
    , m_clients(clients)
    , m_texts(texts)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderPage(this))
    , m_tablePage(new QWidget(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_moreButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    const QString prefix = texts.objectPrefix;
    setObjectName(prefix + QStringLiteral("View"));
    m_placeholder->setObjectName(prefix + QStringLiteral("Placeholder"));

    m_title->setObjectName(prefix + QStringLiteral("Title"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter->setObjectName(prefix + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(texts.filterHint);
    m_filter->setAccessibleName(texts.filterHint);
    m_filter->setToolTip(texts.filterTip);
    m_filter->setClearButtonEnabled(true);
    // Wide enough for the hint in every language (and its clear button), at most a third of a wide window.
    const int hintWidth = m_filter->fontMetrics().horizontalAdvance(texts.filterHint) + 48;
    m_filter->setMinimumWidth(qBound(160, hintWidth, 320));
    m_filter->setMaximumWidth(qMax(280, hintWidth));

    m_refresh->setObjectName(prefix + QStringLiteral("Refresh"));
    m_refresh->setIcon(Icons::refresh());
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setToolTip(tr("Load again from the service (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));

    m_export->setObjectName(prefix + QStringLiteral("Export"));
    m_export->setText(tr("Export…"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setToolTip(tr("Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)"));
    m_export->setAccessibleName(tr("Export as CSV"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_filter);
    header->addWidget(m_export);
    header->addWidget(m_refresh);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);

    m_table->setObjectName(prefix + QStringLiteral("Table"));
    m_table->setAccessibleName(texts.tableName);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSortIndicator(-1, Qt::AscendingOrder); // the service's order until the person asks
    m_table->setSortingEnabled(true);

    m_countLabel->setObjectName(prefix + QStringLiteral("Count"));
    m_moreButton->setObjectName(prefix + QStringLiteral("More"));
    m_moreButton->setText(texts.loadMore);
    m_moreButton->setAccessibleName(texts.loadMore);
    m_moreButton->hide();
    m_cancelButton->setObjectName(prefix + QStringLiteral("Cancel"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading; what has arrived stays in the list"));
    m_cancelButton->hide();
    m_banner->setObjectName(prefix + QStringLiteral("Banner"));

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_countLabel, 1);
    footer->addWidget(m_moreButton);
    footer->addWidget(m_cancelButton);

    auto* tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_banner);
    m_splitter = new QSplitter(Qt::Horizontal, m_tablePage);
    m_splitter->setObjectName(prefix + QStringLiteral("Splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    tableLayout->addWidget(m_splitter, 1);
    tableLayout->addLayout(footer);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tablePage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_filter, m_refresh);
    setTabOrder(m_refresh, m_table);
    setTabOrder(m_table, m_moreButton);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateFooter();
    });
    connect(m_refresh, &QToolButton::clicked, this, &RecordsView::reload);
    connect(m_moreButton, &QPushButton::clicked, this, &RecordsView::loadMore);
    connect(m_export, &QToolButton::clicked, this, &RecordsView::exportCsv);
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openRecord(m_proxy->mapToSource(index)); });
    auto* copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &RecordsView::copySelection);
    m_table->addAction(copy);
    auto* exportAction = new QAction(tr("Export as CSV"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &RecordsView::exportCsv);
    addAction(exportAction);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancelButton->setEnabled(false);
        cancelLoad();
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, &RecordsView::loadMore);
    connect(m_placeholder, &PlaceholderPage::buttonClicked, this, [this] {
        switch (m_buttonAction) {
        case ButtonAction::EditProfile:
            emit editProfileRequested(m_profile.id);
            break;
        case ButtonAction::TrustCertificate:
            if (m_certificate)
                emit trustCertificateRequested(m_profile.id, *m_certificate);
            break;
        case ButtonAction::Retry:
            reload();
            break;
        }
    });
    connect(m_clients, &ClientRegistry::clientForgotten, this, [this](const QString& profileId) {
        // The profile or its secret changed: a page still on its way will not come. Ask the new client.
        if (profileId != m_profile.id)
            return;
        const bool waiting = m_busy;
        m_client = nullptr;
        if (waiting)
            reload();
    });

    m_refresh->setEnabled(false);
    m_filter->setEnabled(false);
    m_placeholder->showMessage(PlaceholderPage::Kind::Info, tr("No profile selected"),
                               tr("Choose a profile on the left."));
}

RecordsView::~RecordsView() = default;

void RecordsView::showProfile(const Profile& profile)
{
    m_profile = profile;
    m_title->setText(titleFor(profile));
    m_title->setAccessibleName(m_title->text());
    m_filter->clear();
    reload();
}

void RecordsView::clearProfile()
{
    ++m_generation;
    m_client = nullptr;
    m_profile = Profile();
    clearRows();
    m_title->clear();
    m_banner->hideMessage();
    setBusy(false);
    m_placeholder->showMessage(PlaceholderPage::Kind::Info, tr("No profile selected"),
                               tr("Choose a profile on the left."));
    m_stack->setCurrentWidget(m_placeholder);
    updateFooter();
}

void RecordsView::reload()
{
    if (m_profile.id.isEmpty())
        return;
    startLoad(/*firstPage=*/true);
}

void RecordsView::loadMore()
{
    if (m_profile.id.isEmpty() || m_busy || m_endReached || !m_client)
        return;
    startLoad(/*firstPage=*/false);
}

void RecordsView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray RecordsView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void RecordsView::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

int RecordsView::totalRows() const
{
    return m_model->rowCount();
}

void RecordsView::startLoad(bool firstPage)
{
    m_banner->hideMessage();
    if (firstPage) {
        ++m_generation;
        m_endReached = false;
        m_streaming = false;
        clearRows();
        m_placeholder->showLoading(m_texts.loading);
        m_stack->setCurrentWidget(m_placeholder);
    }
    setBusy(true, statusText(m_profile));
    updateFooter();

    const quint64 generation = m_generation;
    if (m_client && m_client->profile() == m_profile) {
        fetchPage(m_client, firstPage, generation);
        return;
    }
    // The registry hands out the profile's one client, made (with its secret read) only the first time.
    m_clients->acquire(m_profile, this, [this, generation, firstPage](const Result<ServiceClient*>& client) {
        if (!isCurrent(generation))
            return;
        if (!client.ok()) {
            qCWarning(lcApp) << "no client for profile" << m_profile.id << ":" << client.error.detail;
            pageFailed(generation, firstPage, client.error);
            return;
        }
        m_client = client.value;
        fetchPage(client.value, firstPage, generation);
    });
}

void RecordsView::loadProgress(quint64 generation, const QString& text)
{
    if (!isCurrent(generation))
        return;
    const bool first = !m_streaming;
    m_streaming = true;
    if (first)
        m_cancelButton->setEnabled(true);
    if (totalRows() > 0 && m_stack->currentWidget() != m_tablePage) {
        m_stack->setCurrentWidget(m_tablePage);
        hideEmptyColumns();
    }
    setBusy(true, text);
    updateFooter();
}

void RecordsView::pageLoaded(quint64 generation, bool firstPage, bool endReached)
{
    if (!isCurrent(generation))
        return;
    m_streaming = false;
    setBusy(false);
    m_endReached = endReached;
    if (totalRows() == 0) {
        m_buttonAction = ButtonAction::Retry;
        m_placeholder->showMessage(PlaceholderPage::Kind::Empty, m_texts.emptyTitle, emptyText(m_profile),
                                   tr("Refresh"));
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_stack->setCurrentWidget(m_tablePage);
    }
    Q_UNUSED(firstPage);
    hideEmptyColumns();
    updateFooter();
    emit loaded(m_profile.id, totalRows());
}

void RecordsView::pageFailed(quint64 generation, bool firstPage, const Error& error)
{
    if (!isCurrent(generation))
        return;
    m_streaming = false;
    setBusy(false);
    qCInfo(lcApp) << "loading for profile" << m_profile.id << "failed:" << Error::kindName(error.kind) << error.detail;
    if (firstPage) {
        showFirstPageError(error);
    } else {
        m_banner->showMessage(m_texts.moreFailed + QLatin1Char(' ') + error.message, MessageBanner::Type::Error,
                              tr("Retry"));
    }
    updateFooter();
    emit loadFailed(m_profile.id, error);
}

void RecordsView::showFirstPageError(const Error& error)
{
    clearRows();
    m_certificate = error.certificate;
    const bool signIn = error.kind == Error::Kind::Auth || error.kind == Error::Kind::NoSecret;
    QString button = tr("Retry");
    m_buttonAction = ButtonAction::Retry;
    if (m_certificate && !m_profile.demo) {
        m_buttonAction = ButtonAction::TrustCertificate;
        button = tr("Check the certificate…");
    } else if (signIn && !m_profile.demo) {
        m_buttonAction = ButtonAction::EditProfile;
        button = tr("Edit profile…");
    }
    const QString message =
        error.message.isEmpty() ? tr("Something went wrong while talking to the service.") : error.message;
    m_placeholder->showMessage(PlaceholderPage::Kind::Error, m_texts.failedTitle, message, button);
    m_stack->setCurrentWidget(m_placeholder);
}

void RecordsView::hideEmptyColumns()
{
    // A service that never fills a column (Printlounge's list has no amount) should not show it empty.
    const int rows = m_model->rowCount();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        bool empty = rows > 0;
        for (int row = 0; row < rows && empty; ++row)
            empty = m_model->index(row, column).data().toString().isEmpty();
        m_table->setColumnHidden(column, empty);
    }
}

void RecordsView::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_refresh->setEnabled(!busy && !m_profile.id.isEmpty());
    emit busyChanged(busy, text);
}

void RecordsView::updateFooter()
{
    const int total = totalRows();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(total == 0 ? QString() : countText(shown, total));
    m_moreButton->setVisible(total > 0 && !m_endReached && !m_streaming);
    m_moreButton->setEnabled(!m_busy);
    m_cancelButton->setVisible(m_streaming);
    m_filter->setEnabled(total > 0);
}

ServiceClient* RecordsView::currentClient() const
{
    return m_client.data();
}

void RecordsView::setSidePane(QWidget* pane)
{
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    pane->hide();
}

QStringList RecordsView::visibleHeader() const
{
    QStringList header;
    const QHeaderView* h = m_table->horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            header << m_proxy->headerData(logical, Qt::Horizontal).toString();
    }
    return header;
}

QList<QStringList> RecordsView::visibleRows(bool selectedOnly) const
{
    QList<int> columns;
    const QHeaderView* h = m_table->horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            columns << logical;
    }
    QList<int> rows;
    if (selectedOnly) {
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
    } else {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows << row;
    }
    QList<QStringList> out;
    out.reserve(rows.size());
    for (int row : rows) {
        QStringList fields;
        for (int column : columns)
            fields << m_proxy->index(row, column).data(Qt::DisplayRole).toString();
        out << fields;
    }
    return out;
}

void RecordsView::copySelection()
{
    const QList<QStringList> rows = visibleRows(true);
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(TableText::tsv(visibleHeader(), rows));
}

void RecordsView::exportCsv()
{
    if (totalRows() == 0)
        return;
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    const QString suggested = QDir(base).filePath(
        QStringLiteral("%1-%2.csv")
            .arg(m_texts.fileName, m_profile.name.isEmpty() ? QStringLiteral("kontor") : m_profile.name));
    auto* dialog = new QFileDialog(this, tr("Export as CSV"), suggested, tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &RecordsView::exportCsvTo);
    dialog->open();
}

void RecordsView::exportCsvTo(const QString& path)
{
    const QByteArray bytes = TableText::csv(visibleHeader(), visibleRows(false));
    const int rows = m_proxy->rowCount();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, rows] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        Error error;
        if (problem.isEmpty()) {
            m_banner->showMessage(
                tr("%1 rows saved to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)),
                MessageBanner::Type::Positive);
        } else {
            error = Error::make(Error::Kind::Storage,
                                tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), problem),
                                problem);
            m_banner->showMessage(error.message, MessageBanner::Type::Error);
        }
        emit exported(path, rows, error);
    });
    // The disk is written on a worker thread; the window goes on meanwhile.
    watcher->setFuture(QtConcurrent::run([path, bytes]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}

} // namespace kontor::gui
