#include "AccountRecords.h"
#include "common/ExitCode.h"
#include "storage/AccountIndex.h"
#include "storage/StoredTokens.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lc;
using namespace lc::test;

namespace {
QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}
} // namespace

class TestAccountIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void missingFileLoadsAsNoAccounts();
    void saveThenLoadRoundTripsEveryStoredField();
    void saveCreatesMissingDirectories();
    void damagedIndexIsConfigErrorNamingFile();
    void recordsWithoutProfileOrSubjectAreDropped();
    void indexFileHoldsOnlyNonSecretKeys();

    void findsAccountByLabelOrSubject_data();
    void findsAccountByLabelOrSubject();
    void findWithoutLabelReturnsProfilesOnlyAccount();
    void findWithNoMatchingAccountIsLoginRequired_data();
    void findWithNoMatchingAccountIsLoginRequired();
    void findWithoutLabelAmongTwoAccountsIsConfigErrorNamingBoth();
    void keychainKeyIsProfileAndSubject();
    void recordSignInNeverMovesALabelToAnotherSubject();

    void findWithoutLabelAmongSeveralTakesTheDefault();
    void findWithoutLabelAmongSeveralWithoutDefaultSuggestsUse();
    void setDefaultMarksOneAccountOfTheProfileOnly();
    void setDefaultToAnUnknownAccountIsConfigErrorAndChangesNothing();
    void refreshAndSignInAgainKeepTheDefault();
    void refreshWrittenFromAStaleRowDoesNotUndoUse();
    void removingTheDefaultAccountClearsIt();
    void defaultIsAnOptionalKeyOfFormatOne();

    void storedTokensRoundTripThroughJson();
    void damagedStoredTokensMeansSignInAgain_data();
    void damagedStoredTokensMeansSignInAgain();
    void expiresWithinComparesRemainingLifetime_data();
    void expiresWithinComparesRemainingLifetime();

private:
    QTemporaryDir *m_dir = nullptr;
    QString indexPath() const { return m_dir->filePath(QStringLiteral("accounts.json")); }
    void saveFixture(const QList<AccountRecord> &accounts);
};

void TestAccountIndex::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestAccountIndex::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestAccountIndex::recordSignInNeverMovesALabelToAnotherSubject()
{
    saveFixture({ record(QStringLiteral("demo"), QStringLiteral("qa-x"), QStringLiteral("first")) });
    const AccountIndex index(indexPath());
    const auto saved = index.recordSignIn(
        record(QStringLiteral("demo"), QStringLiteral("qa-x"), QStringLiteral("second")),
        QDateTime::currentDateTimeUtc());
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind(), AuthError::Kind::Config);
    const auto rows = index.load();
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().first().subject, QStringLiteral("first"));
    QCOMPARE(rows.value().first().label, QStringLiteral("qa-x"));
}

void TestAccountIndex::saveFixture(const QList<AccountRecord> &accounts)
{
    const Status saved = AccountIndex(indexPath()).save(accounts);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));
}

void TestAccountIndex::missingFileLoadsAsNoAccounts()
{
    const auto loaded = AccountIndex(indexPath()).load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().isEmpty());
}

void TestAccountIndex::saveThenLoadRoundTripsEveryStoredField()
{
    AccountRecord first
        = record(QStringLiteral("demo"), QStringLiteral("main"), QStringLiteral("sub-1"));
    first.defaultLabel = QStringLiteral("not stored");
    AccountRecord second
        = record(QStringLiteral("acme"), QStringLiteral("alt"), QStringLiteral("sub-2"));
    second.signInRequired = true;
    second.displayName = QStringLiteral("Zoë «Alt»");
    second.expiresAt = at("2030-06-30T23:59:59Z");
    saveFixture({ first, second });

    const AccountIndex index(indexPath());
    QCOMPARE(index.filePath(), indexPath());
    const auto loaded = index.load();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message()));
    QCOMPARE(loaded.value().size(), 2);
    for (int i = 0; i < 2; ++i) {
        const AccountRecord &expected = i == 0 ? first : second;
        const AccountRecord &actual = loaded.value().at(i);
        QCOMPARE(actual.profileId, expected.profileId);
        QCOMPARE(actual.label, expected.label);
        QCOMPARE(actual.subject, expected.subject);
        QCOMPARE(actual.displayName, expected.displayName);
        QCOMPARE(actual.expiresAt, expected.expiresAt);
        QCOMPARE(actual.signInRequired, expected.signInRequired);
        QVERIFY(actual.defaultLabel.isEmpty());
    }
}

