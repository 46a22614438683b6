#include "ProductForm.h"

#include "products/ProductFields.h"
#include "services/Capabilities.h"
#include "services/ClientRegistry.h"
#include "services/webshippy/WebshippyClient.h"
#include "ui_ProductForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>

namespace kontor::gui {

namespace {

// A product's values by CreateProduct's wire names, as GetProduct read them. The category is left out: the
// service reads it back as names, while CreateProduct takes a code.
FieldList fieldsOf(const Product& product)
{
    FieldList fields;
    for (const ProductFields::Field& field : ProductFields::all()) {
        const QString& name = field.wireName;
        QString value;
        if (name == QLatin1String("category"))
            continue;
        if (name == QLatin1String("sku"))
            value = product.sku;
        else if (name == QLatin1String("barcode"))
            value = product.barcode;
        else if (name == QLatin1String("productName"))
            value = product.name;
        else if (name == QLatin1String("variantName"))
            value = product.variant;
        else if (name == QLatin1String("price"))
            value = product.price;
        else if (name == QLatin1String("currency"))
            value = product.currency;
        else {
            for (const auto& [key, extra] : product.extra) {
                if (key == name)
                    value = extra;
            }
        }
        fields.append({name, value});
    }
    return fields;
}

void setField(FieldList& fields, const QString& name, const QString& value)
{
    for (auto& field : fields) {
        if (field.first == name) {
            field.second = value;
            return;
        }
    }
    fields.append({name, value});
}

} // namespace

ProductForm::ProductForm(ClientRegistry* clients, AuditLog* audit, const Profile& profile,
                         const std::optional<Product>& existing, QWidget* parent)
    : RecordForm(parent)
    , m_ui(new Ui::ProductForm)
    , m_clients(clients)
    , m_audit(audit)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    installBanner();
    setObjectName(QStringLiteral("productForm"));

    for (QComboBox* box :
         {m_ui->hasSerialBox, m_ui->dutiableBox, m_ui->isFragileBox, m_ui->isAdrBox, m_ui->promotionBox}) {
        box->addItem(tr("(not sent)"), QString());
        box->addItem(tr("Yes"), QStringLiteral("yes"));
        box->addItem(tr("No"), QStringLiteral("no"));
    }
    // Only characters a number can have; whether it is one is checked on Save, where the error can say why.
    const QRegularExpression decimal(QStringLiteral("[0-9.,\\s]*"));
    const QRegularExpression whole(QStringLiteral("[0-9\\s]*"));
    for (QLineEdit* edit :
         {m_ui->priceEdit, m_ui->vatEdit, m_ui->wholesalePriceEdit, m_ui->wholesaleVatEdit, m_ui->recommendedPriceEdit})
        edit->setValidator(new QRegularExpressionValidator(decimal, edit));
    for (QLineEdit* edit : {m_ui->lowStockEdit, m_ui->keepQuantityEdit, m_ui->adrQuantityEdit})
        edit->setValidator(new QRegularExpressionValidator(whole, edit));

    const QString notOffered = notOfferedText(Service::Webshippy, Capability::ProductDelete);
    m_ui->deleteButton->setEnabled(false);
    m_ui->deleteButton->setToolTip(notOffered);
    m_ui->deleteButton->setAccessibleDescription(notOffered);
    m_ui->deleteNoteLabel->setText(notOffered);
    QPalette muted = m_ui->deleteNoteLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_ui->deleteNoteLabel->setPalette(muted);
    m_ui->categoryNowLabel->setPalette(muted);
    m_ui->categoryNowLabel->hide();

    QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("productSave"));
    saveButton->setDefault(true);
    addSendButton(saveButton);
    connect(saveButton, &QPushButton::clicked, this, &ProductForm::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProductForm::reject);

    bindInputs();
    if (existing)
        load(*existing);
    updateTitle();
    markClean();
}

ProductForm::~ProductForm() = default;

