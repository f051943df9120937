#include "SecretClipboard.h"

#include <QCryptographicHash>

namespace lc {

namespace {
QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(std::shared_ptr<Clipboard> clipboard, int clearAfterMs,
                                 QObject *parent)
    : QObject(parent)
    , m_clipboard(std::move(clipboard))
{
    m_clearAfter.setSingleShot(true);
    m_clearAfter.setInterval(clearAfterMs);
    connect(&m_clearAfter, &QTimer::timeout, this, [this] { Q_EMIT expired(clearIfStillOurs()); });
}

SecretClipboard::~SecretClipboard()
{
    // A token must not outlive the window on the clipboard (clipboard managers keep it).
    if (m_clearAfter.isActive())
        clearIfStillOurs();
}

bool SecretClipboard::copy(const QString &secret)
{
    if (!m_clipboard)
        return false;
    m_clipboard->setText(secret);
    m_digest = digestOf(secret);
    m_clearAfter.start();
    return true;
}

bool SecretClipboard::stillHoldsSecret() const
{
    return m_clipboard && !m_digest.isEmpty() && digestOf(m_clipboard->text()) == m_digest;
}

bool SecretClipboard::clearIfStillOurs()
{
    m_clearAfter.stop();
    const bool ours = stillHoldsSecret();
    if (ours)
        m_clipboard->setText(QString());
    m_digest.clear();
    return ours;
}

} // namespace lc
