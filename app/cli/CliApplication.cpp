#include "CliApplication.h"

#include "AgentCommand.h"
#include "AgentTokenCommand.h"
#include "AutofillLogin.h"
#include "BatchLogin.h"
#include "CommandTable.h"
#include "Console.h"
#include "CredentialsCommand.h"
#include "DisplayCheck.h"
#include "OperationRunner.h"
#include "ProfileCommand.h"
#include "SignOutAccounts.h"
#include "StatusCommand.h"
#include "WindowLauncher.h"
#include "common/ExitCode.h"
#include "common/Logging.h"
#include "operations/AccessTokenService.h"
#include "operations/AccountJson.h"
#include "operations/AccountListing.h"
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
bool isHelpArgument(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help")
        || argument == QLatin1String("--help-all") || argument == QLatin1String("-?");
}
} // namespace

int CliApplication::run(const QStringList &arguments)
{
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    QStringList rest = arguments;
    const bool named = !command.isEmpty() && !command.startsWith(QLatin1Char('-'));
    if (named)
        rest.removeAt(1);
    const std::optional<CommandSpec> spec = CommandTable::find(named ? command : QString());
    if (!spec) {
        const QString nearest = CommandTable::nearest(command, CommandTable::commandNames());
        // One line, as every error: the nearest command, else where the list is.
        return usage(nearest.isEmpty()
                         ? tr("unknown command \"%1\"; run \"login-companion help\" for the "
                              "commands")
                               .arg(command)
                         : tr("unknown command \"%1\"; did you mean \"%2\"?").arg(command, nearest));
    }

    // Help never acts: any help option, anywhere before "--", prints help and nothing else.
    for (qsizetype i = 1; i < rest.size() && rest.at(i) != QLatin1String("--"); ++i) {
        if (isHelpArgument(rest.at(i))) {
            out() << CommandTable::helpText(*spec);
            return ExitSuccess;
        }
    }
    if (spec->name == QLatin1String("help"))
        return runHelp(rest);
    if (spec->name == QLatin1String("version")) {
        QCommandLineParser parser;
        if (auto stop = parse(parser, *spec, rest))
            return *stop;
        return printVersion();
    }
    if (spec->name == QLatin1String("login"))
        return runLogin(*spec, rest);
    if (spec->name == QLatin1String("token"))
        return runToken(*spec, rest);
    if (spec->name == QLatin1String("logout"))
        return runLogout(*spec, rest);
    if (spec->name == QLatin1String("accounts"))
        return runAccounts(*spec, rest);
    if (spec->name == QLatin1String("secret"))
        return runSecret(*spec, rest);
    if (spec->name == QLatin1String("status"))
        return runStatus(*spec, rest);
    if (spec->name == QLatin1String("use"))
        return runUse(*spec, rest);
    if (spec->name == QLatin1String("profile"))
        return runProfile(*spec, rest);
    if (spec->name == QLatin1String("credentials")) {
        QCommandLineParser parser;
        if (auto stop = parse(parser, *spec, rest))
            return *stop;
        return CredentialsCommand::run(parser);
    }
    if (spec->name == QLatin1String("agent")) {
        QCommandLineParser parser;
        if (auto stop = parse(parser, *spec, rest))
            return *stop;
        return AgentCommand::run(parser);
    }
    return runWindow(*spec, rest);
}

int CliApplication::runHelp(const QStringList &arguments)
{
    const QString topic = arguments.value(1);
    if (topic.isEmpty()) {
        out() << CommandTable::helpText(*CommandTable::find(QString()));
        return ExitSuccess;
    }
    const std::optional<CommandSpec> spec = CommandTable::find(topic);
    if (!spec || arguments.size() > 2) {
        const QString nearest = CommandTable::nearest(topic, CommandTable::commandNames());
        return usage(nearest.isEmpty() || spec
                         ? tr("help takes one command: %1")
                               .arg(CommandTable::commandNames().join(QStringLiteral(", ")))
                         : tr("unknown command \"%1\"; did you mean \"%2\"?").arg(topic, nearest));
    }
    out() << CommandTable::helpText(*spec);
    return ExitSuccess;
}

int CliApplication::printVersion() const
{
    out() << "login-companion " << QCoreApplication::applicationVersion() << Qt::endl;
    return ExitSuccess;
}

