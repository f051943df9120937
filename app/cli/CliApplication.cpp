#include "CliApplication.h"

#include "WindowLauncher.h"
#include "common/ExitCode.h"
#include "common/Logging.h"
#include "operations/AccessTokenService.h"
#include "operations/SignIn.h"
#include "operations/SignOut.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountStore.h"
#include "storage/ClientSecrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

namespace lc {

namespace {

QCommandLineOption profileOption()
{
    return { { QStringLiteral("p"), QStringLiteral("profile") },
             CliApplication::tr(
                 "Provider profile: a built-in id or a profile file (default: demo)."),
             QStringLiteral("ID|FILE") };
}

QCommandLineOption accountOption()
{
    return { { QStringLiteral("a"), QStringLiteral("account") },
             CliApplication::tr("Account label or subject (default: the profile's only account)."),
             QStringLiteral("LABEL") };
}

QCommandLineOption verboseOption()
{
    return { QStringLiteral("verbose"),
             CliApplication::tr("Log what happens (tokens and secrets are redacted).") };
}

QString commandSummary()
{
    return CliApplication::tr(
        "Commands:\n"
        "  (none)     open the window: accounts and Sign in\n"
        "  login      sign in through the login window\n"
        "  token      print a valid access token (refreshes silently, never shows a window)\n"
        "  logout     remove an account's tokens\n"
        "  accounts   list the signed-in accounts\n"
        "  secret     set|delete a confidential client's secret (set reads it from stdin)\n"
        "Run \"login-companion COMMAND --help\" for a command's options.");
}

// The command line's one top-level event loop: runs an operation to its end, or to the
// command's deadline (0: none, for a sign-in the user takes their time with).
template<typename T, typename Op> Result<T> runToEnd(Op *operation, int deadlineMs = 0)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [operation, deadlineMs] {
        operation->abandon(AuthError::network(CliApplication::tr(
            "The command did not finish within %n second(s).", nullptr, deadlineMs / 1000)));
    });
    if (deadlineMs > 0)
        deadline.start(deadlineMs);
    operation->then(&loop, [&](const Result<T> &finished) {
        result = finished;
        loop.quit();
    });
    operation->start();
    if (!result)
        loop.exec();
    return *result;
}

// A command's whole deadline: Timeouts::commandMs, or one and a half of the profile's own
// request deadline when it sets one (a slow provider gets its due, a short one ends sooner).
int commandDeadlineMs(const ProviderProfile &profile, const Services &services)
{
    return profile.requestTimeoutSeconds > 0 ? profile.requestTimeoutSeconds * 1500
                                             : services.timeouts.commandMs;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

int CliApplication::run(const QStringList &arguments)
{
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    QStringList rest = arguments;
    if (!command.isEmpty() && !command.startsWith(QLatin1Char('-')))
        rest.removeAt(1);

    if (command == QLatin1String("login"))
        return runLogin(rest);
    if (command == QLatin1String("token"))
        return runToken(rest);
    if (command == QLatin1String("logout"))
        return runLogout(rest);
    if (command == QLatin1String("accounts"))
        return runAccounts(rest);
    if (command == QLatin1String("secret"))
        return runSecret(rest);
    if (command.isEmpty() || command.startsWith(QLatin1Char('-')))
        return runWindow(rest);
    return usage(tr("unknown command \"%1\"\n%2").arg(command, commandSummary()));
}

std::optional<int> CliApplication::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    parser.addOption(verboseOption());
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return int(ExitSuccess);
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    setVerboseLogging(parser.isSet(verboseOption()));
    return std::nullopt;
}

Result<ProviderProfile> CliApplication::profileFrom(const QCommandLineParser &parser) const
{
    const QString id = parser.isSet(profileOption()) ? parser.value(profileOption())
                                                     : ProfileRepository::defaultProfileId();
    return ProfileRepository::load(id);
}

int CliApplication::fail(const AuthError &error) const
{
    err() << "login-companion: " << error.message() << Qt::endl;
    return exitCodeFor(error);
}

