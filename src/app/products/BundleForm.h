#pragma once
// BundleForm: a new Webshippy bundle (document 003, createBundle). The person types its SKU, name, net price,
// VAT and currency, and picks its products from the profile's catalogue: every product page loads in the
// background (the form stays usable meanwhile), a search box narrows the list by SKU or name, and "Add" (or a
// double-click) puts a product into the parts table, raising its quantity when it is there already. Under the
// table, the parts' total at their own prices and how the bundle's price compares with it. Save checks the
// draft (Bundles::validate: errors under their fields, nothing sent), shows the exact request, then writes it
// through RecordWrites::createBundle (one audit row).

#include "RecordForm.h"
#include "profile/Profile.h"

#include <QPointer>
#include <QScopedPointer>

class QListWidgetItem;
class QPushButton;
class QSpinBox;

namespace Ui {
class BundleForm;
}

namespace kontor {
class AuditLog;
class ClientRegistry;
class ServiceClient;
struct BundleDraft;
} // namespace kontor

namespace kontor::gui {

class BundleForm : public RecordForm
{
    Q_OBJECT
public:
    BundleForm(ClientRegistry* clients, AuditLog* audit, const Profile& profile, QWidget* parent);
    ~BundleForm() override;

    // The catalogue: every product page read (false while pages are still coming or after a failure).
    bool catalogLoaded() const { return m_catalogDone; }
    int catalogSize() const { return static_cast<int>(m_catalog.size()); }
    QString catalogStatus() const;

    // The picker, for tests and keyboard users: the search text, the matches shown, and adding one.
    void setSearchText(const QString& text);
    QStringList matchSkus() const;
    // Adds the product with `sku` from the catalogue (its quantity goes up by one when it is in already).
    bool addProduct(const QString& sku);
    void setQuantity(const QString& sku, int quantity);
    void removeProduct(const QString& sku);
    // The parts as "sku=quantity", in the table's order.
    QStringList parts() const;
    QString partsTotalText() const;
    QString comparisonText() const;
    QPushButton* saveButton() const { return m_save; }

    // What the form holds now, as the core reads it.
    BundleDraft draft() const;

public slots:
    // Checks, then opens the preview of what will be sent.
    void save();

private:
    void loadCatalog(ServiceClient* client, const QString& cursor, quint64 generation);
    void refreshMatches();
    void addFromItem(QListWidgetItem* item);
    int rowOf(const QString& sku) const;
    void updateTotals();
    void send(const BundleDraft& draft);
    QString money(double value, int decimals, const QString& currency) const;

    const QScopedPointer<Ui::BundleForm> m_ui;
    ClientRegistry* m_clients;
    QPointer<AuditLog> m_audit;
    Profile m_profile;
    QList<Product> m_catalog;
    bool m_catalogDone = false;
    QString m_catalogError;
    quint64 m_catalogGeneration = 0;
    QPushButton* m_save;
};

} // namespace kontor::gui