void TestAccountIndex::saveCreatesMissingDirectories()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/accounts.json"));
    const Status saved = AccountIndex(path).save(
        { record(QStringLiteral("demo"), QStringLiteral("main"), QStringLiteral("sub-1")) });
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(AccountIndex(path).load().value().size(), 1);
}

void TestAccountIndex::damagedIndexIsConfigErrorNamingFile()
{
    QFile file(indexPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"accounts\": [");
    file.close();

    const AccountIndex index(indexPath());
    const auto loaded = index.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), AuthError::Kind::Config);
    QVERIFY2(loaded.error().message().contains(indexPath()), qPrintable(loaded.error().message()));
    // find() reports the same problem instead of claiming nobody is signed in.
    const auto found = index.find(QStringLiteral("demo"), QString());
    QVERIFY(!found.ok());
    QCOMPARE(found.error().kind(), AuthError::Kind::Config);
}

void TestAccountIndex::recordsWithoutProfileOrSubjectAreDropped()
{
    saveFixture({ record(QStringLiteral("demo"), QStringLiteral("ok"), QStringLiteral("sub-1")),
                  record(QString(), QStringLiteral("no-profile"), QStringLiteral("sub-2")),
                  record(QStringLiteral("demo"), QStringLiteral("no-subject"), QString()) });
    const auto loaded = AccountIndex(indexPath()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), 1);
    QCOMPARE(loaded.value().first().label, QStringLiteral("ok"));
}

void TestAccountIndex::indexFileHoldsOnlyNonSecretKeys()
{
    AccountRecord account
        = record(QStringLiteral("demo"), QStringLiteral("main"), QStringLiteral("sub-1"));
    account.signInRequired = true;
    saveFixture({ account,
                  record(QStringLiteral("acme"), QStringLiteral("alt"), QStringLiteral("sub-2")) });

    QFile file(indexPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());

    const QSet<QString> topLevel { QStringLiteral("version"), QStringLiteral("accounts") };
    QCOMPARE(keysOf(document.object()), topLevel);
    QCOMPARE(document.object().value(QStringLiteral("version")).toInt(), 1);

    const QSet<QString> accountKeys {
        QStringLiteral("profile"),       QStringLiteral("label"), QStringLiteral("subject"),
        QStringLiteral("displayName"),   QStringLiteral("email"), QStringLiteral("expiresAt"),
        QStringLiteral("signInRequired")
    };
    const QJsonArray accounts = document.object().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 2);
    for (const QJsonValue &value : accounts) {
        QVERIFY(value.isObject());
        QCOMPARE(keysOf(value.toObject()), accountKeys);
    }
}

void TestAccountIndex::findsAccountByLabelOrSubject_data()
{
    QTest::addColumn<QString>("labelOrSubject");
    QTest::addColumn<QString>("expectedSubject");

    QTest::newRow("by label") << "main"
                              << "sub-1";
    QTest::newRow("by other label") << "alt"
                                    << "sub-2";
    QTest::newRow("by subject") << "sub-2"
                                << "sub-2";
}

