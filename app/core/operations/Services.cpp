#include "Services.h"

#include "auth/ProviderNetworkAccess.h"
#include "common/SystemBrowser.h"
#include "storage/ChunkedKeychain.h"
#include "storage/SystemKeychain.h"

#include <QStandardPaths>

namespace lc {

Services Services::production()
{
    Services services;
    services.networkAccess
        = [timeouts = services.timeouts](const ProviderProfile &profile, QObject *parent) {
              return new ProviderNetworkAccess(profile, timeouts.requestMs, parent);
          };
    services.keychain = std::make_shared<SystemKeychain>();
#ifdef Q_OS_WIN // Credential Manager holds at most 2,560 bytes an entry
    services.keychain = std::make_shared<ChunkedKeychain>(services.keychain);
#endif
    services.lockDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/locks");
    services.clock = std::make_shared<Clock>();
    services.openBrowser = [](const QUrl &url) { return SystemBrowser::open(url); };
    return services;
}

} // namespace lc
