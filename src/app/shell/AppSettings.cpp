#include "AppSettings.h"

#include <QDir>
#include <QSettings>

namespace kontor::gui {

AppSettings::AppSettings(const QString& configDir)
    : m_settings(
          std::make_unique<QSettings>(QDir(configDir).filePath(QStringLiteral("kontor-gui.ini")), QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::keyName(Key key)
{
    switch (key) {
    case Key::MainWindowGeometry:
        return QStringLiteral("MainWindow/geometry");
    case Key::MainWindowState:
        return QStringLiteral("MainWindow/state");
    case Key::SplitterState:
        return QStringLiteral("MainWindow/splitter");
    case Key::OrdersHeaderState:
        return QStringLiteral("Orders/header");
    case Key::ProductsHeaderState:
        return QStringLiteral("Products/header");
    case Key::AllOrdersHeaderState:
        return QStringLiteral("AllOrders/header");
    case Key::HistoryHeaderState:
        return QStringLiteral("History/header");
    case Key::InspectorHeaderState:
        return QStringLiteral("Inspector/header");
    case Key::LastProfileId:
        return QStringLiteral("MainWindow/lastProfileId");
    }
    return {};
}

QVariant AppSettings::value(Key key) const
{
    return m_settings->value(keyName(key));
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

QString AppSettings::filePath() const
{
    return m_settings->fileName();
}

} // namespace kontor::gui