void TestAccountIndex::findsAccountByLabelOrSubject()
{
    QFETCH(QString, labelOrSubject);
    QFETCH(QString, expectedSubject);
    saveFixture({ record(QStringLiteral("demo"), QStringLiteral("main"), QStringLiteral("sub-1")),
                  record(QStringLiteral("demo"), QStringLiteral("alt"), QStringLiteral("sub-2")),
                  // Same label in another profile: must not make the lookup ambiguous.
                  record(QStringLiteral("acme"), QStringLiteral("main"), QStringLiteral("sub-9")),
                  record(QStringLiteral("acme"), QStringLiteral("alt"), QStringLiteral("sub-2")) });

    const auto found = AccountIndex(indexPath()).find(QStringLiteral("demo"), labelOrSubject);
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
    QCOMPARE(found.value().profileId, QStringLiteral("demo"));
    QCOMPARE(found.value().subject, expectedSubject);
}

void TestAccountIndex::findWithoutLabelReturnsProfilesOnlyAccount()
{
    saveFixture({ record(QStringLiteral("acme"), QStringLiteral("one"), QStringLiteral("sub-a")),
                  record(QStringLiteral("demo"), QStringLiteral("main"), QStringLiteral("sub-1")),
                  record(QStringLiteral("acme"), QStringLiteral("two"), QStringLiteral("sub-b")) });
    const auto found = AccountIndex(indexPath()).find(QStringLiteral("demo"), QString());
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
    QCOMPARE(found.value().label, QStringLiteral("main"));
}

void TestAccountIndex::findWithNoMatchingAccountIsLoginRequired_data()
{
    QTest::addColumn<bool>("withFixture");
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("labelOrSubject");

    QTest::newRow("no index file") << false << "demo"
                                   << "";
    QTest::newRow("profile has no account") << true << "other"
                                            << "";
    QTest::newRow("unknown label") << true << "demo"
                                   << "nobody";
    QTest::newRow("label of another profile's account") << true << "demo"
                                                        << "acme-only";
    QTest::newRow("subject of another profile's account") << true << "demo"
                                                          << "sub-acme";
}

void TestAccountIndex::findWithNoMatchingAccountIsLoginRequired()
{
    QFETCH(bool, withFixture);
    QFETCH(QString, profileId);
    QFETCH(QString, labelOrSubject);
    if (withFixture)
        saveFixture(
            { record(QStringLiteral("demo"), QStringLiteral("main"), QStringLiteral("sub-1")),
              record(QStringLiteral("acme"), QStringLiteral("acme-only"),
                     QStringLiteral("sub-acme")) });

    const auto found = AccountIndex(indexPath()).find(profileId, labelOrSubject);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().kind(), AuthError::Kind::LoginRequired);
    QCOMPARE(int(exitCodeFor(found.error())), 3);
    QVERIFY2(found.error().message().contains(profileId), qPrintable(found.error().message()));
    if (!labelOrSubject.isEmpty())
        QVERIFY2(found.error().message().contains(labelOrSubject),
                 qPrintable(found.error().message()));
}

void TestAccountIndex::findWithoutLabelAmongTwoAccountsIsConfigErrorNamingBoth()
{
    saveFixture(
        { record(QStringLiteral("demo"), QStringLiteral("main"), QStringLiteral("sub-1")),
          record(QStringLiteral("acme"), QStringLiteral("elsewhere"), QStringLiteral("sub-3")),
          record(QStringLiteral("demo"), QStringLiteral("alt"), QStringLiteral("sub-2")) });
    const auto found = AccountIndex(indexPath()).find(QStringLiteral("demo"), QString());
    QVERIFY(!found.ok());
    QCOMPARE(found.error().kind(), AuthError::Kind::Config);
    QCOMPARE(int(exitCodeFor(found.error())), 64);
    const QString message = found.error().message();
    QVERIFY2(message.contains(QStringLiteral("main")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("alt")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("elsewhere")), qPrintable(message));
}

