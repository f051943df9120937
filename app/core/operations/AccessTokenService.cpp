#include "AccessTokenService.h"

namespace lc {

AccessTokenService::AccessTokenService(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
}

void AccessTokenService::request(const ProviderProfile &profile, const QString &account,
                                 qint64 minValiditySeconds, QObject *context,
                                 RefreshTokens::Handler done)
{
    auto record = m_services.accountIndex.find(profile.id, account);
    if (!record.ok()) {
        QMetaObject::invokeMethod(
            context, [done, error = record.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    const QString key = record.value().keychainKey();
    QPointer<RefreshTokens> running = m_running.value(key);
    if (running && !running->isFinished()) {
        running->then(context, std::move(done));
        return;
    }
    auto *operation
        = new RefreshTokens(profile, record.value(), minValiditySeconds, m_services, this);
    m_running.insert(key, operation);
    connect(operation, &OperationBase::finished, this, [this, key, operation] {
        if (m_running.value(key) == operation)
            m_running.remove(key);
    });
    operation->then(context, std::move(done));
    operation->start();
}

} // namespace lc
