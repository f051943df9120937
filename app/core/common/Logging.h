#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace lc {
// Command-line output is the one line the user asked for; logs appear only with --verbose.
// Without it, the message handler (installRedactingMessageHandler) also drops Qt's, QML's and
// the web engine's own messages: nothing but the program's answer reaches the terminal.
void setVerboseLogging(bool verbose);
bool isVerboseLogging();
} // namespace lc
