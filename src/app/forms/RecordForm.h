#pragma once
// RecordForm: what every form that writes a shop's record shares (cards, customers, products, bundles).
// - Field-level errors: every input is bound to its field's wire name; a problem found before sending (the
//   core's validate()) or named by the server appears in red right under that input, the input says it in its
//   accessible description, and the first one takes the focus. Problems with no field go into the banner.
// - A preview before any write (WritePreviewDialog): the exact fields, redacted, with old and new values for
//   an existing record.
// - While a write is out, the save buttons are disabled; when the shop refuses, the banner says why in its
//   words, nothing typed is touched, and Save can be pressed again.
// - Closing with unsaved changes asks first (Discard / Keep editing), without a nested event loop.
// Subclasses build their widgets (Designer forms), bind their inputs, and send through the core's writers.

#include "MessageBanner.h"
#include "Result.h"
#include "WritePreviewDialog.h"
#include "domain/FieldProblem.h"
#include "domain/Records.h"

#include <QDialog>
#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <functional>
#include <optional>

class QAbstractButton;
class QLabel;

namespace kontor::gui {

class RecordForm : public QDialog
{
    Q_OBJECT
public:
    MessageBanner* banner() const { return m_banner; }
    // The input bound to `field` and the error shown beside it ("" when none).
    QWidget* fieldInput(const QString& field) const { return m_inputs.value(field); }
    QString fieldError(const QString& field) const;
    QStringList fieldsWithErrors() const;
    // Something typed differs from what was loaded or last saved.
    bool isDirty() const;
    bool isSending() const { return m_sending; }
    // The preview or the close question on screen now, if any (tests and screenshots press their buttons).
    WritePreviewDialog* preview() const { return m_preview; }
    QMessageBox* closeQuestion() const { return m_closeQuestion; }

signals:
    // A write the shop accepted; `text` says what happened in words.
    void written(const QString& text);

protected:
    explicit RecordForm(QWidget* parent);

    // Call after the widgets exist (after setupUi): puts the banner on top of the dialog's layout.
    void installBanner();
    // Binds `input` to the wire field `field`; its error label goes right under it in its layout.
    void bindField(const QString& field, QWidget* input);
    // A widget whose value counts for "unsaved changes" without being a field (a table of parts, ...).
    void trackWidget(QWidget* widget);
    // The save buttons (disabled while a write is out).
    void addSendButton(QAbstractButton* button);

    // Shows `problems` beside their fields (and those without a field in the banner); true when there were any.
    bool showProblems(const QList<FieldProblem>& problems);
    void clearProblems();
    // Shows `message` beside `field` (when bound) and leaves the banner as it is: for a refusal whose words
    // name a field, after sendFailed() put them in the banner. True when the field is bound.
    bool markField(const QString& field, const QString& message);

    // The form's state for "unsaved changes": the values of the bound and tracked widgets.
    virtual QStringList formState() const;
    void markClean();

    // Opens the preview; `send` runs when the person presses Send.
    void confirmAndSend(const QString& title, const QString& intro, const FieldList& sent,
                        const std::optional<FieldList>& current, const QString& sendText, std::function<void()> send);
    void sendStarted(const QString& text);
    // The shop refused or could not be reached: its words in the banner (and beside the field it names).
    void sendFailed(const Error& error);
    void sendSucceeded(const QString& text);

    void reject() override;

private:
    void setSending(bool sending);
    static QString widgetValue(const QWidget* widget);

    MessageBanner* m_banner;
    QHash<QString, QWidget*> m_inputs;
    QHash<QString, QLabel*> m_errors;
    QList<QWidget*> m_tracked;
    QList<QPointer<QAbstractButton>> m_sendButtons;
    QStringList m_clean;
    bool m_sending = false;
    bool m_discardConfirmed = false;
    QPointer<WritePreviewDialog> m_preview;
    QPointer<QMessageBox> m_closeQuestion;
};

} // namespace kontor::gui
