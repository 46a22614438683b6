#pragma once
// RecordsView: the shape every "list of records of one profile" screen shares. Asks the ClientRegistry for
// the profile's client (the one every view and action of the process shares) and shows a filterable,
// sortable table; or, in words, that it is loading, that there is nothing yet, or what went wrong with a
// button that helps (Retry, Edit profile…, or a certificate to trust). Further pages load on request.
// Nothing here waits: every step is an asynchronous callback, and answers meant for a profile no longer
// shown are dropped. Subclasses (OrdersView, ProductsView) say what to fetch and how to name it.

#include "Result.h"
#include "profile/Profile.h"

#include <QPointer>
#include <QSet>
#include <QWidget>
#include <optional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace kontor {
class ClientRegistry;
class ServiceClient;
} // namespace kontor

namespace kontor::gui {

class ElidedLabel;

class MessageBanner;
class PlaceholderPage;

class RecordsView : public QWidget
{
    Q_OBJECT
public:
    // The role both record models answer with a value to sort by (numbers as numbers).
    static constexpr int SortRole = Qt::UserRole + 1;

    ~RecordsView() override;

    // Shows `profile` and loads its first page.
    void showProfile(const Profile& profile);
    // Forgets the current profile, its client and its rows.
    void clearProfile();
    // Loads the first page again (a fresh list from the service; the client and its connections stay).
    void reload();
    void loadMore();

    QString profileId() const { return m_profile.id; }
    bool isBusy() const { return m_busy; }

    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    PlaceholderPage* placeholder() const { return m_placeholder; }
    void focusFilter();

    // What is on screen, as text: the visible columns in their on-screen order, the rows in the filtered and
    // sorted order (only the selected ones when `selectedOnly`).
    QStringList visibleHeader() const;
    QList<QStringList> visibleRows(bool selectedOnly) const;
    // Ctrl+C: the selected rows as tab-separated text, with the header, for a spreadsheet.
    void copySelection();
    // Ctrl+Shift+E: asks where (a non-modal file dialog), then writes the rows shown as CSV.
    void exportCsv();
    // Writes the rows shown to `path` as CSV (UTF-8 with BOM) on a worker thread; the banner says how it went.
    void exportCsvTo(const QString& path);

    // The columns' order, widths and the ones the person hid (the header's context menu), to keep between runs.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);
    // The column chooser: a column the person hides stays hidden (until shown again), whatever is loaded.
    // Columns no row fills are hidden as well, but come back by themselves when rows fill them.
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;
    // The header's context menu: one checkable entry per column. Public for tests.
    QMenu* columnMenu();

signals:
    void busyChanged(bool busy, const QString& text);
    // A page is on screen; `rows` is how many the view holds now.
    void loaded(const QString& profileId, int rows);
    void loadFailed(const QString& profileId, const kontor::Error& error);
    void editProfileRequested(const QString& profileId);
    // The service's certificate could not be verified; the person may choose to trust it for the profile.
    void trustCertificateRequested(const QString& profileId, const kontor::PeerCertificate& certificate);
    // A CSV export ended: `error` is ok() when the file is written.
    void exported(const QString& path, int rows, const kontor::Error& error);

protected:
    struct Texts
    {
        QString loading;      // "Loading orders…"
        QString emptyTitle;   // "No orders yet"
        QString failedTitle;  // "The orders could not be loaded"
        QString moreFailed;   // "More orders could not be loaded."
        QString filterHint;   // "Filter orders…"
        QString filterTip;    // what the filter looks at
        QString loadMore;     // "Load more orders"
        QString tableName;    // accessible name of the table
        QString objectPrefix; // "orders": child widgets are named ordersTable, ordersFilter, ...
        QString fileName;     // suggested export file name without extension, e.g. "orders"
    };

    RecordsView(ClientRegistry* clients, QAbstractItemModel* model, const Texts& texts, QWidget* parent);

