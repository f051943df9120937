#include "MethodParams.h"

#include "providers/ProfileReference.h"

#include <QDir>
#include <QStringList>

#include <cmath>

namespace lc::agent {

namespace {

// Reads params by name and remembers the first problem; finish() adds unknown names.
class ParamReader
{
public:
    explicit ParamReader(const QJsonObject &params)
        : m_params(params)
    {
    }

    QString string(const QString &name)
    {
        m_known.append(name);
        const QJsonValue value = m_params.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(MethodParams::tr("\"%1\" must be a string.").arg(name));
        return value.toString();
    }

    QString absolutePath(const QString &name)
    {
        const QString path = string(name);
        if (!path.isEmpty() && QDir::isRelativePath(path))
            fail(MethodParams::tr("\"%1\" must be an absolute path, got \"%2\".").arg(name, path));
        return path;
    }

    // An id, or an absolute path to a profile file.
    QString profile(const QString &name)
    {
        const QString value = string(name);
        if (looksLikeProfilePath(value) && QDir::isRelativePath(value))
            fail(MethodParams::tr("\"%1\" names a profile file by a relative path (\"%2\"); "
                                  "give its absolute path.")
                     .arg(name, value));
        return value;
    }

    bool flag(const QString &name)
    {
        m_known.append(name);
        const QJsonValue value = m_params.value(name);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(MethodParams::tr("\"%1\" must be true or false.").arg(name));
        return value.toBool();
    }

    qint64 seconds(const QString &name, qint64 fallback)
    {
        m_known.append(name);
        const QJsonValue value = m_params.value(name);
        if (value.isUndefined() || value.isNull())
            return fallback;
        // Up to 2^53: every integer a JSON number holds exactly.
        constexpr double kLargest = 9007199254740992.0;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > kLargest || std::floor(number) != number) {
            fail(MethodParams::tr("\"%1\" must be a whole number of seconds, 0 or more.")
                     .arg(name));
            return fallback;
        }
        return qint64(number);
    }

    Status finish()
    {
        for (auto it = m_params.begin(); it != m_params.end(); ++it) {
            if (!m_known.contains(it.key()))
                fail(m_known.isEmpty()
                         ? MethodParams::tr("unknown parameter \"%1\"; this method takes none")
                               .arg(it.key())
                         : MethodParams::tr("unknown parameter \"%1\" (known: %2)")
                               .arg(it.key(), m_known.join(QStringLiteral(", "))));
        }
        if (m_problem)
            return AuthError::config(*m_problem);
        return Done {};
    }

private:
    void fail(const QString &problem)
    {
        if (!m_problem)
            m_problem = problem;
    }

    QJsonObject m_params;
    QStringList m_known;
    std::optional<QString> m_problem;
};

} // namespace

Result<TokenParams> TokenParams::from(const QJsonObject &params)
{
    ParamReader reader(params);
    TokenParams token;
    token.profile = reader.profile(QStringLiteral("profile"));
    token.account = reader.string(QStringLiteral("account"));
    token.minValiditySeconds = reader.seconds(QStringLiteral("minValidity"), 60);
    Status read = reader.finish();
    if (!read.ok())
        return read.error();
    return token;
}

QJsonObject TokenParams::toJson() const
{
    QJsonObject params { { QStringLiteral("minValidity"), double(minValiditySeconds) } };
    if (!profile.isEmpty())
        params.insert(QStringLiteral("profile"), profile);
    if (!account.isEmpty())
        params.insert(QStringLiteral("account"), account);
    return params;
}

Result<LoginParams> LoginParams::from(const QJsonObject &params)
{
    ParamReader reader(params);
    LoginParams login;
    login.profile = reader.profile(QStringLiteral("profile"));
    login.account = reader.string(QStringLiteral("account"));
    login.browser = reader.string(QStringLiteral("browser"));
    login.remember = reader.flag(QStringLiteral("remember"));
    login.exitOnError = reader.flag(QStringLiteral("exitOnError"));
    login.pageScript = reader.absolutePath(QStringLiteral("pageScript"));
    login.httpCredentialsFile = reader.absolutePath(QStringLiteral("httpCredentialsFile"));
    Status read = reader.finish();
    if (!read.ok())
        return read.error();
    if (!login.browser.isEmpty() && login.browser != QLatin1String("embedded")
        && login.browser != QLatin1String("system"))
        return AuthError::config(
            MethodParams::tr("\"browser\" must be \"embedded\" or \"system\", got \"%1\".")
                .arg(login.browser));
    return login;
}

Status expectNoParams(const QJsonObject &params)
{
    return ParamReader(params).finish();
}

} // namespace lc::agent
