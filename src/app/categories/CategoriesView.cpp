#include "CategoriesView.h"

#include "CategoriesTreeModel.h"
#include "Icons.h"
#include "Logging.h"
#include "MessageBanner.h"
#include "PlaceholderPage.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"
#include "services/capabilities/CategoriesCapability.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kontor::gui {

namespace {

// While the filter is on, the categories that match it are bold; the parents shown with them are not.
class CategoriesFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::FontRole && index.column() == CategoriesTreeModel::Name &&
            !filterRegularExpression().pattern().isEmpty()) {
            // filterAcceptsRow() looks at the row alone; recursive filtering adds the parents around it.
            const QModelIndex source = mapToSource(index);
            if (filterAcceptsRow(source.row(), source.parent())) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

// Rows as tall as the order tables' rows, so the tree reads at the same pace.
class RoomyRowsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

// Rows the proxy shows, at every depth.
int shownRows(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    int rows = model->rowCount(parent);
    for (int row = 0, n = rows; row < n; ++row)
        rows += shownRows(model, model->index(row, 0, parent));
    return rows;
}

} // namespace

CategoriesView::CategoriesView(ClientRegistry* clients, QWidget* parent)
    : QWidget(parent)
    , m_clients(clients)
    , m_model(new CategoriesTreeModel(this))
    , m_proxy(new CategoriesFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderPage(this))
    , m_treePage(new QWidget(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_filterTimer(new QTimer(this))
    , m_expand(new QToolButton(this))
    , m_refresh(new QToolButton(this))
    , m_banner(new MessageBanner(this))
    , m_tree(new QTreeView(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("categoriesView"));
    m_placeholder->setObjectName(QStringLiteral("categoriesPlaceholder"));
    m_banner->setObjectName(QStringLiteral("categoriesBanner"));
    m_countLabel->setObjectName(QStringLiteral("categoriesCount"));

    m_title->setObjectName(QStringLiteral("categoriesTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    const QString hint = tr("Filter categories…");
    m_filter->setObjectName(QStringLiteral("categoriesFilter"));
    m_filter->setPlaceholderText(hint);
    m_filter->setAccessibleName(hint);
    m_filter->setToolTip(tr("Shows the categories whose name or ID contains the text, with the categories above "
                            "them"));
    m_filter->setClearButtonEnabled(true);
    const int hintWidth = m_filter->fontMetrics().horizontalAdvance(hint) + 48;
    m_filter->setMinimumWidth(qBound(160, hintWidth, 320));
    m_filter->setMaximumWidth(qMax(280, hintWidth));
    // Typing a word filters once, not once per letter.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);

    m_expand->setObjectName(QStringLiteral("categoriesExpand"));
    m_expand->setText(tr("Expand all"));
    m_expand->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_expand->setToolTip(tr("Open every branch of the tree"));
    m_expand->setAccessibleName(tr("Expand all"));

    m_refresh->setObjectName(QStringLiteral("categoriesRefresh"));
    m_refresh->setIcon(Icons::refresh());
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setToolTip(tr("Load the categories again from the service"));
    m_refresh->setAccessibleName(tr("Refresh"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_filter);
    header->addWidget(m_expand);
    header->addWidget(m_refresh);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(CategoriesTreeModel::Name);
    m_proxy->setFilterRole(CategoriesTreeModel::FilterTextRole);
    // A match brings its parents with it, so it is seen where it sits in the tree.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setSortLocaleAware(true);

    m_tree->setObjectName(QStringLiteral("categoriesTree"));
    m_tree->setAccessibleName(tr("Categories"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new RoomyRowsDelegate(m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    QHeaderView* columns = m_tree->header();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(CategoriesTreeModel::Name, QHeaderView::Stretch);
    columns->setSectionResizeMode(CategoriesTreeModel::Id, QHeaderView::Interactive);
    columns->setSectionResizeMode(CategoriesTreeModel::State, QHeaderView::Interactive);
    columns->setSortIndicator(-1, Qt::AscendingOrder); // the service's order until the person asks
    m_tree->setSortingEnabled(true);

    auto* treeLayout = new QVBoxLayout(m_treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_banner);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addWidget(m_countLabel);
    m_banner->hideMessage();

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_treePage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_filter, m_expand);
    setTabOrder(m_expand, m_refresh);
    setTabOrder(m_refresh, m_tree);

    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &CategoriesView::applyFilter);
    connect(m_expand, &QToolButton::clicked, this, &CategoriesView::expandAll);
    connect(m_refresh, &QToolButton::clicked, this, &CategoriesView::reload);
    connect(m_banner, &MessageBanner::actionTriggered, this, &CategoriesView::reload);
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
        // The profile or its secret changed: an answer still on its way will not come. Ask the new client.
        if (profileId != m_profile.id)
            return;
        const bool waiting = m_busy;
        m_client = nullptr;
        if (waiting)
            reload();
    });

    clearProfile();
}

CategoriesView::~CategoriesView() = default;

void CategoriesView::showProfile(const Profile& profile)
{
    const bool same = profile.id == m_profile.id;
    m_profile = profile;
    m_title->setText(tr("Categories of '%1'").arg(profile.name));
    m_title->setAccessibleName(m_title->text());
    if (!same) {
        ++m_generation;
        m_model->clear();
        m_filter->clear();
        applyFilter();
    }
    reload();
}

void CategoriesView::clearProfile()
{
    ++m_generation;
    m_client = nullptr;
    m_profile = Profile();
    m_model->clear();
    m_filter->clear();
    m_title->clear();
    m_banner->hideMessage();
    setBusy(false);
    m_placeholder->showMessage(PlaceholderPage::Kind::Info, tr("No profile selected"),
                               tr("Choose a profile on the left."));
    m_stack->setCurrentWidget(m_placeholder);
    updateFooter();
}

void CategoriesView::reload()
{
    if (m_profile.id.isEmpty())
        return;
    startLoad();
}

void CategoriesView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void CategoriesView::expandAll()
{
    m_tree->expandAll();
}

void CategoriesView::startLoad()
{
    const quint64 generation = ++m_generation;
    m_banner->hideMessage();
    if (m_model->categoryCount() == 0) {
        m_placeholder->showLoading(tr("Loading categories…"));
        m_stack->setCurrentWidget(m_placeholder);
    }
    setBusy(true, tr("Loading categories from '%1'…").arg(m_profile.name));
    updateFooter();

    if (m_client && m_client->profile() == m_profile) {
        fetch(m_client, generation);
        return;
    }
    // The registry hands out the profile's one client, made (with its secret read) only the first time.
    m_clients->acquire(m_profile, this, [this, generation](const Result<ServiceClient*>& client) {
        if (generation != m_generation)
            return;
        if (!client.ok()) {
            qCWarning(lcApp) << "no client for profile" << m_profile.id << ":" << client.error.detail;
            finishLoad(generation, Result<QList<Category>>::failure(client.error));
            return;
        }
        m_client = client.value;
        fetch(client.value, generation);
    });
}

void CategoriesView::fetch(ServiceClient* client, quint64 generation)
{
    CategoriesCapability* categories = client->categories();
    if (!categories) {
        finishLoad(generation, Result<QList<Category>>::failure(Error::make(
                                   Error::Kind::Unsupported, tr("This service has no categories in Kontor."))));
        return;
    }
    categories->listCategories(
        this, [this, generation](const Result<QList<Category>>& result) { finishLoad(generation, result); });
}

void CategoriesView::finishLoad(quint64 generation, const Result<QList<Category>>& result)
{
    if (generation != m_generation)
        return;
    setBusy(false);
    if (!result.ok()) {
        qCInfo(lcApp) << "categories of profile" << m_profile.id << "failed:" << Error::kindName(result.error.kind)
                      << result.error.detail;
        if (m_model->categoryCount() > 0) {
            // The tree already shown stays; the banner says the new one did not come.
            m_banner->showMessage(tr("The categories could not be loaded again. %1").arg(result.error.message),
                                  MessageBanner::Type::Error, tr("Retry"));
        } else {
            showError(result.error);
        }
        updateFooter();
        emit loadFailed(m_profile.id, result.error);
        return;
    }
    m_model->setCategories(result.value);
    applyFilter();
    if (m_model->categoryCount() == 0) {
        m_buttonAction = ButtonAction::Retry;
        m_placeholder->showMessage(PlaceholderPage::Kind::Empty, tr("No categories yet"),
                                   tr("'%1' has no product categories.").arg(m_profile.name), tr("Refresh"));
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_stack->setCurrentWidget(m_treePage);
        m_tree->expandToDepth(0); // the top level open: its children say what the tree is about
        m_tree->resizeColumnToContents(CategoriesTreeModel::Id);
        m_tree->resizeColumnToContents(CategoriesTreeModel::State);
    }
    updateFooter();
    emit loaded(m_profile.id, m_model->categoryCount());
}

void CategoriesView::showError(const Error& error)
{
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
    m_placeholder->showMessage(PlaceholderPage::Kind::Error, tr("The categories could not be loaded"), message, button);
    m_stack->setCurrentWidget(m_placeholder);
}

void CategoriesView::applyFilter()
{
    m_filterTimer->stop();
    const QString text = m_filter->text().trimmed();
    m_proxy->setFilterFixedString(text);
    // Matches can sit deep in the tree: open it so they are seen.
    if (!text.isEmpty())
        m_tree->expandAll();
    updateFooter();
}

void CategoriesView::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_refresh->setEnabled(!busy && !m_profile.id.isEmpty());
    emit busyChanged(busy, text);
}

void CategoriesView::updateFooter()
{
    const int total = m_model->categoryCount();
    m_filter->setEnabled(total > 0);
    m_expand->setEnabled(total > 0);
    if (total == 0) {
        m_countLabel->clear();
        return;
    }
    // Worded without plurals, so English needs no translation file to read well.
    const QLocale locale;
    if (m_proxy->filterRegularExpression().pattern().isEmpty())
        m_countLabel->setText(
            tr("Categories: %1, inactive: %2").arg(locale.toString(total), locale.toString(m_model->inactiveCount())));
    else
        m_countLabel->setText(tr("Categories shown with the filter: %1 of %2")
                                  .arg(locale.toString(shownRows(m_proxy)), locale.toString(total)));
}

} // namespace kontor::gui
