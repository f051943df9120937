// The accounts window's token inspector without a window: the claim tree, the countdown, the
// keychain read only while it is open, the copy buttons' texts, and the clipboard that is
// cleared again after an interval unless something else was copied meanwhile.
#include "AccountsController.h"
#include "ClaimTreeModel.h"
#include "FakeServices.h"
#include "SecretClipboard.h"
#include "TokenInspector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace lc;

namespace {
class FakeClipboard : public Clipboard
{
public:
    QString text() const override { return m_text; }
    void setText(const QString &text) override { m_text = text; }

private:
    QString m_text;
};

QString base64Url(const QJsonObject &object)
{
    return QString::fromLatin1(
        QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A JWT as a provider issues it; the signature is not checked here (it was at sign-in).
QString jwt(const QJsonObject &header, const QJsonObject &claims)
{
    return base64Url(header) + QLatin1Char('.') + base64Url(claims) + QStringLiteral(".c2ln");
}

QStringList rowPaths(const ClaimTreeModel &model)
{
    QStringList paths;
    for (int row = 0; row < model.rowCount(); ++row)
        paths.append(model.data(model.index(row), ClaimTreeModel::PathRole).toString());
    return paths;
}
} // namespace

class TokenInspectorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::FakeServices> m_fakes;
    std::shared_ptr<FakeClipboard> m_clipboard;
    std::unique_ptr<SecretClipboard> m_secretClipboard;

    QDateTime now() const { return testing::FakeServices::defaultNow(); }

    StoredTokens tokens(bool jwtAccessToken) const
    {
        StoredTokens stored;
        const qint64 issued = now().addSecs(-600).toSecsSinceEpoch();
        stored.idToken = jwt({ { "alg", "RS256" }, { "kid", "key-1" } },
                             { { "iss", "https://id.acme.test" },
                               { "sub", "sub-ann" },
                               { "aud", QJsonArray { "client", "other" } },
                               { "iat", issued },
                               { "exp", issued + 3600 },
                               { "address", QJsonObject { { "country", "KR" } } } });
        stored.accessToken = jwtAccessToken
            ? jwt({ { "alg", "RS256" }, { "typ", "at+jwt" } },
                  { { "sub", "sub-ann" }, { "scope", "openid games" }, { "iat", issued + 60 } })
            : QStringLiteral("opaque-access-token");
        stored.refreshToken = QStringLiteral("refresh-token");
        stored.expiresAt = now().addSecs(754);
        stored.scopes = QStringList { "openid", "games" };
        return stored;
    }

    AccountRecord seed(const StoredTokens &stored) const
    {
        return m_fakes->seedAccount(testing::plainProfile(), QStringLiteral("ann"),
                                    QStringLiteral("sub-ann"), stored);
    }

    std::unique_ptr<TokenInspector>
    inspect(const AccountRecord &account, const ProviderProfile &profile = testing::plainProfile())
    {
        auto inspector = std::make_unique<TokenInspector>(
            TokenInspector::Account { account, QStringLiteral("Acme"),
                                      QStringLiteral("production") },
            profile, m_fakes->services(), m_secretClipboard.get());
        inspector->start();
        return inspector;
    }

    static bool ready(TokenInspector &inspector)
    {
        return QTest::qWaitFor(
                   [&] { return inspector.status() != TokenInspector::Status::Loading; }, 5000)
            && inspector.status() == TokenInspector::Status::Ready;
    }

private Q_SLOTS:
    void init()
    {
        m_fakes = std::make_unique<testing::FakeServices>();
        m_clipboard = std::make_shared<FakeClipboard>();
        m_secretClipboard = std::make_unique<SecretClipboard>(m_clipboard, 100);
    }
    void cleanup()
    {
        m_secretClipboard.reset();
        m_fakes.reset();
    }

    void claimTreeListsHeaderAndClaimsInDocumentOrderWithDates()
    {
        ClaimTreeModel model;
        model.setSections({ { "header", "Header", { { "alg", "RS256" } } },
                            { "claims",
                              "Claims",
                              { { "sub", "ann" },
                                { "exp", 1900000000 },
                                { "aud", QJsonArray { "a", "b" } } } } });
        QCOMPARE(rowPaths(model),
                 QStringList({ "header", "header.alg", "claims", "claims.aud", "claims.aud.0",
                               "claims.aud.1", "claims.exp", "claims.sub" }));
        QCOMPARE(model.data(model.index(0), ClaimTreeModel::NameRole).toString(), "Header");
        QCOMPARE(model.data(model.index(4), ClaimTreeModel::DepthRole).toInt(), 2);
        QCOMPARE(model.valueAt("claims.exp"), QStringLiteral("1900000000"));
        QCOMPARE(model.valueAt("claims.aud.1"), QStringLiteral("b"));
        const QString note = model.data(model.index(6), ClaimTreeModel::NoteRole).toString();
        QVERIFY2(note.contains(QStringLiteral("2030")), qPrintable(note)); // 2030-03-17
        QVERIFY(model.data(model.index(7), ClaimTreeModel::NoteRole).toString().isEmpty());
        QVERIFY(model.data(model.index(3), ClaimTreeModel::ExpandableRole).toBool());
        QVERIFY(!model.data(model.index(7), ClaimTreeModel::ExpandableRole).toBool());
    }

    void collapsingHidesTheSubtreeAndExpandingBringsItBack()
    {
        ClaimTreeModel model;
        model.setSections(
            { { "claims",
                "Claims",
                { { "a", QJsonObject { { "b", QJsonObject { { "c", 1 } } }, { "d", 2 } } },
                  { "z", 3 } } } });
        QCOMPARE(rowPaths(model),
                 QStringList({ "claims", "claims.a", "claims.a.b", "claims.a.b.c", "claims.a.d",
                               "claims.z" }));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.toggle(2); // claims.a.b
        QCOMPARE(rowPaths(model),
                 QStringList({ "claims", "claims.a", "claims.a.b", "claims.a.d", "claims.z" }));
        QCOMPARE(removed.count(), 1);
        model.toggle(1); // claims.a: its collapsed child stays collapsed inside
        QCOMPARE(rowPaths(model), QStringList({ "claims", "claims.a", "claims.z" }));
        QVERIFY(!model.data(model.index(1), ClaimTreeModel::ExpandedRole).toBool());
        model.toggle(1);
        QCOMPARE(rowPaths(model),
                 QStringList({ "claims", "claims.a", "claims.a.b", "claims.a.d", "claims.z" }));
        model.toggle(2);
        QCOMPARE(model.rowCount(), 6);
        model.toggle(5); // a leaf: nothing happens
        QCOMPARE(model.rowCount(), 6);
    }

    void keychainIsReadOnlyOnceTheViewOpens()
    {
        const AccountRecord account = seed(tokens(false));
        const int before = m_fakes->keychain()->readCount();
        TokenInspector inspector({ account, "Acme", "production" }, testing::plainProfile(),
                                 m_fakes->services(), m_secretClipboard.get());
        QTest::qWait(20);
        QCOMPARE(m_fakes->keychain()->readCount(), before);
        QCOMPARE(inspector.status(), TokenInspector::Status::Loading);
        inspector.start();
        QVERIFY(ready(inspector));
        QCOMPARE(m_fakes->keychain()->readCount(), before + 1);
    }

    void showsTheIdTokensClaimsAndTheFactsAroundThem()
    {
        auto inspector = inspect(seed(tokens(false)));
        QVERIFY(ready(*inspector));
        QVERIFY(inspector->hasIdToken());
        QCOMPARE(inspector->idToken()->valueAt("claims.sub"), QStringLiteral("sub-ann"));
        QCOMPARE(inspector->idToken()->valueAt("claims.iss"),
                 QStringLiteral("https://id.acme.test"));
        QCOMPARE(inspector->idToken()->valueAt("header.kid"), QStringLiteral("key-1"));
        QCOMPARE(inspector->idToken()->valueAt("claims.address.country"), QStringLiteral("KR"));
        QVERIFY(!inspector->accessTokenIsJwt());
        QCOMPARE(inspector->accessToken()->rowCount(), 0);
        QCOMPARE(inspector->scopes(), QStringList({ "openid", "games" }));
        QVERIFY(inspector->hasRefreshToken());
        QVERIFY(inspector->production());
        QVERIFY(inspector->idIssuedText() != TokenInspector::tr("not recorded"));
        // An opaque access token says nothing of when it was issued.
        QCOMPARE(inspector->accessIssuedText(), TokenInspector::tr("not recorded"));
    }

    void aJwtAccessTokenIsDecodedToo()
    {
        auto inspector = inspect(seed(tokens(true)));
        QVERIFY(ready(*inspector));
        QVERIFY(inspector->accessTokenIsJwt());
        QCOMPARE(inspector->accessToken()->valueAt("header.typ"), QStringLiteral("at+jwt"));
        QCOMPARE(inspector->accessToken()->valueAt("claims.scope"), QStringLiteral("openid games"));
        QVERIFY(inspector->accessIssuedText() != TokenInspector::tr("not recorded"));
    }

    void countdownFollowsTheClock()
    {
        auto inspector = inspect(seed(tokens(false)));
        QVERIFY(ready(*inspector));
        QCOMPARE(inspector->secondsLeft(), 754);
        QCOMPARE(inspector->countdownText(), TokenInspector::tr("Expires in %1").arg("12:34"));
        QSignalSpy ticked(inspector.get(), &TokenInspector::ticked);
        m_fakes->clock()->advance(4);
        QVERIFY(ticked.wait(2000));
        QCOMPARE(inspector->secondsLeft(), 750);
        m_fakes->clock()->advance(750 + 4000);
        QCOMPARE(inspector->secondsLeft(), -4000);
        QCOMPARE(TokenInspector::countdownText(-4000),
                 TokenInspector::tr("Expired %1 ago; it is refreshed on next use").arg("1:06:40"));
        QCOMPARE(TokenInspector::countdownText(3725),
                 TokenInspector::tr("Expires in %1").arg("1:02:05"));
    }

    void aMissingEntryAsksToSignInAgain()
    {
        const AccountRecord account = seed(tokens(false));
        m_fakes->keychain()->set(account.keychainKey(), QByteArray());
        auto inspector = inspect(account);
        QVERIFY(!ready(*inspector));
        QCOMPARE(inspector->status(), TokenInspector::Status::Failed);
        QVERIFY2(inspector->errorText().contains(QStringLiteral("Sign in again")),
                 qPrintable(inspector->errorText()));
    }

    void aLockedKeychainSaysSoAndShowsNothing()
    {
        const AccountRecord account = seed(tokens(false));
        m_fakes->keychain()->setMode(testing::MemoryKeychain::Mode::Absent);
        auto inspector = inspect(account);
        QVERIFY(!ready(*inspector));
        QVERIFY2(inspector->errorText().contains(QStringLiteral("keychain")),
                 qPrintable(inspector->errorText()));
        QCOMPARE(inspector->idToken()->rowCount(), 0);
        inspector->copyAccessToken();
        QVERIFY(m_clipboard->text().isEmpty());
    }

    void copiesTheTokenTheHeaderAndACurlCommand()
    {
        const StoredTokens stored = tokens(false);
        ProviderProfile profile = testing::plainProfile();
        profile.userinfoEndpoint = QUrl(QStringLiteral("https://id.acme.test/userinfo"));
        auto inspector = inspect(seed(stored), profile);
        QVERIFY(ready(*inspector));
        QVERIFY(inspector->clipboardNote().contains(QStringLiteral("1 second")));
        inspector->copyAccessToken();
        QCOMPARE(m_clipboard->text(), stored.accessToken);
        QVERIFY2(inspector->copyNotice().contains(QStringLiteral("cleared from the clipboard")),
                 qPrintable(inspector->copyNotice()));
        inspector->copyAuthorizationHeader();
        QCOMPARE(m_clipboard->text(), QStringLiteral("Authorization: Bearer opaque-access-token"));
        inspector->copyCurlCommand();
        QCOMPARE(m_clipboard->text(),
                 QStringLiteral("curl -sS -H 'Authorization: Bearer opaque-access-token' "
                                "'https://id.acme.test/userinfo'"));
        QVERIFY(inspector->copyNotice().contains(QStringLiteral("https://id.acme.test/userinfo")));
    }

    void curlWithoutAUserinfoEndpointLeavesTheAddressToFillIn()
    {
        QCOMPARE(TokenInspector::curlCommand(QStringLiteral("t'k"), QUrl()),
                 QStringLiteral("curl -sS -H 'Authorization: Bearer t'\\''k' \"$URL\""));
    }

    void curlUsesTheDiscoveredUserinfoEndpointOfAnIssuerProfile()
    {
        ProviderProfile profile = testing::plainProfile();
        profile.issuer = QStringLiteral("https://id.acme.test");
        profile.userinfoEndpoint = QUrl(); // named by discovery only
        m_fakes->services().metadataCache.store(
            profile.issuer, { { "userinfo_endpoint", "https://id.acme.test/me" } }, now(),
            now().addSecs(60));
        auto inspector = inspect(seed(tokens(false)), profile);
        QCOMPARE(inspector->userinfoEndpoint(), QUrl(QStringLiteral("https://id.acme.test/me")));
    }

    void copiedTokenIsClearedAfterTheInterval()
    {
        auto inspector = inspect(seed(tokens(false)));
        QVERIFY(ready(*inspector));
        QSignalSpy expired(m_secretClipboard.get(), &SecretClipboard::expired);
        inspector->copyAccessToken();
        QCOMPARE(m_clipboard->text(), QStringLiteral("opaque-access-token"));
        QVERIFY(expired.wait(2000));
        QCOMPARE(expired.first().first().toBool(), true);
        QVERIFY(m_clipboard->text().isEmpty());
        QVERIFY2(inspector->copyNotice().contains(QStringLiteral("was cleared")),
                 qPrintable(inspector->copyNotice()));
    }

    void somethingCopiedMeanwhileIsLeftAlone()
    {
        auto inspector = inspect(seed(tokens(false)));
        QVERIFY(ready(*inspector));
        QSignalSpy expired(m_secretClipboard.get(), &SecretClipboard::expired);
        inspector->copyAccessToken();
        m_clipboard->setText(QStringLiteral("the user's own text"));
        QVERIFY(expired.wait(2000));
        QCOMPARE(expired.first().first().toBool(), false);
        QCOMPARE(m_clipboard->text(), QStringLiteral("the user's own text"));
        QVERIFY2(inspector->copyNotice().contains(QStringLiteral("left as it is")),
                 qPrintable(inspector->copyNotice()));
    }

    void aTokenStillOnTheClipboardIsClearedWhenTheWindowCloses()
    {
        auto clipboard = std::make_unique<SecretClipboard>(m_clipboard, 60'000);
        QVERIFY(clipboard->copy(QStringLiteral("secret")));
        clipboard.reset();
        QVERIFY(m_clipboard->text().isEmpty());

        clipboard = std::make_unique<SecretClipboard>(m_clipboard, 60'000);
        QVERIFY(clipboard->copy(QStringLiteral("secret")));
        m_clipboard->setText(QStringLiteral("mine"));
        clipboard.reset();
        QCOMPARE(m_clipboard->text(), QStringLiteral("mine"));
    }

    void closingTheDetailsDropsTheInspectorAndAPendingClearStillHappens()
    {
        Services services = m_fakes->services();
        services.timeouts.clipboardClearMs = 100;
        const AccountRecord account = seed(tokens(false));
        AccountsController controller(services);
        controller.setClipboard(m_clipboard);
        QSignalSpy changed(&controller, &AccountsController::detailsChanged);
        controller.openDetails(account.profileId, account.subject);
        QPointer<TokenInspector> inspector = controller.details();
        QVERIFY(inspector);
        QCOMPARE(changed.count(), 1);
        QVERIFY(ready(*inspector));
        inspector->copyAccessToken();
        controller.closeDetails();
        QCOMPARE(changed.count(), 2);
        QVERIFY(!controller.details());
        QTRY_VERIFY(!inspector); // deleted with its tokens
        QTRY_VERIFY(m_clipboard->text().isEmpty());
    }

    void detailsOfAnAccountThatIsGoneSaySo()
    {
        AccountsController controller(m_fakes->services());
        controller.openDetails(QStringLiteral("demo"), QStringLiteral("nobody"));
        QVERIFY(!controller.details());
        QVERIFY(!controller.statusText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TokenInspectorTest)
#include "tst_tokeninspector.moc"
