#include "TransactionDelegate.h"

#include "InvoiceMatchModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace kontor::gui {

TransactionDelegate::TransactionDelegate(InvoiceMatchModel* model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QWidget* TransactionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("transactionEditor"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(tr("(none)"), QString());
    for (const kontor::Transaction& t : m_model->uninvoiced()) {
        QStringList parts{t.id};
        if (!t.date.isEmpty())
            parts << t.date;
        if (!t.retailer.isEmpty())
            parts << t.retailer;
        combo->addItem(parts.join(QStringLiteral(" · ")), t.id);
    }
    combo->setMaxVisibleItems(15);
    // Typing any part of an id, a date or a retailer finds the transaction.
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

void TransactionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString id = index.data(InvoiceMatchModel::TransactionIdRole).toString();
    int at = combo->findData(id);
    if (at < 0) {
        // Matched to a transaction that cannot take an invoice (already invoiced): shown, so the person sees it.
        combo->addItem(id, id);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

void TransactionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    // A typed text counts when it is one entry's text or a transaction id of the list.
    const QString typed = combo->currentText().trimmed();
    int at = combo->findText(typed, Qt::MatchFixedString);
    if (at < 0)
        at = combo->findData(typed, Qt::UserRole, Qt::MatchFixedString);
    if (at < 0)
        return;
    model->setData(index, combo->itemData(at).toString(), Qt::EditRole);
}

} // namespace kontor::gui
