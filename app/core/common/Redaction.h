#pragma once

#include <QString>

namespace lc {

// Replaces tokens, authorization codes and secrets in free text with "[redacted]".
// Every log line of both executables passes through it (installRedactingMessageHandler),
// including Qt's own warnings, which print URLs and reply bodies.
QString redactSecrets(const QString &text);

// Installs a Qt message handler that redacts each message before it reaches stderr.
void installRedactingMessageHandler();

} // namespace lc