void TestAccountIndex::keychainKeyIsProfileAndSubject()
{
    QCOMPARE(record(QStringLiteral("demo"), QStringLiteral("main"), QStringLiteral("sub-1"))
                 .keychainKey(),
             QStringLiteral("demo/sub-1"));
}

void TestAccountIndex::storedTokensRoundTripThroughJson()
{
    StoredTokens tokens;
    tokens.accessToken = QStringLiteral("AT-1");
    tokens.refreshToken = QStringLiteral("RT-1");
    tokens.idToken = QStringLiteral("h.p.s");
    tokens.expiresAt = at("2025-01-01T13:00:00Z");
    tokens.scopes = QStringList { QStringLiteral("openid"), QStringLiteral("offline_access") };

    const auto restored = StoredTokens::fromJson(tokens.toJson());
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message()));
    QCOMPARE(restored.value().accessToken, tokens.accessToken);
    QCOMPARE(restored.value().refreshToken, tokens.refreshToken);
    QCOMPARE(restored.value().idToken, tokens.idToken);
    QCOMPARE(restored.value().expiresAt, tokens.expiresAt);
    QCOMPARE(restored.value().scopes, tokens.scopes);
}

void TestAccountIndex::damagedStoredTokensMeansSignInAgain_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("AT-1");
    QTest::newRow("truncated") << QByteArray(R"({"accessToken":"AT-1","refr)");
    QTest::newRow("array") << QByteArray(R"(["AT-1"])");
    QTest::newRow("no access token") << QByteArray(R"({"refreshToken":"RT-1"})");
    QTest::newRow("access token not a string") << QByteArray(R"({"accessToken":1})");
    QTest::newRow("empty") << QByteArray();
}

// A damaged entry cannot be repaired: the account must sign in again (exit 3), and `logout`
// can still remove it.
void TestAccountIndex::damagedStoredTokensMeansSignInAgain()
{
    QFETCH(QByteArray, json);
    const auto restored = StoredTokens::fromJson(json);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().kind(), AuthError::Kind::LoginRequired);
    QCOMPARE(int(exitCodeFor(restored.error())), 3);
}

void TestAccountIndex::expiresWithinComparesRemainingLifetime_data()
{
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("expected");

    const QDateTime now = at("2025-01-01T12:00:00Z");
    QTest::newRow("10 min left, margin 5 min") << now.addSecs(600) << qint64(300) << false;
    QTest::newRow("10 min left, margin 10 min") << now.addSecs(600) << qint64(600) << true;
    QTest::newRow("10 min left, margin 15 min") << now.addSecs(600) << qint64(900) << true;
    QTest::newRow("1 s left, margin 0") << now.addSecs(1) << qint64(0) << false;
    QTest::newRow("already expired, margin 0") << now.addSecs(-10) << qint64(0) << true;
    QTest::newRow("unknown expiry") << QDateTime() << qint64(0) << true;
}

void TestAccountIndex::expiresWithinComparesRemainingLifetime()
{
    QFETCH(QDateTime, expiresAt);
    QFETCH(qint64, seconds);
    QFETCH(bool, expected);
    StoredTokens tokens;
    tokens.accessToken = QStringLiteral("AT-1");
    tokens.expiresAt = expiresAt;
    QCOMPARE(tokens.expiresWithin(seconds, at("2025-01-01T12:00:00Z")), expected);
}

namespace {
QList<AccountRecord> threeDemoAccounts()
{
    return { record(QStringLiteral("demo"), QStringLiteral("alice"), QStringLiteral("sub-a")),
             record(QStringLiteral("demo"), QStringLiteral("bob"), QStringLiteral("sub-b")),
             record(QStringLiteral("demo"), QStringLiteral("carol"), QStringLiteral("sub-c")),
             record(QStringLiteral("acme"), QStringLiteral("dave"), QStringLiteral("sub-d")) };
}

QStringList defaultsIn(const AccountIndex &index)
{
    QStringList defaults;
    const auto accounts = index.load();
    for (const AccountRecord &account : accounts.value()) {
        if (account.isDefault)
            defaults.append(account.profileId + u'/' + account.label);
    }
    return defaults;
}
} // namespace

