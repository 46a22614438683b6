#include "CardForm.h"

#include "audit/AuditLog.h"
#include "cards/CardWriter.h"
#include "domain/Ean13.h"
#include "services/ClientRegistry.h"
#include "services/virtpos/VirtposClient.h"
#include "ui_CardForm.h"

#include <QPushButton>

namespace kontor::gui {

CardForm::CardForm(ClientRegistry* clients, AuditLog* audit, const Profile& profile, QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::CardForm>())
    , m_clients(clients)
    , m_audit(audit)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Discount card — %1").arg(profile.name));
    installBanner();

    m_ui->mediumCombo->addItem(tr("(leave as it is)"), QString());
    m_ui->mediumCombo->addItem(tr("Plastic card"), QStringLiteral("PLASTIC"));
    m_ui->mediumCombo->addItem(tr("Magnetic stripe card"), QStringLiteral("MAGNET"));
    m_ui->mediumCombo->addItem(tr("App"), QStringLiteral("APP"));
    m_ui->statusCombo->addItem(tr("(leave as it is)"), QString());
    m_ui->statusCombo->addItem(tr("New"), QStringLiteral("NEW"));
    m_ui->statusCombo->addItem(tr("Active"), QStringLiteral("ACTIVE"));
    m_ui->statusCombo->addItem(tr("Blocked"), QStringLiteral("BLOCKED"));

    bindField(QStringLiteral("card_id"), m_ui->cardIdEdit);
    bindField(QStringLiteral("uid"), m_ui->uidEdit);
    bindField(QStringLiteral("external_id"), m_ui->externalIdEdit);
    bindField(QStringLiteral("card_barcode"), m_ui->cardBarcodeEdit);
    bindField(QStringLiteral("uid_ean13"), m_ui->uidEan13Value);
    bindField(QStringLiteral("barcode"), m_ui->barcodeEdit);
    bindField(QStringLiteral("medium"), m_ui->mediumCombo);
    bindField(QStringLiteral("status"), m_ui->statusCombo);
    bindField(QStringLiteral("activate_date"), m_ui->activateDateEdit);
    bindField(QStringLiteral("block_date"), m_ui->blockDateEdit);
    bindField(QStringLiteral("type_id"), m_ui->typeIdEdit);
    bindField(QStringLiteral("type_name"), m_ui->typeNameEdit);
    bindField(QStringLiteral("customer_id"), m_ui->customerIdEdit);
    bindField(QStringLiteral("customer_external_id"), m_ui->customerExternalIdEdit);
    bindField(QStringLiteral("create_if_not_exist"), m_ui->createCheck);
    addSendButton(m_ui->insertButton);
    addSendButton(m_ui->updateButton);
    addSendButton(m_ui->deleteButton);

    m_ui->uidEan13Value->setToolTip(
        tr("The shop makes this barcode from the card number: the number padded with zeros to 12 digits and a check "
           "digit."));
    m_ui->deleteButton->setToolTip(tr("Delete the card the key finds (asks first)"));
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textChanged, this, &CardForm::refreshDerived);
        // The hint in an empty field is read whole, in every language.
        const int hint = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 24;
        edit->setMinimumWidth(qMax(edit->minimumWidth(), hint));
    }
    connect(m_ui->insertButton, &QPushButton::clicked, this, &CardForm::insertCard);
    connect(m_ui->updateButton, &QPushButton::clicked, this, &CardForm::updateCard);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CardForm::deleteCard);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->insertButton->setDefault(true);
    // These sentences change as the person types; room for two lines keeps the fields from jumping.
    for (QLabel* label : {m_ui->lookupLabel, m_ui->eanHintLabel})
        label->setMinimumHeight(label->fontMetrics().lineSpacing() * 2 + 4);
    refreshDerived();
    markClean();
}

CardForm::~CardForm() = default;

DiscountCard CardForm::card() const
{
    DiscountCard c;
    c.cardId = m_ui->cardIdEdit->text().trimmed();
    c.uid = m_ui->uidEdit->text().trimmed();
    c.externalId = m_ui->externalIdEdit->text().trimmed();
    c.cardBarcode = m_ui->cardBarcodeEdit->text().trimmed();
    c.barcode = m_ui->barcodeEdit->text().trimmed();
    c.medium = m_ui->mediumCombo->currentData().toString();
    c.status = m_ui->statusCombo->currentData().toString();
    c.activateDate = m_ui->activateDateEdit->text().trimmed();
    c.blockDate = m_ui->blockDateEdit->text().trimmed();
    c.typeId = m_ui->typeIdEdit->text().trimmed();
    c.typeName = m_ui->typeNameEdit->text().trimmed();
    c.customerId = m_ui->customerIdEdit->text().trimmed();
    c.customerExternalId = m_ui->customerExternalIdEdit->text().trimmed();
    c.createIfNotExist = m_ui->createCheck->isChecked();
    return c;
}

void CardForm::setCard(const DiscountCard& c)
{
    m_ui->cardIdEdit->setText(c.cardId);
    m_ui->uidEdit->setText(c.uid);
    m_ui->externalIdEdit->setText(c.externalId);
    m_ui->cardBarcodeEdit->setText(c.cardBarcode);
    m_ui->barcodeEdit->setText(c.barcode);
    m_ui->mediumCombo->setCurrentIndex(qMax(0, m_ui->mediumCombo->findData(c.medium)));
    m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(c.status)));
    m_ui->activateDateEdit->setText(c.activateDate);
    m_ui->blockDateEdit->setText(c.blockDate);
    m_ui->typeIdEdit->setText(c.typeId);
    m_ui->typeNameEdit->setText(c.typeName);
    m_ui->customerIdEdit->setText(c.customerId);
    m_ui->customerExternalIdEdit->setText(c.customerExternalId);
    m_ui->createCheck->setChecked(c.createIfNotExist);
    refreshDerived();
}

