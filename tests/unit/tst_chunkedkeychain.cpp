// ChunkedKeychain (Windows Credential Manager's 2,560-byte limit) on the in-memory keychain:
// large values split and read back, shrinking removes the leftover pieces, and a damaged or
// missing piece is an error, never a garbled value.
#include "FakeServices.h"
#include "storage/ChunkedKeychain.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lc;
using namespace lc::testing;

class TestChunkedKeychain : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void smallValueIsStoredUnchangedInOneEntry();
    void tenKilobyteValueIsSplitIntoEntriesThatFitAndReadsBack();
    void shrinkingAValueRemovesTheLeftoverPieces();
    void damagedPieceIsAnErrorNotAValue();
    void missingPieceIsAnErrorNotAValue();
    void damagedHeaderIsAnError();
    void removeRemovesEveryPiece();
    void plainEntryWrittenBeforeChunkingReadsBack();
    void smallValueThatLooksLikeAHeaderRoundTrips();
    void missingEntryReadsEmpty();
    void lockedKeychainWriteFails();

private:
    Status write(const QString &key, const QByteArray &value)
    {
        std::optional<Status> result;
        m_chunked->write(key, value, this, [&result](const Status &status) { result = status; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
            return AuthError::storage(QStringLiteral("write did not finish"));
        return *result;
    }
    Result<QByteArray> read(const QString &key)
    {
        std::optional<Result<QByteArray>> result;
        m_chunked->read(key, this,
                        [&result](const Result<QByteArray> &answer) { result = answer; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
            return AuthError::storage(QStringLiteral("read did not finish"));
        return *result;
    }
    Status remove(const QString &key)
    {
        std::optional<Status> result;
        m_chunked->remove(key, this, [&result](const Status &status) { result = status; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
            return AuthError::storage(QStringLiteral("remove did not finish"));
        return *result;
    }
    static QByteArray randomValue(int size)
    {
        QByteArray value(size, Qt::Uninitialized);
        for (char &byte : value)
            byte = char(QRandomGenerator::global()->bounded(256));
        return value;
    }
    QStringList keysOf(const QString &key) const
    {
        QStringList keys;
        for (const QString &stored : m_memory->keys())
            if (stored == key || stored.startsWith(key + QLatin1Char('.')))
                keys.append(stored);
        keys.sort();
        return keys;
    }

    const QString m_key = QStringLiteral("demo/player1");
    std::shared_ptr<MemoryKeychain> m_memory;
    std::unique_ptr<ChunkedKeychain> m_chunked;
};

void TestChunkedKeychain::init()
{
    m_memory = std::make_shared<MemoryKeychain>();
    m_chunked = std::make_unique<ChunkedKeychain>(m_memory);
}

void TestChunkedKeychain::smallValueIsStoredUnchangedInOneEntry()
{
    const QByteArray value = "{\"access_token\":\"short\"}";
    QVERIFY2(write(m_key, value).ok(), "write failed");
    QCOMPARE(keysOf(m_key), QStringList { m_key });
    QCOMPARE(m_memory->value(m_key), value);
    auto back = read(m_key);
    QVERIFY2(back.ok(), describe(back));
    QCOMPARE(back.value(), value);
}

void TestChunkedKeychain::tenKilobyteValueIsSplitIntoEntriesThatFitAndReadsBack()
{
    const QByteArray value = randomValue(10 * 1024);
    QVERIFY2(write(m_key, value).ok(), "write failed");
    // 2,048 bytes an entry: the head (header + first piece) and four more.
    const QStringList keys = keysOf(m_key);
    QCOMPARE(keys.size(), 6);
    for (const QString &key : keys)
        QVERIFY2(m_memory->value(key).size() <= ChunkedKeychain::kDefaultChunkSize,
                 qPrintable(key));
    QVERIFY(m_memory->value(m_key).size() <= 2560); // Credential Manager's limit
    auto back = read(m_key);
    QVERIFY2(back.ok(), describe(back));
    QCOMPARE(back.value(), value);
}

void TestChunkedKeychain::shrinkingAValueRemovesTheLeftoverPieces()
{
    QVERIFY(write(m_key, randomValue(10 * 1024)).ok());
    QCOMPARE(keysOf(m_key).size(), 6);

    const QByteArray medium = randomValue(3000);
    QVERIFY(write(m_key, medium).ok());
    QCOMPARE(keysOf(m_key), (QStringList { m_key, ChunkedKeychain::pieceKey(m_key, 1) }));
    QCOMPARE(read(m_key).value(), medium);

    const QByteArray small = "small";
    QVERIFY(write(m_key, small).ok());
    QCOMPARE(keysOf(m_key), QStringList { m_key });
    QCOMPARE(read(m_key).value(), small);
}

void TestChunkedKeychain::damagedPieceIsAnErrorNotAValue()
{
    QVERIFY(write(m_key, randomValue(10 * 1024)).ok());
    const QString piece = ChunkedKeychain::pieceKey(m_key, 2);
    QByteArray damaged = m_memory->value(piece);
    damaged[100] = char(damaged.at(100) ^ 0x01);
    m_memory->set(piece, damaged);

    auto back = read(m_key);
    QVERIFY(!back.ok());
    QCOMPARE(back.error().kind(), AuthError::Kind::Storage);
    QVERIFY2(back.error().message().contains(QStringLiteral("damaged")),
             qPrintable(back.error().message()));

    // A piece cut short is caught the same way.
    m_memory->set(piece, damaged.left(10));
    QVERIFY(!read(m_key).ok());
}

void TestChunkedKeychain::missingPieceIsAnErrorNotAValue()
{
    QVERIFY(write(m_key, randomValue(10 * 1024)).ok());
    // Gone from the keychain, bypassing the decorator (MemoryKeychain reads it as empty).
    m_memory->set(ChunkedKeychain::pieceKey(m_key, 3), {});
    auto back = read(m_key);
    QVERIFY(!back.ok());
    QCOMPARE(back.error().kind(), AuthError::Kind::Storage);
    QVERIFY2(back.error().message().contains(QStringLiteral("piece 4 of 6 is missing")),
             qPrintable(back.error().message()));
}

void TestChunkedKeychain::damagedHeaderIsAnError()
{
    QVERIFY(write(m_key, randomValue(5000)).ok());
    QByteArray head = m_memory->value(m_key);
    head[10] = 'x'; // inside the piece count
    m_memory->set(m_key, head);
    auto back = read(m_key);
    QVERIFY(!back.ok());
    QVERIFY2(back.error().message().contains(QStringLiteral("header")),
             qPrintable(back.error().message()));
}

void TestChunkedKeychain::removeRemovesEveryPiece()
{
    QVERIFY(write(m_key, randomValue(10 * 1024)).ok());
    QVERIFY(write(QStringLiteral("demo/other"), "kept").ok());
    QVERIFY(remove(m_key).ok());
    QCOMPARE(keysOf(m_key), QStringList());
    QCOMPARE(m_memory->keys(), QStringList { QStringLiteral("demo/other") });
    auto back = read(m_key);
    QVERIFY(back.ok());
    QVERIFY(back.value().isEmpty());
    // Removing what is not there succeeds.
    QVERIFY(remove(m_key).ok());
}

void TestChunkedKeychain::plainEntryWrittenBeforeChunkingReadsBack()
{
    // An entry SystemKeychain wrote directly, before this decorator (any size).
    const QByteArray value = randomValue(3000).toHex();
    m_memory->set(m_key, value);
    QCOMPARE(read(m_key).value(), value);
}

void TestChunkedKeychain::smallValueThatLooksLikeAHeaderRoundTrips()
{
    const QByteArray value = "LCCHUNK1 not really a header";
    QVERIFY(write(m_key, value).ok());
    QVERIFY(m_memory->value(m_key) != value); // stored with a real header
    QCOMPARE(read(m_key).value(), value);
}

void TestChunkedKeychain::missingEntryReadsEmpty()
{
    auto back = read(QStringLiteral("demo/nobody"));
    QVERIFY2(back.ok(), describe(back));
    QVERIFY(back.value().isEmpty());
}

void TestChunkedKeychain::lockedKeychainWriteFails()
{
    m_memory->setMode(MemoryKeychain::Mode::Locked);
    const Status written = write(m_key, randomValue(10 * 1024));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind(), AuthError::Kind::Storage);
    QVERIFY(m_memory->keys().isEmpty());
}

QTEST_GUILESS_MAIN(TestChunkedKeychain)
#include "tst_chunkedkeychain.moc"
