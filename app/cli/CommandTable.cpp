#include "CommandTable.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace lc {

QCommandLineOption OptionSpec::toOption() const
{
    QCommandLineOption option(names, description, valueName);
    if (hidden)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

namespace {

OptionSpec profileOption()
{
    return { { QStringLiteral("p"), QStringLiteral("profile") },
             QStringLiteral("ID|FILE"),
             CommandTable::tr("Provider profile: a built-in or installed id, or a profile file "
                              "(default: demo)."),
             ValueKind::Profile };
}

OptionSpec accountOption()
{
    return { { QStringLiteral("a"), QStringLiteral("account") },
             QStringLiteral("LABEL"),
             CommandTable::tr("Account label or subject (default: the profile's only account, or "
                              "its default account; see \"use\")."),
             ValueKind::Text };
}

OptionSpec flag(const QString &name, const QString &description)
{
    return { { name }, QString(), description };
}

} // namespace

QList<OptionSpec> CommandTable::commonOptions()
{
    return {
        { { QStringLiteral("h"), QStringLiteral("help") }, QString(), tr("Show this help.") },
        flag(QStringLiteral("help-all"), tr("Show this help, including Qt's own options.")),
        flag(QStringLiteral("verbose"), tr("Log what happens (tokens and secrets are redacted).")),
    };
}

QList<CommandSpec> CommandTable::commands()
{
    QList<CommandSpec> list;
    CommandSpec window;
    window.summary = tr("open the window: accounts and Sign in");
    window.description = tr("Login Companion signs you in to game providers.");
    window.options = { flag(QStringLiteral("version"), tr("Print the version.")) };
    list.append(window);

    CommandSpec login { QStringLiteral("login"), tr("sign in through the login window"),
                        tr("Signs in through the login window and stores the tokens in the OS "
                           "keychain. On success it prints one line.") };
    login.options = {
        profileOption(),
        accountOption(),
        flag(QStringLiteral("print-token"), tr("Print the new access token on stdout.")),
        { { QStringLiteral("browser") },
          QStringLiteral("embedded|system"),
          tr("Where to sign in: \"embedded\" (the login window) or \"system\" (your web browser, "
             "with a loopback redirect). Default: the profile's \"browser\" setting."),
          ValueKind::Choice,
          { QStringLiteral("embedded"), QStringLiteral("system") } },
        flag(QStringLiteral("remember"),
             tr("Remember this account's web session (cookies) on this computer, separate from "
                "every other account's; by default each sign-in starts with a clean, private "
                "session.")),
        flag(QStringLiteral("exit-on-error"),
             tr("End at the first failure with its message (exit 1) instead of showing the "
                "error view with Retry (scripts, headless runs).")),
        { { QStringLiteral("page-script") },
          QStringLiteral("FILE"),
          tr("Run this JavaScript file in every page the login window loads (automation)."),
          ValueKind::File },
        { { QStringLiteral("http-credentials-file") },
          QStringLiteral("FILE"),
          tr("Answer HTTP authentication prompts with the \"user:password\" in this file "
             "(automation); an empty file cancels them."),
          ValueKind::File },
        flag(QStringLiteral("autofill"),
             tr("Fill and submit the provider's login form with the account's stored "
                "credentials (\"credentials set\"); only on pages of the authorization "
                "endpoint's origin, never for a production profile unless it sets "
                "\"allowAutofill\".")),
        { { QStringLiteral("batch") },
          QStringLiteral("FILE"),
          tr("Sign in every account FILE lists (CSV \"profile,label[,username]\" or JSON "
             "lines) with its stored credentials, one after the other; one line per account "
             "and a summary. Exit 0 only if every account signed in."),
          ValueKind::File },
        flag(QStringLiteral("headless"),
             tr("With --autofill or --batch: sign in offscreen, with no window shown (ends at "
                "the first failure).")),
        { { QStringLiteral("timeout") },
          QStringLiteral("SECONDS"),
          tr("With --autofill or --batch: an account not signed in within this many seconds "
             "fails (default 60; always applies to --batch and --headless)."),
          ValueKind::Text },
    };
    list.append(login);

    CommandSpec token { QStringLiteral("token"),
                        tr("print a valid access token (refreshes silently, never shows a window)"),
                        tr("Prints a valid access token on stdout, refreshing it silently when "
                           "needed. Never opens a window.") };
    token.options = { profileOption(), accountOption(),
                      { { QStringLiteral("min-validity") },
                        QStringLiteral("SECONDS"),
                        tr("Refresh when the token expires within this many seconds "
                           "(default 60)."),
                        ValueKind::Text },
                      flag(QStringLiteral("json"),
                           tr("Print one JSON object: the access token, its type, expiry and "
                              "scopes, the ID token and its claims, and the account.")),
                      flag(QStringLiteral("no-agent"),
                           tr("Read the keychain directly even when the agent runs (by default "
                              "a running agent answers).")) };
    list.append(token);

    CommandSpec logout { QStringLiteral("logout"), tr("sign out: revoke and remove an account's tokens"),
                         tr("Revokes an account's tokens at the provider and removes them from "
                            "the keychain and the account list.") };
    logout.options = { profileOption(), accountOption(),
                       flag(QStringLiteral("end-session"),
                            tr("Also end the provider's browser session (OpenID RP-initiated "
                               "logout): opens the provider's end_session_endpoint in the web "
                               "browser.")),
                       flag(QStringLiteral("all"),
                            tr("Sign out every account of --profile, or every account at all "
                               "when --profile is not given. Asks first on a terminal.")),
                       flag(QStringLiteral("yes"),
                            tr("Do not ask before signing out several accounts (needed with "
                               "--all when standard input is not a terminal).")) };
    list.append(logout);

    CommandSpec accounts { QStringLiteral("accounts"), tr("list the signed-in accounts"),
                           tr("Lists the signed-in accounts (no keychain access). Prints nothing "
                              "when there are none.") };
    accounts.options = { flag(QStringLiteral("json"), tr("Print JSON (an empty list is [])."))};
    list.append(accounts);

    CommandSpec status { QStringLiteral("status"),
                         tr("show whether each account can get a token without signing in"),
                         tr("Shows every account (or those of --profile) with its provider, "
                            "environment and person, whether its access token is valid and "
                            "whether a refresh token is held. Reads the keychain but never "
                            "refreshes. Exit status 0 when every account is usable, 3 when one "
                            "needs a sign-in (or there is none).") };
    status.options = { { { QStringLiteral("p"), QStringLiteral("profile") },
                         QStringLiteral("ID|FILE"),
                         tr("Only this profile's accounts (default: every account)."),
                         ValueKind::Profile } };
    list.append(status);

    CommandSpec use { QStringLiteral("use"), tr("choose a profile's default account"),
                      tr("Makes an account the profile's default: commands without --account "
                         "take it when the profile has several accounts. Signing out of it "
                         "clears the default.") };
    use.options = { profileOption(),
                    { { QStringLiteral("a"), QStringLiteral("account") },
                      QStringLiteral("LABEL"),
                      tr("The account (label or subject) to use by default (required)."),
                      ValueKind::Text } };
    list.append(use);

    CommandSpec profile { QStringLiteral("profile"),
                          tr("add|list|show|remove provider profiles installed on this computer"),
                          tr("Manages provider profiles: \"profile add FILE\" validates a "
                             "profile file and installs it in the config directory, so its id "
                             "works with --profile from any folder; \"profile list\" shows the "
                             "built-in and installed profiles with their environment and "
                             "whether their placeholders are set; \"profile show ID\" prints a "
                             "profile with its placeholders filled in (secrets are never "
                             "shown); \"profile remove ID\" removes an installed profile, "
                             "refused while accounts use it unless --force signs them out.") };
    profile.options = { flag(QStringLiteral("force"),
                             tr("With \"remove\": sign out the profile's accounts first.")) };
    profile.positionalName = QStringLiteral("add FILE|list|show ID|remove ID");
    profile.positionalChoices = { QStringLiteral("add"), QStringLiteral("list"),
                                  QStringLiteral("show"), QStringLiteral("remove") };
    list.append(profile);

    CommandSpec secret { QStringLiteral("secret"),
                         tr("set|delete a confidential client's secret (set reads it from stdin)"),
                         tr("Stores a confidential client's secret in the OS keychain (\"secret "
                            "set\" reads it from standard input, so it never appears in the shell "
                            "history), or deletes it (\"secret delete\").") };
    secret.options = { profileOption() };
    secret.positionalName = QStringLiteral("set|delete");
    secret.positionalChoices = { QStringLiteral("set"), QStringLiteral("delete") };
    list.append(secret);

    CommandSpec credentials {
        QStringLiteral("credentials"),
        tr("set|delete|list test accounts' passwords for login --autofill (set reads stdin)"),
        tr("Keeps test accounts' user names and passwords for \"login --autofill\" and "
           "\"login --batch\": the password only in the OS keychain (\"credentials set\" reads "
           "it from standard input), the user name also in a list, so that \"credentials "
           "list\" shows the accounts without ever showing a password.")
    };
    credentials.options = { profileOption(), accountOption(),
                            { { QStringLiteral("username") },
                              QStringLiteral("NAME"),
                              tr("The user name typed into the login form (credentials set)."),
                              ValueKind::Text },
                            flag(QStringLiteral("json"), tr("Print JSON (credentials list).")) };
    credentials.positionalName = QStringLiteral("set|delete|list");
    credentials.positionalChoices
        = { QStringLiteral("set"), QStringLiteral("delete"), QStringLiteral("list") };
    list.append(credentials);
    CommandSpec agent { QStringLiteral("agent"),
                        tr("keep the accounts' tokens in memory and hand them out fast"),
                        tr("Runs the agent in the foreground: it reads each account's tokens "
                           "from the keychain once, keeps them in memory (never on disk), "
                           "refreshes them before they expire, and answers launchers on a local "
                           "socket (docs/AGENT.md). \"login-companion token\" asks it whenever "
                           "it runs. Stop it with Ctrl+C or SIGTERM.") };
    agent.options = {
        flag(QStringLiteral("tray"),
             tr("Show a tray icon with the accounts, \"Sign in\", \"Open accounts\" and "
                "\"Quit\".")),
        flag(QStringLiteral("enable-autostart"),
             tr("Start the agent with its tray icon at every login from now on, then exit.")),
        flag(QStringLiteral("disable-autostart"),
             tr("Stop starting the agent at login, then exit.")),
    };
    list.append(agent);

    CommandSpec help { QStringLiteral("help"), tr("show the help of a command"),
                       tr("Shows the help of a command, or the list of commands.") };
    help.positionalName = QStringLiteral("COMMAND");
    list.append({ QStringLiteral("version"), tr("print the version"), tr("Prints the version.") });
    for (const CommandSpec &command : list) {
        if (!command.name.isEmpty())
            help.positionalChoices.append(command.name);
    }
    list.insert(list.size() - 1, help);
    return list;
}

std::optional<CommandSpec> CommandTable::find(const QString &name)
{
    for (const CommandSpec &command : commands()) {
        if (command.name == name)
            return command;
    }
    return std::nullopt;
}

OptionSpec CommandTable::option(const CommandSpec &command, const QString &longName)
{
    for (const OptionSpec &option : command.options + commonOptions()) {
        if (option.longName() == longName)
            return option;
    }
    qFatal("no option --%s", qPrintable(longName));
    return {};
}

QStringList CommandTable::commandNames()
{
    QStringList names;
    for (const CommandSpec &command : commands()) {
        if (!command.name.isEmpty())
            names.append(command.name);
    }
    return names;
}

void CommandTable::configure(QCommandLineParser &parser, const CommandSpec &command)
{
    for (const OptionSpec &option : commonOptions() + command.options)
        parser.addOption(option.toOption());
    if (!command.positionalName.isEmpty())
        parser.addPositionalArgument(command.positionalName, QString());
}

namespace {
QString optionSynopsis(const OptionSpec &option)
{
    QStringList names;
    for (const QString &name : option.names)
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty())
        text += QStringLiteral(" <%1>").arg(option.valueName);
    return text;
}

// Wraps `text` at `width` columns, every line indented by `indent` spaces.
QString wrapped(const QString &text, int indent, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width - indent) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    const QString pad(indent, QLatin1Char(' '));
    return pad + lines.join(QLatin1Char('\n') + pad);
}
} // namespace

