#include "CliSession.h"

#include "providers/ProfileRepository.h"
#include "storage/AccountIndex.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

namespace lc::test {

namespace {
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

CliSession::CliSession()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    if (!m_scratch.isValid())
        qFatal("cannot create a scratch folder");
    // The user comes from the environment of each `login`, which the browser inherits.
    const QString script = m_scratch.filePath(QStringLiteral("browser.sh"));
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(script));
    file.write(QStringLiteral("#!/bin/sh\n%1 %2 --login \"$LC_STAND_IN_USER\" \"$1\" >/dev/null "
                              "2>>%3 &\n")
                   .arg(shellQuoted(QStringLiteral(LC_NODE)),
                        shellQuoted(QStringLiteral(LC_OIDC_DIR "/browser-stand-in.mjs")),
                        shellQuoted(m_scratch.filePath(QStringLiteral("stand-in.log"))))
                   .toUtf8());
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_environment.insert(QStringLiteral("LOGIN_COMPANION_BROWSER"), script);
    // No display: nothing may need a window.
    m_environment.remove(QStringLiteral("DISPLAY"));
    m_environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
}

ProcessResult CliSession::run(const QStringList &arguments, const QString &workingDirectory,
                              const QByteArray &input) const
{
    return runWith(m_environment, arguments, workingDirectory, input);
}

ProcessResult CliSession::runWith(const QProcessEnvironment &environment,
                                  const QStringList &arguments, const QString &workingDirectory,
                                  const QByteArray &input) const
{
    return runCliIn(workingDirectory.isEmpty() ? m_scratch.path() : workingDirectory, arguments,
                    environment, input);
}

ProcessResult CliSession::signIn(const QString &profile, const QString &user,
                                 const QStringList &more, const QString &workingDirectory) const
{
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("LC_STAND_IN_USER"), user);
    return runWith(environment,
                   QStringList { QStringLiteral("login"), QStringLiteral("--profile"), profile,
                                 QStringLiteral("--browser"), QStringLiteral("system") }
                       + more,
                   workingDirectory, {});
}

QString CliSession::accessToken(const QString &profile, const QString &label) const
{
    const ProcessResult token = run({ QStringLiteral("token"), QStringLiteral("--profile"), profile,
                                      QStringLiteral("--account"), label });
    return token.exitCode == 0 ? token.standardOutput.trimmed() : QString();
}

void CliSession::startAfresh()
{
    // This process then sees the CLI's directories: one account list, one profiles/.
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    QFile::remove(AccountIndex().filePath());
    QDir(ProfileRepository::installedDirectory()).removeRecursively();
}

QString CliSession::standInLog() const
{
    QFile file(m_scratch.filePath(QStringLiteral("stand-in.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString userinfoSubject(const QString &accessToken)
{
    const HttpResult userinfo = httpGet(QUrl(issuer() + QStringLiteral("/me")), accessToken);
    return userinfo.status == 200 ? userinfo.json().value(QStringLiteral("sub")).toString()
                                  : QStringLiteral("HTTP %1").arg(userinfo.status);
}

QString writeLoopbackProfile(const QTemporaryDir &directory, const QString &id,
                             const QJsonObject &overrides)
{
    QJsonObject loopback = overrides;
    if (!loopback.contains(QStringLiteral("redirectUri")))
        loopback.insert(QStringLiteral("redirectUri"), QStringLiteral("http://127.0.0.1/callback"));
    return writeProfile(directory, id, loopback);
}

} // namespace lc::test
