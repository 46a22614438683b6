#pragma once
// AppSettings: the few things the desktop application remembers between runs (window geometry, the
// sidebar width, the orders table's columns, the last profile shown), in kontor-gui.ini in the config
// directory. One table of keys, so no code opens QSettings ad hoc. Never holds a secret.

#include <QString>
#include <QVariant>
#include <memory>

class QSettings;

namespace kontor::gui {

class AppSettings
{
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        SplitterState,
        OrdersHeaderState,
        ProductsHeaderState,
        AllOrdersHeaderState,
        HistoryHeaderState,
        InspectorHeaderState,
        LastProfileId,
    };

    explicit AppSettings(const QString& configDir);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    QString filePath() const;

    static QString keyName(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kontor::gui
