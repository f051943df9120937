#pragma once

#include "Clipboard.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>

namespace lc {

// Puts a secret (an access token, a header or a command holding one) on the clipboard and takes
// it off again after an interval, or when the window closes, but only while the clipboard still
// holds what was put there: something the user copied meanwhile is left alone. Only a digest of
// the secret is kept for that comparison, never the secret itself.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    SecretClipboard(std::shared_ptr<Clipboard> clipboard, int clearAfterMs,
                    QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setClipboard(std::shared_ptr<Clipboard> clipboard) { m_clipboard = std::move(clipboard); }
    bool isAvailable() const { return m_clipboard != nullptr; }
    int clearAfterMs() const { return m_clearAfter.interval(); }
    // Copies `secret` and (re)starts the countdown to clearing it; false without a clipboard.
    bool copy(const QString &secret);
    bool isHoldingSecret() const { return m_clearAfter.isActive(); }

Q_SIGNALS:
    // The countdown ended: `clearedIt` is false when the clipboard had changed meanwhile.
    void expired(bool clearedIt);

private:
    bool stillHoldsSecret() const;
    bool clearIfStillOurs();

    std::shared_ptr<Clipboard> m_clipboard;
    QTimer m_clearAfter;
    QByteArray m_digest;
};

} // namespace lc
