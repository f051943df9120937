#include "AgentAutostart.h"

#include "WindowLauncher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace lc {

namespace {

#if defined(Q_OS_WIN)
const QString kRunKey
    = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("LoginCompanionAgent");
#elif defined(Q_OS_MACOS)
QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}
#else
// Desktop Entry Specification, "The Exec key": a quoted argument escapes ", `, $ and \.
QString execQuoted(const QString &program)
{
    QString escaped = program;
    for (const QLatin1Char special : { QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'),
                                       QLatin1Char('$') })
        escaped.replace(special, QLatin1String("\\") + special);
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
#endif

#ifndef Q_OS_WIN
Status writePrivately(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()
        || !file.commit())
        return AuthError::config(
            AgentAutostart::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done {};
}
#endif

} // namespace

QString AgentAutostart::location()
{
#if defined(Q_OS_WIN)
    return kRunKey + QLatin1Char('\\') + kRunValue;
#elif defined(Q_OS_MACOS)
    return QDir::homePath()
        + QStringLiteral("/Library/LaunchAgents/io.github.logincompanion.agent.plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/login-companion-agent.desktop");
#endif
}

QString AgentAutostart::desktopEntry(const QString &program)
{
    QFile resource(QStringLiteral(":/autostart/login-companion-agent.desktop"));
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    QString entry = QString::fromUtf8(resource.readAll());
#ifdef Q_OS_WIN
    Q_UNUSED(program);
#elif !defined(Q_OS_MACOS)
    entry.replace(QStringLiteral("\nExec=login-companion "),
                  QStringLiteral("\nExec=") + execQuoted(program) + QLatin1Char(' '));
#else
    Q_UNUSED(program);
#endif
    return entry;
}

Result<QString> AgentAutostart::enable(const QString &program)
{
#if defined(Q_OS_WIN)
    // The agent itself (a GUI program): no console window at every login.
    const QString agent = WindowLauncher::helperExecutable(QStringLiteral("login-companion-agent"));
    if (agent.isEmpty())
        return AuthError::config(tr("The agent (login-companion-agent) is not installed next to "
                                    "%1.")
                                     .arg(program));
    QSettings run(kRunKey, QSettings::NativeFormat);
    run.setValue(kRunValue,
                 QLatin1Char('"') + QDir::toNativeSeparators(agent) + QStringLiteral("\" --tray"));
    run.sync();
    if (run.status() != QSettings::NoError)
        return AuthError::config(tr("Cannot write %1.").arg(location()));
    return location();
#elif defined(Q_OS_MACOS)
    const QByteArray plist = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
        "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\">\n<dict>\n"
        "  <key>Label</key><string>io.github.logincompanion.agent</string>\n"
        "  <key>ProgramArguments</key>\n"
        "  <array><string>%1</string><string>agent</string><string>--tray</string></array>\n"
        "  <key>RunAtLoad</key><true/>\n"
        "</dict>\n</plist>\n").arg(xmlEscaped(program)).toUtf8();
    Status written = writePrivately(location(), plist);
    if (!written.ok())
        return written.error();
    return location();
#else
    const QString entry = desktopEntry(program);
    if (entry.isEmpty())
        return AuthError::config(tr("The autostart entry is missing from this build."));
    Status written = writePrivately(location(), entry.toUtf8());
    if (!written.ok())
        return written.error();
    return location();
#endif
}

Result<bool> AgentAutostart::disable()
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    const bool existed = run.contains(kRunValue);
    run.remove(kRunValue);
    run.sync();
    return existed;
#else
    const QString path = location();
    if (!QFile::exists(path))
        return false;
    if (!QFile::remove(path))
        return AuthError::config(tr("Cannot remove %1.").arg(path));
    return true;
#endif
}

} // namespace lc