std::optional<int> CliApplication::parse(QCommandLineParser &parser, const CommandSpec &command,
                                         const QStringList &arguments)
{
    CommandTable::configure(parser, command);
    if (!parser.parse(arguments)) {
        const QString helpCommand = command.name.isEmpty()
            ? QStringLiteral("login-companion --help")
            : QStringLiteral("login-companion help ") + command.name;
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty())
            return usage(tr("%1; run \"%2\" for the options").arg(parser.errorText(), helpCommand));
        QStringList names;
        for (const OptionSpec &option : command.options + CommandTable::commonOptions())
            names += option.names;
        const QString nearest = CommandTable::nearest(unknown.first(), names);
        const auto dashed = [](const QString &name) {
            return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        };
        return usage(nearest.isEmpty()
                         ? tr("unknown option \"%1\"; run \"%2\" for the options")
                               .arg(dashed(unknown.first()), helpCommand)
                         : tr("unknown option \"%1\"; did you mean \"%2\"?")
                               .arg(dashed(unknown.first()), dashed(nearest)));
    }
    const QStringList positional = parser.positionalArguments();
    if (command.positionalName.isEmpty() && !positional.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(positional.first()));
    setVerboseLogging(parser.isSet(QStringLiteral("verbose")));
    return std::nullopt;
}

Result<ProviderProfile> CliApplication::profileFrom(const QCommandLineParser &parser) const
{
    const QString id = parser.isSet(QStringLiteral("profile"))
        ? parser.value(QStringLiteral("profile"))
        : ProfileRepository::defaultProfileId();
    return ProfileRepository::load(id);
}

int CliApplication::fail(const AuthError &error) const
{
    return reportError(error);
}

int CliApplication::usage(const QString &message) const
{
    return reportUsage(message);
}

int CliApplication::runLogin(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, command, arguments))
        return *stop;
    if (parser.isSet(QStringLiteral("batch")))
        return BatchLogin().run(parser);
    const QString browser = parser.value(QStringLiteral("browser"));
    if (parser.isSet(QStringLiteral("browser")) && browser != QLatin1String("embedded")
        && browser != QLatin1String("system"))
        return usage(tr("--browser takes \"embedded\" or \"system\", got \"%1\"").arg(browser));

    auto profile = profileFrom(parser);
    if (!profile.ok())
        return fail(profile.error());
    const bool useSystemBrowser = parser.isSet(QStringLiteral("browser"))
        ? browser == QLatin1String("system")
        : profile.value().browser == ProviderProfile::BrowserMode::System;
    if (useSystemBrowser) {
        const Status hearable = SignIn::checkLoopbackDelivery(profile.value());
        if (!hearable.ok())
            return usage(hearable.error().message() + u' '
                         + tr("Sign in with the login window (--browser embedded), or register a "
                              "loopback redirect URI with a port (http://127.0.0.1:PORT/…) for "
                              "this client."));
    }
    const auto autofill = AutofillLogin::plan(parser, profile.value(), useSystemBrowser);
    if (!autofill.ok())
        return fail(autofill.error());
    if (!useSystemBrowser && !autofill.value().headless && !DisplayCheck::canOpenWindow())
        return usage(DisplayCheck::noDisplayMessage());
    // Fail before the user types a password, not after.
    AccountStore store;
    Status writable = store.secrets().checkWritable();
    if (!writable.ok())
        return fail(writable.error());

    // Accounts name their profile by id: a profile file is installed first, so that the id
    // still works later, from any folder, whatever became of the file.
    const QString profileArgument = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("profile"))
        && ProfileRepository::looksLikePath(profileArgument)) {
        auto installed = ProfileRepository::install(profileArgument);
        if (!installed.ok())
            return fail(installed.error());
        // Said once signed in: a failed sign-in's one line on stderr stays its error.
        m_installationNote
            = ProfileCommand::installationMessage(installed.value(), profileArgument);
    }

    const bool printToken = parser.isSet(QStringLiteral("print-token"));
    if (useSystemBrowser)
        return loginWithSystemBrowser(profile.value(), parser.value(QStringLiteral("account")),
                                      printToken);

    QStringList windowArguments { QStringLiteral("login"), QStringLiteral("--profile"),
                                  profile.value().id };
    for (const char *name : { "account", "page-script", "http-credentials-file" }) {
        const QString option = QLatin1String(name);
        if (parser.isSet(option))
            windowArguments << QStringLiteral("--") + option << parser.value(option);
    }
    for (const char *name : { "verbose", "remember", "exit-on-error" }) {
        const QString option = QLatin1String(name);
        if (parser.isSet(option))
            windowArguments << QStringLiteral("--") + option;
    }
    windowArguments << autofill.value().windowArguments;

    const WindowLauncher::Outcome outcome
        = WindowLauncher::run(windowArguments, autofill.value().environment);
    if (outcome.exitCode != ExitSuccess)
        return outcome.exitCode;

    // The window's one stdout line names the account it stored: "account\t<profile>\t<subject>".
    const auto reported = WindowLauncher::reportedAccount(outcome.standardOutput);
    if (!reported)
        return fail(AuthError::network(tr("The login window did not report the signed-in "
                                          "account.")));
    auto account = store.index().find(reported->first, reported->second);
    if (!account.ok())
        return fail(account.error());
    return reportSignedIn(profile.value(), account.value(), printToken);
}