int CliApplication::usage(const QString &message) const
{
    err() << "login-companion: " << message << Qt::endl;
    return ExitUsage;
}

int CliApplication::runLogin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Signs in through the login window and stores the "
                                        "tokens in the OS keychain."));
    const QCommandLineOption printToken(QStringLiteral("print-token"),
                                        tr("Print the new access token on stdout."));
    const QCommandLineOption pageScript(
        QStringLiteral("page-script"),
        tr("Run this JavaScript file in every page the login window loads (automation)."),
        QStringLiteral("FILE"));
    const QCommandLineOption remember(
        QStringLiteral("remember"),
        tr("Remember this account's web session (cookies) on this computer, separate from every "
           "other account's; by default each sign-in starts with a clean, private session."));
    const QCommandLineOption credentials(
        QStringLiteral("http-credentials-file"),
        tr("Answer HTTP authentication prompts with the \"user:password\" in this file "
           "(automation); an empty file cancels them."),
        QStringLiteral("FILE"));
    const QCommandLineOption browser(
        QStringLiteral("browser"),
        tr("Where to sign in: \"embedded\" (the login window) or \"system\" (your web browser, "
           "with a loopback redirect). Default: the profile's \"browser\" setting."),
        QStringLiteral("embedded|system"));
    parser.addOptions({ profileOption(), accountOption(), printToken, pageScript, remember,
                        credentials, browser });
    if (auto stop = parse(parser, arguments))
        return *stop;

    auto profile = profileFrom(parser);
    if (!profile.ok())
        return fail(profile.error());
    // Fail before the user types a password, not after.
    AccountStore store;
    Status writable = store.secrets().checkWritable();
    if (!writable.ok())
        return fail(writable.error());

    if (parser.isSet(browser) && parser.value(browser) != QLatin1String("embedded")
        && parser.value(browser) != QLatin1String("system"))
        return usage(tr("--browser takes \"embedded\" or \"system\", got \"%1\"")
                         .arg(parser.value(browser)));
    const bool useSystemBrowser = parser.isSet(browser)
        ? parser.value(browser) == QLatin1String("system")
        : profile.value().browser == ProviderProfile::BrowserMode::System;
    if (useSystemBrowser)
        return loginWithSystemBrowser(profile.value(), parser.value(accountOption()),
                                      parser.isSet(printToken));

    QStringList windowArguments { QStringLiteral("login"), QStringLiteral("--profile"),
                                  parser.isSet(profileOption()) ? parser.value(profileOption())
                                                                : profile.value().id };
    if (parser.isSet(accountOption()))
        windowArguments << QStringLiteral("--account") << parser.value(accountOption());
    if (parser.isSet(pageScript))
        windowArguments << QStringLiteral("--page-script") << parser.value(pageScript);
    if (parser.isSet(verboseOption()))
        windowArguments << QStringLiteral("--verbose");
    if (parser.isSet(remember))
        windowArguments << QStringLiteral("--remember");
    if (parser.isSet(credentials))
        windowArguments << QStringLiteral("--http-credentials-file") << parser.value(credentials);

    const WindowLauncher::Outcome outcome = WindowLauncher::run(windowArguments);
    if (outcome.exitCode != ExitSuccess)
        return outcome.exitCode;

    // The window's one stdout line names the account it stored: "account\t<profile>\t<subject>".
    const QStringList fields = outcome.standardOutput.trimmed().split(QLatin1Char('\t'));
    if (fields.size() != 3 || fields.at(0) != QLatin1String("account"))
        return fail(AuthError::network(tr("The login window did not report the signed-in "
                                          "account.")));
    auto account = store.index().find(fields.at(1), fields.at(2));
    if (!account.ok())
        return fail(account.error());
    return reportSignedIn(profile.value(), account.value(), parser.isSet(printToken));
}

