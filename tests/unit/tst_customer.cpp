// Customers: a VirtualPOS customer update checked before it is sent (age refused, field names in the API's
// form, the options' own fields, a field twice, birth dates) and the exact form fields; a customer's name in a
// list.
#include "customers/Customer.h"

#include <QtTest>

using namespace kontor;

namespace {
QStringList fieldsWithProblems(const CustomerUpdate& update)
{
    QStringList out;
    for (const FieldProblem& p : Customers::validate(update))
        out << p.field;
    return out;
}
} // namespace

class TestCustomer : public QObject
{
    Q_OBJECT
private slots:
    void updatesAreCheckedBeforeSending()
    {
        CustomerUpdate update;
        update.id = QStringLiteral("12");
        update.fields = {{QStringLiteral("fname"), QStringLiteral("Anna")},
                         {QStringLiteral("birth_date"), QStringLiteral("1980-05-17")},
                         {QStringLiteral("email"), QString()}}; // empty: clears the field
        QVERIFY(Customers::validate(update).isEmpty());

        CustomerUpdate bad = update;
        bad.id = QStringLiteral("x1");
        bad.fields = {{QStringLiteral("age"), QStringLiteral("40")},
                      {QStringLiteral("First Name"), QStringLiteral("Anna")},
                      {QStringLiteral("group_name"), QStringLiteral("VIP")},
                      {QStringLiteral("fname"), QStringLiteral("A")},
                      {QStringLiteral("fname"), QStringLiteral("B")},
                      {QStringLiteral("birth_date"), QStringLiteral("17.05.1980")}};
        QCOMPARE(fieldsWithProblems(bad),
                 QStringList({QStringLiteral("id"), QStringLiteral("age"), QStringLiteral("First Name"),
                              QStringLiteral("group_name"), QStringLiteral("fname"), QStringLiteral("birth_date")}));
        // No id: only with create_if_not_exist.
        CustomerUpdate fresh;
        QCOMPARE(fieldsWithProblems(fresh), QStringList({QStringLiteral("id")}));
        fresh.createIfNotExist = true;
        QVERIFY(Customers::validate(fresh).isEmpty());
    }

    void theFormFieldsAreTheUpdatesInOrder()
    {
        CustomerUpdate update;
        update.id = QStringLiteral(" 12 ");
        update.createIfNotExist = true;
        update.groupName = QStringLiteral("Stammkunden");
        update.fields = {{QStringLiteral("lname"), QStringLiteral("Kovács ")}, {QStringLiteral("email"), QString()}};
        const FieldList expected = {{QStringLiteral("id"), QStringLiteral("12")},
                                    {QStringLiteral("create_if_not_exist"), QStringLiteral("1")},
                                    {QStringLiteral("group_name"), QStringLiteral("Stammkunden")},
                                    {QStringLiteral("lname"), QStringLiteral("Kovács ")},
                                    {QStringLiteral("email"), QString()}};
        QCOMPARE(Customers::wireFields(update), expected);
    }

    void aCustomersNameInAList()
    {
        QCOMPARE(Customers::displayName({{QStringLiteral("id"), QStringLiteral("3")},
                                         {QStringLiteral("fname"), QStringLiteral("Фёдор")},
                                         {QStringLiteral("lname"), QStringLiteral("Иванов")}}),
                 QStringLiteral("Фёдор Иванов"));
        QCOMPARE(Customers::displayName({{QStringLiteral("id"), QStringLiteral("3")},
                                         {QStringLiteral("email"), QStringLiteral("a@example.org")}}),
                 QStringLiteral("a@example.org"));
        QCOMPARE(Customers::displayName({{QStringLiteral("id"), QStringLiteral("3")}}), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestCustomer)
#include "tst_customer.moc"
