#pragma once
// CustomersView: every customer of a VirtualPOS profile. Opening the view reads the customer list page after
// page in the background: rows appear as pages arrive, the status line counts them, Cancel stops (and "Load
// more customers" goes on from the next page). The search box looks at name, e-mail, phone and id.
// "New customer…" and Enter or a double-click on a row open CustomerForm; a write it makes shows in the list.

#include "RecordsView.h"
#include "domain/Records.h"

#include <QPointer>
#include <optional>

class QPushButton;

namespace kontor {
class AuditLog;
} // namespace kontor

namespace kontor::gui {

class CustomerForm;
class CustomersTableModel;

class CustomersView : public RecordsView
{
    Q_OBJECT
public:
    explicit CustomersView(ClientRegistry* clients, QWidget* parent = nullptr);

    CustomersTableModel* model() const { return m_model; }
    QPushButton* newCustomerButton() const { return m_newButton; }
    // Where the forms record their writes (the window's one history).
    void setAuditLog(AuditLog* audit);

    // Opens the form for the customer in the model's `sourceRow`, or for a new customer (non-modal; it deletes
    // itself when closed). Null when no profile is shown.
    CustomerForm* openCustomer(int sourceRow);
    CustomerForm* newCustomer();

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
    CustomersView(ClientRegistry* clients, CustomersTableModel* model, QWidget* parent);
    void fetchFrom(QPointer<ServiceClient> client, quint64 generation);
    CustomerForm* openForm(const std::optional<FieldList>& customer);

    CustomersTableModel* m_model;
    ClientRegistry* m_clients;
    QPointer<AuditLog> m_audit;
    QPushButton* m_newButton;
    int m_nextPage = 1;
    int m_pagesRead = 0;
    bool m_cancelRequested = false;
};

} // namespace kontor::gui
