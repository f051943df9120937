#include "AutofillLogin.h"

#include "providers/AutofillPolicy.h"
#include "storage/AccountCredentials.h"

#include <QCommandLineParser>

namespace lc {

Result<int> AutofillLogin::deadlineSeconds(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("timeout")))
        return kDefaultDeadlineSeconds;
    const QString value = parser.value(QStringLiteral("timeout"));
    bool numeric = false;
    const int seconds = value.toInt(&numeric);
    if (!numeric || seconds < 1 || seconds > 3600)
        return AuthError::config(
            tr("--timeout takes a number of seconds from 1 to 3600, got \"%1\"").arg(value));
    return seconds;
}

QProcessEnvironment AutofillLogin::windowEnvironment(bool headless)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!headless)
        return environment;
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Offscreen there is no GPU surface to draw on; Chromium's software path needs saying so.
    QString flags = environment.value(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"));
    if (!flags.contains(QLatin1String("--disable-gpu")))
        environment.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"),
                           (flags + QStringLiteral(" --disable-gpu")).trimmed());
    return environment;
}

Result<QString> AutofillLogin::credentialLabel(const ProviderProfile &profile, const QString &label)
{
    const AccountCredentials credentials;
    if (!label.isEmpty()) {
        auto found = credentials.find(profile.id, label);
        if (!found.ok())
            return found.error();
        return label;
    }
    auto stored = credentials.list(profile.id);
    if (!stored.ok())
        return stored.error();
    if (stored.value().size() == 1)
        return stored.value().first().label;
    if (stored.value().isEmpty())
        return AuthError::config(
            tr("No credentials are stored for profile \"%1\"; store them with \"login-companion "
               "credentials set --profile %1 --account LABEL --username NAME\".")
                .arg(profile.id));
    QStringList labels;
    for (const CredentialRecord &record : stored.value())
        labels.append(record.label);
    return AuthError::config(tr("Profile \"%1\" has stored credentials for %2 accounts (%3); "
                                "choose one with --account.")
                                 .arg(profile.id)
                                 .arg(labels.size())
                                 .arg(labels.join(QStringLiteral(", "))));
}

Result<AutofillLogin::Plan> AutofillLogin::plan(const QCommandLineParser &parser,
                                                const ProviderProfile &profile, bool systemBrowser)
{
    Plan plan;
    const bool autofill = parser.isSet(QStringLiteral("autofill"));
    plan.headless = parser.isSet(QStringLiteral("headless"));
    if (!autofill) {
        for (const char *option : { "headless", "timeout" }) {
            if (parser.isSet(QLatin1String(option)))
                return AuthError::config(tr("--%1 needs --autofill or --batch: nobody could sign "
                                            "in without them")
                                             .arg(QLatin1String(option)));
        }
        return plan;
    }
    if (systemBrowser)
        return AuthError::config(tr("--autofill fills the login window's form; it cannot be used "
                                    "with --browser system"));
    auto deadline = deadlineSeconds(parser);
    if (!deadline.ok())
        return deadline.error();
    Status allowed = AutofillPolicy::check(profile);
    if (!allowed.ok())
        return allowed.error();
    const QString requested = parser.value(QStringLiteral("account"));
    auto label = credentialLabel(profile, requested);
    if (!label.ok())
        return label.error();

    plan.windowArguments << QStringLiteral("--autofill");
    if (requested.isEmpty())
        plan.windowArguments << QStringLiteral("--account") << label.value();
    // Without a person at the window, a sign-in that cannot finish must end by itself.
    if (plan.headless || parser.isSet(QStringLiteral("timeout")))
        plan.windowArguments << QStringLiteral("--autofill-deadline")
                             << QString::number(deadline.value());
    if (plan.headless && !parser.isSet(QStringLiteral("exit-on-error")))
        plan.windowArguments << QStringLiteral("--exit-on-error");
    plan.environment = windowEnvironment(plan.headless);
    return plan;
}

} // namespace lc
