#pragma once
// TransactionDelegate: the editor of the match table's transaction cell. A combo box of the shop's transactions
// that still wait for an invoice (id, date and retailer), with typing completing on any part of that text, and
// a first entry for "none"; what is chosen goes to the model as a transaction id.

#include <QStyledItemDelegate>

namespace kontor::gui {

class InvoiceMatchModel;

class TransactionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TransactionDelegate(InvoiceMatchModel* model, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    InvoiceMatchModel* m_model;
};

} // namespace kontor::gui
