#include "BundleForm.h"

#include "RoomyRowDelegate.h"
#include "audit/AuditLog.h"
#include "products/Bundle.h"
#include "services/ClientRegistry.h"
#include "services/ServiceClient.h"
#include "services/capabilities/ProductsCapability.h"
#include "services/webshippy/WebshippyClient.h"
#include "ui_BundleForm.h"
#include "writes/RecordWrites.h"

#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <cmath>

namespace kontor::gui {

namespace {

enum Column { SkuColumn, NameColumn, PriceColumn, QuantityColumn, TotalColumn, RemoveColumn, ColumnCount };

constexpr int CatalogPageSize = 100;
// More matches than this are not listed: the search narrows them.
constexpr int MaxMatchesShown = 500;
constexpr int UnitPriceRole = Qt::UserRole + 1;
constexpr int CurrencyRole = Qt::UserRole + 2;

double priceValue(const QString& typed, bool* ok = nullptr)
{
    const QString wire = Bundles::wireDecimal(typed);
    if (ok)
        *ok = !wire.isEmpty();
    return wire.isEmpty() ? 0.0 : wire.toDouble();
}

} // namespace

BundleForm::BundleForm(ClientRegistry* clients, AuditLog* audit, const Profile& profile, QWidget* parent)
    : RecordForm(parent)
    , m_ui(new Ui::BundleForm)
    , m_clients(clients)
    , m_audit(audit)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bundleForm"));
    setWindowTitle(tr("New bundle — %1").arg(profile.name));
    installBanner();

    m_save = m_ui->buttonBox->addButton(tr("Create bundle…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveBundle"));
    m_save->setDefault(true);
    m_ui->addButton->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BundleForm::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BundleForm::reject);
    addSendButton(m_save);

    m_ui->nameEdit->setPlaceholderText(tr("e.g. Summer starter pack"));
    m_ui->priceEdit->setPlaceholderText(tr("e.g. 5000 or 12.10"));
    m_ui->searchEdit->setPlaceholderText(tr("Type part of a SKU or a name"));

    QTableWidget* table = m_ui->partsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Name"), tr("Unit net price"), tr("Quantity"), tr("Line total"), QString()});
    table->horizontalHeaderItem(RemoveColumn)->setData(Qt::AccessibleTextRole, tr("Remove"));
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 16);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // Each column at least as wide as its heading in the language shown, so no heading is cut.
    const QFontMetrics headerFont(header->font());
    auto fit = [&](int column, int width) {
        const QTableWidgetItem* heading = table->horizontalHeaderItem(column);
        const int text = heading ? headerFont.horizontalAdvance(heading->text()) + 24 : 0;
        table->setColumnWidth(column, qMax(width, text));
    };
    fit(SkuColumn, 170);
    fit(PriceColumn, 110);
    fit(QuantityColumn, 80);
    fit(TotalColumn, 110);
    table->setColumnWidth(RemoveColumn, 30);
    // The parts are what the person checks: they get more of the width than the search.
    m_ui->productsRow->setStretch(0, 2);
    m_ui->productsRow->setStretch(1, 3);
    // Numbers and a code: no need for the whole width the SKU and the name take.
    m_ui->priceEdit->setMaximumWidth(220);
    m_ui->vatEdit->setMaximumWidth(220);
    m_ui->currencyBox->setMaximumWidth(220);
    table->setAccessibleName(tr("Products in the bundle"));

    bindField(QStringLiteral("bundleSku"), m_ui->skuEdit);
    bindField(QStringLiteral("bundleName"), m_ui->nameEdit);
    bindField(QStringLiteral("bundlePriceNet"), m_ui->priceEdit);
    bindField(QStringLiteral("bundleVat"), m_ui->vatEdit);
    bindField(QStringLiteral("bundleCurrency"), m_ui->currencyBox);
    bindField(QStringLiteral("products"), table);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &BundleForm::refreshMatches);
    // Activation is a double-click (or Enter; a single click where the platform says so): once, not twice.
    connect(m_ui->matchesList, &QListWidget::itemActivated, this, &BundleForm::addFromItem);
    connect(m_ui->matchesList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* current) { m_ui->addButton->setEnabled(current != nullptr); });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addFromItem(m_ui->matchesList->currentItem()); });
    connect(m_ui->priceEdit, &QLineEdit::textChanged, this, &BundleForm::updateTotals);
    connect(m_ui->currencyBox, &QComboBox::currentTextChanged, this, &BundleForm::updateTotals);
    m_ui->addButton->setEnabled(false);
    m_ui->matchesList->setAccessibleName(tr("Products found"));
    m_ui->matchesList->setItemDelegate(new RoomyRowDelegate(m_ui->matchesList));

    resize(1180, 640);
    updateTotals();
    markClean();

    // The catalogue loads in the background; the form is usable meanwhile.
    const quint64 generation = ++m_catalogGeneration;
    m_ui->catalogStatus->setText(tr("Loading products…"));
    m_clients->acquire(m_profile, this, [this, generation](const Result<ServiceClient*>& made) {
        if (generation != m_catalogGeneration)
            return;
        if (!made.ok()) {
            m_catalogError = made.error.message;
            m_ui->catalogStatus->setText(catalogStatus());
            return;
        }
        loadCatalog(made.value, QString(), generation);
    });
}

