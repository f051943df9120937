#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace lc {

// Whether a window can open here. Both executables ask it: login-companion before it starts the
// login window, and the window itself before Qt's platform plugin would abort without one.
class DisplayCheck
{
    Q_DECLARE_TR_FUNCTIONS(lc::DisplayCheck)

public:
    // True unless this is Linux (or another X11/Wayland system) with neither DISPLAY nor
    // WAYLAND_DISPLAY and no platform that needs none (QT_QPA_PLATFORM=offscreen, minimal, …).
    static bool canOpenWindow(const QProcessEnvironment &environment
                              = QProcessEnvironment::systemEnvironment());
    // "No window can open here …; sign in with your web browser: --browser system".
    static QString noDisplayMessage();
};

} // namespace lc
