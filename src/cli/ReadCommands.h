#pragma once
// ReadCommands: "categories list", "orders list", "products list". Each picks the profile, checks that
// its service offers what was asked (a mismatch is a usage error that names the command that would
// work), resolves the secret, makes one read-only call and prints the result as a table or JSON.

#include "ProfileResolver.h"
#include "domain/Records.h"
#include "profile/Profile.h"
#include "services/Capabilities.h"
#include "services/capabilities/OrdersCapability.h"

#include <QObject>
#include <functional>

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

private:
    enum class What { Categories, Orders, Products };
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
    void printOrders(const Profile& profile, const OrderPage& page);
    void printOrder(const Profile& profile, const FieldList& fields, const QList<CartItem>& items);
    void printProducts(const Profile& profile, const ProductPage& page);

    CliContext& m_ctx;
    ProfileResolver m_resolver;
};

} // namespace kontor::cli
