#pragma once

#include "storage/AccountIndex.h"

#include <QDateTime>

// Hand-made account rows for the unit tests of the account list and its JSON.
namespace lc::test {

inline QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline AccountRecord record(const QString &profileId, const QString &label, const QString &subject)
{
    AccountRecord account;
    account.profileId = profileId;
    account.label = label;
    account.subject = subject;
    account.displayName = label + QStringLiteral(" (display)");
    account.expiresAt = at("2025-01-01T13:00:00Z");
    return account;
}

} // namespace lc::test
