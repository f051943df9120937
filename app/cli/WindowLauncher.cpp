#include "WindowLauncher.h"

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

namespace lc {

QString WindowLauncher::windowExecutable()
{
    return helperExecutable(QStringLiteral("login-companion-window"));
}

QString WindowLauncher::helperExecutable(const QString &baseName)
{
#ifdef Q_OS_WIN
    const QString name = baseName + QStringLiteral(".exe");
#else
    const QString name = baseName;
#endif
    const QDir here(QCoreApplication::applicationDirPath());
    // Next to us (build tree, Windows and macOS bundles), in the build tree's folder of its
    // own, or in libexec (Linux packages).
    for (const QString &candidate :
         { here.filePath(name), here.filePath(QStringLiteral("../window/") + name),
           here.filePath(QStringLiteral("../agent/") + name),
           here.filePath(QStringLiteral("../libexec/login-companion/") + name) }) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

std::optional<std::pair<QString, QString>>
WindowLauncher::reportedAccount(const QString &standardOutput)
{
    const QStringList fields = standardOutput.trimmed().split(QLatin1Char('\t'));
    if (fields.size() != 3 || fields.at(0) != QLatin1String("account"))
        return std::nullopt;
    return std::make_pair(fields.at(1), fields.at(2));
}

WindowLauncher::Outcome WindowLauncher::run(const QStringList &arguments,
                                            const QProcessEnvironment &environment)
{
    const QString executable = windowExecutable();
    if (executable.isEmpty()) {
        QTextStream(stderr) << tr("login-companion: the login window "
                                  "(login-companion-window) is not installed next to %1.")
                                   .arg(QCoreApplication::applicationFilePath())
                            << Qt::endl;
        return { ExitUsage, {} };
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(executable, arguments);
    if (!process.waitForStarted(-1)) {
        QTextStream(stderr)
            << tr("login-companion: cannot start %1: %2").arg(executable, process.errorString())
            << Qt::endl;
        return { ExitUsage, {} };
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit) {
        QTextStream(stderr) << tr("login-companion: the login window "
                                  "crashed.")
                            << Qt::endl;
        return { ExitProviderOrNetwork, QString::fromUtf8(process.readAllStandardOutput()) };
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()) };
}

} // namespace lc
