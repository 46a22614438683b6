#include "common/SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "kontor.sandbox", QtInfoMsg)
