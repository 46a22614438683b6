#include "OrderFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>

namespace kontor::gui {

namespace {

// A date edit's "Any": its lowest date, shown as the word instead.
const QDate NoDate(2000, 1, 1);

} // namespace

OrderFilterBar::OrderFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_row(new QHBoxLayout)
    , m_apply(new QPushButton(tr("Apply filters"), this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
{
    setObjectName(QStringLiteral("orderFilterBar"));
    m_apply->setObjectName(QStringLiteral("orderFilterApply"));
    m_apply->setToolTip(tr("Load the orders again, only those the shop finds with these filters"));
    m_clear->setObjectName(QStringLiteral("orderFilterClear"));
    m_clear->setToolTip(tr("Load every order again, without filters"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_row);
    layout->addStretch(1);
    layout->addWidget(m_apply);
    layout->addWidget(m_clear);
    connect(m_apply, &QPushButton::clicked, this, &OrderFilterBar::applied);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        emit applied();
    });
}

QString OrderFilterBar::label(const QString& wire)
{
    if (wire == QLatin1String("orderStatus"))
        return tr("Order status");
    if (wire == QLatin1String("status"))
        return tr("Status");
    if (wire == QLatin1String("statusPaid"))
        return tr("Paid");
    if (wire == QLatin1String("id"))
        return tr("Order ID");
    if (wire == QLatin1String("external_id"))
        return tr("External ID");
    if (wire == QLatin1String("datefrom"))
        return tr("From");
    if (wire == QLatin1String("dateto"))
        return tr("To");
    if (wire == QLatin1String("days"))
        return tr("Last days");
    return wire;
}

void OrderFilterBar::setProfile(const Profile& profile)
{
    m_profile = profile;
    for (const Field& f : std::as_const(m_fields)) {
        delete f.label;
        delete f.input;
    }
    m_fields.clear();
    for (const OrderFilterField& field : orderFilterFields(profile.service)) {
        Field f;
        f.field = field;
        f.label = new QLabel(label(field.wire), this);
        if (field.wire == QLatin1String("orderStatus")) {
            // The profile's status names to pick from; any other code can be typed.
            auto* combo = new QComboBox(this);
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->addItem(tr("Any"), QString());
            QStringList codes = profile.statusNames.keys();
            std::sort(codes.begin(), codes.end(), [](const QString& a, const QString& b) {
                // Numbers as numbers (61 before 137), other codes after them as text.
                bool aNumber = false;
                bool bNumber = false;
                const qlonglong x = a.toLongLong(&aNumber);
                const qlonglong y = b.toLongLong(&bNumber);
                if (aNumber && bNumber)
                    return x < y;
                if (aNumber != bNumber)
                    return aNumber;
                return a < b;
            });
            for (const QString& code : std::as_const(codes))
                combo->addItem(profile.statusLabel(code), code);
            combo->setToolTip(tr("Pick a status or type its code, e.g. 62"));
            connect(combo->lineEdit(), &QLineEdit::returnPressed, this, &OrderFilterBar::applied);
            f.input = combo;
        } else if (field.kind == OrderFilterField::Kind::Number) {
            auto* spin = new QSpinBox(this);
            spin->setRange(-1, 99999);
            spin->setValue(-1);
            spin->setSpecialValueText(tr("Any"));
            if (field.wire == QLatin1String("days"))
                spin->setToolTip(tr("Only the orders of the last days (VirtualPOS counts them from today)"));
            f.input = spin;
        } else if (field.kind == OrderFilterField::Kind::Flag) {
            auto* combo = new QComboBox(this);
            combo->addItem(tr("Any"), QString());
            combo->addItem(tr("Paid"), QStringLiteral("1"));
            combo->addItem(tr("Not paid"), QStringLiteral("0"));
            f.input = combo;
        } else if (field.kind == OrderFilterField::Kind::Date) {
            auto* date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setMinimumDate(NoDate);
            date->setSpecialValueText(tr("Any"));
            date->setDate(NoDate);
            f.input = date;
        } else {
            auto* edit = new QLineEdit(this);
            edit->setPlaceholderText(tr("Any"));
            edit->setClearButtonEnabled(true);
            connect(edit, &QLineEdit::returnPressed, this, &OrderFilterBar::applied);
            f.input = edit;
        }
        f.input->setObjectName(QStringLiteral("orderFilter_") + field.wire);
        f.input->setAccessibleName(f.label->text());
        f.label->setBuddy(f.input);
        m_row->addWidget(f.label);
        m_row->addWidget(f.input);
        m_fields.append(f);
    }
    // Tab goes from filter to filter, then to Apply and Clear.
    QWidget* previous = nullptr;
    for (const Field& f : std::as_const(m_fields)) {
        if (previous)
            setTabOrder(previous, f.input);
        previous = f.input;
    }
    if (previous) {
        setTabOrder(previous, m_apply);
        setTabOrder(m_apply, m_clear);
    }
}

QString OrderFilterBar::valueOf(const Field& f) const
{
    if (auto* combo = qobject_cast<QComboBox*>(f.input)) {
        if (combo->isEditable()) {
            // A name picked from the list stands for its code; typed text is the code itself.
            const int index = combo->findText(combo->currentText());
            if (index >= 0)
                return combo->itemData(index).toString();
            return combo->currentText().trimmed();
        }
        return combo->currentData().toString();
    }
    if (auto* spin = qobject_cast<QSpinBox*>(f.input))
        return spin->value() < 0 ? QString() : QString::number(spin->value());
    if (auto* date = qobject_cast<QDateEdit*>(f.input))
        return date->date() == NoDate ? QString() : date->date().toString(Qt::ISODate);
    if (auto* edit = qobject_cast<QLineEdit*>(f.input))
        return edit->text().trimmed();
    return {};
}

QString OrderFilterBar::displayOf(const Field& f) const
{
    if (auto* combo = qobject_cast<QComboBox*>(f.input)) {
        if (combo->isEditable())
            return m_profile.statusLabel(valueOf(f));
        return combo->currentText();
    }
    if (auto* date = qobject_cast<QDateEdit*>(f.input))
        return QLocale().toString(date->date(), QLocale::ShortFormat);
    return valueOf(f);
}

QList<QPair<QString, QString>> OrderFilterBar::filters() const
{
    QList<QPair<QString, QString>> out;
    for (const Field& f : m_fields) {
        const QString value = valueOf(f);
        if (value.isEmpty())
            continue;
        if (const std::optional<QString> wire = orderFilterWireValue(f.field, value))
            out.append({f.field.wire, *wire});
    }
    return out;
}

QString OrderFilterBar::summary() const
{
    QStringList parts;
    for (const Field& f : m_fields) {
        const QString value = valueOf(f);
        if (!value.isEmpty() && orderFilterWireValue(f.field, value))
            parts << tr("%1: %2", "a filter and its value").arg(f.label->text(), displayOf(f));
    }
    return parts.join(QLatin1String(", "));
}

void OrderFilterBar::clear()
{
    for (const Field& f : std::as_const(m_fields)) {
        if (auto* combo = qobject_cast<QComboBox*>(f.input)) {
            combo->setCurrentIndex(0);
            if (combo->isEditable())
                combo->setEditText(combo->itemText(0));
        } else if (auto* spin = qobject_cast<QSpinBox*>(f.input)) {
            spin->setValue(-1);
        } else if (auto* date = qobject_cast<QDateEdit*>(f.input)) {
            date->setDate(NoDate);
        } else if (auto* edit = qobject_cast<QLineEdit*>(f.input)) {
            edit->clear();
        }
    }
}

QWidget* OrderFilterBar::input(const QString& wire) const
{
    for (const Field& f : m_fields) {
        if (f.field.wire == wire)
            return f.input;
    }
    return nullptr;
}

} // namespace kontor::gui
