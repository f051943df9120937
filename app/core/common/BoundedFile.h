#pragma once

#include "Result.h"

#include <QCoreApplication>

class QFile;

namespace lc {

// Profile files and placeholders.json are small; anything bigger is a mistake (or /dev/zero).
inline constexpr qint64 kMaxProfileFileBytes = 256 * 1024;

// Reads a whole file, but never more than `limit` bytes: a device or a pipe that never ends,
// or a file of gigabytes, is an error naming the limit instead of a hang or an exhausted memory.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(lc::BoundedFile)

public:
    static Result<QByteArray> read(QFile &file, qint64 limit);
};

} // namespace lc
