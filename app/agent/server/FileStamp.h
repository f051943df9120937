#pragma once

#include <QString>

namespace lc::agent {

// What a file looks like from outside (exists, size, modification time to the nanosecond,
// inode): two equal stamps mean the agent's copy of what it read is still current. A stat()
// costs about a microsecond, so the agent checks before each answer rather than trusting a
// file-system notification to have arrived first.
struct FileStamp
{
    bool exists = false;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    quint64 inode = 0;

    static FileStamp of(const QString &path);
    bool operator==(const FileStamp &other) const = default;
};

} // namespace lc::agent
