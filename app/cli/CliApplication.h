#pragma once

#include <QCoreApplication>

#include "CommandTable.h"
#include "common/Result.h"
#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"

#include <QStringList>

class QCommandLineParser;

namespace lc {

// login-companion's commands (README, "Command line"). Every command prints errors as one line
// on stderr and returns an ExitCode.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliApplication)

public:
    int run(const QStringList &arguments);

private:
    int runHelp(const QStringList &arguments);
    int printVersion() const;
    int runLogin(const CommandSpec &command, const QStringList &arguments);
    int runToken(const CommandSpec &command, const QStringList &arguments);
    int runLogout(const CommandSpec &command, const QStringList &arguments);
    int runAccounts(const CommandSpec &command, const QStringList &arguments);
    int runSecret(const CommandSpec &command, const QStringList &arguments);
    int runStatus(const CommandSpec &command, const QStringList &arguments);
    int runUse(const CommandSpec &command, const QStringList &arguments);
    int runProfile(const CommandSpec &command, const QStringList &arguments);
    // logout --all on a terminal: "Sign out 3 accounts (…)? [y/N]"
    bool confirmSigningOut(const QList<AccountRecord> &accounts) const;
    int loginWithSystemBrowser(const ProviderProfile &profile, const QString &label,
                               bool printToken);
    int runWindow(const CommandSpec &command, const QStringList &arguments);

    // Parses a command's options (CommandTable); returns an exit code when the command must
    // stop here (a bad option: the nearest one is suggested).
    std::optional<int> parse(QCommandLineParser &parser, const CommandSpec &command,
                             const QStringList &arguments);
    Result<ProviderProfile> profileFrom(const QCommandLineParser &parser) const;
    int fail(const AuthError &error) const;
    // The last word of a successful `login`: a sentence, or only the token with --print-token.
    int reportSignedIn(const ProviderProfile &profile, const AccountRecord &account,
                       bool printToken) const;
    int usage(const QString &message) const;

    // `login --profile FILE` installed the file: said after "Signed in".
    QString m_installationNote;
};

} // namespace lc
