#pragma once
// ReadCommands: "categories list", "orders list", "orders show", "products list". Each picks the profile,
// checks that its service offers what was asked (a mismatch is a usage error that names the command that
// would work), resolves the secret, reads and prints the result as a table or JSON: orders in --json under
// the service's own field names (services/OrderWire.h), categories as a tree. `orders list --csv FILE` writes
// the table's rows to a file instead.

#include "ProfileResolver.h"
#include "domain/Records.h"
#include "profile/Profile.h"
#include "services/Capabilities.h"
#include "services/capabilities/OrdersCapability.h"

#include <QObject>
#include <functional>
#include <memory>

class QSaveFile;

namespace kontor {
class ServiceClient;
}

namespace kontor::cli {

struct CliContext;

class ReadCommands : public QObject
{
    Q_OBJECT
public:
    explicit ReadCommands(CliContext& context, QObject* parent = nullptr);
    ~ReadCommands() override;

    void categories();
    void orders();
    // orders show REF: the order with every field and its items (printlounge: the cart, types named).
    void showOrder(const QStringList& args);
    void products();
    // transactions list [--invoice-status S] [--from D] [--to D] [--role R] (Webshippy).
    void transactions();

private:
    enum class What { Categories, Orders, Products, Transactions };
    static Capability capabilityOf(What what);

    // Selects the profile, checks the capability and the --limit, resolves the secret and creates the
    // client; then runs `call`. Any failure ends the run.
    void withClient(What what, std::function<void(const Profile&, ServiceClient*)> call);
    QString mismatchMessage(const Profile& profile, What what) const;
    int limit() const;
    // --page-size and the service's filters from the command line; a usage error when one does not fit.
    Result<OrderQuery> orderQuery(const Profile& profile) const;
    void finishWith(const Error& error);

    void printCategories(const Profile& profile, const QList<Category>& categories);
    // Orders are turned into what will be printed as their pages come (while the next page is on its way),
    // and printed when the list is complete: a table, JSON, or the rows of --csv.
    void takeOrders(const Profile& profile, const QList<OrderSummary>& orders);
    void printOrders(const Profile& profile);
    // orders list --csv FILE: the table's columns and rows into m_csv, then one line saying how many and where.
    void writeCsv(const Profile& profile);
    Error csvError(const QString& reason) const;
    // The columns of the orders table, for the terminal and the CSV file alike.
    static QStringList orderHeader();
    static QStringList orderRow(const Profile& profile, const OrderSummary& order);
    void printOrder(const Profile& profile, const FieldList& fields, const QList<CartItem>& items);
    void printProducts(const Profile& profile, const ProductPage& page);
    void printTransactions(const Profile& profile, const QList<Transaction>& list);

    CliContext& m_ctx;
    ProfileResolver m_resolver;
    std::unique_ptr<QSaveFile> m_csv; // --csv: open from before the first request until the rows are in
    struct OrderOutput;
    std::unique_ptr<OrderOutput> m_orderOutput; // the orders taken so far, in the form they will be printed
};

} // namespace kontor::cli
