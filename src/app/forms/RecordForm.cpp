#include "RecordForm.h"

#include "WritePreviewDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace kontor::gui {

namespace {

// The form layout that holds `widget` directly, and its row.
QFormLayout* formLayoutOf(QWidget* root, QWidget* widget, int* row)
{
    const auto layouts = root->findChildren<QFormLayout*>();
    for (QFormLayout* form : layouts) {
        QFormLayout::ItemRole role;
        form->getWidgetPosition(widget, row, &role);
        if (*row >= 0)
            return form;
    }
    return nullptr;
}

QBoxLayout* boxLayoutOf(QWidget* root, QWidget* widget, int* index)
{
    const auto layouts = root->findChildren<QBoxLayout*>();
    for (QBoxLayout* box : layouts) {
        *index = box->indexOf(widget);
        if (*index >= 0)
            return box;
    }
    return nullptr;
}

} // namespace

RecordForm::RecordForm(QWidget* parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
{
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->setClosable(true);
    m_banner->hide();
}

void RecordForm::installBanner()
{
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->insertWidget(0, m_banner);
}

void RecordForm::bindField(const QString& field, QWidget* input)
{
    m_inputs.insert(field, input);
    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("error_") + field);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    error->setPalette(palette);
    int row = -1;
    if (QFormLayout* form = formLayoutOf(this, input, &row)) {
        form->insertRow(row + 1, QString(), error);
        form->setRowVisible(error, false);
    } else if (QBoxLayout* box = boxLayoutOf(this, input, &row)) {
        box->insertWidget(row + 1, error);
        error->hide();
    } else {
        error->hide();
    }
    m_errors.insert(field, error);
}

void RecordForm::trackWidget(QWidget* widget)
{
    m_tracked.append(widget);
}

void RecordForm::addSendButton(QAbstractButton* button)
{
    m_sendButtons.append(button);
}

QString RecordForm::fieldError(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QStringList RecordForm::fieldsWithErrors() const
{
    QStringList fields;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (!it.value()->isHidden())
            fields << it.key();
    }
    fields.sort();
    return fields;
}

void RecordForm::clearProblems()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QLabel* label = it.value();
        label->clear();
        int row = -1;
        if (QFormLayout* form = formLayoutOf(this, label, &row))
            form->setRowVisible(label, false);
        else
            label->hide();
        if (QWidget* input = m_inputs.value(it.key()))
            input->setAccessibleDescription(QString());
    }
    if (m_banner->type() == MessageBanner::Type::Error)
        m_banner->hideMessage();
}

bool RecordForm::showProblems(const QList<FieldProblem>& problems)
{
    clearProblems();
    if (problems.isEmpty())
        return false;
    QStringList general;
    QWidget* first = nullptr;
    for (const FieldProblem& problem : problems) {
        QLabel* label = m_errors.value(problem.field);
        if (!label) {
            general << problem.message;
            continue;
        }
        label->setText(label->text().isEmpty() ? problem.message : label->text() + QLatin1Char('\n') + problem.message);
        int row = -1;
        if (QFormLayout* form = formLayoutOf(this, label, &row))
            form->setRowVisible(label, true);
        else
            label->show();
        QWidget* input = m_inputs.value(problem.field);
        input->setAccessibleDescription(label->text());
        if (!first)
            first = input;
    }
    const int marked = static_cast<int>(problems.size() - general.size());
    QString text = general.join(QLatin1Char(' '));
    if (marked > 0) {
        const QString fix = marked == 1
                                ? tr("Please correct the field marked in red; nothing was sent.")
                                : tr("Please correct the %1 fields marked in red; nothing was sent.").arg(marked);
        text = text.isEmpty() ? fix : text + QLatin1Char(' ') + fix;
    }
    m_banner->showMessage(text, MessageBanner::Type::Error);
    if (first) {
        // The field may sit on a page or in a scroll area: make it visible before focusing it.
        for (QWidget* w = first->parentWidget(); w && w != this; w = w->parentWidget())
            w->setVisible(true);
        first->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

bool RecordForm::markField(const QString& field, const QString& message)
{
    QLabel* label = m_errors.value(field);
    if (!label)
        return false;
    label->setText(message);
    int row = -1;
    if (QFormLayout* form = formLayoutOf(this, label, &row))
        form->setRowVisible(label, true);
    else
        label->show();
    m_inputs.value(field)->setAccessibleDescription(message);
    return true;
}

QString RecordForm::widgetValue(const QWidget* widget)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return line->text();
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return combo->currentText() + QLatin1Char('|') + combo->currentData().toString();
    if (const auto* check = qobject_cast<const QAbstractButton*>(widget))
        return check->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget))
        return spin->text();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return plain->toPlainText();
    if (const auto* table = qobject_cast<const QTableWidget*>(widget)) {
        QStringList cells;
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (const QWidget* cell = table->cellWidget(r, c))
                    cells << widgetValue(cell);
                else if (const QTableWidgetItem* item = table->item(r, c))
                    cells << item->text();
                else
                    cells << QString();
            }
        }
        return cells.join(QLatin1Char('\x1f'));
    }
    return {};
}

QStringList RecordForm::formState() const
{
    QStringList state;
    QStringList fields = m_inputs.keys();
    fields.sort();
    for (const QString& field : fields)
        state << field + QLatin1Char('=') + widgetValue(m_inputs.value(field));
    for (const QWidget* widget : m_tracked)
        state << widgetValue(widget);
    return state;
}

void RecordForm::markClean()
{
    m_clean = formState();
}

bool RecordForm::isDirty() const
{
    return formState() != m_clean;
}

void RecordForm::confirmAndSend(const QString& title, const QString& intro, const FieldList& sent,
                                const std::optional<FieldList>& current, const QString& sendText,
                                std::function<void()> send)
{
    if (m_preview || m_sending)
        return;
    m_preview = new WritePreviewDialog(title, intro, sent, current, sendText, this);
    m_preview->setWindowModality(Qt::WindowModal);
    connect(m_preview, &QDialog::accepted, this, [send] { send(); });
    m_preview->open();
}

void RecordForm::setSending(bool sending)
{
    m_sending = sending;
    for (const auto& button : std::as_const(m_sendButtons)) {
        if (button)
            button->setEnabled(!sending);
    }
}

void RecordForm::sendStarted(const QString& text)
{
    setSending(true);
    m_banner->showMessage(text, MessageBanner::Type::Information);
}

void RecordForm::sendFailed(const Error& error)
{
    setSending(false);
    // A problem the core found in a field (InvalidInput names it in `detail`) goes beside that field.
    if (error.kind == Error::Kind::InvalidInput && m_errors.contains(error.detail)) {
        showProblems({{error.detail, error.message}});
        return;
    }
    QString text = error.message;
    if (error.kind != Error::Kind::InvalidInput)
        text += QLatin1Char(' ') + tr("Nothing you typed was lost; correct it if needed and save again.");
    m_banner->showMessage(text, MessageBanner::Type::Error);
}

void RecordForm::sendSucceeded(const QString& text)
{
    setSending(false);
    clearProblems();
    markClean();
    m_banner->showMessage(text, MessageBanner::Type::Positive);
    emit written(text);
}

void RecordForm::reject()
{
    if (m_discardConfirmed || !isDirty()) {
        QDialog::reject();
        return;
    }
    if (m_closeQuestion)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("This form has changes that were not sent. Close it and discard them?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("unsavedChanges"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* discard = box->addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChanges"));
    QPushButton* keep = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == discard) {
            m_discardConfirmed = true;
            QDialog::reject();
        }
    });
    m_closeQuestion = box;
    box->open();
}

} // namespace kontor::gui
