#pragma once
// ProxyFields: a manual proxy's widgets (type, host, port, user name and, for the application's proxy, the
// password) read and written as a net::ProxyConfig. The settings dialog (the application's proxy) and the
// profile dialog (a profile's own) both use it; each keeps its own choice of mode and its own way of showing
// a field's problem (ProxyConfig::hostProblem/portProblem say what it is).

#include "net/ProxyConfig.h"

#include <QList>

class QComboBox;
class QLineEdit;
class QWidget;

namespace kontor::gui {

struct ProxyFields
{
    QComboBox* type = nullptr;
    QLineEdit* host = nullptr;
    QLineEdit* port = nullptr;
    QLineEdit* user = nullptr;
    QLineEdit* password = nullptr; // none for a profile's proxy

    // Fills the type combo: HTTP, SOCKS5. (The port takes any text: a wrong one gets portProblem()'s sentence.)
    void setUp() const;
    // Shows `proxy`'s manual part (an unset port shows as an empty field).
    void load(const net::ProxyConfig& proxy) const;
    // The manual part as typed, trimmed, into `proxy` (its mode is left alone).
    void readInto(net::ProxyConfig& proxy) const;
    QList<QWidget*> widgets() const;
    void setEnabled(bool enabled) const;
    // The problems of the host and of the port as typed; empty when fine.
    QString hostProblem() const;
    QString portProblem() const;
};

} // namespace kontor::gui