int CliApplication::reportSignedIn(const ProviderProfile &profile, const AccountRecord &account,
                                   bool printToken) const
{
    if (!printToken) {
        out() << tr("Signed in to %1 as %2.").arg(profile.displayName, account.label) << Qt::endl;
        return ExitSuccess;
    }
    auto tokens = AccountStore().tokens(account);
    if (!tokens.ok())
        return fail(tokens.error());
    out() << tokens.value().accessToken << Qt::endl;
    return ExitSuccess;
}

int CliApplication::loginWithSystemBrowser(const ProviderProfile &profile, const QString &label,
                                           bool printToken)
{
    // No window at all: the user's browser signs in and comes back to a loopback listener.
    auto *signIn
        = new SignIn(profile, Services::production(), label, SignIn::CallbackDelivery::Loopback);
    QObject::connect(signIn, &SignIn::authorizationUrlReady, [&profile] {
        err() << tr("Continue signing in to %1 in your web browser.").arg(profile.displayName)
              << Qt::endl;
    });
    const Result<AccountRecord> account = runToEnd<AccountRecord>(signIn);
    if (!account.ok())
        return fail(account.error());
    return reportSignedIn(profile, account.value(), printToken);
}

int CliApplication::runToken(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints a valid access token on stdout, refreshing it "
                                        "silently when needed. Never opens a window."));
    const QCommandLineOption minValidity(
        QStringLiteral("min-validity"),
        tr("Refresh when the token expires within this many seconds (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOptions({ profileOption(), accountOption(), minValidity });
    if (auto stop = parse(parser, arguments))
        return *stop;

    bool numeric = false;
    const qint64 seconds = parser.value(minValidity).toLongLong(&numeric);
    if (!numeric || seconds < 0)
        return usage(tr("--min-validity takes a number of seconds, got \"%1\"")
                         .arg(parser.value(minValidity)));
    auto profile = profileFrom(parser);
    if (!profile.ok())
        return fail(profile.error());

    const Services services = Services::production();
    auto account = services.accountIndex.find(profile.value().id, parser.value(accountOption()));
    if (!account.ok())
        return fail(account.error());
    auto *refresh = new RefreshTokens(profile.value(), account.value(), seconds, services);
    const Result<FreshAccessToken> token
        = runToEnd<FreshAccessToken>(refresh, commandDeadlineMs(profile.value(), services));
    if (!token.ok())
        return fail(token.error());
    out() << token.value().accessToken << Qt::endl;
    return ExitSuccess;
}

int CliApplication::runLogout(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Revokes an account's tokens at the provider and removes "
                                        "them from the keychain and the account list."));
    const QCommandLineOption endSession(
        QStringLiteral("end-session"),
        tr("Also end the provider's browser session (OpenID RP-initiated logout): opens the "
           "provider's end_session_endpoint in the web browser."));
    parser.addOptions({ profileOption(), accountOption(), endSession });
    if (auto stop = parse(parser, arguments))
        return *stop;
    auto profile = profileFrom(parser);
    if (!profile.ok())
        return fail(profile.error());

    const Services services = Services::production();
    auto account = services.accountIndex.find(profile.value().id, parser.value(accountOption()));
    if (!account.ok())
        return fail(account.error());
    SignOut::Options options;
    options.endSession = parser.isSet(endSession);
    auto *signOut = new SignOut(profile.value(), account.value(), services, options);
    const Result<SignOutOutcome> outcome
        = runToEnd<SignOutOutcome>(signOut, commandDeadlineMs(profile.value(), services));
    if (!outcome.ok())
        return fail(outcome.error());
    out() << tr("Signed out %1 from %2.").arg(account.value().label, profile.value().displayName)
          << Qt::endl;
    if (!outcome.value().accountListProblem.isEmpty())
        err() << "login-companion: " << outcome.value().accountListProblem << Qt::endl;
    if (!outcome.value().endSessionProblem.isEmpty())
        err() << "login-companion: " << outcome.value().endSessionProblem << Qt::endl;
    if (!outcome.value().revocationProblem.isEmpty())
        err() << "login-companion: "
              << tr("The local tokens were removed, but the provider did not confirm their "
                    "revocation: %1")
                     .arg(outcome.value().revocationProblem)
              << Qt::endl;
    return ExitSuccess;
}

