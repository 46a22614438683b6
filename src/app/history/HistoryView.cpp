#include "HistoryView.h"

#include "Icons.h"
#include "MessageBanner.h"
#include "TableExport.h"
#include "profile/ProfileStore.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor::gui {

HistoryTableModel::HistoryTableModel(const ProfileStore* profiles, QObject* parent)
    : QAbstractTableModel(parent)
    , m_profiles(profiles)
{}

void HistoryTableModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const AuditEntry* HistoryTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::actionText(const QString& action)
{
    if (action == QLatin1String("order.status"))
        return tr("Order status");
    return action;
}

QString HistoryTableModel::valueText(const AuditEntry& entry, const QString& value) const
{
    if (value.isEmpty())
        return entry.action == QLatin1String("order.status") ? tr("unknown") : QString();
    if (entry.action == QLatin1String("order.status") && m_profiles) {
        if (const Profile* p = m_profiles->findById(entry.profileId))
            return p->statusLabel(value);
    }
    return value;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat);
        case ProfileName:
            return e.profileName;
        case Action:
            return actionText(e.action);
        case Target:
            return e.target;
        case Before:
            return valueText(e, e.oldValue);
        case After:
            return valueText(e, e.newValue);
        case OutcomeText:
            return outcomeText(e.outcome);
        case MessageText:
            return e.message;
        default:
            return {};
        }
    case SortRole:
        if (index.column() == When)
            return e.when;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == MessageText)
            return e.message;
        if (index.column() == When)
            return e.when.toUTC().toString(Qt::ISODate);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeText && e.outcome != AuditEntry::Outcome::Done)
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case ProfileName:
        return tr("Profile");
    case Action:
        return tr("Change");
    case Target:
        return tr("Record");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case OutcomeText:
        return tr("Outcome");
    case MessageText:
        return tr("Message");
    default:
        return {};
    }
}

HistoryView::HistoryView(AuditLog* audit, const ProfileStore* profiles, QWidget* parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_model(new HistoryTableModel(profiles, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(tr("History"), this))
    , m_filter(new QLineEdit(this))
    , m_export(new QToolButton(this))
    , m_refresh(new QToolButton(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("historyView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Search the history…"));
    m_filter->setAccessibleName(tr("Search the history"));
    m_filter->setToolTip(tr("Show only changes whose profile, record, values, outcome or message contain this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(
        qBound(160, m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 48, 320));

    m_export->setObjectName(QStringLiteral("historyExport"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the rows shown as a CSV file for a spreadsheet (Ctrl+Shift+E)"));
    m_refresh->setObjectName(QStringLiteral("historyRefresh"));
    m_refresh->setIcon(Icons::refresh());
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_filter);
    header->addWidget(m_export);
    header->addWidget(m_refresh);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("History"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryTableModel::When, Qt::DescendingOrder);

    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("historyCount"));

    auto* body = new QWidget(this);
    auto* stack = new QStackedLayout(body);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_empty);
    stack->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(body, 1);
    layout->addWidget(m_count);
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
    connect(exportAction, &QAction::triggered, this, &HistoryView::exportCsv);
    addAction(exportAction);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_export, &QToolButton::clicked, this, &HistoryView::exportCsv);
    connect(m_refresh, &QToolButton::clicked, this, &HistoryView::reload);
    if (m_audit)
        connect(m_audit, &AuditLog::appended, this, [this] {
            if (isVisible())
                reload();
        });
    updateCount();
}

void HistoryView::reload()
{
    if (!m_audit)
        return;
    if (m_loading) { // one read at a time; a change during it reads again after
        m_again = true;
        return;
    }
    m_loading = true;
    m_audit->list({}, this, [this](const Result<QList<AuditEntry>>& rows) {
        m_loading = false;
        if (rows.ok()) {
            m_banner->hideMessage();
            m_model->setEntries(rows.value);
            m_table->resizeColumnsToContents();
        } else {
            m_banner->showMessage(tr("The history could not be read. %1").arg(rows.error.message),
                                  MessageBanner::Type::Error);
        }
        updateCount();
        emit loaded(m_model->rowCount());
        if (m_again) {
            m_again = false;
            reload();
        }
    });
}

void HistoryView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void HistoryView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    m_export->setEnabled(shown > 0);
    if (total == 0) {
        m_empty->setText(tr("No changes yet. Every change Kontor makes to a shop — a new order status, for "
                            "example — is listed here with the shop's answer."));
        m_empty->show();
        m_count->clear();
    } else if (shown == 0) {
        m_empty->setText(tr("No change matches \"%1\".").arg(m_filter->text()));
        m_empty->show();
        m_count->setText(tr("Changes matching the search: 0 of %1").arg(locale.toString(total)));
    } else {
        m_empty->hide();
        m_count->setText(
            shown == total
                ? tr("Changes recorded: %1").arg(locale.toString(total))
                : tr("Changes matching the search: %1 of %2").arg(locale.toString(shown), locale.toString(total)));
    }
}

void HistoryView::exportCsv()
{
    if (m_proxy->rowCount() == 0)
        return;
    TableExport::askCsvPath(this, tr("history"), [this](const QString& path) { exportCsvTo(path); });
}

void HistoryView::exportCsvTo(const QString& path)
{
    TableExport::writeCsv(m_table, path, m_banner, this,
                          [this, path](int rows, const Error& error) { emit exported(path, rows, error); });
}

} // namespace kontor::gui
