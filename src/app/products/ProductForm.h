#pragma once
// ProductForm: creates or changes one Webshippy product (CreateProduct, an upsert keyed by SKU, document 003).
// Every field of the document, grouped as ProductFields groups them (identity; pricing and VAT; logistics and
// ADR; dropshipping; category; images, one URL per line), in a Designer form (ui/ProductForm.ui). Save checks
// the fields here first (ProductFields::validate: errors under the fields, nothing sent), then shows the exact
// fields in a preview (for an existing product, old and new), then writes through RecordWrites::saveProduct,
// which leaves one audit row. The banner says what happened: created, modified, or no changes found; a refusal
// shows the shop's words and keeps everything typed. The form stays open after a save; the SKU is then the
// product's key and cannot change. Deleting is shown but disabled: Webshippy announces it as "coming soon".

#include "RecordForm.h"
#include "domain/Records.h"
#include "profile/Profile.h"
#include "writes/RecordWrites.h"

#include <QHash>
#include <QScopedPointer>
#include <optional>

class QPushButton;
class QScrollArea;

namespace Ui {
class ProductForm;
}

namespace kontor {
class AuditLog;
class ClientRegistry;
} // namespace kontor

namespace kontor::gui {

class ProductForm : public RecordForm
{
    Q_OBJECT
public:
    ProductForm(kontor::ClientRegistry* clients, kontor::AuditLog* audit, const kontor::Profile& profile,
                const std::optional<kontor::Product>& existing, QWidget* parent);
    ~ProductForm() override;

    // The input of a CreateProduct field by its wire name ("price", "isAdr", ...).
    QWidget* input(const QString& wireName) const { return m_fieldInputs.value(wireName); }
    // Sets a field as a person would: text for line edits and text boxes, "yes"/"no"/"" for the yes/no boxes.
    void setValue(const QString& wireName, const QString& value);
    QString value(const QString& wireName) const;

    QPushButton* saveButton() const;
    QPushButton* deleteButton() const;
    QScrollArea* scrollArea() const;
    // The product as the form knows it on the server (after loading or the last save); empty for a new one.
    bool isExisting() const { return m_existing.has_value(); }
    // The draft as it would go out now (in the API's form), and the fields the preview lists.
    ProductDraft draft() const;

public slots:
    // Checks, then opens the preview; Send there writes.
    void save();

signals:
    // The shop accepted a write of `sku` (created, modified or unchanged).
    void productSaved(const QString& sku, kontor::RecordWriteOutcome::Kind kind);

private:
    void bindInputs();
    void load(const Product& product);
    FieldList currentFields() const;
    void send(const ProductDraft& wire);
    void finished(const ProductDraft& wire, const Result<RecordWriteOutcome>& result);
    void updateTitle();

    const QScopedPointer<Ui::ProductForm> m_ui;
    ClientRegistry* m_clients;
    AuditLog* m_audit;
    Profile m_profile;
    std::optional<FieldList> m_existing; // the product's values by wire name, as last read or written
    QString m_categoryNow;               // the product's category as Webshippy shows it (names)
    QHash<QString, QWidget*> m_fieldInputs;
};

} // namespace kontor::gui
