#include "Keychain.h"

namespace lc {

void Keychain::checkWritable(QObject *context, StatusCallback done)
{
    const QString probe = QStringLiteral("login-companion/probe");
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
