#include "DisplayCheck.h"

namespace lc {

bool DisplayCheck::canOpenWindow(const QProcessEnvironment &environment)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    const QString platform = environment.value(QStringLiteral("QT_QPA_PLATFORM"))
                                 .section(QLatin1Char(':'), 0, 0)
                                 .section(QLatin1Char(';'), 0, 0);
    const bool hasX11 = !environment.value(QStringLiteral("DISPLAY")).isEmpty();
    const bool hasWayland = !environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty();
    if (platform == QLatin1String("xcb"))
        return hasX11;
    if (platform.startsWith(QLatin1String("wayland")))
        return hasWayland;
    if (!platform.isEmpty())
        return true; // offscreen, minimal, vnc, eglfs, linuxfb: no display server needed
    return hasX11 || hasWayland;
#else
    Q_UNUSED(environment);
    return true;
#endif
}

QString DisplayCheck::noDisplayMessage()
{
    return tr("The login window cannot open: there is no display here (neither DISPLAY nor "
              "WAYLAND_DISPLAY is set). Sign in with your web browser instead: "
              "login-companion login --browser system");
}

} // namespace lc
