#include "Placeholders.h"

#include "common/BoundedFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lc {

namespace {
const QString kDefaultsKey = QStringLiteral("placeholderDefaults");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("%([a-z0-9][a-z0-9-]*)%"));
    return pattern;
}

class Substitution
{
public:
    Substitution(const PlaceholderValues &values, const QJsonObject &defaults)
        : m_values(values)
        , m_defaults(defaults)
    {
    }

    QStringList missing;

    QJsonValue apply(const QJsonValue &value)
    {
        if (value.isString())
            return substitute(value.toString());
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(apply(item));
            return array;
        }
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = apply(it.value());
            return object;
        }
        return value;
    }

private:
    QString substitute(const QString &text)
    {
        QString result;
        qsizetype last = 0;
        auto matches = placeholderPattern().globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            result += text.mid(last, match.capturedStart() - last);
            const QString name = match.captured(1);
            std::optional<QString> value = m_values.value(name);
            if (!value && m_defaults.value(name).isString())
                value = m_defaults.value(name).toString();
            if (value) {
                result += *value;
            } else {
                if (!missing.contains(name))
                    missing.append(name);
                result += match.captured(0);
            }
            last = match.capturedEnd();
        }
        return result + text.mid(last);
    }

    const PlaceholderValues &m_values;
    QJsonObject m_defaults;
};
} // namespace

PlaceholderValues::PlaceholderValues(QMap<QString, QString> values, bool useEnvironment)
    : m_values(std::move(values))
    , m_useEnvironment(useEnvironment)
{
}

PlaceholderValues PlaceholderValues::forUser()
{
    QMap<QString, QString> values;
    const QString path = settingsFilePath();
    QFile file(path);
    if (!file.exists())
        return PlaceholderValues(values, true);
    PlaceholderValues result(values, true);
    auto contents = BoundedFile::read(file, kMaxProfileFileBytes);
    if (!contents.ok()) {
        result.m_fileError = contents.error();
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents.value(), &parseError);
    if (!document.isObject()) {
        result.m_fileError = AuthError::config(
            tr("%1 is not a JSON object of placeholder values (%2); fix or remove it.")
                .arg(path,
                     parseError.error == QJsonParseError::NoError ? tr("not an object")
                                                                  : parseError.errorString()));
        return result;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            result.m_fileError = AuthError::config(
                tr("%1: the value of \"%2\" must be a string.").arg(path, it.key()));
            return result;
        }
        result.m_values.insert(it.key(), it.value().toString());
    }
    return result;
}

QString PlaceholderValues::environmentVariableFor(const QString &name)
{
    return QStringLiteral("LOGIN_COMPANION_")
        + name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString PlaceholderValues::settingsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/placeholders.json");
}

std::optional<QString> PlaceholderValues::value(const QString &name) const
{
    if (m_useEnvironment) {
        const QString fromEnvironment
            = qEnvironmentVariable(qPrintable(environmentVariableFor(name)));
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
    }
    if (m_values.contains(name))
        return m_values.value(name);
    return std::nullopt;
}

Result<QJsonObject> PlaceholderValues::resolve(const QJsonObject &profile,
                                               const QString &source) const
{
    if (m_fileError)
        return *m_fileError;
    const QJsonValue defaults = profile.value(kDefaultsKey);
    if (!defaults.isUndefined() && !defaults.isObject())
        return AuthError::config(
            tr("%1: \"%2\" must be an object of strings").arg(source, kDefaultsKey));

    Substitution substitution(*this, defaults.toObject());
    QJsonObject resolved;
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        if (it.key() != kDefaultsKey)
            resolved.insert(it.key(), substitution.apply(it.value()));
    }
    if (substitution.missing.size() == 1) {
        const QString name = substitution.missing.first();
        return AuthError::config(
            tr("%1: placeholder %%2% has no value; set %3 or add \"%2\" to %4")
                .arg(source, name, environmentVariableFor(name), settingsFilePath()));
    }
    if (!substitution.missing.isEmpty()) {
        QStringList names;
        QStringList variables;
        for (const QString &name : std::as_const(substitution.missing)) {
            names.append(QLatin1Char('%') + name + QLatin1Char('%'));
            variables.append(environmentVariableFor(name));
        }
        return AuthError::config(tr("%1: placeholders %2 have no value; set %3 or add them to %4")
                                     .arg(source, names.join(QStringLiteral(", ")),
                                          variables.join(QStringLiteral(", ")),
                                          settingsFilePath()));
    }
    return resolved;
}

QStringList PlaceholderValues::missing(const QJsonObject &profile) const
{
    Substitution substitution(*this, profile.value(kDefaultsKey).toObject());
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        if (it.key() != kDefaultsKey)
            substitution.apply(it.value());
    }
    return substitution.missing;
}

} // namespace lc
