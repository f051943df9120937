#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lc {

// The window executable's command line, as login-companion passes it.
struct WindowArguments
{
    Q_DECLARE_TR_FUNCTIONS(lc::WindowArguments)

public:
    bool login = false; // "login": one sign-in, then exit; otherwise the accounts window
    QString profile;
    QString account;
    QString pageScriptFile;
    bool verbose = false;
    bool remember = false; // a persistent web session for this account
    bool exitOnError = false; // the first failure ends the sign-in (no error view with Retry)
    QString httpCredentialsFile; // "user:password" (or empty: cancel) for HTTP auth prompts
    bool autofill = false; // type the account's stored credentials into the login form
    int autofillDeadlineSeconds = 0; // with autofill: fail when not signed in by then (0: never)

    static Result<WindowArguments> parse(const QStringList &arguments);
};

} // namespace lc
