#pragma once
// CliContext: what every command of one kontor-cli run shares: the parsed command line, the profile
// list, the keychain, the output, and the way to end the run.

#include <QString>
#include <functional>

class QCommandLineParser;

namespace kontor {
class ClientRegistry;
class ProfileStore;
class SecretStore;
} // namespace kontor

namespace kontor::cli {

class OutputWriter;

struct CliContext
{
    const QCommandLineParser* parser = nullptr;
    ProfileStore* store = nullptr;
    SecretStore* secrets = nullptr;
    ClientRegistry* clients = nullptr; // one client per profile, as in the app
    OutputWriter* out = nullptr;
    QString profileOption; // --profile
    QString secretEnv;     // --secret-env
    // Ends the run with this exit code once control is back in the event loop. Call it exactly once.
    std::function<void(int)> finish;
};

} // namespace kontor::cli