void TestAccountIndex::findWithoutLabelAmongSeveralTakesTheDefault()
{
    saveFixture(threeDemoAccounts());
    const AccountIndex index(indexPath());
    const auto chosen = index.setDefault(QStringLiteral("demo"), QStringLiteral("bob"));
    QVERIFY2(chosen.ok(), chosen.ok() ? "" : qPrintable(chosen.error().message()));
    QCOMPARE(chosen.value().subject, QStringLiteral("sub-b"));
    QVERIFY(chosen.value().isDefault);

    const auto found = index.find(QStringLiteral("demo"), QString());
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
    QCOMPARE(found.value().label, QStringLiteral("bob"));
    // --account still wins over the default.
    QCOMPARE(index.find(QStringLiteral("demo"), QStringLiteral("carol")).value().label,
             QStringLiteral("carol"));
}

void TestAccountIndex::findWithoutLabelAmongSeveralWithoutDefaultSuggestsUse()
{
    saveFixture(threeDemoAccounts());
    const auto found = AccountIndex(indexPath()).find(QStringLiteral("demo"), QString());
    QVERIFY(!found.ok());
    QCOMPARE(int(exitCodeFor(found.error())), 64);
    QVERIFY2(found.error().message().contains(QStringLiteral("login-companion use --profile demo")),
             qPrintable(found.error().message()));
}

void TestAccountIndex::setDefaultMarksOneAccountOfTheProfileOnly()
{
    saveFixture(threeDemoAccounts());
    const AccountIndex index(indexPath());
    QVERIFY(index.setDefault(QStringLiteral("acme"), QStringLiteral("dave")).ok());
    QVERIFY(index.setDefault(QStringLiteral("demo"), QStringLiteral("alice")).ok());
    // By subject too; the profile's previous default gives way, the other profile's stays.
    QVERIFY(index.setDefault(QStringLiteral("demo"), QStringLiteral("sub-c")).ok());
    QCOMPARE(defaultsIn(index),
             (QStringList { QStringLiteral("demo/carol"), QStringLiteral("acme/dave") }));
}

