#include "SecretStore.h"

#include "SystemKeychain.h"

#include <QEventLoop>

namespace lc {

namespace {
// Waits for one keychain answer. Only for the command line's top level and tests, never inside
// a slot: operations use Keychain's callbacks.
template<typename T, typename Call> Result<T> waitFor(Call call)
{
    std::optional<Result<T>> answer;
    QEventLoop loop;
    call(&loop, [&](const Result<T> &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *answer;
}
} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{
}

Result<QByteArray> SecretStore::read(const QString &key) const
{
    SystemKeychain keychain(m_service);
    return waitFor<QByteArray>(
        [&](QObject *context, auto done) { keychain.read(key, context, done); });
}

Status SecretStore::write(const QString &key, const QByteArray &value) const
{
    SystemKeychain keychain(m_service);
    return waitFor<Done>(
        [&](QObject *context, auto done) { keychain.write(key, value, context, done); });
}

Status SecretStore::remove(const QString &key) const
{
    SystemKeychain keychain(m_service);
    return waitFor<Done>([&](QObject *context, auto done) { keychain.remove(key, context, done); });
}

Status SecretStore::checkWritable() const
{
    SystemKeychain keychain(m_service);
    return waitFor<Done>(
        [&](QObject *context, auto done) { keychain.checkWritable(context, done); });
}

} // namespace lc
