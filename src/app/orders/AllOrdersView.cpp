#include "AllOrdersView.h"

#include "Icons.h"
#include "MessageBanner.h"
#include "OrdersTableModel.h"
#include "StatusBadgeDelegate.h"
#include "TableExport.h"
#include "profile/ProfileStore.h"
#include "services/Capabilities.h"
#include "services/ClientRegistry.h"
#include "services/OrderListing.h"
#include "services/ServiceClient.h"
#include "services/capabilities/OrdersCapability.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor::gui {

namespace {
constexpr int PageSize = 100;
}

AllOrdersView::AllOrdersView(ClientRegistry* clients, const ProfileStore* profiles, QWidget* parent)
    : QWidget(parent)
    , m_clients(clients)
    , m_profiles(profiles)
    , m_model(new OrdersTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(tr("All orders"), this))
    , m_filter(new QLineEdit(this))
    , m_export(new QToolButton(this))
    , m_refresh(new QToolButton(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("allOrdersView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter->setObjectName(QStringLiteral("allOrdersFilter"));
    m_filter->setPlaceholderText(tr("Search orders…"));
    m_filter->setAccessibleName(tr("Search orders"));
    m_filter->setToolTip(tr("Show only the loaded orders whose number, status, date, amount, customer, item names or "
                            "source contain this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(
        qBound(160, m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 48, 320));
    m_export->setObjectName(QStringLiteral("allOrdersExport"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)"));
    m_refresh->setObjectName(QStringLiteral("allOrdersRefresh"));
    m_refresh->setIcon(Icons::refresh());
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setToolTip(tr("Load again from every profile (F5)"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_filter);
    header->addWidget(m_export);
    header->addWidget(m_refresh);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OrdersTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterRole(OrdersTableModel::SearchRole);
    m_proxy->setSortLocaleAware(true);

    m_table->setObjectName(QStringLiteral("allOrdersTable"));
    m_table->setAccessibleName(tr("All orders"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setItemDelegateForColumn(OrdersTableModel::Status,
                                      new StatusBadgeDelegate(OrdersTableModel::StatusCodeRole, m_table));
    // The source first: it is what this list adds.
    columns->moveSection(OrdersTableModel::Source, 0);
    m_table->setColumnWidth(OrdersTableModel::Source, 150);
    m_table->setColumnWidth(OrdersTableModel::Number, 130);
    m_table->setColumnWidth(OrdersTableModel::Status, 150);
    m_table->setColumnWidth(OrdersTableModel::Paid, 70);
    m_table->setColumnWidth(OrdersTableModel::Created, 150);
    m_table->setColumnWidth(OrdersTableModel::Amount, 110);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, [this, columns](const QPoint& pos) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addSection(tr("Columns to show"));
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QAction* a = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) {
                int visible = 0;
                for (int other = 0; other < m_model->columnCount(); ++other)
                    visible += (other != c && !m_table->isColumnHidden(other)) ? 1 : 0;
                if (on || visible > 0)
                    m_table->setColumnHidden(c, !on);
            });
        }
        menu->popup(columns->viewport()->mapToGlobal(pos));
    });

    m_empty->setObjectName(QStringLiteral("allOrdersEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("allOrdersCount"));
    m_count->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("allOrdersCancel"));
    m_cancel->setToolTip(tr("Stop loading; what has arrived stays in the list"));
    m_cancel->hide();
    m_banner->setObjectName(QStringLiteral("allOrdersBanner"));

    auto* body = new QWidget(this);
    auto* stack = new QStackedLayout(body);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_empty);
    stack->addWidget(m_table);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(body, 1);
    layout->addLayout(footer);
    m_empty->raise();

    auto* copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { TableExport::copySelection(m_table); });
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* exportAction = new QAction(tr("Export as CSV"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &AllOrdersView::exportCsv);
    addAction(exportAction);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_export, &QToolButton::clicked, this, &AllOrdersView::exportCsv);
    connect(m_refresh, &QToolButton::clicked, this, &AllOrdersView::reload);
    connect(m_cancel, &QPushButton::clicked, this, &AllOrdersView::cancel);
    updateCount();
}

AllOrdersView::~AllOrdersView()
{
    for (Source& s : m_sources)
        delete s.listing;
}

QList<Profile> AllOrdersView::sources() const
{
    QList<Profile> out;
    for (const Profile& p : m_profiles->profiles()) {
        if (availability(p.service, Capability::Orders) == Availability::Offered)
            out.append(p);
    }
    return out;
}

bool AllOrdersView::isBusy() const
{
    for (const Source& s : m_sources) {
        if (!s.done)
            return true;
    }
    return false;
}

void AllOrdersView::reload()
{
    ++m_generation;
    for (Source& s : m_sources)
        delete s.listing;
    m_sources.clear();
    m_model->clear();
    m_banner->hideMessage();
    const QList<Profile> profiles = sources();
    for (const Profile& p : profiles)
        m_sources.insert(p.id, Source{p, nullptr, false, Error()});
    for (const Profile& p : profiles)
        startSource(p, m_generation);
    updateStatus();
    updateCount();
    if (profiles.isEmpty())
        emit loaded(0, 0);
}

void AllOrdersView::startSource(const Profile& profile, quint64 generation)
{
    m_clients->acquire(profile, this, [this, profile, generation](const Result<ServiceClient*>& client) {
        if (generation != m_generation || !m_sources.contains(profile.id))
            return;
        if (!client.ok())
            return sourceFinished(profile.id, client.error, generation);
        OrdersCapability* orders = client.value->orders();
        if (!orders)
            return sourceFinished(
                profile.id, Error::make(Error::Kind::Unsupported, tr("This service has no order list in Kontor.")),
                generation);
        OrderQuery query;
        query.limit = PageSize;
        auto* listing = new OrderListing(orders, query, 0, this, client.value);
        listing->setDeliveryInterval(200); // as OrdersView: not a repaint per page
        m_sources[profile.id].listing = listing;
        connect(listing, &OrderListing::pageArrived, this,
                [this, profile, generation](const QList<OrderSummary>& rows) {
                    if (generation != m_generation)
                        return;
                    m_model->appendOrders(rows, profile);
                    updateStatus();
                    updateCount();
                });
        connect(listing, &OrderListing::finished, this,
                [this, profile, generation](const Error& error) { sourceFinished(profile.id, error, generation); });
        listing->start();
    });
}

void AllOrdersView::sourceFinished(const QString& profileId, const Error& error, quint64 generation)
{
    if (generation != m_generation || !m_sources.contains(profileId))
        return;
    Source& s = m_sources[profileId];
    s.done = true;
    s.error = error;
    if (s.listing)
        s.listing->deleteLater();
    // The profiles that could not be read, each with its reason; the others' rows stay.
    QStringList failures;
    int failed = 0;
    for (const Source& other : std::as_const(m_sources)) {
        if (other.done && !other.error.ok() && other.error.kind != Error::Kind::Cancelled) {
            ++failed;
            failures << tr("'%1': %2").arg(other.profile.name, other.error.message);
        }
    }
    if (failures.isEmpty())
        m_banner->hideMessage();
    else
        m_banner->showMessage(tr("Not every profile could be read. %1").arg(failures.join(QLatin1Char(' '))),
                              MessageBanner::Type::Warning);
    updateStatus();
    updateCount();
    if (!isBusy()) {
        m_table->resizeColumnToContents(OrdersTableModel::Status);
        m_table->resizeColumnToContents(OrdersTableModel::Source);
        emit loaded(m_model->rowCount(), failed);
    }
}

void AllOrdersView::cancel()
{
    for (Source& s : m_sources) {
        if (s.listing && !s.done)
            s.listing->cancel();
    }
}

void AllOrdersView::updateStatus()
{
    const bool busy = isBusy();
    m_cancel->setVisible(busy);
    int pending = 0;
    for (const Source& s : std::as_const(m_sources))
        pending += s.done ? 0 : 1;
    emit busyChanged(busy, busy ? tr("Loading orders from %1 profiles: %2 so far…")
                                      .arg(QLocale().toString(pending), QLocale().toString(m_model->rowCount()))
                                : QString());
}

void AllOrdersView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    m_export->setEnabled(shown > 0);
    if (total == 0) {
        m_empty->setText(m_sources.isEmpty() ? tr("No profile with orders yet. Create one, or try the demo.")
                         : isBusy()          ? tr("Loading orders…")
                                             : tr("None of the profiles has orders to show."));
        m_empty->show();
        m_count->clear();
        return;
    }
    if (shown == 0) {
        m_empty->setText(tr("No order matches \"%1\".").arg(m_filter->text()));
        m_empty->show();
    } else {
        m_empty->hide();
    }
    QString text = shown == total
                       ? tr("Orders shown: %1").arg(locale.toString(total))
                       : tr("Orders matching the search: %1 of %2").arg(locale.toString(shown), locale.toString(total));
    text += tr(" · from %1 profiles").arg(locale.toString(m_sources.size()));
    m_count->setText(text);
}

void AllOrdersView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AllOrdersView::exportCsv()
{
    if (m_proxy->rowCount() == 0)
        return;
    TableExport::askCsvPath(this, tr("all-orders"), [this](const QString& path) { exportCsvTo(path); });
}

void AllOrdersView::exportCsvTo(const QString& path)
{
    TableExport::writeCsv(m_table, path, m_banner, this,
                          [this, path](int rows, const Error& error) { emit exported(path, rows, error); });
}

QByteArray AllOrdersView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void AllOrdersView::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace kontor::gui
