// bench_tray_host: owns the system tray selection on $DISPLAY, as a desktop's panel does, until
// it is killed, so that bench/agent_figures.sh can measure login-companion-tray on an Xvfb.
// Prints "ready" once it owns it.
#include "SystemTraySelection.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    lc::test::SystemTraySelection tray;
    if (!tray.claim(qgetenv("DISPLAY"))) {
        QTextStream(stderr) << "bench_tray_host: cannot own the tray selection on DISPLAY=\""
                            << qgetenv("DISPLAY") << "\"" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    return QCoreApplication::exec();
}
