#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace lc {

// Values for the `%name%` placeholders a profile may contain (OTTM's `%member-base%`, a client
// id, …). Looked up in this order: the environment (LOGIN_COMPANION_MEMBER_BASE for
// `member-base`), the user's placeholders.json in the app's config directory, then the
// profile's own `placeholderDefaults`.
class PlaceholderValues
{
    Q_DECLARE_TR_FUNCTIONS(lc::PlaceholderValues)

public:
    static PlaceholderValues forUser();
    explicit PlaceholderValues(QMap<QString, QString> values = {}, bool useEnvironment = false);

    std::optional<QString> value(const QString &name) const;

    static QString environmentVariableFor(const QString &name);
    static QString settingsFilePath();

    // Replaces every `%name%` in the object's strings (recursively). Any placeholder left without
    // a value is an error that names it and says where to set it.
    Result<QJsonObject> resolve(const QJsonObject &profile, const QString &source) const;
    // The names of the profile's placeholders that have no value (`profile list`).
    QStringList missing(const QJsonObject &profile) const;

private:
    QMap<QString, QString> m_values;
    bool m_useEnvironment;
    // placeholders.json exists but cannot be used: every resolve() fails naming it.
    std::optional<AuthError> m_fileError;
};

} // namespace lc
