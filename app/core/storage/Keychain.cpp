#include "Keychain.h"

#include <QCoreApplication>

namespace lc {

void Keychain::checkWritable(QObject *context, StatusCallback done)
{
    // A key of this process's own: concurrent processes probing at once never collide.
    const QString probe
        = QStringLiteral("login-companion/probe-%1").arg(QCoreApplication::applicationPid());
    write(probe, QByteArrayLiteral("probe"), context,
          [this, probe, context, done](const Status &written) {
              if (!written.ok()) {
                  done(written);
                  return;
              }
              remove(probe, context, done);
          });
}

} // namespace lc
