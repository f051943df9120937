#include "auth/RedirectMatcher.h"

#include <QTest>

using namespace lc;

namespace {
const char *const kLoopback = "http://localhost/callback";
const char *const kHttps = "https://app.example.test:8443/oauth/cb";
} // namespace

class TestRedirectMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheRedirectUri_data();
    void matchesTheRedirectUri();
    void refusesEverythingElse_data();
    void refusesEverythingElse();
    void invalidRedirectUriMatchesNothing();
};

void TestRedirectMatcher::matchesTheRedirectUri_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("candidate");

    QTest::newRow("loopback exact") << kLoopback << "http://localhost/callback";
    QTest::newRow("loopback with query")
        << kLoopback << "http://localhost/callback?code=abc&state=xyz";
    QTest::newRow("loopback explicit default port") << kLoopback << "http://localhost:80/callback";
    QTest::newRow("loopback uppercase scheme and host") << kLoopback << "HTTP://LOCALHOST/callback";
    QTest::newRow("loopback mixed-case host") << kLoopback << "http://LocalHost/callback?code=a";
    // The fragment is not part of the comparison, so such a navigation is still intercepted
    // (and never loaded).
    QTest::newRow("loopback with fragment") << kLoopback << "http://localhost/callback#code=abc";

    // QUrl decodes percent-encoded unreserved characters (RFC 3986 §6.2.2.2), so this is the
    // same path spelled differently, not a look-alike: it reaches the same endpoint.
    QTest::newRow("loopback percent-encoded unreserved letter")
        << kLoopback << "http://localhost/%63allback";

    QTest::newRow("https exact") << kHttps << "https://app.example.test:8443/oauth/cb";
    QTest::newRow("https with query")
        << kHttps << "https://app.example.test:8443/oauth/cb?code=abc&state=xyz";
    QTest::newRow("https uppercase scheme and host")
        << kHttps << "HTTPS://APP.EXAMPLE.TEST:8443/oauth/cb";
    QTest::newRow("https with fragment")
        << kHttps << "https://app.example.test:8443/oauth/cb#state=x";
    QTest::newRow("https default port on both sides") << "https://app.example.test/oauth/cb"
                                                      << "https://app.example.test:443/oauth/cb";
}

void TestRedirectMatcher::matchesTheRedirectUri()
{
    QFETCH(QString, redirectUri);
    QFETCH(QString, candidate);
    const RedirectMatcher matcher { QUrl(redirectUri) };
    QVERIFY2(matcher.matches(QUrl(candidate)), qPrintable(candidate));
}

void TestRedirectMatcher::refusesEverythingElse_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("candidate");

    // Look-alike hosts.
    QTest::newRow("host with suffix") << kLoopback << "http://localhost.evil.test/callback";
    QTest::newRow("host with prefix") << kLoopback << "http://evil-localhost/callback";
    QTest::newRow("host with trailing dot") << kLoopback << "http://localhost./callback";
    QTest::newRow("loopback address instead of name") << kLoopback << "http://127.0.0.1/callback";
    // Userinfo: both directions, and the empty-password form.
    QTest::newRow("localhost as userinfo") << kLoopback << "http://localhost@evil.test/callback";
    QTest::newRow("evil userinfo on localhost")
        << kLoopback << "http://evil.test@localhost/callback";
    QTest::newRow("user and password on localhost")
        << kLoopback << "http://user:pass@localhost/callback";
    // Ports.
    QTest::newRow("other port") << kLoopback << "http://localhost:8080/callback";
    QTest::newRow("https default port vs 80") << kLoopback << "http://localhost:443/callback";
    // Paths.
    QTest::newRow("path with digit suffix") << kLoopback << "http://localhost/callback2";
    QTest::newRow("path with letter suffix") << kLoopback << "http://localhost/callbackx";
    QTest::newRow("path with sub-path") << kLoopback << "http://localhost/callback/extra";
    QTest::newRow("path with trailing slash") << kLoopback << "http://localhost/callback/";
    QTest::newRow("parent path") << kLoopback << "http://localhost/";
    QTest::newRow("no path") << kLoopback << "http://localhost";
    QTest::newRow("path case differs") << kLoopback << "http://localhost/Callback";
    QTest::newRow("encoded reserved character in path")
        << kLoopback << "http://localhost/callback%3Fcode=x";
    QTest::newRow("encoded slash and dots") << kLoopback << "http://localhost/callback%2F..";
    QTest::newRow("dot segments") << kLoopback << "http://localhost/x/../callback";
    // Schemes.
    QTest::newRow("https instead of http") << kLoopback << "https://localhost/callback";
    QTest::newRow("custom scheme") << kLoopback << "localhost:/callback";
    QTest::newRow("relative url") << kLoopback << "/callback";

    QTest::newRow("https other port") << kHttps << "https://app.example.test/oauth/cb";
    QTest::newRow("https http instead") << kHttps << "http://app.example.test:8443/oauth/cb";
    QTest::newRow("https look-alike host")
        << kHttps << "https://app.example.test.evil.test:8443/oauth/cb";
    QTest::newRow("https parent domain") << kHttps << "https://example.test:8443/oauth/cb";
    QTest::newRow("https subdomain") << kHttps << "https://x.app.example.test:8443/oauth/cb";
    QTest::newRow("https userinfo") << kHttps << "https://app.example.test:8443@evil.test/oauth/cb";
    QTest::newRow("https path prefix") << kHttps << "https://app.example.test:8443/oauth/cb2";
    QTest::newRow("https parent path") << kHttps << "https://app.example.test:8443/oauth";
    QTest::newRow("https encoded path") << kHttps << "https://app.example.test:8443/oauth%2Fcb";
}

void TestRedirectMatcher::refusesEverythingElse()
{
    QFETCH(QString, redirectUri);
    QFETCH(QString, candidate);
    const RedirectMatcher matcher { QUrl(redirectUri) };
    QVERIFY2(!matcher.matches(QUrl(candidate)), qPrintable(candidate));
}

void TestRedirectMatcher::invalidRedirectUriMatchesNothing()
{
    const RedirectMatcher matcher { QUrl() };
    QVERIFY(!matcher.matches(QUrl()));
    QVERIFY(!matcher.matches(QUrl(QStringLiteral("http://localhost/callback"))));
}

QTEST_GUILESS_MAIN(TestRedirectMatcher)
#include "tst_redirectmatcher.moc"
