#include "WritePreviewDialog.h"

#include "RoomyRowDelegate.h"
#include "net/Redactor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::gui {

WritePreviewDialog::WritePreviewDialog(const QString& title, const QString& intro, const FieldList& sent,
                                       const std::optional<FieldList>& current, const QString& sendText,
                                       QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("writePreview"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    m_fields = new QTreeWidget(this);
    m_fields->setObjectName(QStringLiteral("previewFields"));
    m_fields->setRootIsDecorated(false);
    m_fields->setItemDelegate(new RoomyRowDelegate(m_fields));
    m_fields->setAlternatingRowColors(true);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setAccessibleName(tr("Fields to send"));
    if (current)
        m_fields->setHeaderLabels({tr("Field"), tr("Now"), tr("Will be")});
    else
        m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    for (const auto& [name, value] : sent) {
        auto* item = new QTreeWidgetItem(m_fields);
        item->setText(0, name);
        if (current) {
            QString old;
            bool known = false;
            for (const auto& [oldName, oldValue] : *current) {
                if (oldName == name) {
                    old = oldValue;
                    known = true;
                    break;
                }
            }
            item->setText(1, known ? shownValue(name, old) : QString());
            item->setText(2, shownValue(name, value));
            if (!known || old != value) {
                QFont bold = item->font(2);
                bold.setBold(true);
                item->setFont(0, bold);
                item->setFont(2, bold);
                item->setData(0, Qt::UserRole, true);
                item->setToolTip(2, tr("Changed"));
            }
        } else {
            item->setText(1, shownValue(name, value));
        }
    }
    // The field names fit their column; the values share the rest, so "Now" never pushes "Will be" out of sight
    // (a long value is elided, its whole text in the tooltip).
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int column = 1; column < m_fields->columnCount(); ++column)
        m_fields->header()->setSectionResizeMode(column, QHeaderView::Stretch);
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_fields->topLevelItem(i);
        for (int column = 1; column < m_fields->columnCount(); ++column) {
            if (item->toolTip(column).isEmpty())
                item->setToolTip(column, item->text(column));
        }
    }
    layout->addWidget(m_fields, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(sendText, QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("previewSend"));
    m_send->setDefault(true);
    QPushButton* back = buttons->addButton(tr("Back to the form"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("previewBack"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(current ? 720 : 560, 480);
}

QStringList WritePreviewDialog::rowsText() const
{
    QStringList rows;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_fields->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < m_fields->columnCount(); ++c)
            cells << item->text(c);
        rows << cells.join(QLatin1Char('\t')) +
                    (item->data(0, Qt::UserRole).toBool() ? QStringLiteral("*") : QString());
    }
    return rows;
}

QString WritePreviewDialog::shownValue(const QString& field, const QString& value)
{
    static const QRegularExpression secretName(QStringLiteral("(?i)(api_?key|apipass|password|passwd|secret|token)"));
    if (secretName.match(field).hasMatch())
        return QString::fromLatin1(net::Redactor::Mask);
    return net::Redactor::redact(value);
}

} // namespace kontor::gui
