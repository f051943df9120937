#include "FileStamp.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace lc::agent {

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return stamp;
    stamp.exists = true;
    stamp.size = qint64(status.st_size);
#if defined(Q_OS_DARWIN)
    stamp.modifiedNs = qint64(status.st_mtimespec.tv_sec) * 1'000'000'000
        + status.st_mtimespec.tv_nsec;
#else
    stamp.modifiedNs = qint64(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec;
#endif
    stamp.inode = quint64(status.st_ino);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return stamp;
    stamp.exists = true;
    stamp.size = info.size();
    stamp.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1'000'000;
    stamp.inode = quint64(info.metadataChangeTime().toMSecsSinceEpoch());
#endif
    return stamp;
}

} // namespace lc::agent