QString CommandTable::helpText(const CommandSpec &command)
{
    QString text = tr("Usage: %1").arg(QStringLiteral("login-companion"));
    if (!command.name.isEmpty())
        text += QLatin1Char(' ') + command.name;
    text += QStringLiteral(" [options]");
    if (!command.positionalName.isEmpty())
        text += QLatin1Char(' ') + command.positionalName;
    text += QStringLiteral("\n\n") + wrapped(command.description, 0, 80) + QStringLiteral("\n\n");
    if (command.name.isEmpty())
        text += overview() + QStringLiteral("\n\n");
    text += tr("Options:") + QLatin1Char('\n');
    for (const OptionSpec &option : command.options + commonOptions()) {
        if (option.hidden)
            continue;
        text += QStringLiteral("  ") + optionSynopsis(option) + QLatin1Char('\n')
            + wrapped(option.description, 6, 80) + QLatin1Char('\n');
    }
    return text;
}

QString CommandTable::overview()
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec &command : commands()) {
        text += QStringLiteral("  %1 %2\n")
                    .arg(command.name.isEmpty() ? tr("(none)") : command.name, -10)
                    .arg(command.summary);
    }
    text += tr("Run \"login-companion help COMMAND\" for a command's options.");
    return text;
}

QString CommandTable::nearest(const QString &word, const QStringList &candidates)
{
    auto distance = [](const QString &a, const QString &b) {
        QList<int> row(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j)
            row[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int above = row[j];
                row[j] = std::min({ row[j] + 1, row[j - 1] + 1,
                                    diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
                diagonal = above;
            }
        }
        return row[b.size()];
    };
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : candidates) {
        const int d = distance(word, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    if (!best.isEmpty())
        return best;
    QStringList prefixed;
    for (const QString &candidate : candidates) {
        if (word.size() >= 2 && candidate.startsWith(word))
            prefixed.append(candidate);
    }
    return prefixed.size() == 1 ? prefixed.first() : QString();
}

} // namespace lc
