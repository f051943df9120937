#include "BoundedFile.h"

#include <QFile>

namespace lc {

Result<QByteArray> BoundedFile::read(QFile &file, qint64 limit)
{
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        return AuthError::config(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    // size() is 0 for devices and pipes, so the read itself is what is bounded.
    const QByteArray contents = file.read(limit + 1);
    if (contents.size() > limit)
        return AuthError::config(tr("%1 is larger than %2 KiB; it cannot be a profile or "
                                    "settings file.")
                                     .arg(file.fileName())
                                     .arg(limit / 1024));
    return contents;
}

} // namespace lc
