#include "SignInRunner.h"

#include "AgentLogging.h"
#include "DisplayCheck.h"
#include "WindowLauncher.h"
#include "common/ExitCode.h"
#include "common/Logging.h"
#include "operations/SignIn.h"

#include <QPointer>
#include <QProcess>
#include <QTextStream>

namespace lc::agent {

SignInRunner::SignInRunner(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
}

void SignInRunner::answerLater(Handler done, const Result<AccountRecord> &result)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

Result<AccountRecord> SignInRunner::accountFromWindow(const QString &standardOutput) const
{
    const std::optional<std::pair<QString, QString>> account
        = WindowLauncher::reportedAccount(standardOutput);
    if (!account)
        return AuthError::network(tr("The login window did not report the signed-in account."));
    return m_services.accountIndex.find(account->first, account->second);
}

AuthError SignInRunner::errorForExitCode(int exitCode, const QString &message)
{
    const QString text = !message.isEmpty()
        ? message
        : tr("The login window ended with exit code %1.").arg(exitCode);
    switch (exitCode) {
    case ExitProviderOrNetwork:
        return AuthError::network(text);
    case ExitCancelled:
        return AuthError::cancelled(text);
    case ExitLoginRequired:
        return AuthError::loginRequired(text);
    case ExitStorageUnavailable:
        return AuthError::storage(text);
    default:
        return AuthError::config(text);
    }
}

void SignInRunner::start(const ProviderProfile &profile, const LoginParams &params,
                         QObject *context, Handler done)
{
    const bool systemBrowser = params.browser.isEmpty()
        ? profile.browser == ProviderProfile::BrowserMode::System
        : params.browser == QLatin1String("system");
    ++m_running;
    // A client that hung up gets no answer; the sign-in itself goes on to its end.
    Handler finish = [this, guard = QPointer<QObject>(context),
                      done = std::move(done)](const Result<AccountRecord> &result) {
        --m_running;
        if (guard)
            done(result);
    };
    if (systemBrowser)
        startSystemBrowser(profile, params, std::move(finish));
    else
        startWindow(profile, params, std::move(finish));
}

void SignInRunner::startSystemBrowser(const ProviderProfile &profile, const LoginParams &params,
                                      Handler done)
{
    const Status hearable = SignIn::checkLoopbackDelivery(profile);
    if (!hearable.ok()) {
        answerLater(std::move(done), hearable.error());
        return;
    }
    auto *signIn = new SignIn(profile, m_services, params.account,
                              SignIn::CallbackDelivery::Loopback, this);
    signIn->then(this, std::move(done));
    signIn->start();
}

void SignInRunner::startWindow(const ProviderProfile &profile, const LoginParams &params,
                               Handler done)
{
    if (!DisplayCheck::canOpenWindow()) {
        answerLater(std::move(done), AuthError::config(DisplayCheck::noDisplayMessage()));
        return;
    }
    const QString executable = WindowLauncher::windowExecutable();
    if (executable.isEmpty()) {
        answerLater(std::move(done),
                    AuthError::config(tr("The login window (login-companion-window) is not "
                                         "installed next to the agent.")));
        return;
    }
    QStringList arguments { QStringLiteral("login"), QStringLiteral("--profile"),
                            params.profile.isEmpty() ? profile.id : params.profile };
    const QList<std::pair<const char *, QString>> values {
        { "--account", params.account },
        { "--page-script", params.pageScript },
        { "--http-credentials-file", params.httpCredentialsFile },
    };
    for (const auto &[option, value] : values) {
        if (!value.isEmpty())
            arguments << QLatin1String(option) << value;
    }
    if (params.remember)
        arguments << QStringLiteral("--remember");
    if (params.exitOnError)
        arguments << QStringLiteral("--exit-on-error");
    if (isVerboseLogging())
        arguments << QStringLiteral("--verbose");

    // Before anyone types a password: the tokens must have somewhere to go.
    m_services.keychain->checkWritable(this, [this, executable, arguments,
                                              done](const Status &writable) {
        if (!writable.ok()) {
            done(writable.error());
            return;
        }
        auto *window = new QProcess(this);
        window->setProcessChannelMode(QProcess::SeparateChannels);
        connect(window, &QProcess::errorOccurred, this,
                [window, done, executable](QProcess::ProcessError error) {
                    if (error != QProcess::FailedToStart)
                        return;
                    window->deleteLater();
                    done(AuthError::config(
                        tr("Cannot start %1: %2").arg(executable, window->errorString())));
                });
        connect(window, &QProcess::finished, this,
                [this, window, done](int exitCode, QProcess::ExitStatus status) {
                    window->deleteLater();
                    const QString errors = QString::fromUtf8(window->readAllStandardError());
                    if (isVerboseLogging())
                        QTextStream(stderr) << errors;
                    QString message;
                    for (const QString &line : errors.split(QLatin1Char('\n'))) {
                        if (line.startsWith(QLatin1String("login-companion: ")))
                            message = line.mid(17).trimmed();
                    }
                    Result<AccountRecord> outcome
                        = status != QProcess::NormalExit
                        ? Result<AccountRecord>(
                              AuthError::network(tr("The login window crashed.")))
                        : exitCode != ExitSuccess
                        ? Result<AccountRecord>(errorForExitCode(exitCode, message))
                        : accountFromWindow(QString::fromUtf8(window->readAllStandardOutput()));
                    done(outcome);
                });
        qCInfo(lcAgent) << "starting the login window";
        window->start(executable, arguments);
        window->closeWriteChannel();
    });
}

} // namespace lc::agent
