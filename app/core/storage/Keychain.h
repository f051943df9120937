#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace lc {

// The OS keychain as the operations see it: every call answers later, through a callback run
// in `context`'s thread (and not at all once `context` is gone), so no caller nests an event
// loop. SystemKeychain is the real one; tests use an in-memory one.
class Keychain
{
public:
    using ReadCallback = std::function<void(const Result<QByteArray> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    virtual ~Keychain() = default;

    // An empty value when there is no entry; an error when the keychain is absent or locked
    // (a locked keychain must never look like "signed out").
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context,
                       StatusCallback done)
        = 0;
    // Removing a missing entry succeeds.
    virtual void remove(const QString &key, QObject *context, StatusCallback done) = 0;

    // Writes and deletes a probe entry: the keychain exists and is unlocked.
    void checkWritable(QObject *context, StatusCallback done);
};

} // namespace lc
