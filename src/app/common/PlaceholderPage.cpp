#include "PlaceholderPage.h"

#include "BusyIndicator.h"
#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor::gui {

PlaceholderPage::PlaceholderPage(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_busy(new BusyIndicator(this, 32))
    , m_button(new QPushButton(this))
    , m_secondary(new QPushButton(this))
{
    setObjectName(QStringLiteral("placeholderPage"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setObjectName(QStringLiteral("placeholderText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // may quote a server's answer
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("placeholderButton"));
    m_button->hide();
    // The page's one main action stands out (filled, larger); the other is a quiet link beside it. Sizes in
    // em follow the font, so they grow with it at 2x and in every language.
    QFont buttonFont = m_button->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.1);
    buttonFont.setBold(true);
    m_button->setFont(buttonFont);
    m_button->setDefault(true);
    m_button->setCursor(Qt::PointingHandCursor);
    m_button->setStyleSheet(
        QStringLiteral("QPushButton { background-color: palette(highlight); color: palette(highlighted-text);"
                       " border: 1px solid palette(highlight); border-radius: 4px; padding: 0.5em 1.5em; }"
                       "QPushButton:hover { border-color: palette(window-text); }"
                       "QPushButton:focus { border: 2px solid palette(window-text); }"
                       "QPushButton:pressed { padding-top: 0.55em; padding-bottom: 0.45em; }"));
    m_secondary->setObjectName(QStringLiteral("placeholderSecondaryButton"));
    m_secondary->hide();
    m_secondary->setFlat(true);
    m_secondary->setCursor(Qt::PointingHandCursor);
    m_secondary->setStyleSheet(QStringLiteral(
        "QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 0.5em 0.8em; }"
        "QPushButton:focus { border: 1px dotted palette(link); }"));

    // A column of at most 560 pixels, centred: wrapped labels need a real width to wrap into, which a
    // widget centred with AlignHCenter would not get.
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_icon);
    columnLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(4);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch();
    buttons->addWidget(m_button);
    buttons->addWidget(m_secondary);
    buttons->addStretch();
    columnLayout->addLayout(buttons);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 10);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_button, &QPushButton::clicked, this, &PlaceholderPage::buttonClicked);
    connect(m_secondary, &QPushButton::clicked, this, &PlaceholderPage::secondaryClicked);
}

void PlaceholderPage::showLoading(const QString& text)
{
    m_kind = Kind::Loading;
    m_icon->hide();
    m_busy->show();
    m_title->setText(text);
    m_title->show();
    m_text->clear();
    m_text->hide();
    m_button->hide();
    m_secondary->hide();
    setAccessibleName(text);
}

void PlaceholderPage::showMessage(Kind kind, const QString& title, const QString& text, const QString& buttonText,
                                  const QString& secondaryText)
{
    m_kind = kind;
    m_busy->hide();
    QIcon icon;
    if (kind == Kind::Error)
        icon = Icons::error();
    else if (kind == Kind::Info || kind == Kind::Empty)
        icon = Icons::info();
    m_icon->setPixmap(icon.pixmap(48, 48));
    m_icon->setVisible(!icon.isNull());
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_button->setText(buttonText);
    m_button->setAccessibleName(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    m_secondary->setText(secondaryText);
    m_secondary->setAccessibleName(secondaryText);
    m_secondary->setVisible(!secondaryText.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(text);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::text() const
{
    return m_text->text();
}

} // namespace kontor::gui
