#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lc {

// Where a remembered account keeps its web session (cookies, local storage): one directory per
// profile and account label under the app's data directory, so several QA accounts stay signed
// in without their cookies crossing. Off-the-record sign-ins keep nothing.
class WebSessionStore
{
    Q_DECLARE_TR_FUNCTIONS(lc::WebSessionStore)

public:
    WebSessionStore(); // QStandardPaths::AppDataLocation/web-sessions
    explicit WebSessionStore(QString root);

    QString pathFor(const QString &profileId, const QString &accountLabel) const;
    // A short stable name for the session (Qt WebEngine's storageName).
    static QString storageNameFor(const QString &profileId, const QString &accountLabel);
    Status clear(const QString &profileId, const QString &accountLabel) const;

private:
    QString m_root;
};

} // namespace lc
