#pragma once
// ProductsView: the products of a Webshippy profile, a page at a time through
// WebshippyClient::products (pages count from 0).

#include "RecordsView.h"

namespace kontor::gui {

class ProductsTableModel;

class ProductsView : public RecordsView
{
    Q_OBJECT
public:
    explicit ProductsView(SecretStore* secrets, QWidget* parent = nullptr);

    ProductsTableModel* model() const { return m_model; }

protected:
    QString titleFor(const Profile& profile) const override;
    QString statusText(const Profile& profile) const override;
    QString emptyText(const Profile& profile) const override;
    QString countText(int shown, int total) const override;
    void clearRows() override;
    void fetchPage(ServiceClient* client, bool firstPage, quint64 generation) override;

private:
    ProductsView(SecretStore* secrets, ProductsTableModel* model, QWidget* parent);

    ProductsTableModel* m_model;
    int m_nextPage = 0;
};

} // namespace kontor::gui
