#pragma once
// The customers and discount cards of the virtpos simulation: listing, customer update/create, card
// insert/update/delete with the vendor's lookup order and validation. Answers are envelope objects
// ({"success": 1, ...} or {"success": 0, "info": ...}) that VirtposService renders as XML or JSON.

#include "common/FormCodec.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>
#include <nlohmann/json.hpp>

namespace kontor::sandbox {

class VirtposCustomers
{
public:
    VirtposCustomers(quint32 seed, int count);

    int count() const { return int(m_customers.size()); }
    int idAt(int index) const { return m_customers.at(index).id; }
    int idForExternal(const QString& externalId) const; // 0 when unknown

    // `ignorePage`: FaultOptions::ignorePaging, answer page 1 whatever `page` says.
    nlohmann::ordered_json list(const FormFields& params, bool ignorePage) const;
    nlohmann::ordered_json update(const FormFields& params);
    nlohmann::ordered_json insertCard(const FormFields& params);
    nlohmann::ordered_json updateCard(const FormFields& params);
    nlohmann::ordered_json deleteCard(const FormFields& params);

    QJsonObject counters() const;
    void resetCounters();

    // uid left-padded with zeros to 12 digits plus the EAN-13 check digit; empty when uid is not 1-12 digits.
    static QString ean13(const QString& uid);

private:
    struct Customer
    {
        int id = 0;
        QString externalId, fname, lname, mname, email, phone, birthDate, gender, address, comment, created;
        int groupId = 1;
    };
    struct Card
    {
        int id = 0;
        QString externalId, uid, uidEan13, barcode, medium, status, blockDate, activateDate;
        int typeId = 1;
        int customerId = 0;
    };

    Customer* findCustomer(int id);
    int findCard(const FormFields& params) const; // index or -1, in the vendor's lookup order
    nlohmann::ordered_json writeCard(const FormFields& params, int index, bool create);
    nlohmann::ordered_json customerJson(const Customer& c) const;

    QVector<Customer> m_customers;
    QVector<Card> m_cards;
    QMap<int, QString> m_groups;
    QMap<int, QString> m_cardTypes;
    int m_nextCustomerId = 1;
    int m_nextCardId = 1;
    qint64 m_customerUpdates = 0;
    qint64 m_cardInserts = 0;
    qint64 m_cardUpdates = 0;
    qint64 m_cardDeletes = 0;
};

} // namespace kontor::sandbox