BundleForm::~BundleForm() = default;

QString BundleForm::catalogStatus() const
{
    if (!m_catalogError.isEmpty())
        return tr("The products could not be loaded: %1").arg(m_catalogError);
    if (!m_catalogDone)
        return m_catalog.isEmpty() ? tr("Loading products…")
                                   : tr("Loading products… %1 so far").arg(QLocale().toString(m_catalog.size()));
    return tr("Products in the shop: %1").arg(QLocale().toString(m_catalog.size()));
}

void BundleForm::loadCatalog(ServiceClient* client, const QString& cursor, quint64 generation)
{
    ProductsCapability* products = client->products();
    if (!products) {
        m_catalogError = tr("this service has no product list.");
        m_ui->catalogStatus->setText(catalogStatus());
        return;
    }
    ProductQuery query;
    query.limit = CatalogPageSize;
    query.cursor = cursor;
    const QPointer<ServiceClient> guard(client);
    products->listProducts(query, this, [this, guard, generation](const Result<ProductPage>& page) {
        if (generation != m_catalogGeneration)
            return;
        if (!page.ok()) {
            m_catalogError = page.error.message;
            m_ui->catalogStatus->setText(catalogStatus());
            return;
        }
        for (const Product& product : page.value.products) {
            if (product.extra.contains({QStringLiteral("type"), QStringLiteral("bundle")}))
                continue; // a bundle is not a part of another bundle
            m_catalog.append(product);
        }
        const bool end = page.value.endReached || page.value.nextCursor.isEmpty() || !guard;
        m_catalogDone = end;
        m_ui->catalogStatus->setText(catalogStatus());
        refreshMatches();
        if (!end)
            loadCatalog(guard, page.value.nextCursor, generation);
    });
}

void BundleForm::setSearchText(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

void BundleForm::refreshMatches()
{
    const QString needle = m_ui->searchEdit->text().trimmed();
    QListWidget* list = m_ui->matchesList;
    const QString current = list->currentItem() ? list->currentItem()->data(Qt::UserRole).toString() : QString();
    list->clear();
    int shown = 0;
    for (const Product& product : std::as_const(m_catalog)) {
        if (!needle.isEmpty() && !product.sku.contains(needle, Qt::CaseInsensitive) &&
            !product.name.contains(needle, Qt::CaseInsensitive))
            continue;
        if (shown++ == MaxMatchesShown)
            break;
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(product.sku, product.name), list);
        item->setData(Qt::UserRole, product.sku);
        item->setToolTip(product.variant.isEmpty()
                             ? product.name
                             : product.name + QStringLiteral(" (") + product.variant + QLatin1Char(')'));
        if (product.sku == current)
            list->setCurrentItem(item);
    }
    if (!list->currentItem() && list->count() > 0)
        list->setCurrentRow(0);
}

QStringList BundleForm::matchSkus() const
{
    QStringList skus;
    for (int i = 0; i < m_ui->matchesList->count(); ++i)
        skus << m_ui->matchesList->item(i)->data(Qt::UserRole).toString();
    return skus;
}

void BundleForm::addFromItem(QListWidgetItem* item)
{
    if (item)
        addProduct(item->data(Qt::UserRole).toString());
}

int BundleForm::rowOf(const QString& sku) const
{
    for (int row = 0; row < m_ui->partsTable->rowCount(); ++row) {
        if (m_ui->partsTable->item(row, SkuColumn)->text() == sku)
            return row;
    }
    return -1;
}

