#include "MessageBanner.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>

namespace kontor::gui {

namespace {

struct Colours
{
    QColor background;
    QColor border;
    QColor text;
};

// Light tints with dark text read well on light and dark desktop themes alike.
Colours coloursFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Positive:
        return {QColor(0xdf, 0xf2, 0xe1), QColor(0x2e, 0x8b, 0x3e), QColor(0x14, 0x3d, 0x1b)};
    case MessageBanner::Type::Information:
        return {QColor(0xdd, 0xea, 0xf7), QColor(0x2f, 0x78, 0xc4), QColor(0x12, 0x33, 0x55)};
    case MessageBanner::Type::Warning:
        return {QColor(0xfd, 0xf1, 0xcf), QColor(0xe0, 0xa1, 0x00), QColor(0x4d, 0x37, 0x00)};
    case MessageBanner::Type::Error:
        return {QColor(0xf9, 0xdd, 0xdb), QColor(0xc8, 0x37, 0x2d), QColor(0x5c, 0x14, 0x0f)};
    }
    return {};
}

QIcon iconFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Positive:
        return Icons::ok();
    case MessageBanner::Type::Information:
        return Icons::info();
    case MessageBanner::Type::Warning:
        return Icons::warning();
    case MessageBanner::Type::Error:
        return Icons::error();
    }
    return {};
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);
    m_icon->setFixedSize(22, 22);
    m_icon->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // messages may quote a server; never render them as HTML
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->hide();
    m_action->setAutoDefault(false);
    m_close->setIcon(Icons::close());
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hideMessage();
        emit dismissed();
    });
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

void MessageBanner::showMessage(const QString& text, Type type, const QString& actionText)
{
    m_type = type;
    const Colours colours = coloursFor(type);
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, colours.text);
    m_text->setPalette(pal);
    m_text->setText(text);
    m_icon->setPixmap(iconFor(type).pixmap(20, 20, QIcon::Normal));
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(text);
    setAccessibleDescription(text);
    show();
    update();
}

void MessageBanner::hideMessage()
{
    hide();
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::paintEvent(QPaintEvent*)
{
    const Colours colours = coloursFor(m_type);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colours.border, 1));
    p.setBrush(colours.background);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    // A thicker stripe on the leading edge makes the kind of message visible at a glance.
    p.setPen(Qt::NoPen);
    p.setBrush(colours.border);
    p.drawRoundedRect(QRectF(0, 0, 4, height()), 2, 2);
}

} // namespace kontor::gui
