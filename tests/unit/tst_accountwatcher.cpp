// The agent's view of the account list (AccountWatcher): every change of a row announced once,
// as the notification a launcher gets (accountsChanged, refreshed, signInRequired, signedOut),
// whoever changed the file; a list being repaired signs nobody out.
#include "server/AccountWatcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lc;
using namespace lc::agent;

namespace {
AccountRecord row(const QString &subject, const QString &label, int expiresInSeconds = 3600)
{
    AccountRecord account;
    account.profileId = QStringLiteral("demo");
    account.subject = subject;
    account.label = label;
    account.expiresAt
        = QDateTime::fromSecsSinceEpoch(1'800'000'000 + expiresInSeconds, Qt::UTC);
    return account;
}

QList<AccountChange::Kind> kinds(const QList<AccountChange> &changes)
{
    QList<AccountChange::Kind> list;
    for (const AccountChange &change : changes)
        list.append(change.kind);
    return list;
}
} // namespace

class TestAccountWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesAreNamedOncePerKind_data()
    {
        using Kind = AccountChange::Kind;
        QTest::addColumn<QList<AccountRecord>>("before");
        QTest::addColumn<QList<AccountRecord>>("after");
        QTest::addColumn<QList<AccountChange::Kind>>("expected");
        const AccountRecord a = row("s-a", "qa-a");
        AccountRecord refreshed = a;
        refreshed.expiresAt = a.expiresAt.addSecs(3600);
        AccountRecord rejected = a;
        rejected.signInRequired = true;
        AccountRecord relabelled = a;
        relabelled.label = QStringLiteral("qa-renamed");
        AccountRecord signedInAgain = refreshed;
        QTest::newRow("nothing") << QList { a } << QList { a } << QList<Kind> {};
        QTest::newRow("signed in") << QList<AccountRecord> {} << QList { a } << QList { Kind::Added };
        QTest::newRow("signed out") << QList { a } << QList<AccountRecord> {}
                                    << QList { Kind::SignedOut };
        QTest::newRow("refreshed") << QList { a } << QList { refreshed } << QList { Kind::Refreshed };
        QTest::newRow("refused") << QList { a } << QList { rejected }
                                 << QList { Kind::SignInRequired };
        QTest::newRow("signed in again") << QList { rejected } << QList { signedInAgain }
                                         << QList { Kind::Changed, Kind::Refreshed };
        QTest::newRow("relabelled") << QList { a } << QList { relabelled }
                                    << QList { Kind::Changed };
        QTest::newRow("one of two leaves")
            << QList { a, row("s-b", "qa-b") } << QList { a } << QList { Kind::SignedOut };
    }

    void changesAreNamedOncePerKind()
    {
        QFETCH(QList<AccountRecord>, before);
        QFETCH(QList<AccountRecord>, after);
        QFETCH(QList<AccountChange::Kind>, expected);
        QCOMPARE(kinds(AccountWatcher::changesBetween(before, after)), expected);
    }

    void changesMadeByAnyoneAreAnnouncedAndADamagedListSignsNobodyOut()
    {
        QTemporaryDir directory;
        const AccountIndex index(directory.filePath(QStringLiteral("accounts.json")));
        const AccountRecord a = row("s-a", "qa-a");
        QVERIFY(index.save({ a }).ok());
        AccountWatcher watcher(index);
        QCOMPARE(watcher.knownRows().size(), 1);
        QSignalSpy changed(&watcher, &AccountWatcher::changed);

        // Another process signs someone else in: noticed without anyone asking.
        QVERIFY(index.recordSignIn(row("s-b", "qa-b"), QDateTime::currentDateTimeUtc()).ok());
        QTRY_COMPARE(changed.size(), 1);
        const auto added = changed.takeFirst().at(0).value<QList<AccountChange>>();
        QCOMPARE(kinds(added), QList { AccountChange::Kind::Added });
        QCOMPARE(added.first().account.label, QStringLiteral("qa-b"));

        // Someone breaks the file: the last good copy still names both, nobody is signed out.
        QFile file(index.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ this is not json");
        file.close();
        watcher.refreshIfChanged();
        QVERIFY(!watcher.contents().ok()); // as `accounts` would say
        QVERIFY(watcher.lookupRows().ok()); // as `token` would still find them
        QCOMPARE(watcher.knownRows().size(), 2);
        QTest::qWait(200);
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            for (const AccountChange &change : signal.at(0).value<QList<AccountChange>>())
                QVERIFY(change.kind != AccountChange::Kind::SignedOut);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountWatcher)
#include "tst_accountwatcher.moc"
