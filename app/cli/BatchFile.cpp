#include "BatchFile.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace lc {

namespace {
constexpr qint64 kMaxBatchFileBytes = 1024 * 1024;

// RFC 4180 fields of one line: commas separate, double quotes enclose, "" is a quote.
std::optional<QStringList> csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == u',') {
            fields.append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else if (wasQuoted && !c.isSpace()) {
            return std::nullopt; // text after a closing quote
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(wasQuoted ? field : field.trimmed());
    return fields;
}

bool isHeader(const QStringList &fields)
{
    QStringList names;
    for (const QString &field : fields)
        names.append(field.toLower());
    return names == QStringList { QStringLiteral("profile"), QStringLiteral("label") }
    || names
        == QStringList { QStringLiteral("profile"), QStringLiteral("label"),
                         QStringLiteral("username") };
}
} // namespace

Result<QList<BatchEntry>> BatchFile::parse(const QByteArray &contents, const QString &fileName)
{
    QList<BatchEntry> entries;
    QHash<QString, int> firstLine; // "profile\nlabel" -> line
    const QList<QByteArray> lines = contents.split('\n');
    bool sawData = false;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int number = int(index) + 1;
        const QString where = QStringLiteral("%1:%2").arg(fileName).arg(number);
        const QString line = QString::fromUtf8(lines.at(index)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        BatchEntry entry;
        entry.line = number;
        if (line.startsWith(u'{')) {
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8());
            if (!document.isObject())
                return AuthError::config(tr("%1: not a JSON object").arg(where));
            const QJsonObject object = document.object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString key = it.key();
                if (key != QLatin1String("profile") && key != QLatin1String("label")
                    && key != QLatin1String("username"))
                    return AuthError::config(tr("%1: \"%2\" is not a known key (profile, label, "
                                                "username)")
                                                 .arg(where, key));
                if (!it.value().isString())
                    return AuthError::config(tr("%1: \"%2\" must be a string").arg(where, key));
            }
            entry.profile = object.value(QStringLiteral("profile")).toString().trimmed();
            entry.label = object.value(QStringLiteral("label")).toString().trimmed();
            entry.username = object.value(QStringLiteral("username")).toString();
        } else {
            const std::optional<QStringList> fields = csvFields(line);
            if (!fields)
                return AuthError::config(
                    tr("%1: a quoted field is not closed properly").arg(where));
            if (!sawData && isHeader(*fields)) {
                sawData = true;
                continue;
            }
            if (fields->size() < 2 || fields->size() > 3)
                return AuthError::config(
                    tr("%1: expected \"profile,label\" or \"profile,label,username\", got %n "
                       "field(s)",
                       nullptr, int(fields->size()))
                        .arg(where));
            entry.profile = fields->at(0);
            entry.label = fields->at(1);
            entry.username = fields->value(2);
        }
        sawData = true;
        if (entry.profile.isEmpty())
            return AuthError::config(tr("%1: the profile is missing").arg(where));
        if (entry.label.isEmpty())
            return AuthError::config(tr("%1: the account label is missing").arg(where));
        const QString key = entry.profile + u'\n' + entry.label;
        if (firstLine.contains(key))
            return AuthError::config(tr("%1: account \"%2\" of profile \"%3\" is listed twice "
                                        "(first on line %4)")
                                         .arg(where, entry.label, entry.profile)
                                         .arg(firstLine.value(key)));
        firstLine.insert(key, number);
        entries.append(entry);
    }
    if (entries.isEmpty())
        return AuthError::config(tr("%1 lists no accounts").arg(fileName));
    return entries;
}

Result<QList<BatchEntry>> BatchFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return AuthError::config(tr("--batch %1: %2").arg(path, file.errorString()));
    // A pipe or device may never end: the read itself is bounded.
    const QByteArray contents = file.read(kMaxBatchFileBytes + 1);
    if (contents.size() > kMaxBatchFileBytes)
        return AuthError::config(tr("--batch %1 is larger than %2 KiB; it cannot be a list of "
                                    "accounts.")
                                     .arg(path)
                                     .arg(kMaxBatchFileBytes / 1024));
    return parse(contents, path);
}

} // namespace lc
