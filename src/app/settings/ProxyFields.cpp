#include "ProxyFields.h"

#include <QComboBox>
#include <QLineEdit>
#include <algorithm>

namespace kontor::gui {

void ProxyFields::setUp() const
{
    // Protocol names: the same in every language.
    type->addItem(QStringLiteral("HTTP"), net::ProxyConfig::typeId(net::ProxyConfig::Type::Http));
    type->addItem(QStringLiteral("SOCKS5"), net::ProxyConfig::typeId(net::ProxyConfig::Type::Socks5));
}

void ProxyFields::load(const net::ProxyConfig& proxy) const
{
    type->setCurrentIndex(std::max(0, type->findData(net::ProxyConfig::typeId(proxy.type))));
    host->setText(proxy.host);
    port->setText(proxy.port > 0 ? QString::number(proxy.port) : QString());
    user->setText(proxy.user);
    if (password)
        password->setText(proxy.password);
}

void ProxyFields::readInto(net::ProxyConfig& proxy) const
{
    proxy.type = net::ProxyConfig::typeFromId(type->currentData().toString()).value_or(net::ProxyConfig::Type::Http);
    proxy.host = host->text().trimmed();
    proxy.port = port->text().trimmed().toInt();
    proxy.user = user->text().trimmed();
    proxy.password = password ? password->text() : QString();
}

QList<QWidget*> ProxyFields::widgets() const
{
    QList<QWidget*> all{type, host, port, user};
    if (password)
        all << password;
    return all;
}

void ProxyFields::setEnabled(bool enabled) const
{
    for (QWidget* w : widgets())
        w->setEnabled(enabled);
}

QString ProxyFields::hostProblem() const
{
    return net::ProxyConfig::hostProblem(host->text());
}

QString ProxyFields::portProblem() const
{
    return net::ProxyConfig::portProblem(port->text());
}

} // namespace kontor::gui
