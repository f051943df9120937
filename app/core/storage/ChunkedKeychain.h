#pragma once

#include "Keychain.h"

#include <QCoreApplication>

#include <memory>

namespace lc {

// A keychain that stores values larger than one entry may hold, for Windows' Credential Manager
// (a credential blob holds at most 2,560 bytes; access, refresh and ID token together are often
// more). It decorates another keychain:
//
//   value fits, and does not start with the header's magic  → `key` holds it as it is
//   otherwise → `key`   = header + the first piece
//               `key.1` … `key.N-1` = the following pieces
//
//   header: "LCCHUNK1 <pieces, 4 digits> <bytes, 8 digits> <SHA-256 of the value, hex>\n"
//
// Reading checks the piece count, length and hash, so a missing or damaged piece is an error,
// never a garbled value. Writing stores the pieces after the first, then `key` (so `key` only
// ever names pieces already written), then removes the pieces a longer value left behind
// (`key.N`, `key.N+1`, … until one is absent). Removing removes `key` and every piece.
// Entries written plainly (before chunking, or small ones) read back unchanged.
class ChunkedKeychain : public Keychain
{
    Q_DECLARE_TR_FUNCTIONS(lc::ChunkedKeychain)

public:
    // Leaves room under Credential Manager's 2,560 bytes.
    static constexpr int kDefaultChunkSize = 2048;

    explicit ChunkedKeychain(std::shared_ptr<Keychain> inner, int chunkSize = kDefaultChunkSize);

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context,
               StatusCallback done) override;
    void remove(const QString &key, QObject *context, StatusCallback done) override;

    // The key of piece `index` (1 and up) of `key`.
    static QString pieceKey(const QString &key, int index);

private:
    std::shared_ptr<Keychain> m_inner;
    int m_chunkSize;
};

} // namespace lc
