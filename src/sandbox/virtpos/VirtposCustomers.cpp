#include "virtpos/VirtposCustomers.h"

#include "common/FakeData.h"
#include "common/SeededRandom.h"

#include <QDate>
#include <QDateTime>
#include <QSet>

// The readings of doc 002 this simulation chooses are listed in docs/sandbox.md (section virtpos).

namespace kontor::sandbox {

using ojson = nlohmann::ordered_json;

namespace {
const char* const kMaleMiddle[] = {"Иванович", "Петрович", "Алексеевич", "Сергеевич"};
const char* const kFemaleMiddle[] = {"Ивановна", "Петровна", "Алексеевна", "Сергеевна"};
const char* const kMediums[] = {"PLASTIC", "MAGNET", "APP"};
const char* const kStatuses[] = {"NEW", "ACTIVE", "BLOCKED"};

ojson failure(const QString& info)
{
    ojson body;
    body["success"] = 0;
    body["info"] = info.toStdString();
    return body;
}

bool truthy(const QString& v)
{
    const QString t = v.trimmed().toLower();
    return t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") ||
           t == QLatin1String("on");
}

bool validDate(const QString& text)
{
    const QString t = text.trimmed();
    return QDate::fromString(t, QStringLiteral("yyyy-MM-dd")).isValid() ||
           QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid();
}

bool oneOf(const QString& value, const char* const (&allowed)[3])
{
    for (const char* a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

bool has(const FormFields& params, const char* key)
{
    return FormCodec::contains(params, QLatin1String(key));
}

QString get(const FormFields& params, const char* key)
{
    return FormCodec::value(params, QLatin1String(key)).trimmed();
}
} // namespace

QString VirtposCustomers::ean13(const QString& uid)
{
    const QString t = uid.trimmed();
    if (t.isEmpty() || t.size() > 12)
        return {};
    for (QChar c : t) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
    }
    const QString padded = t.rightJustified(12, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (padded.at(i).unicode() - '0') * (i % 2 == 0 ? 1 : 3);
    return padded + QString::number((10 - sum % 10) % 10);
}

VirtposCustomers::VirtposCustomers(quint32 seed, int count)
{
    SeededRandom random(SeededRandom::derive(seed, 0xC057));
    m_groups = {{1, QStringLiteral("Розница")}, {2, QStringLiteral("Опт")}, {3, QStringLiteral("VIP")}};
    m_cardTypes = {
        {1, QStringLiteral("Бонусная")}, {2, QStringLiteral("Скидочная 5%")}, {3, QStringLiteral("Золотая «VIP»")}};
    QSet<QString> uids;
    for (int i = 0; i < qMax(0, count); ++i) {
        const FakePerson p = FakeData::person(random, FakeData::language(random, Lang::Ru));
        Customer c;
        c.id = m_nextCustomerId++;
        c.externalId =
            random.chance(0.7) ? QStringLiteral("%1").arg(random.range(1, 99999), 8, 10, QLatin1Char('0')) : QString();
        c.fname = p.first;
        c.lname = p.last;
        if (p.lang == Lang::Ru)
            c.mname = QString::fromUtf8(p.female ? random.pick(kFemaleMiddle) : random.pick(kMaleMiddle));
        c.email = p.email;
        c.phone = p.phone;
        c.birthDate = QDate(random.range(1950, 2005), random.range(1, 12), random.range(1, 28)).toString(Qt::ISODate);
        c.gender = p.female ? QStringLiteral("f") : QStringLiteral("m");
        c.address = p.zip + QStringLiteral(", ") + p.town + QStringLiteral(", ") + p.street;
        c.created =
            FakeData::dateTime(FakeData::anchorEpoch() - random.range(0, 3 * 365) * 86400LL - random.range(0, 86399));
        c.groupId = random.range(1, 3);
        m_customers.append(c);
        if (random.chance(0.4)) {
            Card card;
            card.id = m_nextCardId++;
            do {
                card.uid = QString::number(random.range(1000000, 999999999));
            } while (uids.contains(card.uid));
            uids.insert(card.uid);
            card.uidEan13 = ean13(card.uid);
            card.barcode = card.uidEan13;
            card.externalId = random.chance(0.5) ? QStringLiteral("CARD-%1").arg(card.id) : QString();
            card.medium = QLatin1String(random.pick(kMediums));
            card.status = random.chance(0.8) ? QStringLiteral("ACTIVE") : QLatin1String(random.pick(kStatuses));
            card.activateDate = c.created.left(10);
            if (card.status == QLatin1String("BLOCKED"))
                card.blockDate = FakeData::date(FakeData::anchorEpoch() - random.range(1, 100) * 86400LL);
            card.typeId = random.range(1, 3);
            card.customerId = c.id;
            m_cards.append(card);
        }
    }
}

int VirtposCustomers::idForExternal(const QString& externalId) const
{
    for (const Customer& c : m_customers) {
        if (!c.externalId.isEmpty() && c.externalId == externalId)
            return c.id;
    }
    return 0;
}

VirtposCustomers::Customer* VirtposCustomers::findCustomer(int id)
{
    for (Customer& c : m_customers) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

ojson VirtposCustomers::customerJson(const Customer& c) const
{
    const QDate birth = QDate::fromString(c.birthDate, Qt::ISODate);
    const QDate today(2025, 6, 30);
    int age = 0;
    if (birth.isValid()) {
        age = today.year() - birth.year();
        if (today.month() < birth.month() || (today.month() == birth.month() && today.day() < birth.day()))
            --age;
    }
    ojson j;
    j["id"] = c.id;
    j["external_id"] = c.externalId.toStdString();
    j["fname"] = c.fname.toStdString();
    j["lname"] = c.lname.toStdString();
    j["mname"] = c.mname.toStdString();
    j["email"] = c.email.toStdString();
    j["phone"] = c.phone.toStdString();
    j["birth_date"] = c.birthDate.toStdString();
    j["age"] = birth.isValid() ? ojson(age) : ojson(nullptr);
    j["gender"] = c.gender.toStdString();
    j["group_id"] = c.groupId;
    j["group_name"] = m_groups.value(c.groupId).toStdString();
    j["address"] = c.address.toStdString();
    j["comment"] = c.comment.toStdString();
    j["created_date"] = c.created.toStdString();
    return j;
}

ojson VirtposCustomers::list(const FormFields& params, bool ignorePage) const
{
    int page = 1;
    int pageSize = 50;
    bool ok = true;
    if (!ignorePage && !get(params, "page").isEmpty())
        page = get(params, "page").toInt(&ok);
    if (!ok || page < 1)
        return failure(QStringLiteral("Invalid page: positive integer expected"));
    if (!get(params, "page_size").isEmpty())
        pageSize = get(params, "page_size").toInt(&ok);
    if (!ok || pageSize < 1)
        return failure(QStringLiteral("Invalid page_size: positive integer expected"));
    pageSize = qMin(pageSize, 1000);
    ojson body;
    body["success"] = 1;
    body["page"] = page;
    body["page_size"] = pageSize;
    body["total"] = m_customers.size();
    ojson rows = ojson::array();
    const qint64 first = qint64(page - 1) * pageSize;
    for (qint64 i = first; i < m_customers.size() && i < first + pageSize; ++i)
        rows.push_back(customerJson(m_customers.at(i)));
    body["customers"] = std::move(rows);
    return body;
}

ojson VirtposCustomers::update(const FormFields& params)
{
    if (has(params, "age"))
        return failure(QStringLiteral("Field age cannot be set: it is calculated from birth_date"));
    if (has(params, "birth_date") && !get(params, "birth_date").isEmpty() &&
        !QDate::fromString(get(params, "birth_date"), QStringLiteral("yyyy-MM-dd")).isValid())
        return failure(QStringLiteral("Invalid birth_date: YYYY-MM-DD expected"));
    if (has(params, "gender") && !get(params, "gender").isEmpty() && get(params, "gender") != QLatin1String("m") &&
        get(params, "gender") != QLatin1String("f"))
        return failure(QStringLiteral("Invalid gender: m or f expected"));
    if (!get(params, "email").isEmpty() && !get(params, "email").contains(QLatin1Char('@')))
        return failure(QStringLiteral("Invalid email"));
    int groupId = 0;
    if (!get(params, "group_id").isEmpty()) {
        bool ok = false;
        groupId = get(params, "group_id").toInt(&ok);
        if (!ok || !m_groups.contains(groupId))
            return failure(QStringLiteral("Unknown group_id"));
    }

    Customer* c = nullptr;
    const QString id = get(params, "id");
    if (!id.isEmpty()) {
        bool ok = false;
        const int n = id.toInt(&ok);
        if (!ok)
            return failure(QStringLiteral("Invalid id: integer expected"));
        c = findCustomer(n);
    } else if (!get(params, "external_id").isEmpty()) {
        const int n = idForExternal(get(params, "external_id"));
        c = n > 0 ? findCustomer(n) : nullptr;
    }
    const bool isNew = c == nullptr;
    if (isNew) {
        if (!truthy(get(params, "create_if_not_exist")))
            return failure(QStringLiteral("Customer not found"));
        Customer fresh;
        fresh.id = m_nextCustomerId++;
        fresh.created = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        m_customers.append(fresh);
        c = &m_customers.last();
    }
    struct Field
    {
        const char* name;
        QString Customer::*member;
    };
    static const Field kFields[] = {{"fname", &Customer::fname},     {"lname", &Customer::lname},
                                    {"mname", &Customer::mname},     {"email", &Customer::email},
                                    {"phone", &Customer::phone},     {"birth_date", &Customer::birthDate},
                                    {"gender", &Customer::gender},   {"address", &Customer::address},
                                    {"comment", &Customer::comment}, {"external_id", &Customer::externalId}};
    for (const Field& f : kFields) {
        if (has(params, f.name))
            (*c).*(f.member) = FormCodec::value(params, QLatin1String(f.name));
    }
    if (groupId > 0) {
        c->groupId = groupId;
    } else if (!get(params, "group_name").isEmpty()) {
        const QString name = get(params, "group_name");
        int found = m_groups.key(name, 0);
        if (found == 0) {
            found = m_groups.isEmpty() ? 1 : m_groups.lastKey() + 1;
            m_groups.insert(found, name);
        }
        c->groupId = found;
    }
    ++m_customerUpdates;
    ojson body;
    body["success"] = 1;
    body["id"] = c->id;
    body["isnew"] = isNew ? 1 : 0;
    return body;
}

int VirtposCustomers::findCard(const FormFields& params) const
{
    const QString cardId = get(params, "card_id");
    const QString uid = get(params, "uid");
    const QString externalId = get(params, "external_id");
    const QString barcode = get(params, "card_barcode");
    for (int step = 0; step < 4; ++step) {
        for (int i = 0; i < m_cards.size(); ++i) {
            const Card& c = m_cards.at(i);
            if ((step == 0 && !cardId.isEmpty() && QString::number(c.id) == cardId) ||
                (step == 1 && !uid.isEmpty() && c.uid == uid) ||
                (step == 2 && !externalId.isEmpty() && c.externalId == externalId) ||
                (step == 3 && !barcode.isEmpty() && c.barcode == barcode))
                return i;
        }
    }
    return -1;
}

ojson VirtposCustomers::writeCard(const FormFields& params, int index, bool create)
{
    Card c = create ? Card() : m_cards.at(index);
    const QString uid = get(params, "uid");
    const bool uidChanged = !uid.isEmpty() && uid != c.uid;
    if (!uid.isEmpty()) {
        if (ean13(uid).isEmpty())
            return failure(QStringLiteral("Invalid uid: 1 to 12 digits expected"));
        for (int i = 0; i < m_cards.size(); ++i) {
            if (i != index && m_cards.at(i).uid == uid)
                return failure(QStringLiteral("Card with uid %1 already exists").arg(uid));
        }
        c.uid = uid;
    }
    if (c.uid.isEmpty())
        return failure(QStringLiteral("uid is required"));
    if (!get(params, "medium").isEmpty()) {
        if (!oneOf(get(params, "medium"), kMediums))
            return failure(
                QStringLiteral("Invalid medium: %1 (PLASTIC, MAGNET or APP expected)").arg(get(params, "medium")));
        c.medium = get(params, "medium");
    }
    if (!get(params, "status").isEmpty()) {
        if (!oneOf(get(params, "status"), kStatuses))
            return failure(
                QStringLiteral("Invalid status: %1 (NEW, ACTIVE or BLOCKED expected)").arg(get(params, "status")));
        c.status = get(params, "status");
    }
    for (const char* field : {"block_date", "activate_date"}) {
        if (!get(params, field).isEmpty() && !validDate(get(params, field)))
            return failure(QStringLiteral("Invalid %1: YYYY-MM-DD expected").arg(QLatin1String(field)));
    }
    if (has(params, "block_date"))
        c.blockDate = get(params, "block_date");
    if (has(params, "activate_date"))
        c.activateDate = get(params, "activate_date");
    QString newTypeName;
    if (!get(params, "type_id").isEmpty()) {
        bool ok = false;
        const int type = get(params, "type_id").toInt(&ok);
        if (!ok || !m_cardTypes.contains(type))
            return failure(QStringLiteral("Unknown type_id"));
        c.typeId = type;
    } else if (!get(params, "type_name").isEmpty()) {
        const int found = m_cardTypes.key(get(params, "type_name"), 0);
        if (found > 0)
            c.typeId = found;
        else
            newTypeName = get(params, "type_name");
    }
    if (!get(params, "customer_id").isEmpty()) {
        bool ok = false;
        const int customer = get(params, "customer_id").toInt(&ok);
        if (!ok || !findCustomer(customer))
            return failure(QStringLiteral("Customer not found: customer_id=%1").arg(get(params, "customer_id")));
        c.customerId = customer;
    } else if (!get(params, "customer_external_id").isEmpty()) {
        const int customer = idForExternal(get(params, "customer_external_id"));
        if (customer == 0)
            return failure(
                QStringLiteral("Customer not found: customer_external_id=%1").arg(get(params, "customer_external_id")));
        c.customerId = customer;
    }
    if (!get(params, "uid_ean13").isEmpty()) {
        const QString e = get(params, "uid_ean13");
        if (e.size() != 13 || ean13(e.left(12)) != e)
            return failure(QStringLiteral("Invalid uid_ean13: 13 digits with a valid check digit expected"));
        c.uidEan13 = e;
    } else if (create || uidChanged || c.uidEan13.isEmpty()) {
        c.uidEan13 = ean13(c.uid);
    }
    if (has(params, "barcode"))
        c.barcode = get(params, "barcode");
    else if (create)
        c.barcode = c.uidEan13;
    if (has(params, "external_id"))
        c.externalId = get(params, "external_id");
    if (create) {
        if (c.medium.isEmpty())
            c.medium = QStringLiteral("PLASTIC");
        if (c.status.isEmpty())
            c.status = QStringLiteral("NEW");
    }

    // Everything is valid: commit.
    if (!newTypeName.isEmpty()) {
        c.typeId = m_cardTypes.isEmpty() ? 1 : m_cardTypes.lastKey() + 1;
        m_cardTypes.insert(c.typeId, newTypeName);
    }
    if (create) {
        c.id = m_nextCardId++;
        m_cards.append(c);
        ++m_cardInserts;
    } else {
        m_cards[index] = c;
        ++m_cardUpdates;
    }
    ojson body;
    body["success"] = 1;
    body["id"] = c.id;
    body["isnew"] = create ? 1 : 0;
    return body;
}

ojson VirtposCustomers::insertCard(const FormFields& params)
{
    if (get(params, "uid").isEmpty())
        return failure(QStringLiteral("uid is required"));
    return writeCard(params, -1, true);
}

ojson VirtposCustomers::updateCard(const FormFields& params)
{
    const int index = findCard(params);
    if (index >= 0)
        return writeCard(params, index, false);
    if (!truthy(get(params, "create_if_not_exist")))
        return failure(QStringLiteral("Card not found"));
    return writeCard(params, -1, true);
}

ojson VirtposCustomers::deleteCard(const FormFields& params)
{
    if (get(params, "card_id").isEmpty() && get(params, "uid").isEmpty() && get(params, "external_id").isEmpty() &&
        get(params, "card_barcode").isEmpty())
        return failure(QStringLiteral("card_id, uid, external_id or card_barcode required"));
    const int index = findCard(params);
    if (index < 0)
        return failure(QStringLiteral("Card not found"));
    const int id = m_cards.at(index).id;
    m_cards.removeAt(index);
    ++m_cardDeletes;
    ojson body;
    body["success"] = 1;
    body["id"] = id;
    return body;
}

QJsonObject VirtposCustomers::counters() const
{
    return QJsonObject{{QStringLiteral("customerUpdates"), m_customerUpdates},
                       {QStringLiteral("cardInserts"), m_cardInserts},
                       {QStringLiteral("cardUpdates"), m_cardUpdates},
                       {QStringLiteral("cardDeletes"), m_cardDeletes}};
}

void VirtposCustomers::resetCounters()
{
    m_customerUpdates = 0;
    m_cardInserts = 0;
    m_cardUpdates = 0;
    m_cardDeletes = 0;
}

} // namespace kontor::sandbox
