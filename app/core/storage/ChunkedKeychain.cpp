#include "ChunkedKeychain.h"

#include "common/Logging.h"

#include <QCryptographicHash>
#include <QList>

#include <optional>

namespace lc {

namespace {
const QByteArray kMagic = QByteArrayLiteral("LCCHUNK1 ");
// "LCCHUNK1 " + 4 digits + " " + 8 digits + " " + 64 hex digits + "\n"
constexpr int kHeaderSize = 9 + 4 + 1 + 8 + 1 + 64 + 1;
constexpr int kMaxPieces = 9999;

struct Header
{
    int pieces = 0;
    qsizetype length = 0;
    QByteArray sha256Hex;
};

QByteArray sha256Hex(const QByteArray &value)
{
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex();
}

QByteArray formatHeader(int pieces, const QByteArray &value)
{
    return kMagic + QByteArray::number(pieces).rightJustified(4, '0') + ' '
        + QByteArray::number(value.size()).rightJustified(8, '0') + ' ' + sha256Hex(value) + '\n';
}

std::optional<Header> parseHeader(const QByteArray &head)
{
    if (head.size() < kHeaderSize || head.at(kHeaderSize - 1) != '\n')
        return std::nullopt;
    const QList<QByteArray> fields = head.left(kHeaderSize - 1).split(' ');
    if (fields.size() != 4)
        return std::nullopt;
    bool piecesOk = false;
    bool lengthOk = false;
    Header header;
    header.pieces = fields.at(1).toInt(&piecesOk);
    header.length = fields.at(2).toLongLong(&lengthOk);
    header.sha256Hex = fields.at(3);
    if (!piecesOk || !lengthOk || header.pieces < 1 || header.pieces > kMaxPieces
        || header.length < 0 || header.sha256Hex.size() != 64)
        return std::nullopt;
    return header;
}

AuthError damaged(const QString &key, const QString &why)
{
    qCWarning(lcStore) << "keychain entry" << key << "is damaged:" << why;
    return AuthError::storage(ChunkedKeychain::tr("The keychain entry %1 is damaged (%2). Sign in "
                                                  "again to replace it.")
                                  .arg(key, why));
}

// Reads pieces `index` … `header.pieces - 1` after `collected`, then checks the whole.
void readPieces(std::shared_ptr<Keychain> inner, QString key, Header header, int index,
                QByteArray collected, QObject *context, Keychain::ReadCallback done)
{
    if (index == header.pieces) {
        if (collected.size() != header.length || sha256Hex(collected) != header.sha256Hex) {
            done(damaged(key, ChunkedKeychain::tr("its pieces do not add up to what was stored")));
            return;
        }
        done(collected);
        return;
    }
    const QString piece = ChunkedKeychain::pieceKey(key, index);
    auto *keychain = inner.get();
    keychain->read(piece, context,
                   [inner = std::move(inner), key, header, index, collected, context,
                    done](const Result<QByteArray> &answer) mutable {
                       if (!answer.ok()) {
                           done(answer.error());
                           return;
                       }
                       if (answer.value().isEmpty()) {
                           done(damaged(key,
                                        ChunkedKeychain::tr("piece %1 of %2 is missing")
                                            .arg(index + 1)
                                            .arg(header.pieces)));
                           return;
                       }
                       readPieces(std::move(inner), key, header, index + 1,
                                  collected + answer.value(), context, std::move(done));
                   });
}

// Writes `entries` from `index` on, in order; stops at the first failure.
void writeAll(std::shared_ptr<Keychain> inner, QList<std::pair<QString, QByteArray>> entries,
              int index, QObject *context, Keychain::StatusCallback done)
{
    if (index == entries.size()) {
        done(Done {});
        return;
    }
    auto *keychain = inner.get();
    const auto entry = entries.at(index);
    keychain->write(entry.first, entry.second, context,
                    [inner = std::move(inner), entries = std::move(entries), index, context,
                     done](const Status &written) mutable {
                        if (!written.ok()) {
                            done(written);
                            return;
                        }
                        writeAll(std::move(inner), std::move(entries), index + 1, context,
                                 std::move(done));
                    });
}

// Removes `key.index`, `key.index+1`, … up to the first piece that is not there.
void removePiecesFrom(std::shared_ptr<Keychain> inner, QString key, int index, QObject *context,
                      Keychain::StatusCallback done)
{
    if (index > kMaxPieces) {
        done(Done {});
        return;
    }
    const QString piece = ChunkedKeychain::pieceKey(key, index);
    auto *keychain = inner.get();
    keychain->read(piece, context,
                   [inner = std::move(inner), key, piece, index, context,
                    done](const Result<QByteArray> &answer) mutable {
                       if (!answer.ok()) {
                           done(answer.error());
                           return;
                       }
                       if (answer.value().isEmpty()) {
                           done(Done {});
                           return;
                       }
                       auto *keychain = inner.get();
                       keychain->remove(piece, context,
                                        [inner = std::move(inner), key, index, context,
                                         done](const Status &removed) mutable {
                                            if (!removed.ok()) {
                                                done(removed);
                                                return;
                                            }
                                            removePiecesFrom(std::move(inner), key, index + 1,
                                                             context, std::move(done));
                                        });
                   });
}
} // namespace

ChunkedKeychain::ChunkedKeychain(std::shared_ptr<Keychain> inner, int chunkSize)
    : m_inner(std::move(inner))
    , m_chunkSize(std::max(chunkSize, kHeaderSize + 1))
{
}

QString ChunkedKeychain::pieceKey(const QString &key, int index)
{
    return key + QLatin1Char('.') + QString::number(index);
}

void ChunkedKeychain::read(const QString &key, QObject *context, ReadCallback done)
{
    m_inner->read(key, context,
                  [inner = m_inner, key, context, done](const Result<QByteArray> &answer) mutable {
                      if (!answer.ok() || !answer.value().startsWith(kMagic)) {
                          done(answer); // an error, no entry, or a value stored as it is
                          return;
                      }
                      const std::optional<Header> header = parseHeader(answer.value());
                      if (!header) {
                          done(damaged(key, ChunkedKeychain::tr("its header is unreadable")));
                          return;
                      }
                      readPieces(std::move(inner), key, *header, 1, answer.value().mid(kHeaderSize),
                                 context, std::move(done));
                  });
}

void ChunkedKeychain::write(const QString &key, const QByteArray &value, QObject *context,
                            StatusCallback done)
{
    QList<std::pair<QString, QByteArray>> entries; // the pieces after the first, then `key`
    if (value.size() <= m_chunkSize && !value.startsWith(kMagic)) {
        entries.append({ key, value });
    } else {
        const qsizetype firstSize = m_chunkSize - kHeaderSize;
        const qsizetype rest = std::max<qsizetype>(0, value.size() - firstSize);
        const int pieces = 1 + int((rest + m_chunkSize - 1) / m_chunkSize);
        if (pieces > kMaxPieces) {
            done(
                AuthError::storage(tr("The value for %1 is too large for the keychain.").arg(key)));
            return;
        }
        for (int index = 1; index < pieces; ++index)
            entries.append(
                { pieceKey(key, index),
                  value.mid(firstSize + (index - 1) * qsizetype(m_chunkSize), m_chunkSize) });
        entries.append({ key, formatHeader(pieces, value) + value.left(firstSize) });
    }
    const int pieces = int(entries.size());
    writeAll(m_inner, std::move(entries), 0, context,
             [inner = m_inner, key, pieces, context, done](const Status &written) mutable {
                 if (!written.ok()) {
                     done(written);
                     return;
                 }
                 // What a longer value stored before left behind.
                 removePiecesFrom(std::move(inner), key, pieces, context, std::move(done));
             });
}

void ChunkedKeychain::remove(const QString &key, QObject *context, StatusCallback done)
{
    m_inner->remove(key, context,
                    [inner = m_inner, key, context, done](const Status &removed) mutable {
                        if (!removed.ok()) {
                            done(removed);
                            return;
                        }
                        removePiecesFrom(std::move(inner), key, 1, context, std::move(done));
                    });
}

} // namespace lc