void ProductForm::bindInputs()
{
    const QList<QPair<const char*, QWidget*>> inputs = {
        {"referenceId", m_ui->referenceIdEdit},
        {"sku", m_ui->skuEdit},
        {"barcode", m_ui->barcodeEdit},
        {"productName", m_ui->productNameEdit},
        {"variantName", m_ui->variantNameEdit},
        {"type", m_ui->typeEdit},
        {"hasSerial", m_ui->hasSerialBox},
        {"dutiable", m_ui->dutiableBox},
        {"productDescription", m_ui->productDescriptionEdit},
        {"taricCode", m_ui->taricCodeEdit},
        {"lowStock", m_ui->lowStockEdit},
        {"price", m_ui->priceEdit},
        {"vat", m_ui->vatEdit},
        {"currency", m_ui->currencyEdit},
        {"isAdr", m_ui->isAdrBox},
        {"adrCode", m_ui->adrCodeEdit},
        {"adrQuantity", m_ui->adrQuantityEdit},
        {"coolingDemand", m_ui->coolingDemandEdit},
        {"isFragile", m_ui->isFragileBox},
        {"productType", m_ui->productTypeEdit},
        {"category", m_ui->categoryEdit},
        {"keepQuantity", m_ui->keepQuantityEdit},
        {"dropshippyWholesalePrice", m_ui->wholesalePriceEdit},
        {"dropshippyWholesaleVat", m_ui->wholesaleVatEdit},
        {"dropshippyRecommendedPrice", m_ui->recommendedPriceEdit},
        {"dropshippyPromotion", m_ui->promotionBox},
        {"imageUrls", m_ui->imageUrlsEdit},
    };
    for (const auto& [name, widget] : inputs) {
        const QString field = QLatin1String(name);
        Q_ASSERT(ProductFields::find(field));
        m_fieldInputs.insert(field, widget);
        bindField(field, widget);
    }
}

void ProductForm::setValue(const QString& wireName, const QString& value)
{
    QWidget* widget = m_fieldInputs.value(wireName);
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        line->setText(value);
    } else if (auto* box = qobject_cast<QComboBox*>(widget)) {
        box->setCurrentIndex(qMax(0, box->findData(value.trimmed())));
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        text->setPlainText(
            wireName == QLatin1String("imageUrls") ? ProductFields::splitUrls(value).join(QLatin1Char('\n')) : value);
    }
}

QString ProductForm::value(const QString& wireName) const
{
    QWidget* widget = m_fieldInputs.value(wireName);
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        return line->text();
    if (auto* box = qobject_cast<QComboBox*>(widget))
        return box->currentData().toString();
    if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        return text->toPlainText();
    return {};
}

void ProductForm::load(const Product& product)
{
    m_existing = fieldsOf(product);
    for (const auto& [name, value] : *m_existing)
        setValue(name, value);
    QStringList names;
    for (const QString& name : {product.category, product.subCategory, product.subSubCategory}) {
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    }
    m_categoryNow = names.join(QStringLiteral(" › "));
    if (!m_categoryNow.isEmpty()) {
        m_ui->categoryNowLabel->setText(
            tr("Now: %1. Webshippy shows a category by its names; type a code only to change it.").arg(m_categoryNow));
        m_ui->categoryNowLabel->show();
    }
    m_ui->skuEdit->setReadOnly(true);
    m_ui->skuEdit->setToolTip(tr("The SKU is the product's key in Webshippy; it cannot change."));
}

void ProductForm::updateTitle()
{
    if (m_existing)
        setWindowTitle(tr("Product %1 — %2").arg(value(QStringLiteral("sku")).trimmed(), m_profile.name));
    else
        setWindowTitle(tr("New product — %1").arg(m_profile.name));
}

QPushButton* ProductForm::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}

QPushButton* ProductForm::deleteButton() const
{
    return m_ui->deleteButton;
}

QScrollArea* ProductForm::scrollArea() const
{
    return m_ui->scrollArea;
}

ProductDraft ProductForm::draft() const
{
    ProductDraft typed;
    typed.sku = value(QStringLiteral("sku"));
    for (const ProductFields::Field& field : ProductFields::all()) {
        if (field.wireName != QLatin1String("sku"))
            typed.fields.append({field.wireName, value(field.wireName)});
    }
    return typed;
}

