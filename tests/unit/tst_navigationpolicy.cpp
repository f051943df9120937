// Where the login window may go (auth/NavigationPolicy.h).
#include "auth/NavigationPolicy.h"

#include <QTest>

using namespace lc;
using Decision = NavigationPolicy::Decision;

class NavigationPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<bool>("localDevelopment");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("decision");

        const int allow = int(Decision::Allow), intercept = int(Decision::Intercept),
                  downgrade = int(Decision::BlockDowngrade), scheme = int(Decision::BlockScheme);
        QTest::newRow("https anywhere (federation)")
            << false << "https://id.game.test/login"
            << "https://accounts.partner.test/o/auth" << allow;
        QTest::newRow("first load over http") << false << ""
                                              << "http://127.0.0.1:4380/auth" << allow;
        QTest::newRow("http to http (local provider)")
            << false << "http://127.0.0.1:4380/auth"
            << "http://127.0.0.1:4380/interaction/1" << allow;
        QTest::newRow("https to http elsewhere") << false << "https://id.game.test/login"
                                                 << "http://id.game.test/next" << downgrade;
        QTest::newRow("https to http loopback, not local")
            << false << "https://id.game.test/login"
            << "http://127.0.0.1:8080/x" << downgrade;
        QTest::newRow("https to http loopback, local development")
            << true << "https://localhost:6881/code"
            << "http://127.0.0.1:8080/x" << allow;
        QTest::newRow("https to http elsewhere, local development")
            << true << "https://localhost:6881/code"
            << "http://evil.test/x" << downgrade;
        QTest::newRow("the redirect URI from https")
            << false << "https://id.game.test/login"
            << "http://localhost/callback?code=1" << intercept;
        QTest::newRow("redirect URI lookalike is not it")
            << false << "https://id.game.test/login"
            << "http://localhost/callbackx" << downgrade;
        QTest::newRow("file:") << false << "https://id.game.test/login"
                               << "file:///etc/passwd" << scheme;
        QTest::newRow("javascript:") << false << "https://id.game.test/login"
                                     << "javascript:alert(1)" << scheme;
        QTest::newRow("data:") << false << "https://id.game.test/login"
                               << "data:text/html,hi" << scheme;
        QTest::newRow("custom scheme") << false << "https://id.game.test/login"
                                       << "steam://run/1" << scheme;
        QTest::newRow("about:blank") << false << "https://id.game.test/login"
                                     << "about:blank" << allow;
    }

    void decisions()
    {
        QFETCH(bool, localDevelopment);
        QFETCH(QString, current);
        QFETCH(QString, target);
        QFETCH(int, decision);
        ProviderProfile profile;
        profile.redirectUri = QUrl(QStringLiteral("http://localhost/callback"));
        profile.localDevelopment = localDevelopment;
        QCOMPARE(int(NavigationPolicy(profile).decide(QUrl(target), QUrl(current))), decision);
    }

    void loopbackHosts()
    {
        QVERIFY(NavigationPolicy::isLoopback(QUrl(QStringLiteral("http://localhost:1/"))));
        QVERIFY(NavigationPolicy::isLoopback(QUrl(QStringLiteral("http://127.0.0.5/"))));
        QVERIFY(NavigationPolicy::isLoopback(QUrl(QStringLiteral("http://[::1]:8080/"))));
        QVERIFY(!NavigationPolicy::isLoopback(QUrl(QStringLiteral("http://localhost.evil.test/"))));
        QVERIFY(!NavigationPolicy::isLoopback(QUrl(QStringLiteral("http://10.0.0.1/"))));
    }
};

QTEST_GUILESS_MAIN(NavigationPolicyTest)
#include "tst_navigationpolicy.moc"
