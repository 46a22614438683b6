#pragma once
// OrdersView: every order of one profile. Opening the view reads all pages in the background through the
// core's OrderListing: rows appear as they arrive, the status line counts them, Cancel stops (and "Load more
// orders" goes on from there), and the filter searches everything loaded. A page that fails after rows
// arrived leaves them on screen with the error above and Retry, which goes on from the failed page.

#include "RecordsView.h"

#include <QPointer>

class QAction;
class QToolButton;

namespace kontor {
class AuditLog;
class OrderListing;
} // namespace kontor

namespace kontor::gui {

class OrderDetailPane;
class OrderFilterBar;
class OrdersTableModel;
class StatusChangeDialog;

class OrdersView : public RecordsView
{
    Q_OBJECT
public:
    explicit OrdersView(ClientRegistry* clients, QWidget* parent = nullptr);

    OrdersTableModel* model() const { return m_model; }
    // The shop's own filters (what is loaded); the search box looks only at what is loaded.
    OrderFilterBar* filterBar() const { return m_filterBar; }
    QToolButton* filtersButton() const { return m_filtersButton; }
    OrderDetailPane* detail() const { return m_detail; }

    // Where status changes are recorded (the window's one history).
    void setAuditLog(AuditLog* audit);
    // The daily actions on the selected orders, for the window's toolbar and the table's context menu.
    QAction* openAction() const { return m_openAction; }
    QAction* changeStatusAction() const { return m_changeStatusAction; }
    // Opens the status change for the selected orders (printlounge); null when there is nothing to change.
    StatusChangeDialog* changeStatusOfSelection();

signals:
    // A status change on this view's orders ended (the status bar and the history refresh on it).
    void statusChangeFinished(const QString& profileId, int changed, int notChanged);

protected:
    QString titleFor(const Profile& profile) const override;
    QString statusText(const Profile& profile) const override;
    QString emptyText(const Profile& profile) const override;
    QString countText(int shown, int total) const override;
    void clearRows() override;
    void fetchPage(ServiceClient* client, bool firstPage, quint64 generation) override;
    void cancelLoad() override;
    void openRecord(const QModelIndex& sourceIndex) override;

private:
    OrdersView(ClientRegistry* clients, OrdersTableModel* model, QWidget* parent);
    void updateActions();
    void updateFiltersButton();

    OrdersTableModel* m_model;
    QPointer<OrderListing> m_listing;
    OrderDetailPane* m_detail;
    QPointer<AuditLog> m_audit;
    QAction* m_openAction;
    QAction* m_changeStatusAction;
    OrderFilterBar* m_filterBar;
    QToolButton* m_filtersButton;
    QString m_filterProfileId;                    // the profile the filter bar was built for
    QList<QPair<QString, QString>> m_shopFilters; // applied: sent with every page
    QString m_shopFilterSummary;                  // applied, in words
};

} // namespace kontor::gui