QString CardForm::shownEan13() const
{
    return m_ui->uidEan13Value->text();
}

QString CardForm::lookupText() const
{
    return m_ui->lookupLabel->text();
}

void CardForm::refreshDerived()
{
    const DiscountCard c = card();
    const std::optional<QString> ean = Ean13::fromUid(c.uid);
    m_ui->uidEan13Value->setText(ean.value_or(QString()));
    m_ui->barcodeView->setCode(ean.value_or(QString()));
    m_ui->eanHintLabel->setText(ean               ? tr("Printed on the card as shown; the shop makes the same code.")
                                : c.uid.isEmpty() ? tr("Type the card number to see its barcode.")
                                                  : tr("The card number must be 1 to 12 digits to make a barcode."));
    m_ui->lookupLabel->setText(DiscountCards::lookupKey(c) == CardLookupKey::None
                                   ? tr("To change or delete a card, give one key that finds it.")
                                   : tr("The shop will find the card by %1.").arg(DiscountCards::lookupKeyText(c)));
}

void CardForm::startWithLookup()
{
    m_ui->insertButton->setDefault(false);
    m_ui->updateButton->setDefault(true);
    m_ui->cardIdEdit->setFocus(Qt::OtherFocusReason);
}

void CardForm::insertCard()
{
    const DiscountCard c = card();
    if (showProblems(DiscountCards::validate(c, CardWrite::Insert)))
        return;
    confirmAndSend(tr("Create this card?"),
                   tr("These fields will be sent to '%1' to create the card:").arg(m_profile.name),
                   DiscountCards::wireFields(c, CardWrite::Insert), std::nullopt, tr("Create card"),
                   [this, c] { write(CardWrite::Insert, c); });
}

void CardForm::updateCard()
{
    const DiscountCard c = card();
    if (showProblems(DiscountCards::validate(c, CardWrite::Update)))
        return;
    const std::optional<FieldList> known = m_known.isEmpty() ? std::nullopt : std::optional<FieldList>(m_known);
    confirmAndSend(tr("Save the changes to this card?"),
                   tr("The shop will find the card by %1 and set these fields:").arg(DiscountCards::lookupKeyText(c)),
                   DiscountCards::wireFields(c, CardWrite::Update), known, tr("Save changes"),
                   [this, c] { write(CardWrite::Update, c); });
}

void CardForm::deleteCard()
{
    const DiscountCard c = card();
    if (showProblems(DiscountCards::validate(c, CardWrite::Delete)) || m_deleteQuestion || isSending())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete card"),
                                tr("Delete the card with %1 from '%2'? The shop removes it for good.")
                                    .arg(DiscountCards::lookupKeyText(c), m_profile.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteCardQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("Delete card"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes, c] {
        if (box->clickedButton() == yes)
            write(CardWrite::Delete, c);
    });
    m_deleteQuestion = box;
    box->open();
}

void CardForm::write(CardWrite kind, const DiscountCard& c)
{
    sendStarted(kind == CardWrite::Delete ? tr("Deleting the card in '%1'…").arg(m_profile.name)
                                          : tr("Sending the card to '%1'…").arg(m_profile.name));
    m_clients->acquire(m_profile, this, [this, kind, c](const Result<ServiceClient*>& made) {
        if (!made.ok())
            return sendFailed(made.error);
        auto* client = qobject_cast<VirtposClient*>(made.value);
        if (!client)
            return sendFailed(Error::make(Error::Kind::Unsupported,
                                          tr("This profile is not a VirtualPOS profile; cards are kept there.")));
        CardWriter::write(
            client, m_profile, m_audit, kind, c, this, [this, kind, c](const Result<CardWriteOutcome>& r) {
                if (!r.ok())
                    return sendFailed(r.error);
                QString text;
                if (kind == CardWrite::Delete) {
                    text = tr("The card with %1 was deleted.").arg(DiscountCards::lookupKeyText(c));
                    m_known.clear();
                    m_lastCardId.clear();
                    setCard(DiscountCard());
                } else {
                    m_lastCardId = r.value.cardId;
                    // Further changes find the card by the id the shop gave it.
                    if (!r.value.cardId.isEmpty() && m_ui->cardIdEdit->text().trimmed().isEmpty())
                        m_ui->cardIdEdit->setText(r.value.cardId);
                    for (const auto& [name, value] : r.value.sent) {
                        bool replaced = false;
                        for (auto& known : m_known) {
                            if (known.first == name) {
                                known.second = value;
                                replaced = true;
                            }
                        }
                        if (!replaced)
                            m_known.append({name, value});
                    }
                    text = r.value.created ? tr("Card %1 created.").arg(r.value.cardId)
                                           : tr("Card %1 saved.").arg(r.value.cardId);
                }
                if (r.value.auditId == 0 && !r.value.auditError.isEmpty())
                    text += QLatin1Char(' ') + tr("It could not be written to the history: %1").arg(r.value.auditError);
                sendSucceeded(text);
            });
    });
}

} // namespace kontor::gui
