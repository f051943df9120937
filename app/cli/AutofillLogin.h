#pragma once

#include "common/Result.h"
#include "providers/ProviderProfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

class QCommandLineParser;

namespace lc {

// `login --autofill`, `--headless` and `--timeout` (README, "Command line"): checked before the
// window starts (the profile's policy, the account's stored credentials) and turned into the
// window's arguments and environment. The password itself is read by the window, from the
// keychain; it never travels on a command line or a pipe.
class AutofillLogin
{
    Q_DECLARE_TR_FUNCTIONS(lc::AutofillLogin)

public:
    // An account's sign-in with its stored credentials fails after this long unless --timeout
    // says otherwise (--batch and --headless, where nobody can step in).
    static constexpr int kDefaultDeadlineSeconds = 60;

    struct Plan
    {
        QStringList windowArguments; // added to the window's `login` arguments
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        bool headless = false;
    };

    // For one `login`; `systemBrowser`: it would sign in with the web browser instead.
    static Result<Plan> plan(const QCommandLineParser &parser, const ProviderProfile &profile,
                             bool systemBrowser);

    // --timeout's value (or the default); an error names the option.
    static Result<int> deadlineSeconds(const QCommandLineParser &parser);
    // The window's environment: offscreen for --headless.
    static QProcessEnvironment windowEnvironment(bool headless);
    // The label whose credentials a sign-in uses: `label`, or the profile's only stored one.
    static Result<QString> credentialLabel(const ProviderProfile &profile, const QString &label);
};

} // namespace lc