FieldList ProductForm::currentFields() const
{
    FieldList fields;
    if (m_existing) {
        for (const auto& field : *m_existing) {
            if (!field.second.isEmpty() || field.first == QLatin1String("sku"))
                fields.append(field);
        }
    }
    return fields;
}

void ProductForm::save()
{
    if (isSending())
        return;
    const ProductDraft typed = draft();
    if (showProblems(ProductFields::validate(typed))) {
        if (QWidget* first = fieldInput(fieldsWithErrors().value(0)))
            m_ui->scrollArea->ensureWidgetVisible(focusWidget() ? focusWidget() : first);
        return;
    }
    clearProblems();
    const ProductDraft wire = ProductFields::toWire(typed);
    const QString sku = wire.sku;
    const QString intro =
        m_existing ? tr("These fields go to Webshippy for the product %1. Values that change are in bold.").arg(sku)
                   : tr("These fields go to Webshippy. If no product has the SKU %1 yet, it is created; if one has, "
                        "that product is changed.")
                         .arg(sku);
    confirmAndSend(tr("Save product %1").arg(sku), intro, RecordWrites::productFields(wire),
                   m_existing ? std::optional<FieldList>(currentFields()) : std::nullopt, tr("Send to Webshippy"),
                   [this, wire] { send(wire); });
}

void ProductForm::send(const ProductDraft& wire)
{
    sendStarted(tr("Sending the product %1 to Webshippy…").arg(wire.sku));
    m_clients->acquire(m_profile, this, [this, wire](const Result<ServiceClient*>& client) {
        if (!client.ok()) {
            sendFailed(client.error);
            return;
        }
        auto* webshippy = qobject_cast<WebshippyClient*>(client.value);
        if (!webshippy) {
            sendFailed(Error::make(
                Error::Kind::Unsupported,
                tr("Products can be saved only in a Webshippy profile; '%1' is not one.").arg(m_profile.name)));
            return;
        }
        RecordWrites::saveProduct(webshippy, m_profile, m_audit, wire, this,
                                  [this, wire](const Result<RecordWriteOutcome>& r) { finished(wire, r); });
    });
}

void ProductForm::finished(const ProductDraft& wire, const Result<RecordWriteOutcome>& result)
{
    if (!result.ok()) {
        sendFailed(result.error);
        // The shop names the field at fault as "[field:barcode] ..." (document 003's error example): its words
        // go under that field as well, the banner keeps the whole answer.
        static const QRegularExpression named(QStringLiteral("\\[field:\\s*(\\w+)\\]\\s*([^;\"]*)"));
        auto it = named.globalMatch(result.error.message);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            markField(match.captured(1), match.captured(2).trimmed());
        }
        return;
    }
    const RecordWriteOutcome& outcome = result.value;
    QString text;
    switch (outcome.kind) {
    case RecordWriteOutcome::Kind::Created:
        text = tr("Webshippy created the product %1.").arg(wire.sku);
        break;
    case RecordWriteOutcome::Kind::Updated:
        text = tr("Webshippy modified the product %1.").arg(wire.sku);
        break;
    case RecordWriteOutcome::Kind::Unchanged:
        text = tr("Webshippy found no changes in the product %1; nothing was modified.").arg(wire.sku);
        break;
    }
    if (outcome.auditId == 0 && !outcome.auditError.isEmpty())
        text += QLatin1Char(' ') + outcome.auditError;
    // What the shop holds now is what was sent, over what it held before.
    FieldList now = m_existing.value_or(FieldList{{QStringLiteral("sku"), wire.sku}});
    for (const auto& [name, value] : RecordWrites::productFields(wire))
        setField(now, name, value);
    m_existing = now;
    m_ui->skuEdit->setReadOnly(true);
    m_ui->skuEdit->setToolTip(tr("The SKU is the product's key in Webshippy; it cannot change."));
    updateTitle();
    sendSucceeded(text);
    emit productSaved(wire.sku, outcome.kind);
}

} // namespace kontor::gui
