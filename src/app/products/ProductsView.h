#pragma once
// ProductsView: every product of a profile (Webshippy). Opening the view reads all pages in the background
// through the client's ProductsCapability: rows appear as pages arrive, the status line counts them, Cancel
// stops (and "Load more products" goes on from there), and the search looks at everything loaded. A page
// that fails after rows arrived leaves them on screen with the error and Retry, which goes on from there.
// "New product…" and Enter or a double-click on a row open the ProductForm (non-modal); a product saved there
// is read back and its row updated.

#include "RecordsView.h"
#include "writes/RecordWrites.h"

#include <QPointer>

class QPushButton;

namespace kontor {
class AuditLog;
class ProductsCapability;
} // namespace kontor

namespace kontor::gui {

class BundleForm;
class ProductForm;
class ProductsTableModel;

class ProductsView : public RecordsView
{
    Q_OBJECT
public:
    explicit ProductsView(ClientRegistry* clients, QWidget* parent = nullptr);

    ProductsTableModel* model() const { return m_model; }
    // Where the product forms record their writes (the window's one history).
    void setAuditLog(kontor::AuditLog* audit);
    QPushButton* newProductButton() const { return m_newButton; }
    QPushButton* newBundleButton() const { return m_newBundleButton; }
    // Opens the form for a new bundle of this profile's products (non-modal).
    BundleForm* openNewBundle();
    // Opens the form for a new product, or for the product in `sourceRow` of the model.
    ProductForm* openNewProduct();
    ProductForm* openProduct(int sourceRow);
    // The form opened last, while it is open (tests and screenshots).
    ProductForm* lastForm() const;

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
    ProductsView(ClientRegistry* clients, ProductsTableModel* model, QWidget* parent);
    void fetchNext(const QPointer<ServiceClient>& client, quint64 generation, bool firstPage);
    ProductForm* openForm(const std::optional<Product>& product);
    void refreshProduct(const QString& sku);

    ClientRegistry* m_clients;
    ProductsTableModel* m_model;
    QPointer<AuditLog> m_audit;
    QPushButton* m_newButton;
    QPointer<ProductForm> m_lastForm;
    QPushButton* m_newBundleButton;
    QString m_cursor; // where the next page starts
    bool m_cancelled = false;
};

} // namespace kontor::gui