bool BundleForm::addProduct(const QString& sku)
{
    const int existing = rowOf(sku);
    QTableWidget* table = m_ui->partsTable;
    if (existing >= 0) {
        auto* spin = qobject_cast<QSpinBox*>(table->cellWidget(existing, QuantityColumn));
        spin->setValue(spin->value() + 1);
        table->selectRow(existing);
        return true;
    }
    const auto found = std::find_if(m_catalog.cbegin(), m_catalog.cend(),
                                    [&sku](const Product& product) { return product.sku == sku; });
    if (found == m_catalog.cend())
        return false;
    const Product& product = *found;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, SkuColumn, new QTableWidgetItem(product.sku));
    table->setItem(row, NameColumn, new QTableWidgetItem(product.name));
    bool ok = false;
    const double unit = priceValue(product.price, &ok);
    auto* price = new QTableWidgetItem();
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    price->setData(UnitPriceRole, ok ? QVariant(unit) : QVariant());
    price->setData(CurrencyRole, product.currency.trimmed());
    table->setItem(row, PriceColumn, price);
    auto* total = new QTableWidgetItem();
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, TotalColumn, total);

    auto* spin = new QSpinBox(table);
    spin->setRange(1, 99999);
    spin->setValue(1);
    spin->setAccessibleName(tr("Quantity of %1").arg(product.sku));
    table->setCellWidget(row, QuantityColumn, spin);
    connect(spin, &QSpinBox::valueChanged, this, &BundleForm::updateTotals);

    auto* remove = new QToolButton(table);
    remove->setText(QStringLiteral("✕"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove %1 from the bundle").arg(product.sku));
    remove->setAccessibleName(remove->toolTip());
    table->setCellWidget(row, RemoveColumn, remove);
    const QString removed = product.sku;
    connect(remove, &QToolButton::clicked, this, [this, removed] { removeProduct(removed); });

    table->selectRow(row);
    updateTotals();
    return true;
}

void BundleForm::setQuantity(const QString& sku, int quantity)
{
    const int row = rowOf(sku);
    if (row >= 0)
        qobject_cast<QSpinBox*>(m_ui->partsTable->cellWidget(row, QuantityColumn))->setValue(quantity);
}

void BundleForm::removeProduct(const QString& sku)
{
    const int row = rowOf(sku);
    if (row < 0)
        return;
    m_ui->partsTable->removeRow(row);
    updateTotals();
}

QStringList BundleForm::parts() const
{
    QStringList out;
    for (const BundlePart& part : draft().parts)
        out << part.sku + QLatin1Char('=') + part.quantity;
    return out;
}

QString BundleForm::money(double value, int decimals, const QString& currency) const
{
    const QString number = QLocale().toString(value, 'f', decimals);
    return currency.isEmpty() ? number : number + QLatin1Char(' ') + currency;
}

void BundleForm::updateTotals()
{
    QTableWidget* table = m_ui->partsTable;
    double partsTotal = 0;
    int decimals = 0;
    bool allPriced = true;
    QStringList currencies;
    const auto decimalsOf = [](double v) { return qFuzzyCompare(v + 1.0, std::round(v) + 1.0) ? 0 : 2; };
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem* price = table->item(row, PriceColumn);
        const int quantity = qobject_cast<QSpinBox*>(table->cellWidget(row, QuantityColumn))->value();
        const QString currency = price->data(CurrencyRole).toString();
        if (!currency.isEmpty() && !currencies.contains(currency))
            currencies << currency;
        if (!price->data(UnitPriceRole).isValid()) {
            allPriced = false;
            price->setText(tr("no price"));
            table->item(row, TotalColumn)->setText(QString());
            continue;
        }
        const double unit = price->data(UnitPriceRole).toDouble();
        decimals = qMax(decimals, decimalsOf(unit));
        partsTotal += unit * quantity;
    }
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem* price = table->item(row, PriceColumn);
        if (!price->data(UnitPriceRole).isValid())
            continue;
        const double unit = price->data(UnitPriceRole).toDouble();
        const int quantity = qobject_cast<QSpinBox*>(table->cellWidget(row, QuantityColumn))->value();
        const QString currency = price->data(CurrencyRole).toString();
        price->setText(money(unit, decimals, currency));
        table->item(row, TotalColumn)->setText(money(unit * quantity, decimals, currency));
    }

    const QString bundleCurrency = m_ui->currencyBox->currentText().trimmed();
    const QString partsCurrency = currencies.size() == 1 ? currencies.first() : bundleCurrency;
    if (table->rowCount() == 0) {
        m_ui->partsTotalLabel->setText(tr("No products yet: find them on the left and add them."));
        m_ui->comparisonLabel->clear();
        return;
    }
    if (currencies.size() > 1) {
        m_ui->partsTotalLabel->setText(
            tr("The products are priced in different currencies (%1): they are not added up.")
                .arg(currencies.join(QStringLiteral(", "))));
        m_ui->comparisonLabel->clear();
        return;
    }
    m_ui->partsTotalLabel->setText(
        allPriced ? tr("Parts' total at their own prices: %1").arg(money(partsTotal, decimals, partsCurrency))
                  : tr("Parts' total at their own prices: %1 (some products have no price)")
                        .arg(money(partsTotal, decimals, partsCurrency)));
    bool ok = false;
    const double bundlePrice = priceValue(m_ui->priceEdit->text(), &ok);
    if (!ok) {
        m_ui->comparisonLabel->setText(tr("Type the bundle's net price to compare it with the parts' total."));
        return;
    }
    const int shownDecimals = qMax(decimals, decimalsOf(bundlePrice));
    const QString bundleText = money(bundlePrice, shownDecimals, bundleCurrency);
    if (!partsCurrency.isEmpty() && !bundleCurrency.isEmpty() && partsCurrency != bundleCurrency) {
        m_ui->comparisonLabel->setText(
            tr("Bundle price %1; the products are priced in %2, so the two are not compared.")
                .arg(bundleText, partsCurrency));
        return;
    }
    const double difference = partsTotal - bundlePrice;
    if (qFuzzyIsNull(difference) || std::abs(difference) < 0.005)
        m_ui->comparisonLabel->setText(tr("Bundle price %1 — the same as the parts' total").arg(bundleText));
    else if (difference > 0)
        m_ui->comparisonLabel->setText(tr("Bundle price %1 — %2 below the parts' total")
                                           .arg(bundleText, money(difference, shownDecimals, bundleCurrency)));
    else
        m_ui->comparisonLabel->setText(tr("Bundle price %1 — %2 above the parts' total")
                                           .arg(bundleText, money(-difference, shownDecimals, bundleCurrency)));
}

