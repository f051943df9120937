#pragma once

#include "common/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QLockFile;

namespace lc {

// One account's lock across every process of the user (the CLI's `token` calls, the window,
// the agent): a QLockFile per account in Services::lockDirectory. Whoever holds it may read,
// refresh and write that account's tokens; the others wait. A lock left by a process that
// died is taken over (QLockFile checks whether its owner still runs).
//
// acquire() never blocks the event loop: it tries at once, then every few milliseconds.
class AccountLock : public QObject
{
    Q_OBJECT

public:
    AccountLock(const QString &directory, const QString &accountKey, QObject *parent = nullptr);
    ~AccountLock() override; // releases

    // `done` runs once: with success when the lock is held, or with an error after `timeoutMs`.
    void acquire(int timeoutMs, std::function<void(const Status &)> done);
    void release();
    bool isHeld() const { return m_held; }
    QString filePath() const { return m_path; }

    // Longer than any command may run (Timeouts::commandMs): a lock older than this whose
    // owner cannot be checked (another host) is taken over.
    static constexpr int kStaleAfterMs = 5 * 60 * 1000;

private:
    void tryNow();

    QString m_path;
    std::unique_ptr<QLockFile> m_file;
    QTimer m_retry;
    QElapsedTimer m_waiting;
    int m_timeoutMs = 0;
    std::function<void(const Status &)> m_done;
    bool m_held = false;
};

} // namespace lc
