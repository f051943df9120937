#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lc::agent {

// The agent's method names (docs/AGENT.md).
namespace Method {
inline const QString token = QStringLiteral("token");
inline const QString accounts = QStringLiteral("accounts");
inline const QString subscribe = QStringLiteral("subscribe");
inline const QString login = QStringLiteral("login");
inline const QString profiles = QStringLiteral("profiles");
inline const QString stop = QStringLiteral("stop");
} // namespace Method

// The params of each method, read strictly: an unknown name, a wrong type or a relative file
// path is an error naming it (a Config AuthError, answered as "invalid params"). The agent's
// working folder is not the caller's, so every file is named by an absolute path.

// `token`: like `login-companion token`.
struct TokenParams
{
    QString profile; // an id or an absolute profile file path; empty: the default profile
    QString account; // a label or subject; empty: the profile's only account
    qint64 minValiditySeconds = 60;

    static Result<TokenParams> from(const QJsonObject &params);
    QJsonObject toJson() const;
};

// `login`: like `login-companion login`.
struct LoginParams
{
    QString profile;
    QString account;
    QString browser; // "embedded", "system", or empty: the profile's setting
    bool remember = false;
    bool exitOnError = false;
    QString pageScript; // absolute paths (automation)
    QString httpCredentialsFile;

    static Result<LoginParams> from(const QJsonObject &params);
};

// `accounts`, `subscribe`, `profiles` and `stop` take none.
Status expectNoParams(const QJsonObject &params);

class MethodParams
{
    Q_DECLARE_TR_FUNCTIONS(lc::agent::MethodParams)
};

} // namespace lc::agent