int CliApplication::reportSignedIn(const ProviderProfile &profile, const AccountRecord &account,
                                   bool printToken) const
{
    if (!m_installationNote.isEmpty())
        err() << m_installationNote << Qt::endl;
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

int CliApplication::runToken(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, command, arguments))
        return *stop;
    const QString minValidity = parser.isSet(QStringLiteral("min-validity"))
        ? parser.value(QStringLiteral("min-validity"))
        : QStringLiteral("60");
    bool numeric = false;
    const qint64 seconds = minValidity.toLongLong(&numeric);
    if (!numeric || seconds < 0)
        return usage(tr("--min-validity takes a number of seconds, got \"%1\"").arg(minValidity));
    // The agent, when one runs, has the tokens in memory (the front executable asks it before
    // this module is even loaded; this is for the calls that came the long way, --verbose).
    if (!parser.isSet(QStringLiteral("no-agent"))) {
        if (const std::optional<int> answered = AgentTokenCommand::ask(parser)) {
            qCInfo(lcCli) << "answered by the agent";
            return *answered;
        }
    }
    auto profile = profileFrom(parser);
    if (!profile.ok())
        return fail(profile.error());

    const Services services = Services::production();
    auto account
        = services.accountIndex.find(profile.value().id, parser.value(QStringLiteral("account")));
    if (!account.ok())
        return fail(account.error());
    auto *refresh = new RefreshTokens(profile.value(), account.value(), seconds, services);
    const Result<FreshAccessToken> token
        = runToEnd<FreshAccessToken>(refresh, commandDeadlineMs(profile.value(), services));
    if (!token.ok())
        return fail(token.error());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject object
            = AccountJson::token(token.value(), profile.value(), services.clock->now());
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    out() << token.value().accessToken << Qt::endl;
    return ExitSuccess;
}

int CliApplication::runLogout(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, command, arguments))
        return *stop;
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all && parser.isSet(QStringLiteral("account")))
        return usage(tr("--all and --account exclude each other"));
    // Asked before anything else, so that a script learns it on its first run.
    if (all && !parser.isSet(QStringLiteral("yes")) && !standardInputIsTerminal())
        return usage(tr("logout --all signs out several accounts; pass --yes to confirm (standard "
                        "input is not a terminal to ask on)"));

    const Services services = Services::production();
    QHash<QString, ProviderProfile> profiles;
    if (!all || parser.isSet(QStringLiteral("profile"))) {
        auto profile = profileFrom(parser);
        if (!profile.ok())
            return fail(profile.error());
        profiles.insert(profile.value().id, profile.value());
    }
    QList<AccountRecord> accounts;
    if (!all) {
        auto account = services.accountIndex.find(profiles.cbegin().key(),
                                                  parser.value(QStringLiteral("account")));
        if (!account.ok())
            return fail(account.error());
        accounts.append(account.value());
    } else {
        auto rows = AccountListing::load(services.accountIndex,
                                         profiles.isEmpty() ? QString() : profiles.cbegin().key());
        if (!rows.ok())
            return fail(rows.error());
        accounts = rows.value();
        if (profiles.isEmpty()) {
            QStringList problems;
            profiles = AccountListing::profilesOf(accounts, &problems);
            for (const QString &problem : std::as_const(problems))
                err() << "login-companion: "
                      << tr("%1; its accounts are removed here without asking the provider to "
                            "revoke their tokens.")
                             .arg(problem)
                      << Qt::endl;
        }
        accounts = AccountListing::sorted(accounts, profiles);
        if (accounts.isEmpty()) {
            err() << tr("No accounts to sign out.") << Qt::endl;
            return ExitSuccess;
        }
        if (!parser.isSet(QStringLiteral("yes")) && !confirmSigningOut(accounts)) {
            err() << tr("Nothing was signed out.") << Qt::endl;
            return ExitCancelled;
        }
    }
    SignOut::Options options;
    options.endSession = parser.isSet(QStringLiteral("end-session"));
    return SignOutAccounts::run(accounts, profiles, services, options);
}

