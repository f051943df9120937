#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace lc {

// `login-companion credentials set|delete|list` (README, "Command line"): test accounts' user
// names and passwords for `login --autofill` and `login --batch`, kept by AccountCredentials.
// `set` reads the password from standard input, so it never appears in a command line or shell
// history; nothing ever prints a password.
class CredentialsCommand
{
    Q_DECLARE_TR_FUNCTIONS(lc::CredentialsCommand)

public:
    // `parser` holds the command's parsed options (CommandTable); returns the exit code.
    static int run(const QCommandLineParser &parser);
};

} // namespace lc
