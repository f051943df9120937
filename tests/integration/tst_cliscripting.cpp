// Scripting (issue 12): `token --json` checked against the provider, `status` and its exit
// codes, `logout --all` (with and without --profile, asking on a terminal, refusing without
// --yes when there is none) and a profile's default account (`use`). Real login-companion
// processes, signing in through the system-browser stand-in to the fixture's oidc-provider,
// tokens in the real gnome-keyring.
#include "CliSession.h"
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace lc;
using namespace lc::test;

namespace {
// How long the fixture's provider makes access tokens live: tests/oidc/provider.mjs's
// --access-token-ttl default, which tests/oidc/fixture.sh leaves as it is.
constexpr qint64 kAccessTokenLifetimeSeconds = 3600;
const QString kClientId = QStringLiteral("login-companion-demo");

QStringList labelsIn(const ProcessResult &accountsJson)
{
    QStringList labels;
    const QJsonArray rows = QJsonDocument::fromJson(accountsJson.standardOutput.toUtf8()).array();
    for (const QJsonValue &row : rows)
        labels.append(row.toObject().value(QStringLiteral("label")).toString());
    return labels;
}
} // namespace

class CliScriptingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    CliSession m_cli;

    ProcessResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_cli.run(arguments, {}, input);
    }

    // A profile of the fixture's provider, signed in to by `users` (the stand-in's logins).
    QString signedIn(const QString &profileId, const QStringList &users)
    {
        const QString path = writeLoopbackProfile(
            m_files, profileId, { { QStringLiteral("environment"), QStringLiteral("staging") } });
        for (const QString &user : users) {
            const ProcessResult login = m_cli.signIn(path, user);
            if (login.exitCode != 0)
                qWarning("sign-in of %s failed: %s %s", qPrintable(user),
                         qPrintable(login.standardError), qPrintable(m_cli.standInLog()));
        }
        return profileId;
    }

    QStringList accountLabels()
    {
        return labelsIn(cli({ QStringLiteral("accounts"), QStringLiteral("--json") }));
    }

    // login-companion with a terminal on stdin (script(1) runs it on a pseudo-terminal) and
    // `typed` as what the user types.
    ProcessResult onATerminal(const QStringList &arguments, const QByteArray &typed)
    {
        QStringList words;
        for (const QString &word : QStringList { QStringLiteral(LC_CLI_PATH) } + arguments)
            words.append(u'\'' + word + u'\''); // no quote in these
        QProcess process;
        process.setWorkingDirectory(m_files.path());
        process.start(QStringLiteral("script"),
                      { QStringLiteral("--quiet"), QStringLiteral("--return"),
                        QStringLiteral("--command"), words.join(u' '),
                        QStringLiteral("/dev/null") });
        ProcessResult result;
        if (!process.waitForStarted(10'000))
            return result;
        // Typed once the question is on the screen, as a person would.
        (void)QTest::qWaitFor(
            [&] { return process.bytesAvailable() > 0 && process.peek(4096).contains("[y/N]"); },
            30'000);
        process.write(typed);
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000))
            process.kill();
        result.exitCode = process.exitCode();
        result.standardOutput = QString::fromUtf8(process.readAll());
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void init() { CliSession::startAfresh(); }

    void tokenJsonMatchesTheProvider()
    {
        const QString profile
            = signedIn(QStringLiteral("scripted"), { QStringLiteral("json-user") });
        // A refresh, so that the expiry is the provider's expires_in from just now.
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ProcessResult result
            = cli({ QStringLiteral("token"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--json"), QStringLiteral("--min-validity"),
                    QString::number(kAccessTokenLifetimeSeconds * 10) });
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QCOMPARE(result.standardError, QString());
        QJsonParseError parseError;
        const QJsonObject json
            = QJsonDocument::fromJson(result.standardOutput.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        const QJsonObject account = json.value(QStringLiteral("account")).toObject();
        QCOMPARE(account.value(QStringLiteral("profile")).toString(), profile);
        QCOMPARE(account.value(QStringLiteral("label")).toString(), QStringLiteral("json-user"));
        QCOMPARE(account.value(QStringLiteral("subject")).toString(), QStringLiteral("json-user"));
        QCOMPARE(account.value(QStringLiteral("email")).toString(),
                 QStringLiteral("json-user@example.test"));
        QCOMPARE(account.value(QStringLiteral("environment")).toString(),
                 QStringLiteral("staging"));

        // The access token is the provider's: userinfo answers for this subject.
        const QString accessToken = json.value(QStringLiteral("accessToken")).toString();
        QCOMPARE(userinfoSubject(accessToken), account.value(QStringLiteral("subject")).toString());
        QCOMPARE(json.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));

        // ISO 8601 in UTC, the provider's expires_in from the moment of the refresh.
        const QString expiresAtText = json.value(QStringLiteral("expiresAt")).toString();
        QVERIFY2(expiresAtText.endsWith(u'Z'), qPrintable(expiresAtText));
        const QDateTime expiresAt = QDateTime::fromString(expiresAtText, Qt::ISODate);
        QVERIFY(expiresAt.isValid());
        QVERIFY2(expiresAt >= before.addSecs(kAccessTokenLifetimeSeconds - 2)
                     && expiresAt <= after.addSecs(kAccessTokenLifetimeSeconds + 2),
                 qPrintable(expiresAtText));
        const qint64 expiresIn = json.value(QStringLiteral("expiresIn")).toInteger(-1);
        QVERIFY2(expiresIn <= kAccessTokenLifetimeSeconds
                     && expiresIn >= kAccessTokenLifetimeSeconds - before.secsTo(after) - 2,
                 qPrintable(QString::number(expiresIn)));

        QStringList scopes;
        for (const QJsonValue &scope : json.value(QStringLiteral("scopes")).toArray())
            scopes.append(scope.toString());
        for (const char *scope : { "openid", "offline_access", "profile", "email" })
            QVERIFY2(scopes.contains(QLatin1String(scope)), qPrintable(scopes.join(u' ')));

        QVERIFY(!json.value(QStringLiteral("idToken")).toString().isEmpty());
        const QJsonObject claims = json.value(QStringLiteral("idTokenClaims")).toObject();
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(),
                 account.value(QStringLiteral("subject")).toString());
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), issuer());
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), kClientId);
        // Asked for the access token, not the refresh token.
        auto stored = AccountStore().tokens(AccountIndex().find(profile, QString()).value());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().accessToken, accessToken);
        QVERIFY(!result.standardOutput.contains(stored.value().refreshToken));

        // Plain `token` is as it was: the token alone on one line (the same one, still valid).
        const ProcessResult plain
            = cli({ QStringLiteral("token"), QStringLiteral("--profile"), profile });
        QCOMPARE(plain.standardOutput, accessToken + u'\n');
        // And the account list agrees on the expiry.
        const QJsonObject row
            = QJsonDocument::fromJson(cli({ QStringLiteral("accounts"), QStringLiteral("--json") })
                                          .standardOutput.toUtf8())
                  .array()
                  .first()
                  .toObject();
        QCOMPARE(row.value(QStringLiteral("expiresAt")).toString(), expiresAtText);
        QCOMPARE(row.value(QStringLiteral("email")).toString(),
                 QStringLiteral("json-user@example.test"));
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    }

    void statusIsZeroWhenAllAreUsableAndThreeOnceOneNeedsASignIn()
    {
        const QString profile = signedIn(
            QStringLiteral("watched"), { QStringLiteral("status-a"), QStringLiteral("status-b") });
        const ProcessResult healthy = cli({ QStringLiteral("status") });
        QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.standardOutput + healthy.standardError));
        QVERIFY2(healthy.standardOutput.startsWith(
                     QStringLiteral("watched: Local test provider, staging\n")),
                 qPrintable(healthy.standardOutput));
        QVERIFY(healthy.standardOutput.contains(QStringLiteral("  status-a: usable\n")));
        QVERIFY(healthy.standardOutput.contains(
            QStringLiteral("person: Demo Player (status-b) <status-b@example.test>")));
        QCOMPARE(healthy.standardOutput.count(QStringLiteral("refresh token: held")), 2);
        QCOMPARE(healthy.standardOutput.count(QStringLiteral("access token: valid until")), 2);

        // The provider forgets status-b's grant; its next refresh is rejected and marks it.
        auto account = AccountIndex().find(profile, QStringLiteral("status-b"));
        QVERIFY(account.ok());
        auto tokens = AccountStore().tokens(account.value());
        QVERIFY(tokens.ok());
        const HttpResult revoked
            = httpPostForm(QUrl(issuer() + QStringLiteral("/token/revocation")),
                           { { QStringLiteral("token"), tokens.value().refreshToken },
                             { QStringLiteral("token_type_hint"), QStringLiteral("refresh_token") },
                             { QStringLiteral("client_id"), kClientId } });
        QCOMPARE(revoked.status, 200);
        const ProcessResult refresh
            = cli({ QStringLiteral("token"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--account"), QStringLiteral("status-b"),
                    QStringLiteral("--min-validity"), QStringLiteral("999999") });
        QCOMPARE(refresh.exitCode, int(ExitLoginRequired));

        const ProcessResult degraded = cli({ QStringLiteral("status") });
        QCOMPARE(degraded.exitCode, int(ExitLoginRequired));
        QVERIFY2(degraded.standardOutput.contains(QStringLiteral("  status-a: usable\n")),
                 qPrintable(degraded.standardOutput));
        QVERIFY2(degraded.standardOutput.contains(QStringLiteral("  status-b: sign-in required")),
                 qPrintable(degraded.standardOutput));
        QVERIFY(degraded.standardOutput.contains(
            QStringLiteral("login-companion login --profile watched --account status-b")));
        QCOMPARE(degraded.standardOutput.count(QStringLiteral("refresh token: held")), 1);

        // Only another profile's accounts: all usable. A profile without any: nothing usable.
        signedIn(QStringLiteral("other"), { QStringLiteral("status-c") });
        QCOMPARE(
            cli({ QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("other") })
                .exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("status"), QStringLiteral("--profile"), profile }).exitCode,
                 int(ExitLoginRequired));
        const ProcessResult none = cli(
            { QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("demo") });
        QCOMPARE(none.exitCode, int(ExitLoginRequired));
        QCOMPARE(none.standardOutput, QString());
    }

    void logoutAllWithoutATerminalNeedsYes()
    {
        const QString profile = signedIn(QStringLiteral("kept"), { QStringLiteral("keeper") });
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("logout"), QStringLiteral("--all") },
               QStringList { QStringLiteral("logout"), QStringLiteral("--all"),
                             QStringLiteral("--profile"), profile } }) {
            const ProcessResult refused = cli(arguments, "y\n"); // a pipe, not a person
            QCOMPARE(refused.exitCode, int(ExitUsage));
            QVERIFY2(refused.standardError.contains(QStringLiteral("--yes")),
                     qPrintable(refused.standardError));
            QCOMPARE(refused.standardError.count(u'\n'), 1);
            QCOMPARE(refused.standardOutput, QString());
        }
        QCOMPARE(accountLabels(), QStringList { QStringLiteral("keeper") });
        QCOMPARE(userinfoSubject(m_cli.accessToken(profile, QStringLiteral("keeper"))),
                 QStringLiteral("keeper"));
        const ProcessResult both
            = cli({ QStringLiteral("logout"), QStringLiteral("--all"), QStringLiteral("--account"),
                    QStringLiteral("keeper"), QStringLiteral("--yes") });
        QCOMPARE(both.exitCode, int(ExitUsage));
        QCOMPARE(accountLabels(), QStringList { QStringLiteral("keeper") });
    }

    void logoutAllSignsOutAProfilesAccountsThenEveryAccount()
    {
        const QString first = signedIn(QStringLiteral("first"),
                                       { QStringLiteral("first-a"), QStringLiteral("first-b") });
        const QString second = signedIn(QStringLiteral("second"), { QStringLiteral("second-a") });
        const QString firstToken = m_cli.accessToken(first, QStringLiteral("first-a"));
        const QString secondToken = m_cli.accessToken(second, QStringLiteral("second-a"));
        QCOMPARE(userinfoSubject(firstToken), QStringLiteral("first-a"));

        const ProcessResult oneProfile
            = cli({ QStringLiteral("logout"), QStringLiteral("--all"), QStringLiteral("--profile"),
                    first, QStringLiteral("--yes") });
        QVERIFY2(oneProfile.exitCode == 0, qPrintable(oneProfile.standardError));
        QCOMPARE(oneProfile.standardOutput.count(QStringLiteral("Signed out ")), 2);
        QCOMPARE(accountLabels(), QStringList { QStringLiteral("second-a") });
        QCOMPARE(userinfoSubject(firstToken), QStringLiteral("HTTP 401")); // revoked
        QCOMPARE(userinfoSubject(secondToken), QStringLiteral("second-a"));

        const ProcessResult everyone
            = cli({ QStringLiteral("logout"), QStringLiteral("--all"), QStringLiteral("--yes") });
        QVERIFY2(everyone.exitCode == 0, qPrintable(everyone.standardError));
        QCOMPARE(everyone.standardOutput,
                 QStringLiteral("Signed out second-a from Local test provider.\n"));
        QVERIFY(accountLabels().isEmpty());
        QCOMPARE(userinfoSubject(secondToken), QStringLiteral("HTTP 401"));

        // Nothing left: nothing to do, and no error.
        const ProcessResult nothing
            = cli({ QStringLiteral("logout"), QStringLiteral("--all"), QStringLiteral("--yes") });
        QCOMPARE(nothing.exitCode, 0);
        QCOMPARE(nothing.standardOutput, QString());
    }

    void logoutAllAsksOnATerminal()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty(),
                 "script(1) (util-linux) runs the command on a pseudo-terminal");
        const QString profile = signedIn(QStringLiteral("asked"), { QStringLiteral("asked-a") });

        const ProcessResult declined
            = onATerminal({ QStringLiteral("logout"), QStringLiteral("--all") }, "n\n");
        QVERIFY2(declined.standardOutput.contains(
                     QStringLiteral("Sign out 1 account(s) (asked/asked-a)? [y/N]")),
                 qPrintable(declined.standardOutput));
        QCOMPARE(declined.exitCode, int(ExitCancelled));
        QCOMPARE(accountLabels(), QStringList { QStringLiteral("asked-a") });

        const ProcessResult accepted
            = onATerminal({ QStringLiteral("logout"), QStringLiteral("--all") }, "y\n");
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.standardOutput));
        QVERIFY(accepted.standardOutput.contains(QStringLiteral("Signed out asked-a")));
        QVERIFY(accountLabels().isEmpty());
        Q_UNUSED(profile);
    }

    void useMakesTheDefaultAccountAndSigningItOutClearsIt()
    {
        const QString profile = signedIn(
            QStringLiteral("several"),
            { QStringLiteral("def-a"), QStringLiteral("def-b"), QStringLiteral("def-c") });
        const QStringList tokenWithoutAccount { QStringLiteral("token"),
                                                QStringLiteral("--profile"), profile };
        const ProcessResult ambiguous = cli(tokenWithoutAccount);
        QCOMPARE(ambiguous.exitCode, int(ExitUsage));
        QVERIFY2(ambiguous.standardError.contains(
                     QStringLiteral("login-companion use --profile several")),
                 qPrintable(ambiguous.standardError));

        const ProcessResult unknown
            = cli({ QStringLiteral("use"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--account"), QStringLiteral("nobody") });
        QCOMPARE(unknown.exitCode, int(ExitUsage));
        QVERIFY2(unknown.standardError.contains(QStringLiteral("def-a, def-b, def-c")),
                 qPrintable(unknown.standardError));
        QCOMPARE(cli({ QStringLiteral("use"), QStringLiteral("--profile"), profile }).exitCode,
                 int(ExitUsage));
        QCOMPARE(cli(tokenWithoutAccount).exitCode, int(ExitUsage)); // nothing was chosen

        const ProcessResult chosen
            = cli({ QStringLiteral("use"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--account"), QStringLiteral("def-b") });
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.standardError));
        const ProcessResult token = cli(tokenWithoutAccount);
        QVERIFY2(token.exitCode == 0, qPrintable(token.standardError));
        QCOMPARE(userinfoSubject(token.standardOutput.trimmed()), QStringLiteral("def-b"));
        QVERIFY(cli({ QStringLiteral("status"), QStringLiteral("--profile"), profile })
                    .standardOutput.contains(QStringLiteral("  def-b: usable (default)\n")));
        // --account still picks another one.
        QCOMPARE(userinfoSubject(m_cli.accessToken(profile, QStringLiteral("def-c"))),
                 QStringLiteral("def-c"));

        // Signing out of the default account clears the default.
        const ProcessResult logout
            = cli({ QStringLiteral("logout"), QStringLiteral("--profile"), profile });
        QVERIFY2(logout.exitCode == 0, qPrintable(logout.standardError));
        QCOMPARE(logout.standardOutput,
                 QStringLiteral("Signed out def-b from Local test provider.\n"));
        QCOMPARE(accountLabels(),
                 (QStringList { QStringLiteral("def-a"), QStringLiteral("def-c") }));
        QCOMPARE(cli(tokenWithoutAccount).exitCode, int(ExitUsage));
    }
};

QTEST_GUILESS_MAIN(CliScriptingTest)
#include "tst_cliscripting.moc"
