#include "CommandsModule.h"

#include <QDir>
#include <QLibrary>
#include <QTextStream>

namespace lc {

int CommandsModule::run()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("login-companion-commands");
    // Next to us (build tree, Windows), in libexec with the other helpers (Linux packages: a
    // private module there needs no ldconfig, unlike one under /usr/lib), or in
    // the bundle's PlugIns (macOS).
    QString problem;
    for (const QString &candidate :
         { here.filePath(name), here.filePath(QStringLiteral("../libexec/login-companion/") + name),
           here.filePath(QStringLiteral("../PlugIns/") + name) }) {
        QLibrary module(candidate);
        if (!module.load()) {
            problem = module.errorString();
            continue;
        }
        using Entry = int (*)();
        if (const auto entry = reinterpret_cast<Entry>(module.resolve("loginCompanionCommands")))
            return entry();
        problem = module.errorString();
    }
    QTextStream(stderr) << "login-companion: "
                        << tr("The commands (%1) cannot be loaded: %2").arg(name, problem)
                        << Qt::endl;
    return 64;
}

} // namespace lc
