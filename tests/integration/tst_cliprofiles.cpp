// Profiles that stay put (issue 12): `profile add/list/show/remove`, `login --profile FILE`
// installing the file, and every entry of `accounts --json` working as `token --profile
// <profile> --account <label>` from another folder after the file is gone. Real
// login-companion processes, signing in through the system-browser stand-in to the fixture's
// oidc-provider, tokens in the real gnome-keyring.
#include "CliSession.h"
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountIndex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lc;
using namespace lc::test;

namespace {
QJsonArray jsonArray(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.standardOutput.toUtf8()).array();
}

// The lines of `profile list` by profile id.
QHash<QString, QStringList> profileList(const ProcessResult &result)
{
    QHash<QString, QStringList> rows;
    for (const QString &line : result.standardOutput.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        rows.insert(fields.first(), fields);
    }
    return rows;
}
} // namespace

class CliProfilesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    CliSession m_cli;

    ProcessResult cli(const QStringList &arguments, const QString &folder = {})
    {
        return m_cli.run(arguments, folder);
    }

    // Signs `user` in; the test stops (with the stand-in's log) if that fails.
    void signIn(const QString &profile, const QString &user, const QString &folder = {},
                const QStringList &more = {})
    {
        const ProcessResult login = m_cli.signIn(profile, user, more, folder);
        QVERIFY2(login.exitCode == 0, qPrintable(login.standardError + m_cli.standInLog()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void init()
    {
        CliSession::startAfresh();
        m_cli.unsetVariable(QStringLiteral("LOGIN_COMPANION_QA_BASE"));
    }

    void addInstallsAProfileThatListAndShowDescribe()
    {
        // A placeholder set now (in the environment) and unset later.
        const QString path = writeProfile(
            m_files, QStringLiteral("qa"),
            { { QStringLiteral("environment"), QStringLiteral("staging") },
              { QStringLiteral("authorizationEndpoint"), QStringLiteral("%qa-base%/auth") } });
        m_cli.setVariable(QStringLiteral("LOGIN_COMPANION_QA_BASE"), issuer());

        const ProcessResult added = cli({ QStringLiteral("profile"), QStringLiteral("add"), path });
        QVERIFY2(added.exitCode == 0, qPrintable(added.standardError));
        QVERIFY2(added.standardOutput.startsWith(QStringLiteral("Installed profile \"qa\"")),
                 qPrintable(added.standardOutput));
        QVERIFY(QFile::exists(ProfileRepository::installedPath(QStringLiteral("qa"))));
        const ProcessResult again = cli({ QStringLiteral("profile"), QStringLiteral("add"), path });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.standardOutput.contains(QStringLiteral("already installed")),
                 qPrintable(again.standardOutput));

        const auto listed = profileList(cli({ QStringLiteral("profile"), QStringLiteral("list") }));
        QCOMPARE(listed.value(QStringLiteral("qa")),
                 (QStringList { QStringLiteral("qa"), QStringLiteral("installed"),
                                QStringLiteral("staging"), QStringLiteral("ready"),
                                QStringLiteral("Local test provider") }));
        QCOMPARE(listed.value(QStringLiteral("demo")).mid(0, 4),
                 (QStringList { QStringLiteral("demo"), QStringLiteral("built-in"),
                                QStringLiteral("local"), QStringLiteral("ready") }));
        QVERIFY2(listed.value(QStringLiteral("rayteams"))
                     .value(3)
                     .contains(QStringLiteral("rayteams-base")),
                 qPrintable(listed.value(QStringLiteral("rayteams")).join(u'|')));

        // `show` prints the profile resolved: the placeholder filled in, its defaults gone.
        const ProcessResult shown
            = cli({ QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("qa") });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.standardError));
        const QJsonObject profile = QJsonDocument::fromJson(shown.standardOutput.toUtf8()).object();
        QCOMPARE(profile.value(QStringLiteral("id")).toString(), QStringLiteral("qa"));
        QCOMPARE(profile.value(QStringLiteral("authorizationEndpoint")).toString(),
                 issuer() + QStringLiteral("/auth"));
        QCOMPARE(profile.value(QStringLiteral("environment")).toString(),
                 QStringLiteral("staging"));

        // The value gone: listed as not set, and `show` names it.
        m_cli.unsetVariable(QStringLiteral("LOGIN_COMPANION_QA_BASE"));
        const auto unset = profileList(cli({ QStringLiteral("profile"), QStringLiteral("list") }));
        QCOMPARE(unset.value(QStringLiteral("qa")).value(3),
                 QStringLiteral("placeholders not set: qa-base"));
        const ProcessResult unresolved
            = cli({ QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("qa") });
        QCOMPARE(unresolved.exitCode, int(ExitUsage));
        QVERIFY(unresolved.standardError.contains(QStringLiteral("LOGIN_COMPANION_QA_BASE")));
        QCOMPARE(unresolved.standardOutput, QString());
    }

    void addRefusesInvalidProfilesAndBuiltInIds()
    {
        const QString shadow = writeProfile(m_files, QStringLiteral("demo"));
        const ProcessResult refused
            = cli({ QStringLiteral("profile"), QStringLiteral("add"), shadow });
        QCOMPARE(refused.exitCode, int(ExitUsage));
        QVERIFY2(refused.standardError.contains(QStringLiteral("built-in")),
                 qPrintable(refused.standardError));
        QCOMPARE(refused.standardError.count(u'\n'), 1);

        const QString unknownKey = writeProfile(m_files, QStringLiteral("typo"),
                                                { { QStringLiteral("scope"), QJsonArray() } });
        const ProcessResult invalid
            = cli({ QStringLiteral("profile"), QStringLiteral("add"), unknownKey });
        QCOMPARE(invalid.exitCode, int(ExitUsage));
        QVERIFY2(invalid.standardError.contains(QStringLiteral("\"scope\"")),
                 qPrintable(invalid.standardError));
        QVERIFY(ProfileRepository::installedIds().isEmpty());

        // `login` installs the same way, so it refuses the same files before any sign-in.
        const ProcessResult login = m_cli.signIn(shadow, QStringLiteral("nobody"));
        QCOMPARE(login.exitCode, int(ExitUsage));
        QVERIFY(login.standardError.contains(QStringLiteral("built-in")));
        QCOMPARE(cli({ QStringLiteral("accounts") }).standardOutput, QString());
    }

    void showNeverPrintsAClientSecret()
    {
        const QString path = writeProfile(
            m_files, QStringLiteral("qa-secret"),
            { { QStringLiteral("clientAuthentication"), QStringLiteral("client_secret_post") } });
        QCOMPARE(cli({ QStringLiteral("profile"), QStringLiteral("add"), path }).exitCode, 0);
        const ProcessResult stored
            = m_cli.run({ QStringLiteral("secret"), QStringLiteral("set"),
                          QStringLiteral("--profile"), QStringLiteral("qa-secret") },
                        {}, "keychain-secret-5f2c\n");
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.standardError));
        m_cli.setVariable(QStringLiteral("LOGIN_COMPANION_CLIENT_SECRET_QA_SECRET"),
                          QStringLiteral("environment-secret-9d1e"));

        for (const QStringList &arguments :
             { QStringList { QStringLiteral("profile"), QStringLiteral("show"),
                             QStringLiteral("qa-secret") },
               QStringList { QStringLiteral("profile"), QStringLiteral("show"), path },
               QStringList { QStringLiteral("profile"), QStringLiteral("list") } }) {
            const ProcessResult shown = cli(arguments);
            QVERIFY2(shown.exitCode == 0, qPrintable(shown.standardError));
            const QString all = shown.standardOutput + shown.standardError;
            QVERIFY(!all.contains(QStringLiteral("keychain-secret-5f2c")));
            QVERIFY(!all.contains(QStringLiteral("environment-secret-9d1e")));
        }
        const ProcessResult shown = cli(
            { QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("qa-secret") });
        QVERIFY(shown.standardOutput.contains(QStringLiteral("client_secret_post")));
        m_cli.unsetVariable(QStringLiteral("LOGIN_COMPANION_CLIENT_SECRET_QA_SECRET"));
    }

    void removeIsRefusedWhileUsedAndForceSignsOut()
    {
        const QString path = writeLoopbackProfile(m_files, QStringLiteral("qa-remove"));
        signIn(path, QStringLiteral("remover1"));
        signIn(path, QStringLiteral("remover2"));
        const QString accessToken
            = m_cli.accessToken(QStringLiteral("qa-remove"), QStringLiteral("remover1"));
        QCOMPARE(userinfoSubject(accessToken), QStringLiteral("remover1"));

        const ProcessResult refused = cli(
            { QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("qa-remove") });
        QCOMPARE(refused.exitCode, int(ExitUsage));
        QVERIFY2(refused.standardError.contains(QStringLiteral("remover1, remover2"))
                     && refused.standardError.contains(QStringLiteral("--force")),
                 qPrintable(refused.standardError));
        QVERIFY(QFile::exists(ProfileRepository::installedPath(QStringLiteral("qa-remove"))));
        QCOMPARE(jsonArray(cli({ QStringLiteral("accounts"), QStringLiteral("--json") })).size(),
                 2);
        QCOMPARE(userinfoSubject(accessToken), QStringLiteral("remover1"));

        const ProcessResult forced
            = cli({ QStringLiteral("profile"), QStringLiteral("remove"),
                    QStringLiteral("qa-remove"), QStringLiteral("--force") });
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.standardError));
        QCOMPARE(forced.standardOutput.count(QStringLiteral("Signed out ")), 2);
        QVERIFY(forced.standardOutput.endsWith(QStringLiteral("Removed profile \"qa-remove\".\n")));
        QVERIFY(!QFile::exists(ProfileRepository::installedPath(QStringLiteral("qa-remove"))));
        QCOMPARE(cli({ QStringLiteral("accounts"), QStringLiteral("--json") }).standardOutput,
                 QStringLiteral("[]\n"));
        // Signed out for real: the provider no longer takes the access token.
        QCOMPARE(userinfoSubject(accessToken), QStringLiteral("HTTP 401"));
        QCOMPARE(cli({ QStringLiteral("token"), QStringLiteral("--profile"),
                       QStringLiteral("qa-remove") })
                     .exitCode,
                 int(ExitUsage));

        // Built-in profiles are never removed.
        const ProcessResult builtIn = cli({ QStringLiteral("profile"), QStringLiteral("remove"),
                                            QStringLiteral("demo"), QStringLiteral("--force") });
        QCOMPARE(builtIn.exitCode, int(ExitUsage));
    }

    void accountsJsonEntriesWorkAsTokenArgumentsFromAnotherFolder()
    {
        auto first = std::make_unique<QTemporaryDir>();
        QVERIFY(first->isValid());
        writeLoopbackProfile(*first, QStringLiteral("roundtrip"),
                             { { QStringLiteral("environment"), QStringLiteral("staging") } });
        // A relative path, as a tester types it in the folder that has the file.
        const QString relative = QStringLiteral("roundtrip.json");
        const ProcessResult login
            = m_cli.signIn(relative, QStringLiteral("traveller"), {}, first->path());
        QVERIFY2(login.exitCode == 0, qPrintable(login.standardError + m_cli.standInLog()));
        QVERIFY2(login.standardError.contains(QStringLiteral("Installed profile \"roundtrip\"")),
                 qPrintable(login.standardError));
        const ProcessResult second = m_cli.signIn(
            relative, QStringLiteral("traveller2"),
            { QStringLiteral("--account"), QStringLiteral("second") }, first->path());
        QVERIFY2(second.exitCode == 0, qPrintable(second.standardError + m_cli.standInLog()));
        QVERIFY2(second.standardError.contains(QStringLiteral("already installed")),
                 qPrintable(second.standardError));
        // token with the file resolves to the installed id, so it finds the same accounts.
        const ProcessResult byFile
            = cli({ QStringLiteral("token"), QStringLiteral("--profile"), relative,
                    QStringLiteral("--account"), QStringLiteral("second") },
                  first->path());
        QVERIFY2(byFile.exitCode == 0, qPrintable(byFile.standardError));
        QCOMPARE(userinfoSubject(byFile.standardOutput.trimmed()), QStringLiteral("traveller2"));

        first.reset(); // the file is gone
        QTemporaryDir elsewhere;
        const QJsonArray accounts = jsonArray(
            cli({ QStringLiteral("accounts"), QStringLiteral("--json") }, elsewhere.path()));
        QCOMPARE(accounts.size(), 2);
        for (const QJsonValue &value : accounts) {
            const QJsonObject account = value.toObject();
            QCOMPARE(account.value(QStringLiteral("environment")).toString(),
                     QStringLiteral("staging"));
            QCOMPARE(account.value(QStringLiteral("profileName")).toString(),
                     QStringLiteral("Local test provider"));
            QCOMPARE(account.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
            const ProcessResult token = cli({ QStringLiteral("token"), QStringLiteral("--profile"),
                                              account.value(QStringLiteral("profile")).toString(),
                                              QStringLiteral("--account"),
                                              account.value(QStringLiteral("label")).toString() },
                                            elsewhere.path());
            QVERIFY2(token.exitCode == 0, qPrintable(token.standardError));
            QCOMPARE(userinfoSubject(token.standardOutput.trimmed()),
                     account.value(QStringLiteral("subject")).toString());
        }
    }

    void accountsAreGroupedByProfileThenEnvironment()
    {
        const QString late = writeLoopbackProfile(
            m_files, QStringLiteral("zz-late"),
            { { QStringLiteral("environment"), QStringLiteral("production") } });
        const QString early = writeLoopbackProfile(
            m_files, QStringLiteral("aa-early"),
            { { QStringLiteral("environment"), QStringLiteral("development") } });
        signIn(late, QStringLiteral("zed"));
        signIn(early, QStringLiteral("mia"));
        signIn(late, QStringLiteral("amy"));

        const ProcessResult plain = cli({ QStringLiteral("accounts") });
        QCOMPARE(plain.exitCode, 0);
        QStringList order;
        for (const QString &line : plain.standardOutput.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 5);
            order.append(fields.at(0) + u'/' + fields.at(1) + u'/' + fields.at(4));
        }
        QCOMPARE(order,
                 (QStringList { QStringLiteral("aa-early/mia/development"),
                                QStringLiteral("zz-late/amy/production"),
                                QStringLiteral("zz-late/zed/production") }));
        QStringList jsonOrder;
        for (const QJsonValue &value :
             jsonArray(cli({ QStringLiteral("accounts"), QStringLiteral("--json") }))) {
            const QJsonObject account = value.toObject();
            jsonOrder.append(account.value(QStringLiteral("profile")).toString() + u'/'
                             + account.value(QStringLiteral("label")).toString() + u'/'
                             + account.value(QStringLiteral("environment")).toString());
        }
        QCOMPARE(jsonOrder, order);
    }
};

QTEST_GUILESS_MAIN(CliProfilesTest)
#include "tst_cliprofiles.moc"
