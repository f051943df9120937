#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lc {

// One account of a `login --batch` file.
struct BatchEntry
{
    QString profile; // a built-in profile id or a profile file, as --profile takes it
    QString label;
    QString username; // optional: when given, the stored credential's user name must match
    int line = 0;
};

// The accounts file of `login --batch` (README, "Command line"): one account a line, either CSV
// `profile,label[,username]` (fields may be double-quoted; a first line
// `profile,label[,username]` is a header) or a JSON object
// `{"profile": …, "label": …, "username": …}` (JSON lines). Blank lines and lines starting
// with `#` are skipped. Every problem names the file and line.
class BatchFile
{
    Q_DECLARE_TR_FUNCTIONS(lc::BatchFile)

public:
    static Result<QList<BatchEntry>> parse(const QByteArray &contents, const QString &fileName);
    static Result<QList<BatchEntry>> read(const QString &path);
};

} // namespace lc
