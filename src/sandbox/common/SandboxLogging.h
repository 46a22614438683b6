#pragma once
// The sandbox's own logging category. The sandbox must not link kontorcore (it is a stand-in for the remote
// services, not part of the client), so it cannot use the categories of src/core/Logging.h; it follows the
// same dotted naming. Log lines carry route patterns and status codes only, never a query string or a
// body, because those hold the credentials.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // kontor.sandbox
