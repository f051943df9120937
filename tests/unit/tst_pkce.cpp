#include "auth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace lc;

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void challengeMatchesRfc7636AppendixB();
    void base64UrlOmitsPaddingAndUsesUrlAlphabet();
    void generatedVerifierIs43UnreservedCharacters();
    void generatedVerifiersDifferBetweenCalls();
    void generatedChallengeIsS256OfVerifier();
};

void TestPkce::challengeMatchesRfc7636AppendixB()
{
    // RFC 7636 Appendix B: the verifier is base64url of these 32 octets ("...1p1r_wW1g...").
    const unsigned char octets[]
        = { 116, 24,  223, 180, 151, 153, 224, 37,  79, 250, 96, 125, 216, 173, 187, 186,
            22,  212, 37,  77,  105, 214, 191, 240, 91, 88,  5,  88,  83,  132, 141, 121 };
    const QByteArray verifier
        = base64Url(QByteArray(reinterpret_cast<const char *>(octets), sizeof octets));
    QCOMPARE(verifier, QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QCOMPARE(Pkce::challengeFor(verifier),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::base64UrlOmitsPaddingAndUsesUrlAlphabet()
{
    // 0xfb 0xff encodes to "+/8=" in plain base64.
    QCOMPARE(base64Url(QByteArray::fromHex("fbff")), QByteArray("-_8"));
}

void TestPkce::generatedVerifierIs43UnreservedCharacters()
{
    // RFC 7636 §4.1: 43..128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    for (int i = 0; i < 50; ++i) {
        const Pkce pkce = Pkce::generate();
        QCOMPARE(pkce.verifier.size(), 43);
        QVERIFY2(unreserved.match(QString::fromLatin1(pkce.verifier)).hasMatch(),
                 pkce.verifier.constData());
        QVERIFY2(unreserved.match(QString::fromLatin1(pkce.challenge)).hasMatch(),
                 pkce.challenge.constData());
        QCOMPARE(pkce.challenge.size(), 43); // SHA-256 is 32 bytes, too
    }
}

void TestPkce::generatedVerifiersDifferBetweenCalls()
{
    QSet<QByteArray> verifiers;
    for (int i = 0; i < 100; ++i)
        verifiers.insert(Pkce::generate().verifier);
    QCOMPARE(verifiers.size(), 100);
    QVERIFY(randomUrlSafeString(16) != randomUrlSafeString(16));
}

void TestPkce::generatedChallengeIsS256OfVerifier()
{
    const Pkce pkce = Pkce::generate();
    QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
    QVERIFY(pkce.challenge != pkce.verifier); // not the "plain" method
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
