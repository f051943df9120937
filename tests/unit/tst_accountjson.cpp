// The JSON `token --json` and `accounts --json` print (AccountJson) and the order every account
// list uses (AccountListing), on hand-made records: the keys, ISO 8601 UTC times, seconds left,
// decoded ID token claims, account states, and grouping by profile then environment.
#include "AccountRecords.h"
#include "operations/AccountJson.h"
#include "operations/AccountListing.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace lc;
using lc::test::at;

namespace {
AccountRecord record(const QString &profileId, const QString &label, const QString &subject)
{
    AccountRecord account = lc::test::record(profileId, label, subject);
    account.email = label + QStringLiteral("@example.test");
    account.expiresAt = at("2030-01-01T12:00:00Z");
    return account;
}

ProviderProfile profile(const QString &id, const QString &environment)
{
    ProviderProfile result;
    result.id = id;
    result.displayName = id + QStringLiteral(" provider");
    result.environment = environment;
    return result;
}

QString unsignedJwt(const QJsonObject &claims)
{
    const auto part = [](const QByteArray &json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"RS256","typ":"JWT"})") + u'.'
        + part(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + QStringLiteral(".c2ln");
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}
} // namespace

class TestAccountJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenObjectHasEveryDocumentedField()
    {
        const QDateTime now = at("2030-01-01T11:00:00Z");
        FreshAccessToken fresh;
        fresh.accessToken = QStringLiteral("AT-1");
        fresh.account
            = record(QStringLiteral("qa"), QStringLiteral("alice"), QStringLiteral("sub-a"));
        fresh.tokens.accessToken = fresh.accessToken;
        fresh.tokens.refreshToken = QStringLiteral("RT-never-printed");
        fresh.tokens.expiresAt = QDateTime::fromString(QStringLiteral("2030-01-01T20:00:00+09:00"),
                                                       Qt::ISODate); // 11:00 UTC + 1 h
        fresh.tokens.expiresAt = fresh.tokens.expiresAt.addSecs(3600);
        fresh.tokens.scopes = { QStringLiteral("openid"), QStringLiteral("email") };
        const QJsonObject claims { { QStringLiteral("sub"), QStringLiteral("sub-a") },
                                   { QStringLiteral("iss"),
                                     QStringLiteral("https://id.example.test") },
                                   { QStringLiteral("exp"), 1893499200 } };
        fresh.tokens.idToken = unsignedJwt(claims);

        const QJsonObject json = AccountJson::token(
            fresh, profile(QStringLiteral("qa"), QStringLiteral("staging")), now);
        QCOMPARE(keysOf(json),
                 (QSet<QString> { QStringLiteral("accessToken"), QStringLiteral("tokenType"),
                                  QStringLiteral("expiresAt"), QStringLiteral("expiresIn"),
                                  QStringLiteral("scopes"), QStringLiteral("idToken"),
                                  QStringLiteral("idTokenClaims"), QStringLiteral("account") }));
        QCOMPARE(json.value(QStringLiteral("accessToken")).toString(), QStringLiteral("AT-1"));
        QCOMPARE(json.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
        // UTC with a Z, whatever zone the expiry was kept in.
        QCOMPARE(json.value(QStringLiteral("expiresAt")).toString(),
                 QStringLiteral("2030-01-01T12:00:00Z"));
        QCOMPARE(json.value(QStringLiteral("expiresIn")).toInteger(), 3600);
        QCOMPARE(json.value(QStringLiteral("scopes")).toArray(),
                 (QJsonArray { QStringLiteral("openid"), QStringLiteral("email") }));
        QCOMPARE(json.value(QStringLiteral("idToken")).toString(), fresh.tokens.idToken);
        QCOMPARE(json.value(QStringLiteral("idTokenClaims")).toObject(), claims);
        QCOMPARE(json.value(QStringLiteral("account")).toObject(),
                 (QJsonObject { { QStringLiteral("profile"), QStringLiteral("qa") },
                                { QStringLiteral("label"), QStringLiteral("alice") },
                                { QStringLiteral("subject"), QStringLiteral("sub-a") },
                                { QStringLiteral("email"), QStringLiteral("alice@example.test") },
                                { QStringLiteral("environment"), QStringLiteral("staging") } }));
        QVERIFY(!QJsonDocument(json).toJson().contains("RT-never-printed"));
    }

    void tokenObjectWithoutIdTokenLeavesItsKeysOut()
    {
        FreshAccessToken fresh;
        fresh.accessToken = QStringLiteral("AT-2");
        fresh.account
            = record(QStringLiteral("qa"), QStringLiteral("bob"), QStringLiteral("sub-b"));
        fresh.tokens.accessToken = fresh.accessToken;
        fresh.tokens.expiresAt = at("2030-01-01T10:00:00Z"); // already past: 0 s, not negative
        const QJsonObject json = AccountJson::token(fresh, profile(QStringLiteral("qa"), QString()),
                                                    at("2030-01-01T11:00:00Z"));
        QVERIFY(!json.contains(QStringLiteral("idToken")));
        QVERIFY(!json.contains(QStringLiteral("idTokenClaims")));
        QCOMPARE(json.value(QStringLiteral("expiresIn")).toInteger(), 0);
        QCOMPARE(json.value(QStringLiteral("scopes")).toArray(), QJsonArray());
    }

    void accountRowsKeepTheirKeysAndAddNamesAndState()
    {
        AccountRecord valid
            = record(QStringLiteral("qa"), QStringLiteral("alice"), QStringLiteral("a"));
        AccountRecord expired
            = record(QStringLiteral("qa"), QStringLiteral("bob"), QStringLiteral("b"));
        expired.expiresAt = at("2020-01-01T00:00:00Z");
        AccountRecord rejected
            = record(QStringLiteral("gone"), QStringLiteral("carol"), QStringLiteral("c"));
        rejected.signInRequired = true;
        const QHash<QString, ProviderProfile> profiles {
            { QStringLiteral("qa"), profile(QStringLiteral("qa"), QStringLiteral("staging")) }
        };
        const QJsonArray rows = AccountJson::accounts({ valid, expired, rejected }, profiles,
                                                      at("2029-01-01T00:00:00Z"));
        QCOMPARE(rows.size(), 3);
        const QSet<QString> keys { QStringLiteral("profile"),     QStringLiteral("label"),
                                   QStringLiteral("subject"),     QStringLiteral("displayName"),
                                   QStringLiteral("expiresAt"),   QStringLiteral("signInRequired"),
                                   QStringLiteral("email"),       QStringLiteral("environment"),
                                   QStringLiteral("profileName"), QStringLiteral("state") };
        for (const QJsonValue &row : rows)
            QCOMPARE(keysOf(row.toObject()), keys);
        QCOMPARE(rows.at(0)[QStringLiteral("state")].toString(), QStringLiteral("valid"));
        QCOMPARE(rows.at(0)[QStringLiteral("environment")].toString(), QStringLiteral("staging"));
        QCOMPARE(rows.at(0)[QStringLiteral("profileName")].toString(),
                 QStringLiteral("qa provider"));
        QCOMPARE(rows.at(0)[QStringLiteral("expiresAt")].toString(),
                 QStringLiteral("2030-01-01T12:00:00Z"));
        QCOMPARE(rows.at(1)[QStringLiteral("state")].toString(), QStringLiteral("expired"));
        QCOMPARE(rows.at(2)[QStringLiteral("state")].toString(), QStringLiteral("signInRequired"));
        // A profile that no longer loads: the row is still there, with empty names.
        QCOMPARE(rows.at(2)[QStringLiteral("profileName")].toString(), QString());
    }

    void listsAreGroupedByProfileThenEnvironmentThenLabel()
    {
        const QList<AccountRecord> accounts {
            record(QStringLiteral("zeta"), QStringLiteral("amy"), QStringLiteral("1")),
            record(QStringLiteral("alpha"), QStringLiteral("Zed"), QStringLiteral("2")),
            record(QStringLiteral("alpha"), QStringLiteral("bea"), QStringLiteral("3")),
            record(QStringLiteral("mid"), QStringLiteral("cat"), QStringLiteral("4")),
            record(QStringLiteral("alpha"), QStringLiteral("Abe"), QStringLiteral("5")),
        };
        const QHash<QString, ProviderProfile> profiles {
            { QStringLiteral("alpha"),
              profile(QStringLiteral("alpha"), QStringLiteral("production")) },
            { QStringLiteral("zeta"),
              profile(QStringLiteral("zeta"), QStringLiteral("development")) },
        };
        QStringList order;
        for (const AccountRecord &account : AccountListing::sorted(accounts, profiles))
            order.append(account.profileId + u'/' + account.label);
        QCOMPARE(order,
                 (QStringList { QStringLiteral("alpha/Abe"), QStringLiteral("alpha/bea"),
                                QStringLiteral("alpha/Zed"), QStringLiteral("mid/cat"),
                                QStringLiteral("zeta/amy") }));
    }
};

QTEST_GUILESS_MAIN(TestAccountJson)
#include "tst_accountjson.moc"
