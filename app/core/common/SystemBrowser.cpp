#include "SystemBrowser.h"

#include <QCoreApplication>
#include <QProcess>

namespace lc {

Status SystemBrowser::open(const QUrl &url)
{
    QString program = qEnvironmentVariable("LOGIN_COMPANION_BROWSER");
    QStringList arguments;
    if (program.isEmpty()) {
#if defined(Q_OS_WIN)
        program = QStringLiteral("rundll32");
        arguments << QStringLiteral("url.dll,FileProtocolHandler");
#elif defined(Q_OS_MACOS)
        program = QStringLiteral("open");
#else
        program = QStringLiteral("xdg-open");
#endif
    }
    arguments << url.toString(QUrl::FullyEncoded);
    if (!QProcess::startDetached(program, arguments))
        return AuthError::config(tr("Could not start the web browser "
                                    "(%1).")
                                     .arg(program));
    return Done {};
}

} // namespace lc
