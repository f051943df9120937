#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace lc {
// Command-line output is the one line the user asked for; logs appear only with --verbose.
void setVerboseLogging(bool verbose);
} // namespace lc
