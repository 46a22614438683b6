#pragma once
// OrderFilterBar: the filters the shop applies on its side before it sends the orders (printlounge: order
// status, status, paid; VirtualPOS: order id, external id, from, to, last days), as proper inputs for each
// kind of value (core's domain/OrderFilters.h says which a service has). Apply hands them to the orders view,
// which loads the list again with them; Clear drops them. The search box above the table looks only at what
// is loaded; these decide what is loaded.

#include "domain/OrderFilters.h"
#include "profile/Profile.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace kontor::gui {

class OrderFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit OrderFilterBar(QWidget* parent = nullptr);

    // Builds the inputs of the profile's service (none for a service without filters) and empties them.
    void setProfile(const Profile& profile);
    bool hasFields() const { return !m_fields.isEmpty(); }

    // The filters as they are typed, in the service's own names and forms (OrderQuery::filters); the inputs
    // that are left at "Any" are not among them.
    QList<QPair<QString, QString>> filters() const;
    // In words, for the status line: "Order status: Versandt (62), Paid: yes".
    QString summary() const;
    // Every input back to "Any" (does not apply).
    void clear();
    // The input of a filter, by the service's name for it (tests).
    QWidget* input(const QString& wire) const;

    // The name a person reads for a filter.
    static QString label(const QString& wire);

signals:
    // Apply, Enter in an input, or Clear: the orders view loads again with filters().
    void applied();

private:
    struct Field
    {
        OrderFilterField field;
        QLabel* label = nullptr;
        QWidget* input = nullptr;
    };
    QString valueOf(const Field& field) const;   // as typed (a date as YYYY-MM-DD); empty for "Any"
    QString displayOf(const Field& field) const; // as the person reads it

    QHBoxLayout* m_row;
    QList<Field> m_fields;
    QPushButton* m_apply;
    QPushButton* m_clear;
    Profile m_profile;
};

} // namespace kontor::gui