QString BundleForm::partsTotalText() const
{
    return m_ui->partsTotalLabel->text();
}

QString BundleForm::comparisonText() const
{
    return m_ui->comparisonLabel->text();
}

BundleDraft BundleForm::draft() const
{
    BundleDraft d;
    d.sku = m_ui->skuEdit->text();
    d.name = m_ui->nameEdit->text();
    d.priceNet = m_ui->priceEdit->text();
    d.vat = m_ui->vatEdit->text();
    d.currency = m_ui->currencyBox->currentText();
    const QTableWidget* table = m_ui->partsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto* spin = qobject_cast<const QSpinBox*>(table->cellWidget(row, QuantityColumn));
        d.parts.append({table->item(row, SkuColumn)->text(), QString::number(spin->value())});
    }
    return d;
}

void BundleForm::save()
{
    if (isSending())
        return;
    const BundleDraft d = draft();
    if (showProblems(Bundles::validate(d)))
        return;
    confirmAndSend(tr("Create bundle"),
                   tr("This is the request Webshippy '%1' will receive. Nothing is sent until you press Send.")
                       .arg(m_profile.name),
                   RecordWrites::bundleFields(d, m_profile.format), std::nullopt, tr("Send"), [this, d] { send(d); });
}

void BundleForm::send(const BundleDraft& draft)
{
    sendStarted(tr("Creating bundle %1…").arg(draft.sku.trimmed()));
    m_clients->acquire(m_profile, this, [this, draft](const Result<ServiceClient*>& made) {
        if (!made.ok()) {
            sendFailed(made.error);
            return;
        }
        auto* client = qobject_cast<WebshippyClient*>(made.value);
        if (!client) {
            sendFailed(Error::make(Error::Kind::Unsupported, tr("Bundles are Webshippy's; this profile is not.")));
            return;
        }
        RecordWrites::createBundle(
            client, m_profile, m_audit, draft, this, [this, draft](const Result<RecordWriteOutcome>& written) {
                if (!written.ok()) {
                    sendFailed(written.error);
                    return;
                }
                QString text = tr("Bundle %1 created (Webshippy id %2).").arg(draft.sku.trimmed(), written.value.id);
                if (written.value.auditId == 0)
                    text += QLatin1Char(' ') + tr("The history could not record it: %1").arg(written.value.auditError);
                sendSucceeded(text);
            });
    });
}

} // namespace kontor::gui
