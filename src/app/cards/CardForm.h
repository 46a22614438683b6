#pragma once
// CardForm: a VirtualPOS discount card, created, changed or deleted (document 002). The person fills in a
// key that finds the card (the form says which one the shop will use, in the document's precedence), and
// only the fields to change; the EAN-13 the shop will make from the card number is shown as digits and as
// bars while it is typed. Every write goes through the core (DiscountCards::validate, CardWriter, one audit
// row), after a preview of the exact fields; delete asks first, naming the card.

#include "RecordForm.h"
#include "cards/DiscountCard.h"
#include "profile/Profile.h"

#include <memory>

namespace Ui {
class CardForm;
}

namespace kontor {
class AuditLog;
class ClientRegistry;
} // namespace kontor

namespace kontor::gui {

class CardForm : public RecordForm
{
    Q_OBJECT
public:
    CardForm(ClientRegistry* clients, AuditLog* audit, const Profile& profile, QWidget* parent = nullptr);
    ~CardForm() override;

    // The card as typed (wire values: medium and status as the API spells them).
    DiscountCard card() const;
    void setCard(const DiscountCard& card);
    // The EAN-13 shown for the typed card number ("" when the number cannot make one).
    QString shownEan13() const;
    // The sentence saying which key the shop will look the card up by.
    QString lookupText() const;
    // The card id the shop gave the last card written from this form.
    QString lastCardId() const { return m_lastCardId; }
    QMessageBox* deleteQuestion() const { return m_deleteQuestion; }

    // For a card that exists: the focus in the first key, Save changes the default button.
    void startWithLookup();

    void insertCard();
    void updateCard();
    void deleteCard();

private:
    void refreshDerived();
    void write(CardWrite write, const DiscountCard& card);

    std::unique_ptr<Ui::CardForm> m_ui;
    ClientRegistry* m_clients;
    QPointer<AuditLog> m_audit;
    Profile m_profile;
    QString m_lastCardId;
    FieldList m_known; // the card's fields as this form last wrote them (the "Now" column of the preview)
    QPointer<QMessageBox> m_deleteQuestion;
};

} // namespace kontor::gui
