#include "CredentialsCommand.h"

#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountCredentials.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lc {

namespace {
int fail(const AuthError &error)
{
    QTextStream(stderr) << "login-companion: " << error.message() << Qt::endl;
    return exitCodeFor(error);
}

int list(const QCommandLineParser &parser)
{
    QString profileId;
    if (parser.isSet(QStringLiteral("profile"))) {
        auto profile = ProfileRepository::load(parser.value(QStringLiteral("profile")));
        if (!profile.ok())
            return fail(profile.error());
        profileId = profile.value().id;
    }
    auto records = AccountCredentials().list(profileId);
    if (!records.ok())
        return fail(records.error());
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CredentialRecord &record : records.value())
            array.append(QJsonObject { { QStringLiteral("profile"), record.profileId },
                                       { QStringLiteral("label"), record.label },
                                       { QStringLiteral("username"), record.username } });
        out << (array.isEmpty() ? QByteArray("[]\n")
                                : QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (records.value().isEmpty()) {
        QTextStream(stderr) << CredentialsCommand::tr(
            "No stored credentials. Store some with \"login-companion credentials set --profile "
            "ID --account LABEL --username NAME\".")
                            << Qt::endl;
        return ExitSuccess;
    }
    for (const CredentialRecord &record : records.value())
        out << record.profileId << '\t' << record.label << '\t' << record.username << Qt::endl;
    return ExitSuccess;
}

// The password: the first line of standard input, without its line ending.
Result<QString> passwordFromStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return AuthError::config(CredentialsCommand::tr("cannot read standard input"));
    QByteArray line = input.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    if (password.isEmpty())
        return AuthError::config(CredentialsCommand::tr(
            "no password on standard input (e.g. printf %s \"$PASSWORD\" | login-companion "
            "credentials set --profile ID --account LABEL --username NAME)"));
    return password;
}
} // namespace

int CredentialsCommand::run(const QCommandLineParser &parser)
{
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.value(0);
    if (actions.size() != 1
        || (action != QLatin1String("set") && action != QLatin1String("delete")
            && action != QLatin1String("list")))
        return fail(AuthError::config(
            tr("say \"credentials set\", \"credentials delete\" or \"credentials list\"")));
    if (action == QLatin1String("list"))
        return list(parser);

    for (const char *option : { "profile", "account" }) {
        if (!parser.isSet(QLatin1String(option)))
            return fail(AuthError::config(
                tr("credentials %1 needs --%2").arg(action, QLatin1String(option))));
    }
    if (action == QLatin1String("set") && parser.value(QStringLiteral("username")).isEmpty())
        return fail(AuthError::config(tr("credentials set needs --username")));
    auto profile = ProfileRepository::load(parser.value(QStringLiteral("profile")));
    if (!profile.ok())
        return fail(profile.error());
    const QString profileId = profile.value().id;
    const QString label = parser.value(QStringLiteral("account"));
    const AccountCredentials credentials;
    QTextStream out(stdout);

    if (action == QLatin1String("delete")) {
        auto removed = credentials.remove(profileId, label);
        if (!removed.ok())
            return fail(removed.error());
        if (!removed.value()) {
            QTextStream(stderr) << "login-companion: "
                                << tr("No credentials were stored for account \"%1\" of profile "
                                      "\"%2\".")
                                       .arg(label, profileId)
                                << Qt::endl;
            return ExitSuccess;
        }
        out << tr("Deleted the credentials of account \"%1\" of profile \"%2\".")
                   .arg(label, profileId)
            << Qt::endl;
        return ExitSuccess;
    }

    auto password = passwordFromStandardInput();
    if (!password.ok())
        return fail(password.error());
    const CredentialRecord record { profileId, label, parser.value(QStringLiteral("username")) };
    QString secret = std::move(password).value();
    Status stored = credentials.store(record, secret);
    secret.fill(QLatin1Char('\0'));
    if (!stored.ok())
        return fail(stored.error());
    out << tr("Stored the credentials of account \"%1\" of profile \"%2\" (user \"%3\") in the "
              "keychain.")
               .arg(label, profileId, record.username)
        << Qt::endl;
    return ExitSuccess;
}

} // namespace lc
