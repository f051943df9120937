#pragma once

#include "operations/Services.h"
#include "protocol/MethodParams.h"
#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace lc::agent {

// `login` for the agent's clients (its tray icon among them), as `login-companion login` does
// it: the login window, started as its own process (the agent never loads Qt Quick or
// WebEngine), or the system browser with a loopback redirect (SignIn, here). The answer comes when the sign-in
// has ended: the stored account, or why not (the window's own one-line message and exit code).
class SignInRunner : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const Result<AccountRecord> &)>;

    explicit SignInRunner(Services services, QObject *parent = nullptr);

    // `params.profile` is handed to the window as given (an id, or an absolute file path).
    void start(const ProviderProfile &profile, const LoginParams &params, QObject *context,
               Handler done);
    int running() const { return m_running; }

    // The error a window's exit code stands for (README, "Exit codes"), with its message.
    static AuthError errorForExitCode(int exitCode, const QString &message);

private:
    void startWindow(const ProviderProfile &profile, const LoginParams &params, Handler done);
    void startSystemBrowser(const ProviderProfile &profile, const LoginParams &params,
                            Handler done);
    void answerLater(Handler done, const Result<AccountRecord> &result);
    Result<AccountRecord> accountFromWindow(const QString &standardOutput) const;

    Services m_services;
    int m_running = 0;
};

} // namespace lc::agent