void TestAccountIndex::setDefaultToAnUnknownAccountIsConfigErrorAndChangesNothing()
{
    saveFixture(threeDemoAccounts());
    const AccountIndex index(indexPath());
    QVERIFY(index.setDefault(QStringLiteral("demo"), QStringLiteral("alice")).ok());
    QFile file(indexPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // Unknown label; a label of another profile's account; no label at all.
    for (const auto &[profile, label] :
         { std::pair { QStringLiteral("demo"), QStringLiteral("nobody") },
           std::pair { QStringLiteral("demo"), QStringLiteral("dave") },
           std::pair { QStringLiteral("demo"), QString() } }) {
        const auto chosen = index.setDefault(profile, label);
        QVERIFY(!chosen.ok());
        QCOMPARE(int(exitCodeFor(chosen.error())), 64);
        QVERIFY2(chosen.error().message().contains(QStringLiteral("alice, bob, carol")),
                 qPrintable(chosen.error().message()));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestAccountIndex::refreshAndSignInAgainKeepTheDefault()
{
    saveFixture(threeDemoAccounts());
    const AccountIndex index(indexPath());
    const AccountRecord bob
        = index.setDefault(QStringLiteral("demo"), QStringLiteral("bob")).value();

    AccountRecord refreshed = bob;
    refreshed.expiresAt = at("2031-01-01T00:00:00Z");
    QVERIFY(index.replace(refreshed).ok());
    // A sign-in builds a fresh record, which knows nothing of the default.
    AccountRecord signedInAgain
        = record(QStringLiteral("demo"), QString(), QStringLiteral("sub-b"));
    auto labelled = index.withLabel(signedInAgain);
    QVERIFY(labelled.ok());
    QVERIFY(index.recordSignIn(labelled.value(), at("2032-01-01T00:00:00Z")).ok());

    QCOMPARE(defaultsIn(index), QStringList { QStringLiteral("demo/bob") });
    QCOMPARE(index.find(QStringLiteral("demo"), QString()).value().expiresAt,
             at("2032-01-01T00:00:00Z"));
}

void TestAccountIndex::refreshWrittenFromAStaleRowDoesNotUndoUse()
{
    saveFixture(threeDemoAccounts());
    const AccountIndex index(indexPath());
    // A `token` read alice's row, then `use` made her the default, then the refresh is stored.
    const AccountRecord readBeforeUse
        = index.find(QStringLiteral("demo"), QStringLiteral("alice")).value();
    QVERIFY(index.setDefault(QStringLiteral("demo"), QStringLiteral("alice")).ok());
    QVERIFY(index.replace(readBeforeUse).ok());
    QCOMPARE(defaultsIn(index), QStringList { QStringLiteral("demo/alice") });

    // And the other way round: a stale "default" copy does not come back after `use` moved it.
    AccountRecord staleDefault
        = index.find(QStringLiteral("demo"), QStringLiteral("alice")).value();
    QVERIFY(index.setDefault(QStringLiteral("demo"), QStringLiteral("carol")).ok());
    QVERIFY(index.replace(staleDefault).ok());
    QCOMPARE(defaultsIn(index), QStringList { QStringLiteral("demo/carol") });
}

void TestAccountIndex::removingTheDefaultAccountClearsIt()
{
    saveFixture(threeDemoAccounts());
    const AccountIndex index(indexPath());
    const AccountRecord bob
        = index.setDefault(QStringLiteral("demo"), QStringLiteral("bob")).value();
    QVERIFY(index.remove(bob).ok());
    QVERIFY(defaultsIn(index).isEmpty());
    const auto found = index.find(QStringLiteral("demo"), QString());
    QVERIFY(!found.ok());
    QCOMPARE(int(exitCodeFor(found.error())), 64);
    QVERIFY(found.error().message().contains(QStringLiteral("alice, carol")));
    // Signing the same person in again does not bring the default back.
    QVERIFY(index.recordSignIn(bob, at("2032-01-01T00:00:00Z")).ok());
    QVERIFY(defaultsIn(index).isEmpty());
}

void TestAccountIndex::defaultIsAnOptionalKeyOfFormatOne()
{
    saveFixture(threeDemoAccounts());
    QVERIFY(
        AccountIndex(indexPath()).setDefault(QStringLiteral("demo"), QStringLiteral("bob")).ok());
    QFile file(indexPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    // The format stays 1, so versions that do not know the key still read the list.
    QCOMPARE(document.value(QStringLiteral("version")).toInt(), 1);
    int marked = 0;
    for (const QJsonValue &row : document.value(QStringLiteral("accounts")).toArray()) {
        const bool isBob = row.toObject().value(QStringLiteral("label")).toString() == u"bob";
        QCOMPARE(row.toObject().contains(QStringLiteral("default")), isBob);
        marked += row.toObject().value(QStringLiteral("default")).toBool() ? 1 : 0;
    }
    QCOMPARE(marked, 1);

    // A list written by a version that never heard of defaults reads as "no default".
    QJsonObject older = document;
    QJsonArray rows;
    for (const QJsonValue &row : document.value(QStringLiteral("accounts")).toArray()) {
        QJsonObject plain = row.toObject();
        plain.remove(QStringLiteral("default"));
        rows.append(plain);
    }
    older.insert(QStringLiteral("accounts"), rows);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(older).toJson());
    file.close();
    const auto loaded = AccountIndex(indexPath()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), 4);
    QVERIFY(defaultsIn(AccountIndex(indexPath())).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountIndex)
#include "tst_accountindex.moc"
