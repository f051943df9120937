#include "WindowArguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace lc {

Result<WindowArguments> WindowArguments::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("ID"));
    const QCommandLineOption account(QStringLiteral("account"), QString(), QStringLiteral("LABEL"));
    const QCommandLineOption pageScript(QStringLiteral("page-script"), QString(),
                                        QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    const QCommandLineOption remember(QStringLiteral("remember"));
    const QCommandLineOption exitOnError(QStringLiteral("exit-on-error"));
    const QCommandLineOption credentials(QStringLiteral("http-credentials-file"), QString(),
                                         QStringLiteral("FILE"));
    const QCommandLineOption autofill(QStringLiteral("autofill"));
    const QCommandLineOption autofillDeadline(QStringLiteral("autofill-deadline"), QString(),
                                              QStringLiteral("SECONDS"));
    parser.addOptions({ profile, account, pageScript, verbose, remember, credentials, exitOnError,
                        autofill, autofillDeadline });
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    if (!parser.parse(arguments))
        return AuthError::config(parser.errorText());

    WindowArguments result;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1
        || (positional.size() == 1 && positional.first() != QLatin1String("login")))
        return AuthError::config(
            tr("unexpected argument \"%1\"").arg(positional.join(QLatin1Char(' '))));
    result.login = positional.size() == 1;
    result.profile = parser.value(profile);
    result.account = parser.value(account);
    result.pageScriptFile = parser.value(pageScript);
    result.verbose = parser.isSet(verbose);
    result.remember = parser.isSet(remember);
    result.exitOnError = parser.isSet(exitOnError);
    result.httpCredentialsFile = parser.value(credentials);
    result.autofill = parser.isSet(autofill);
    result.autofillDeadlineSeconds = parser.value(autofillDeadline).toInt();
    return result;
}

} // namespace lc
