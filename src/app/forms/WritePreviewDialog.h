#pragma once
// WritePreviewDialog: what a form is about to send, before anything is sent. One row per field the request
// carries, with the API's field name and the value exactly as it goes out (secrets masked by the Redactor,
// secret-named fields as "***"). For a record that exists already, a second column shows the value it has
// now and changed rows are marked, so the person sees the difference. "Send" accepts, "Back to the form"
// rejects; the form stays as it was either way. Always opened with open(), never exec().

#include "domain/Records.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kontor::gui {

class WritePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `current`: the record's values now (by wire name), or nothing for a new record.
    WritePreviewDialog(const QString& title, const QString& intro, const FieldList& sent,
                       const std::optional<FieldList>& current, const QString& sendText, QWidget* parent);

    QTreeWidget* fieldsView() const { return m_fields; }
    QPushButton* sendButton() const { return m_send; }
    // For tests and the screenshots: the rows as "field\tnew" or "field\told\tnew" with a trailing "*" when changed.
    QStringList rowsText() const;

    // How a value is shown: masked when the field's name says it is a secret, then through the Redactor.
    static QString shownValue(const QString& field, const QString& value);

private:
    QTreeWidget* m_fields;
    QPushButton* m_send;
};

} // namespace kontor::gui