bool CliApplication::confirmSigningOut(const QList<AccountRecord> &accounts) const
{
    constexpr int kNamed = 10; // a longer list would scroll the question away
    QStringList names;
    for (const AccountRecord &account :
         accounts.first(std::min<qsizetype>(kNamed, accounts.size())))
        names.append(account.profileId + QLatin1Char('/') + account.label);
    if (accounts.size() > kNamed)
        names.append(tr("%n more", nullptr, int(accounts.size() - kNamed)));
    return confirm(tr("Sign out %n account(s) (%1)?", nullptr, int(accounts.size()))
                       .arg(names.join(QStringLiteral(", "))));
}

int CliApplication::runAccounts(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, command, arguments))
        return *stop;

    auto contents = AccountIndex().read();
    if (!contents.ok())
        return fail(contents.error());
    if (contents.value().unreadableRows > 0)
        err() << "login-companion: "
              << tr("%n row(s) of the account list could not be read; they were left as they are.",
                    nullptr, contents.value().unreadableRows)
              << Qt::endl;
    const QHash<QString, ProviderProfile> profiles
        = AccountListing::profilesOf(contents.value().accounts);
    const Result<QList<AccountRecord>> accounts
        = AccountListing::sorted(contents.value().accounts, profiles);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonArray array = AccountJson::accounts(accounts.value(), profiles, now);
        out() << (array.isEmpty() ? QByteArray("[]\n")
                                  : QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (accounts.value().isEmpty()) {
        // stdout stays empty, so `login-companion accounts | wc -l` counts accounts.
        err() << tr("No accounts. Sign in with \"login-companion login --profile ID\".")
              << Qt::endl;
        return ExitSuccess;
    }
    QHash<QString, QString> environments; // not a copy of the whole profile per account
    for (auto it = profiles.cbegin(); it != profiles.cend(); ++it)
        environments.insert(it.key(), it->environment);
    for (const AccountRecord &account : accounts.value()) {
        const QString state = account.signInRequired ? tr("sign-in required")
            : account.expiresAt > now
            ? tr("access token valid until %1")
                  .arg(account.expiresAt.toLocalTime().toString(Qt::ISODate))
            : tr("access token expired (refreshes on next use)");
        out() << account.profileId << '\t' << account.label << '\t'
              << (account.displayName.isEmpty() ? account.subject : account.displayName) << '\t'
              << state << '\t' << environments.value(account.profileId) << '\n';
    }
    out().flush(); // once, not per line: a thousand accounts print in one write
    return ExitSuccess;
}

int CliApplication::runSecret(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, command, arguments))
        return *stop;
    const QStringList actions = parser.positionalArguments();
    if (actions.size() != 1
        || (actions.first() != QLatin1String("set") && actions.first() != QLatin1String("delete")))
        return usage(tr("say \"secret set\" or \"secret delete\""));
    if (!parser.isSet(QStringLiteral("profile")))
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

int CliApplication::runStatus(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, command, arguments))
        return *stop;
    QString profileId;
    if (parser.isSet(QStringLiteral("profile"))) {
        auto profile = profileFrom(parser);
        if (!profile.ok())
            return fail(profile.error());
        profileId = profile.value().id;
    }
    return StatusCommand::run(profileId);
}

int CliApplication::runUse(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, command, arguments))
        return *stop;
    if (parser.value(QStringLiteral("account")).isEmpty())
        return usage(tr("use needs --account LABEL: the account to use by default"));
    auto profile = profileFrom(parser);
    if (!profile.ok())
        return fail(profile.error());
    auto chosen
        = AccountIndex().setDefault(profile.value().id, parser.value(QStringLiteral("account")));
    if (!chosen.ok())
        return fail(chosen.error());
    out() << tr("%1 is now the default account of %2.")
                 .arg(chosen.value().label, profile.value().displayName)
          << Qt::endl;
    return ExitSuccess;
}

int CliApplication::runProfile(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, command, arguments))
        return *stop;
    return ProfileCommand::run(parser);
}

int CliApplication::runWindow(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, command, arguments))
        return *stop;
    if (parser.isSet(QStringLiteral("version")))
        return printVersion();
    if (!DisplayCheck::canOpenWindow())
        return usage(DisplayCheck::noDisplayMessage());
    QStringList windowArguments;
    if (parser.isSet(QStringLiteral("verbose")))
        windowArguments << QStringLiteral("--verbose");
    return WindowLauncher::run(windowArguments).exitCode;
}

} // namespace lc
