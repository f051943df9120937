#include "Console.h"

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace lc {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int reportError(const AuthError &error)
{
    err() << "login-companion: " << error.message() << Qt::endl;
    return exitCodeFor(error);
}

int reportUsage(const QString &message)
{
    err() << "login-companion: " << message << Qt::endl;
    return ExitUsage;
}

bool standardInputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(fileno(stdin));
#endif
}

bool confirm(const QString &question)
{
    err() << question << ' ' << QCoreApplication::translate("lc::Console", "[y/N]") << ' '
          << Qt::flush;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return false;
    const QString answer = QString::fromLocal8Bit(input.readLine(1024)).trimmed().toLower();
    return answer == QLatin1String("y")
        || answer == QLatin1String("yes")
        // The word a translation asks the user to type, e.g. Korean "예".
        || answer == QCoreApplication::translate("lc::Console", "yes", "the answer to [y/N]");
}

} // namespace lc
