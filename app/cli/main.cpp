#include "CliApplication.h"
#include "common/Redaction.h"
#include "common/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    lc::installRedactingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGIN_COMPANION_VERSION));
    lc::installTranslations();
    return lc::CliApplication().run(QCoreApplication::arguments());
}