int CliApplication::runAccounts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the signed-in accounts (no keychain access)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (auto stop = parse(parser, arguments))
        return *stop;

    auto contents = AccountIndex().read();
    if (!contents.ok())
        return fail(contents.error());
    if (contents.value().unreadableRows > 0)
        err() << "login-companion: "
              << tr("%n row(s) of the account list could not be read; they were left as they are.",
                    nullptr, contents.value().unreadableRows)
              << Qt::endl;
    const Result<QList<AccountRecord>> accounts = contents.value().accounts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AccountRecord &account : accounts.value()) {
            array.append(QJsonObject {
                { QStringLiteral("profile"), account.profileId },
                { QStringLiteral("label"), account.label },
                { QStringLiteral("subject"), account.subject },
                { QStringLiteral("displayName"), account.displayName },
                { QStringLiteral("expiresAt"), account.expiresAt.toString(Qt::ISODate) },
                { QStringLiteral("signInRequired"), account.signInRequired },
            });
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    if (accounts.value().isEmpty()) {
        out() << tr("No accounts. Sign in with \"login-companion login --profile ID\".")
              << Qt::endl;
        return ExitSuccess;
    }
    for (const AccountRecord &account : accounts.value()) {
        const QString state = account.signInRequired ? tr("sign-in required")
            : account.expiresAt > now
            ? tr("access token valid until %1")
                  .arg(account.expiresAt.toLocalTime().toString(Qt::ISODate))
            : tr("access token expired (refreshes on next use)");
        out() << account.profileId << '\t' << account.label << '\t'
              << (account.displayName.isEmpty() ? account.subject : account.displayName) << '\t'
              << state << Qt::endl;
    }
    return ExitSuccess;
}

int CliApplication::runSecret(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stores a confidential client's secret in the OS keychain (\"secret set\" reads it from "
           "standard input, so it never appears in the shell history), or deletes it "
           "(\"secret delete\")."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("set or delete"));
    parser.addOption(profileOption());
    parser.addHelpOption();
    parser.addOption(verboseOption());
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitSuccess;
    }
    setVerboseLogging(parser.isSet(verboseOption()));
    const QStringList actions = parser.positionalArguments();
    if (actions.size() != 1
        || (actions.first() != QLatin1String("set") && actions.first() != QLatin1String("delete")))
        return usage(tr("say \"secret set\" or \"secret delete\""));
    if (!parser.isSet(profileOption()))
        return usage(tr("secret needs --profile"));
    auto profile = profileFrom(parser);
    if (!profile.ok())
        return fail(profile.error());

    const ClientSecrets secrets;
    if (actions.first() == QLatin1String("delete")) {
        Status removed = secrets.remove(profile.value().id);
        if (!removed.ok())
            return fail(removed.error());
        out() << tr("Deleted the client secret of %1.").arg(profile.value().id) << Qt::endl;
        return ExitSuccess;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return usage(tr("cannot read standard input"));
    QByteArray secret = input.readLine(64 * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty())
        return usage(tr("no secret on standard input (e.g. printf %s \"$SECRET\" | login-companion "
                        "secret set --profile ID)"));
    Status stored = secrets.store(profile.value().id, QString::fromUtf8(secret));
    secret.fill('\0');
    if (!stored.ok())
        return fail(stored.error());
    out() << tr("Stored the client secret of %1 in the keychain.").arg(profile.value().id)
          << Qt::endl;
    return ExitSuccess;
}

int CliApplication::runWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Login Companion signs you in to game providers.\n\n")
                                     + commandSummary());
    parser.addVersionOption();
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "login-companion " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitSuccess;
    }
    return WindowLauncher::run({}).exitCode;
}

} // namespace lc
