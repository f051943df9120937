// The entry point of login-companion-commands, which the front executable (main.cpp) loads for
// every command it does not answer itself. QCoreApplication exists already.
#include "CliApplication.h"
#include "DocGenerator.h"
#include "common/Redaction.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QFile>

namespace {
// The build's hidden mode: `--generate-man FILE`, `--generate-completion SHELL FILE`. English
// only, so it runs before any translation is installed.
int generate(const QStringList &arguments)
{
    const bool man = arguments.at(1) == QLatin1String("--generate-man");
    const QString text = man ? lc::DocGenerator::manPage()
                             : lc::DocGenerator::completion(arguments.value(2));
    const QString path = arguments.value(man ? 2 : 3);
    QFile file(path);
    if (text.isEmpty() || path.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 64;
    file.write(text.toUtf8());
    return file.flush() ? 0 : 1;
}
} // namespace

extern "C" Q_DECL_EXPORT int loginCompanionCommands()
{
    lc::installRedactingMessageHandler();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1
        && (arguments.at(1) == QLatin1String("--generate-man")
            || arguments.at(1) == QLatin1String("--generate-completion")))
        return generate(arguments);
    lc::installTranslations();
    return lc::CliApplication().run(arguments);
}
