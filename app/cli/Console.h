#pragma once

#include "common/AuthError.h"

#include <QString>
#include <QTextStream>

namespace lc {

// The command line's terminal: one stream each for stdout and stderr, shared by every command
// so that their lines never interleave out of order.
QTextStream &out();
QTextStream &err();

// One line on stderr ("login-companion: …"); returns the error's exit code.
int reportError(const AuthError &error);
// One line on stderr; returns ExitUsage.
int reportUsage(const QString &message);

bool standardInputIsTerminal();
// Asks `question` on stderr and reads one line from stdin: true for "y" or "yes" (or the
// translated answer), false for anything else, end of input included.
bool confirm(const QString &question);

} // namespace lc
