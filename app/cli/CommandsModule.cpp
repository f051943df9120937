#include "CommandsModule.h"

#include <QDir>
#include <QLibrary>
#include <QTextStream>

namespace lc {

int CommandsModule::run()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("login-companion-commands");
    // Next to us (build tree, Windows), in the private library folder (Linux packages), or in
    // the bundle's PlugIns (macOS).
    QString problem;
    for (const QString &candidate :
         { here.filePath(name), here.filePath(QStringLiteral("../lib/login-companion/") + name),
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
