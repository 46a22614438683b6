// kontor: the desktop application's entry point. Everything else lives in the kontorapp library.

#include "Components.h"
#include "DemoSession.h"
#include "I18n.h"
#include "Icons.h"
#include "KontorVersion.h"
#include "Logging.h"
#include "MainWindow.h"
#include "net/NetworkAccess.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "settings/AppPreferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

// --screenshot: once the first demo profile's orders are on screen, save the window and quit. Used to
// make docs/screenshot.png; a failure says so and exits non-zero instead of hanging.
void arrangeScreenshot(kontor::gui::MainWindow& window, const QString& file)
{
    const QString demoId = window.demoSession() ? window.demoSession()->firstOrdersProfileId() : QString();
    QObject::connect(&window, &kontor::gui::MainWindow::recordsShown, &window,
                     [&window, file, demoId](const QString& profileId, int) {
                         if (profileId != demoId)
                             return;
                         // Let the table lay out and paint before grabbing it.
                         QTimer::singleShot(400, &window, [&window, file] {
                             const bool saved = window.grab().save(file, "PNG");
                             if (!saved)
                                 std::fprintf(stderr, "kontor: could not write %s\n", qPrintable(file));
                             QCoreApplication::exit(saved ? 0 : 1);
                         });
                     });
    QTimer::singleShot(60'000, &window, [] {
        std::fputs("kontor: the demo orders did not load within a minute; no screenshot taken\n", stderr);
        QCoreApplication::exit(1);
    });
}

// --config-dir, looked at before the parser runs: the preferences there choose the language of its help.
QString configDirArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a.startsWith(QLatin1String("--config-dir=")))
            return a.mid(13);
        if (a == QLatin1String("--config-dir"))
            return arguments.value(i + 1);
    }
    return {};
}

// The application's proxy now, and once more with its password when the keychain answers.
void applyProxy(const kontor::AppPreferences::Values& preferences, kontor::SecretStore& secrets, QObject* context)
{
    kontor::net::applyApplicationProxy(preferences.proxy);
    if (preferences.proxy.mode != kontor::net::ProxyConfig::Mode::Manual || preferences.proxy.user.isEmpty())
        return;
    secrets.read(kontor::AppPreferences::proxyPasswordKey(), context,
                 [proxy = preferences.proxy](const kontor::Result<QString>& password) mutable {
                     if (!password.ok())
                         return;
                     proxy.password = password.value;
                     kontor::net::applyApplicationProxy(proxy);
                 });
}

// Everything that lives as long as the window; returns the exit code once it is gone.
int run(const QCommandLineParser& parser, const QCommandLineOption& demoOption, const QCommandLineOption& configOption,
        const QCommandLineOption& screenshotOption)
{
    const QString logDir = kontor::logDirectory();
    QDir().mkpath(logDir);
    kontor::installLogHandler(QDir(logDir).filePath(QStringLiteral("kontor.log")));

    const QString configDir = kontor::ProfileStore::resolveConfigDir(parser.value(configOption));
    QDir().mkpath(configDir);
    kontor::ProfileStore store(configDir);
    // One small file, read once before the window exists; every later write goes through saveAsync().
    const kontor::Error loaded = store.load();
    kontor::SecretStore secrets;
    applyProxy(kontor::AppPreferences::current(), secrets, &store);

    kontor::gui::MainWindow window(&store, &secrets);
    if (!loaded.ok()) {
        qCWarning(lcApp).noquote() << "profiles not loaded:" << loaded.detail;
        window.showNotice(
            QCoreApplication::translate("main", "Your profiles could not be read. %1").arg(loaded.message),
            kontor::gui::MessageBanner::Type::Error);
    }
    if (parser.isSet(demoOption))
        window.startDemo();
    if (parser.isSet(screenshotOption)) {
        if (!window.demoSession()) {
            std::fputs("kontor: --screenshot needs --demo\n", stderr);
            return 2;
        }
        window.resize(1180, 720);
        arrangeScreenshot(window, parser.value(screenshotOption));
    }
    window.show();
    return QApplication::exec();
}

// --help and --version print text and quit; they need no display, so a terminal without one (ssh, a package
// check) gets its answer instead of "could not connect to display".
bool asksOnlyForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = asksOnlyForText(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kontor"));
    QCoreApplication::setApplicationName(QStringLiteral("Kontor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION_STRING));
    if (qobject_cast<QApplication*>(app.get())) {
        // The desktop file's name (resources/, installed to share/applications): Wayland's app id.
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.kontor.Kontor"));
        QApplication::setWindowIcon(kontor::gui::Icons::application());
    }
    // Preferences first: the language and the data folder are chosen once, for the whole run.
    const QString configDir = kontor::ProfileStore::resolveConfigDir(configDirArgument(QCoreApplication::arguments()));
    const kontor::AppPreferences::Values preferences = kontor::AppPreferences(configDir).load();
    kontor::AppPreferences::applyToProcess(preferences);
    kontor::loadTranslations(kontor::startupLocale(preferences));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Kontor: a back office for shops on several web services."));
    parser.addHelpOption();
    // Not addVersionOption(): that prints only "Kontor 0.1.0"; the libraries and their licences belong there too.
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("main", "Show the versions and licences."));
    parser.addOption(versionOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Add demo profiles connected to a built-in simulator of the services."));
    const QCommandLineOption configOption(
        QStringLiteral("config-dir"),
        QCoreApplication::translate("main", "Keep profiles and settings in <dir> instead of the usual place."),
        QCoreApplication::translate("main", "dir"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("With --demo: save the window as PNG to <file> and quit."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, configOption, screenshotOption});
    parser.process(*app);
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(kontor::componentsText(QStringLiteral("kontor")) + QLatin1Char('\n')), stdout);
        return 0;
    }

    const int code = run(parser, demoOption, configOption, screenshotOption);
    kontor::net::releaseSharedNetworkAccess(); // the window and its clients are gone; Qt's HTTP thread goes now
    return code;
}
