#include "RecordsView.h"

#include "ElidedLabel.h"
#include "Icons.h"
#include "Logging.h"
#include "MessageBanner.h"
#include "PlaceholderPage.h"
#include "TableExport.h"
#include "domain/TableText.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"

#include <QAction>
#include <QClipboard>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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
#include <algorithm>

namespace kontor::gui {

RecordsView::RecordsView(ClientRegistry* clients, QAbstractItemModel* model, const Texts& texts, QWidget* parent)
    : QWidget(parent)
    , m_clients(clients)
    , m_texts(texts)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderPage(this))
    , m_tablePage(new QWidget(this))
    , m_title(new ElidedLabel(this))
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
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter->setObjectName(prefix + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(texts.filterHint);
    m_filter->setAccessibleName(texts.filterHint);
    m_filter->setToolTip(texts.filterTip);
    m_filter->setClearButtonEnabled(true);
    // As wide as the hint in every language (and its clear button) wherever there is room; at the window's
    // smallest size it gives way (down to 120 px) beside the title rather than overlapping the buttons.
    const int hintWidth = m_filter->fontMetrics().horizontalAdvance(texts.filterHint) + 48;
    m_filter->setMinimumWidth(120);
    m_filter->setMaximumWidth(qMax(280, hintWidth));
    m_filter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

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
    m_headerLayout = header;
    header->addWidget(m_title, 1);
    header->addWidget(m_filter, 1);
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
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this,
            [this, columns](const QPoint& pos) { columnMenu()->popup(columns->viewport()->mapToGlobal(pos)); });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
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
    m_mainLayout = layout;
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_filter, m_refresh);
    setTabOrder(m_refresh, m_table);
    setTabOrder(m_table, m_moreButton);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_scannedRows = 0;
        m_filled.clear();
    });
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
    m_title->setFullText(titleFor(profile));
    m_title->setAccessibleName(m_title->fullText());
    m_filter->clear();
    reload();
}

void RecordsView::clearProfile()
{
    ++m_generation;
    m_client = nullptr;
    m_profile = Profile();
    clearRows();
    m_title->setFullText(QString());
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

namespace {
// headerState(): this tag, then the header's own state and the columns the person hid.
constexpr quint32 HeaderStateTag = 0x4b4f4831; // "KOH1"
} // namespace

QByteArray RecordsView::headerState() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    QList<int> hidden(m_userHidden.cbegin(), m_userHidden.cend());
    std::sort(hidden.begin(), hidden.end());
    stream << HeaderStateTag << m_table->horizontalHeader()->saveState() << hidden;
    return out;
}

void RecordsView::restoreHeaderState(const QByteArray& state)
{
    if (state.isEmpty())
        return;
    QDataStream stream(state);
    quint32 tag = 0;
    stream >> tag;
    if (tag != HeaderStateTag) { // what Kontor 0.1 saved: the header's state alone
        m_table->horizontalHeader()->restoreState(state);
        return;
    }
    QByteArray header;
    QList<int> hidden;
    stream >> header >> hidden;
    if (stream.status() != QDataStream::Ok)
        return;
    m_table->horizontalHeader()->restoreState(header);
    m_userHidden.clear();
    for (int column : std::as_const(hidden)) {
        if (column >= 0 && column < m_model->columnCount())
            m_userHidden.insert(column);
    }
    hideEmptyColumns();
}

void RecordsView::setColumnShown(int column, bool shown)
{
    if (column < 0 || column >= m_model->columnCount())
        return;
    if (shown) {
        m_userHidden.remove(column);
    } else {
        // One column always stays, or the table could not be brought back from its header.
        int visible = 0;
        for (int c = 0; c < m_model->columnCount(); ++c)
            visible += (!m_table->isColumnHidden(c) && c != column) ? 1 : 0;
        if (visible == 0)
            return;
        m_userHidden.insert(column);
    }
    hideEmptyColumns();
}

bool RecordsView::isColumnShown(int column) const
{
    return !m_userHidden.contains(column) && !m_unavailable.contains(column);
}

void RecordsView::setColumnAvailable(int column, bool available)
{
    if (available)
        m_unavailable.remove(column);
    else
        m_unavailable.insert(column);
    hideEmptyColumns();
}

QMenu* RecordsView::columnMenu()
{
    if (!m_columnMenu) {
        m_columnMenu = new QMenu(this);
        m_columnMenu->setObjectName(m_texts.objectPrefix + QStringLiteral("ColumnMenu"));
    }
    m_columnMenu->clear();
    m_columnMenu->addSection(tr("Columns to show"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_unavailable.contains(column))
            continue;
        QAction* action = m_columnMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_userHidden.contains(column));
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    m_columnMenu->addSeparator();
    QAction* all = m_columnMenu->addAction(tr("Show all columns"));
    connect(all, &QAction::triggered, this, [this] {
        m_userHidden.clear();
        hideEmptyColumns();
    });
    return m_columnMenu;
}

void RecordsView::addRowAction(QAction* action)
{
    action->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(action);
}

QList<int> RecordsView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    QList<QModelIndex> sorted(selected.cbegin(), selected.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(sorted))
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
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
    if (totalRows() > 0 && m_stack->currentWidget() != m_tablePage)
        m_stack->setCurrentWidget(m_tablePage);
    // Only the rows that came since the last look are read: the end of the load has little left to do.
    hideEmptyColumns();
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
    // A service that never fills a column (Printlounge's list has no amount) should not show it empty. Only
    // rows not looked at before are read, and only for columns no row filled yet: at the end of a long load
    // this is one pass over the new rows, not one over all 100,000 per empty column.
    const int rows = m_model->rowCount();
    if (rows < m_scannedRows) { // the rows were replaced
        m_scannedRows = 0;
        m_filled.clear();
    }
    for (int column = 0; column < m_model->columnCount(); ++column) {
        for (int row = m_scannedRows; row < rows && !m_filled.contains(column); ++row) {
            if (!m_model->index(row, column).data().toString().isEmpty())
                m_filled.insert(column);
        }
    }
    m_scannedRows = rows;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const bool empty = rows > 0 && !m_filled.contains(column);
        m_table->setColumnHidden(column, empty || m_userHidden.contains(column) || m_unavailable.contains(column));
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

void RecordsView::addHeaderWidget(QWidget* widget)
{
    m_headerLayout->insertWidget(m_headerLayout->indexOf(m_filter), widget);
}

void RecordsView::setBarBelowHeader(QWidget* bar)
{
    m_mainLayout->insertWidget(m_mainLayout->indexOf(m_stack), bar);
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
    return TableExport::visibleHeader(m_table);
}

QList<QStringList> RecordsView::visibleRows(bool selectedOnly) const
{
    return TableExport::visibleRows(m_table, selectedOnly);
}

void RecordsView::copySelection()
{
    TableExport::copySelection(m_table);
}

void RecordsView::exportCsv()
{
    if (totalRows() == 0)
        return;
    TableExport::askCsvPath(this,
                            QStringLiteral("%1-%2").arg(
                                m_texts.fileName, m_profile.name.isEmpty() ? QStringLiteral("kontor") : m_profile.name),
                            [this](const QString& path) { exportCsvTo(path); });
}

void RecordsView::exportCsvTo(const QString& path)
{
    TableExport::writeCsv(m_table, path, m_banner, this,
                          [this, path](int rows, const Error& error) { emit exported(path, rows, error); });
}

} // namespace kontor::gui
