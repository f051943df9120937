// What `login --autofill` and `--batch` read before anything runs: the profile's "autofill" and
// "allowAutofill" keys, the policy that refuses production profiles and other origins, and the
// batch file (CSV or JSON lines) with a message naming the file and line for every mistake.
#include "BatchFile.h"
#include "common/ExitCode.h"
#include "providers/AutofillPolicy.h"
#include "providers/ProviderProfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lc;

namespace {
QJsonObject baseProfile()
{
    return QJsonObject {
        { "id", "qa" },
        { "displayName", "QA provider" },
        { "authorizationEndpoint", "https://login.qa.test/oauth/authorize" },
        { "tokenEndpoint", "https://login.qa.test/oauth/token" },
        { "clientId", "launcher" },
        { "redirectUri", "http://localhost/callback" },
    };
}

Result<ProviderProfile> parse(const QJsonObject &extra)
{
    QJsonObject json = baseProfile();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return ProviderProfile::fromJson(QJsonDocument(json).toJson(), QStringLiteral("qa.json"));
}
} // namespace

class AutofillConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectorsAreRead()
    {
        auto profile = parse({ { "autofill",
                                 QJsonObject { { "username", "#user" },
                                               { "password", "input[name=pass]" },
                                               { "submit", "button.go" },
                                               { "consent", "#allow" } } },
                               { "allowAutofill", true } });
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message()));
        QCOMPARE(profile.value().autofill.username, QStringLiteral("#user"));
        QCOMPARE(profile.value().autofill.password, QStringLiteral("input[name=pass]"));
        QCOMPARE(profile.value().autofill.submit, QStringLiteral("button.go"));
        QCOMPARE(profile.value().autofill.consent, QStringLiteral("#allow"));
        QVERIFY(profile.value().allowAutofill);
    }

    void withoutTheKeysNothingIsAllowedBeyondTheDefaults()
    {
        auto profile = parse({});
        QVERIFY(profile.ok());
        QVERIFY(profile.value().autofill.password.isEmpty());
        QVERIFY(!profile.value().allowAutofill);
    }

    void badAutofillKeysAreNamed_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("named");
        QTest::newRow("not an object")
            << QJsonObject { { "autofill", "#user" } } << QStringLiteral("\"autofill\"");
        QTest::newRow("unknown selector")
            << QJsonObject { { "autofill", QJsonObject { { "otp", "#code" } } } }
            << QStringLiteral("\"autofill.otp\"");
        QTest::newRow("selector not a string")
            << QJsonObject { { "autofill", QJsonObject { { "password", 3 } } } }
            << QStringLiteral("\"autofill.password\"");
        QTest::newRow("empty selector")
            << QJsonObject { { "autofill", QJsonObject { { "submit", " " } } } }
            << QStringLiteral("\"autofill.submit\"");
        QTest::newRow("allowAutofill not a boolean")
            << QJsonObject { { "allowAutofill", "yes" } } << QStringLiteral("\"allowAutofill\"");
    }

    void badAutofillKeysAreNamed()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, named);
        auto profile = parse(extra);
        QVERIFY(!profile.ok());
        QCOMPARE(int(exitCodeFor(profile.error())), int(ExitUsage));
        QVERIFY2(profile.error().message().contains(named)
                     && profile.error().message().contains(QStringLiteral("qa.json")),
                 qPrintable(profile.error().message()));
    }

    void productionProfilesAreRefusedUnlessTheyAllowIt()
    {
        auto production = parse({ { "environment", "production" } });
        QVERIFY(production.ok());
        Status refused = AutofillPolicy::check(production.value());
        QVERIFY(!refused.ok());
        QCOMPARE(int(exitCodeFor(refused.error())), int(ExitUsage));
        QVERIFY(refused.error().message().contains(QStringLiteral("allowAutofill")));
        QVERIFY(refused.error().message().contains(QStringLiteral("\"qa\"")));

        auto shouting = parse({ { "environment", "Production" } });
        QVERIFY(!AutofillPolicy::check(shouting.value()).ok());
        auto allowed = parse({ { "environment", "production" }, { "allowAutofill", true } });
        QVERIFY(AutofillPolicy::check(allowed.value()).ok());
        auto development = parse({ { "environment", "development" } });
        QVERIFY(AutofillPolicy::check(development.value()).ok());
    }

    void onlyTheAuthorizationEndpointsOriginIsFilled_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("mayFill");
        QTest::newRow("same origin, other path")
            << QStringLiteral("https://login.qa.test/interaction/abc?x=1") << true;
        QTest::newRow("default port spelled out")
            << QStringLiteral("https://login.qa.test:443/login") << true;
        QTest::newRow("host in capitals") << QStringLiteral("https://LOGIN.qa.test/login") << true;
        QTest::newRow("other host") << QStringLiteral("https://evil.test/login") << false;
        QTest::newRow("sub-domain") << QStringLiteral("https://a.login.qa.test/login") << false;
        QTest::newRow("suffix trick")
            << QStringLiteral("https://login.qa.test.evil.test/login") << false;
        QTest::newRow("other port") << QStringLiteral("https://login.qa.test:8443/login") << false;
        QTest::newRow("plain http") << QStringLiteral("http://login.qa.test/login") << false;
        QTest::newRow("user info is not the host")
            << QStringLiteral("https://login.qa.test@evil.test/login") << false;
        QTest::newRow("data URL") << QStringLiteral("data:text/html,<form>") << false;
        QTest::newRow("about:blank") << QStringLiteral("about:blank") << false;
    }

    void onlyTheAuthorizationEndpointsOriginIsFilled()
    {
        QFETCH(QString, page);
        QFETCH(bool, mayFill);
        const QUrl authorization(QStringLiteral("https://login.qa.test/oauth/authorize?state=x"));
        QCOMPARE(AutofillPolicy::mayFill(QUrl(page), authorization), mayFill);
    }

    void originsAreSpelledAsPagesSpellThem()
    {
        // The script compares them with location.origin.
        QCOMPARE(AutofillPolicy::originOf(QUrl(QStringLiteral("https://login.qa.test:443/a"))),
                 QStringLiteral("https://login.qa.test"));
        QCOMPARE(AutofillPolicy::originOf(QUrl(QStringLiteral("http://127.0.0.1:4380/auth"))),
                 QStringLiteral("http://127.0.0.1:4380"));
        QCOMPARE(AutofillPolicy::originOf(QUrl(QStringLiteral("http://[::1]:8080/auth"))),
                 QStringLiteral("http://[::1]:8080"));
        QCOMPARE(AutofillPolicy::originOf(QUrl(QStringLiteral("file:///tmp/x"))), QString());
    }

    void batchFilesInCsvAndJsonLines()
    {
        const QByteArray contents
            = "profile,label,username\n"
              "# QA accounts\n"
              "demo,qa-01\n"
              "\n"
              "demo , qa-02 , player2\r\n"
              "\"./my, profile.json\",\"qa \"\"3\"\"\",p3\n"
              "{\"profile\": \"demo\", \"label\": \"qa-04\"}\n"
              "{\"profile\": \"demo\", \"label\": \"qa-05\", \"username\": \"p5\"}\n";
        auto entries = BatchFile::parse(contents, QStringLiteral("accounts.csv"));
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message()));
        QCOMPARE(entries.value().size(), 5);
        QCOMPARE(entries.value().at(0).profile, QStringLiteral("demo"));
        QCOMPARE(entries.value().at(0).label, QStringLiteral("qa-01"));
        QCOMPARE(entries.value().at(0).username, QString());
        QCOMPARE(entries.value().at(0).line, 3);
        QCOMPARE(entries.value().at(1).label, QStringLiteral("qa-02"));
        QCOMPARE(entries.value().at(1).username, QStringLiteral("player2"));
        QCOMPARE(entries.value().at(2).profile, QStringLiteral("./my, profile.json"));
        QCOMPARE(entries.value().at(2).label, QStringLiteral("qa \"3\""));
        QCOMPARE(entries.value().at(3).label, QStringLiteral("qa-04"));
        QCOMPARE(entries.value().at(4).username, QStringLiteral("p5"));
        QCOMPARE(entries.value().at(4).line, 8);
    }

    void batchFileMistakesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("named");
        QTest::newRow("one field")
            << QByteArray("demo,qa-01\ndemo\n") << QStringLiteral("accounts.csv:2: expected");
        QTest::newRow("four fields")
            << QByteArray("demo,a,b,c\n") << QStringLiteral("accounts.csv:1: expected");
        QTest::newRow("empty label")
            << QByteArray("demo,\n") << QStringLiteral("accounts.csv:1: the account label");
        QTest::newRow("open quote")
            << QByteArray("demo,\"qa\n") << QStringLiteral("accounts.csv:1: a quoted field");
        QTest::newRow("twice") << QByteArray("demo,qa-01\n\ndemo,qa-01\n")
                               << QStringLiteral("accounts.csv:3: account \"qa-01\" of profile "
                                                 "\"demo\" is listed twice (first on line 1)");
        QTest::newRow("bad JSON") << QByteArray("{\"profile\": \"demo\",\n")
                                  << QStringLiteral("accounts.csv:1: not a JSON object");
        QTest::newRow("unknown JSON key")
            << QByteArray("{\"profile\": \"demo\", \"label\": \"a\", \"password\": \"x\"}\n")
            << QStringLiteral("accounts.csv:1: \"password\" is not a known key");
        QTest::newRow("JSON number")
            << QByteArray("{\"profile\": \"demo\", \"label\": 3}\n")
            << QStringLiteral("accounts.csv:1: \"label\" must be a string");
        QTest::newRow("nothing") << QByteArray("# only a comment\n\n")
                                 << QStringLiteral("accounts.csv lists no accounts");
    }

    void batchFileMistakesNameTheLine()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, named);
        auto entries = BatchFile::parse(contents, QStringLiteral("accounts.csv"));
        QVERIFY(!entries.ok());
        QCOMPARE(int(exitCodeFor(entries.error())), int(ExitUsage));
        QVERIFY2(entries.error().message().startsWith(named),
                 qPrintable(entries.error().message()));
    }

    void aMissingBatchFileIsNamed()
    {
        auto entries = BatchFile::read(QStringLiteral("/nonexistent/accounts.csv"));
        QVERIFY(!entries.ok());
        QVERIFY(entries.error().message().contains(QStringLiteral("/nonexistent/accounts.csv")));
    }
};

QTEST_GUILESS_MAIN(AutofillConfigTest)
#include "tst_autofillconfig.moc"
