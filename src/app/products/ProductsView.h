#pragma once
// ProductsView: the products of a profile (Webshippy), a page at a time through the client's
// ProductsCapability, with the cursor the client hands back.

#include "RecordsView.h"

namespace kontor::gui {

class ProductsTableModel;

class ProductsView : public RecordsView
{
    Q_OBJECT
public:
    explicit ProductsView(ClientRegistry* clients, QWidget* parent = nullptr);

    ProductsTableModel* model() const { return m_model; }

protected:
    QString titleFor(const Profile& profile) const override;
    QString statusText(const Profile& profile) const override;
    QString emptyText(const Profile& profile) const override;
    QString countText(int shown, int total) const override;
    void clearRows() override;
    void fetchPage(ServiceClient* client, bool firstPage, quint64 generation) override;

private:
    ProductsView(ClientRegistry* clients, ProductsTableModel* model, QWidget* parent);

    ProductsTableModel* m_model;
    QString m_cursor;
};

} // namespace kontor::gui