    virtual QString titleFor(const Profile& profile) const = 0;
    virtual QString statusText(const Profile& profile) const = 0; // "Loading orders from 'X'…"
    virtual QString emptyText(const Profile& profile) const = 0;
    virtual QString countText(int shown, int total) const = 0;
    virtual void clearRows() = 0;
    // Asks for a page and answers through pageLoaded()/pageFailed() with the same generation, after
    // adding the rows to the model (only while isCurrent(generation)).
    virtual void fetchPage(ServiceClient* client, bool firstPage, quint64 generation) = 0;

    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void pageLoaded(quint64 generation, bool firstPage, bool endReached);
    void pageFailed(quint64 generation, bool firstPage, const Error& error);
    // For a load that brings every page by itself (OrdersView): the rows so far are on screen, `text` says how
    // far it got, and a Cancel button stops it (cancelLoad()). pageLoaded()/pageFailed() end it as usual.
    void loadProgress(quint64 generation, const QString& text);
    virtual void cancelLoad() {}
    // Enter or a double-click on a row (the source model's index).
    virtual void openRecord(const QModelIndex& sourceIndex) { Q_UNUSED(sourceIndex); }
    // A pane beside the table (hidden until the subclass shows it), e.g. the order's detail.
    void setSidePane(QWidget* pane);
    // A widget in the header, before the search box (e.g. a "Filters" button).
    void addHeaderWidget(QWidget* widget);
    // A bar between the header and the list, shown whatever the list shows (e.g. the shop's filters).
    void setBarBelowHeader(QWidget* bar);
    // An action on the selected rows: in the table's context menu (and its shortcut works in the table).
    void addRowAction(QAction* action);
    // The source rows selected, in the order shown.
    QList<int> selectedSourceRows() const;
    // Columns only some views show (e.g. the source profile outside "All orders"): never in the chooser.
    void setColumnAvailable(int column, bool available);
    ServiceClient* currentClient() const;
    const Profile& profile() const { return m_profile; }

private:
    void startLoad(bool firstPage);
    int totalRows() const;
    // The button offers what helps: trusting a certificate, editing the profile (a wrong or missing secret),
    // or trying again.
    void showFirstPageError(const Error& error);
    void setBusy(bool busy, const QString& text = {});
    void updateFooter();
    void hideEmptyColumns();

    enum class ButtonAction { Retry, EditProfile, TrustCertificate };

    ClientRegistry* m_clients;
    Texts m_texts;
    Profile m_profile;
    QPointer<ServiceClient> m_client;
    quint64 m_generation = 0; // bumps on every new first page, so late answers for another profile are dropped
    bool m_endReached = true;
    bool m_busy = false;
    bool m_streaming = false; // a load that goes on by itself is running (loadProgress)
    ButtonAction m_buttonAction = ButtonAction::Retry;
    QSet<int> m_userHidden; // columns the person hid
    QSet<int> m_filled;     // columns some row fills, among the first m_scannedRows rows
    int m_scannedRows = 0;
    QSet<int> m_unavailable; // columns this view does not offer
    QMenu* m_columnMenu = nullptr;
    std::optional<PeerCertificate> m_certificate; // of the last TLS failure, for "Trust…"

    QAbstractItemModel* m_model;
    QStackedWidget* m_stack;
    PlaceholderPage* m_placeholder;
    QWidget* m_tablePage;
    ElidedLabel* m_title;
    QLineEdit* m_filter;
    QHBoxLayout* m_headerLayout = nullptr;
    QVBoxLayout* m_mainLayout = nullptr;
    QToolButton* m_refresh;
    QToolButton* m_export;
    MessageBanner* m_banner;
    QTableView* m_table;
    QSplitter* m_splitter;
    QLabel* m_countLabel;
    QPushButton* m_moreButton;
    QPushButton* m_cancelButton;
    QSortFilterProxyModel* m_proxy;
};

} // namespace kontor::gui
