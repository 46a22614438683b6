// kontor-cli: the command line over Kontor's core, for scheduled jobs. All the work is in CliApp.

#include "CliApp.h"
#include "KontorVersion.h"
#include "net/NetworkAccess.h"

#include <QCoreApplication>
#include <QTimer>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

int main(int argc, char* argv[])
{
#if defined(Q_OS_WIN)
    SetConsoleOutputCP(CP_UTF8); // output is UTF-8 whatever the console's code page
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kontor"));
    QCoreApplication::setApplicationName(QStringLiteral("kontor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION_STRING));
    kontor::cli::CliApp::installLogging(QCoreApplication::arguments());
    kontor::cli::CliApp::loadTranslations(&app);

    int code = 0;
    {
        kontor::cli::CliApp cli;
        QTimer::singleShot(0, &cli, [&cli] { cli.start(QCoreApplication::arguments()); });
        code = QCoreApplication::exec();
    }
    kontor::net::releaseSharedNetworkAccess();
    return code;
}
