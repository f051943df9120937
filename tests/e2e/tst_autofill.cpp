// Test accounts' credentials and `login --autofill` / `--batch` for real: the CLI stores the
// password in a real gnome-keyring, the real login window (offscreen WebEngine) types it into
// oidc-provider's login form, which checks it (POST /__test/passwords), and into nothing else:
// not a frame, popup or redirect target of another origin (tests/pages), not a production
// profile, and no file under HOME or any log.
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "storage/AccountIndex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace lc;
using namespace lc::test;

namespace {
// No display at all: only --headless can sign in.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QLatin1String(name));
    return environment;
}

QString uniquePassword(const QString &who)
{
    return QStringLiteral("pw-%1-%2").arg(who, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

ProcessResult runCliWithInput(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(LC_CLI_PATH), arguments);
    ProcessResult result;
    if (!process.waitForStarted(10'000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60'000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonValue getJson(const QUrl &url)
{
    return QJsonDocument::fromJson(httpGet(url).body).array();
}
} // namespace

class AutofillTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profilePath; // the oidc fixture, with its login and consent pages' selectors
    int m_pagesPort = 0;
    QStringList m_passwordsUsed; // none may end up in a file or a log

    void givePasswordsToTheProvider(const QJsonObject &passwords)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(issuer() + QStringLiteral("/__test/passwords")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QJsonDocument(passwords).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        reply->deleteLater();
    }

    void storeCredentials(const QString &profile, const QString &label, const QString &username,
                          const QString &password)
    {
        m_passwordsUsed.append(password);
        const ProcessResult result = runCliWithInput(
            { QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile"),
              profile, QStringLiteral("--account"), label, QStringLiteral("--username"), username },
            password.toUtf8() + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(!result.standardOutput.contains(password));
    }

    QString pagesProfile(const QString &scenario)
    {
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_pagesPort);
        const QJsonObject profile {
            { QStringLiteral("id"), QStringLiteral("pages-") + scenario },
            { QStringLiteral("displayName"), QStringLiteral("Test pages: ") + scenario },
            { QStringLiteral("authorizationEndpoint"),
              base + u'/' + scenario + QStringLiteral("/auth") },
            { QStringLiteral("tokenEndpoint"), base + QStringLiteral("/token") },
            { QStringLiteral("userinfoEndpoint"), base + QStringLiteral("/userinfo") },
            { QStringLiteral("clientId"), QStringLiteral("pages") },
            { QStringLiteral("redirectUri"), QStringLiteral("http://localhost/callback") },
        };
        QFile file(
            m_directory.filePath(QStringLiteral("pages-") + scenario + QStringLiteral(".json")));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write a profile");
        file.write(QJsonDocument(profile).toJson());
        return file.fileName();
    }

    QUrl pagesUrl(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_pagesPort).arg(path));
    }

    QStringList autofillLogin(const QString &profile, const QString &label,
                              const QStringList &more = {})
    {
        return QStringList { QStringLiteral("login"),
                             QStringLiteral("--profile"),
                             profile,
                             QStringLiteral("--account"),
                             label,
                             QStringLiteral("--autofill"),
                             QStringLiteral("--headless") }
        + more;
    }

    // The password is in no file under HOME (the keyring's own file is encrypted), in neither
    // encoding a browser might keep it in, and in no fixture's log.
    void verifyNowhereOnDisk(const QString &password)
    {
        QCOMPARE(filesContaining(QDir::homePath(), password.toUtf8()), QStringList());
        const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()),
                               password.size() * 2);
        QCOMPARE(filesContaining(QDir::homePath(), utf16), QStringList());
        for (const char *state : { LC_OIDC_STATE_DIR, LC_PAGES_STATE_DIR })
            QCOMPARE(filesContaining(QLatin1String(state), password.toUtf8()), QStringList());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        m_profilePath = writeProfile(
            m_directory, QStringLiteral("local"),
            { { QStringLiteral("autofill"),
                QJsonObject {
                    { QStringLiteral("username"), QStringLiteral("input[name=login]") },
                    { QStringLiteral("password"), QStringLiteral("input[name=password]") },
                    { QStringLiteral("submit"), QStringLiteral("button[type=submit]") },
                    { QStringLiteral("consent"),
                      QStringLiteral("button[type=submit][autofocus]") } } } });
        QFile ports(QStringLiteral(LC_PAGES_STATE_DIR "/ports.json"));
        QVERIFY(ports.open(QIODevice::ReadOnly));
        m_pagesPort = QJsonDocument::fromJson(ports.readAll()).object().value("http").toInt();
        QVERIFY(m_pagesPort > 0);
    }

    void init()
    {
        QFile::remove(AccountIndex().filePath());
        httpPostForm(pagesUrl(QStringLiteral("/__reset")), {});
    }

    void cleanupTestCase()
    {
        for (const QString &password : std::as_const(m_passwordsUsed))
            verifyNowhereOnDisk(password);
    }

    void credentialsAreStoredListedAndDeletedWithoutShowingThePassword()
    {
        const QString password = uniquePassword(QStringLiteral("list"));
        storeCredentials(m_profilePath, QStringLiteral("qa-list"), QStringLiteral("first-name"),
                         password);
        // Storing again replaces, it never adds a second row.
        storeCredentials(m_profilePath, QStringLiteral("qa-list"), QStringLiteral("list-user"),
                         password);

        const ProcessResult listed = runCli({ QStringLiteral("credentials"), QStringLiteral("list"),
                                              QStringLiteral("--profile"), m_profilePath });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.standardOutput.contains(QStringLiteral("local\tqa-list\tlist-user\n")),
                 qPrintable(listed.standardOutput));
        QCOMPARE(listed.standardOutput.count(QStringLiteral("qa-list")), 1);
        QVERIFY(!listed.standardOutput.contains(password));

        // The list needs no keychain at all: it works with none reachable.
        QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
        noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=/nonexistent/bus"));
        const ProcessResult json = runCli(
            { QStringLiteral("credentials"), QStringLiteral("list"), QStringLiteral("--json") },
            noKeychain);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.standardOutput.toUtf8()).array();
        bool found = false;
        for (const QJsonValue &row : rows) {
            QVERIFY(!row.toObject().contains(QStringLiteral("password")));
            found = found || row.toObject().value("label").toString() == QLatin1String("qa-list");
        }
        QVERIFY(found);
        QVERIFY(!json.standardOutput.contains(password));

        const ProcessResult deleted = runCli(
            { QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("--profile"),
              m_profilePath, QStringLiteral("--account"), QStringLiteral("qa-list") });
        QCOMPARE(deleted.exitCode, 0);
        const ProcessResult after = runCli({ QStringLiteral("credentials"), QStringLiteral("list"),
                                             QStringLiteral("--profile"), m_profilePath });
        QVERIFY(!after.standardOutput.contains(QStringLiteral("qa-list")));
        const ProcessResult again = runCli(
            { QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("--profile"),
              m_profilePath, QStringLiteral("--account"), QStringLiteral("qa-list") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.standardError.contains(QStringLiteral("No credentials were stored")));
        verifyNowhereOnDisk(password);
    }

    void credentialsSetRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("named");
        const QStringList set { QStringLiteral("credentials"), QStringLiteral("set"),
                                QStringLiteral("--profile"), QStringLiteral("demo") };
        QTest::newRow("no password")
            << (set
                + QStringList { QStringLiteral("--account"), QStringLiteral("a"),
                                QStringLiteral("--username"), QStringLiteral("u") })
            << QByteArray("\n") << QStringLiteral("no password on standard input");
        QTest::newRow("no username")
            << (set + QStringList { QStringLiteral("--account"), QStringLiteral("a") })
            << QByteArray("pw\n") << QStringLiteral("needs --username");
        QTest::newRow("no account")
            << (set + QStringList { QStringLiteral("--username"), QStringLiteral("u") })
            << QByteArray("pw\n") << QStringLiteral("needs --account");
        QTest::newRow("unknown action")
            << QStringList { QStringLiteral("credentials"), QStringLiteral("show") } << QByteArray()
            << QStringLiteral("credentials list");
    }

    void credentialsSetRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, named);
        const ProcessResult result = runCliWithInput(arguments, input);
        QCOMPARE(result.exitCode, int(ExitUsage));
        QVERIFY2(result.standardError.contains(named), qPrintable(result.standardError));
        QCOMPARE(result.standardError.count(u'\n'), 1);
        QCOMPARE(result.standardOutput, QString());
    }

    void loginAutofillSignsInWithTheStoredPassword()
    {
        const QString password = uniquePassword(QStringLiteral("alice"));
        givePasswordsToTheProvider({ { QStringLiteral("af-alice"), password } });
        storeCredentials(m_profilePath, QStringLiteral("qa-alice"), QStringLiteral("af-alice"),
                         password);

        const ProcessResult result = runCli(autofillLogin(m_profilePath, QStringLiteral("qa-alice"),
                                                          { QStringLiteral("--verbose") }),
                                            withoutDisplay());
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError.right(2000)));
        QVERIFY(result.standardOutput.contains(QStringLiteral("as qa-alice")));
        auto account = AccountIndex().find(QStringLiteral("local"), QStringLiteral("qa-alice"));
        QVERIFY(account.ok());
        QCOMPARE(account.value().subject, QStringLiteral("af-alice"));
        // Even the verbose log never carries it.
        QVERIFY(!result.standardError.contains(password));
        QVERIFY(!result.standardOutput.contains(password));
        QVERIFY(result.standardError.contains(QStringLiteral("password-submitted")));
        verifyNowhereOnDisk(password);
    }

    void withoutAccountTheProfilesOnlyCredentialsAreUsed()
    {
        const QString profile
            = writeProfile(m_directory, QStringLiteral("single"),
                           { { QStringLiteral("autofill"),
                               QJsonObject { { QStringLiteral("consent"),
                                               QStringLiteral("button[autofocus]") } } } });
        const QString password = uniquePassword(QStringLiteral("single"));
        givePasswordsToTheProvider({ { QStringLiteral("af-single"), password } });
        storeCredentials(profile, QStringLiteral("qa-single"), QStringLiteral("af-single"),
                         password);
        // Selectors only for the consent page: the login form is found by the heuristic.
        const ProcessResult result
            = runCli({ QStringLiteral("login"), QStringLiteral("--profile"), profile,
                       QStringLiteral("--autofill"), QStringLiteral("--headless") },
                     withoutDisplay());
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        auto account = AccountIndex().find(QStringLiteral("single"), QString());
        QVERIFY(account.ok());
        QCOMPARE(account.value().label, QStringLiteral("qa-single"));
        QCOMPARE(account.value().subject, QStringLiteral("af-single"));
    }

    void aWrongPasswordFailsAtOnceNamingTheAccount()
    {
        givePasswordsToTheProvider(
            { { QStringLiteral("af-wrong"), uniquePassword(QStringLiteral("right")) } });
        storeCredentials(m_profilePath, QStringLiteral("qa-wrong"), QStringLiteral("af-wrong"),
                         uniquePassword(QStringLiteral("wrong")));
        QElapsedTimer clock;
        clock.start();
        const ProcessResult result
            = runCli(autofillLogin(m_profilePath, QStringLiteral("qa-wrong")), withoutDisplay());
        QCOMPARE(result.exitCode, int(ExitProviderOrNetwork));
        QVERIFY2(result.standardError.contains(QStringLiteral("login form again"))
                     && result.standardError.contains(QStringLiteral("\"qa-wrong\"")),
                 qPrintable(result.standardError));
        QCOMPARE(result.standardError.count(u'\n'), 1);
        // The form coming back ends it, not the 60 s deadline.
        QVERIFY2(clock.elapsed() < 40'000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(AccountIndex().load().value().isEmpty());
    }

    void missingCredentialsNameTheProfileAndLabel()
    {
        const ProcessResult result
            = runCli(autofillLogin(m_profilePath, QStringLiteral("qa-nobody")), withoutDisplay());
        QCOMPARE(result.exitCode, int(ExitUsage));
        QVERIFY2(result.standardError.contains(QStringLiteral("\"qa-nobody\""))
                     && result.standardError.contains(QStringLiteral("\"local\""))
                     && result.standardError.contains(QStringLiteral("credentials set")),
                 qPrintable(result.standardError));
        QCOMPARE(result.standardError.count(u'\n'), 1);
    }

    void productionProfilesAreNeverFilledUnlessTheyAllowIt()
    {
        const QString production
            = writeProfile(m_directory, QStringLiteral("prod"),
                           { { QStringLiteral("environment"), QStringLiteral("production") } });
        const QString password = uniquePassword(QStringLiteral("prod"));
        givePasswordsToTheProvider({ { QStringLiteral("af-prod"), password } });
        storeCredentials(production, QStringLiteral("qa-prod"), QStringLiteral("af-prod"),
                         password);
        const ProcessResult refused
            = runCli(autofillLogin(production, QStringLiteral("qa-prod")), withoutDisplay());
        QCOMPARE(refused.exitCode, int(ExitUsage));
        QVERIFY2(refused.standardError.contains(QStringLiteral("production"))
                     && refused.standardError.contains(QStringLiteral("allowAutofill")),
                 qPrintable(refused.standardError));

        QFile batch(m_directory.filePath(QStringLiteral("prod.csv")));
        QVERIFY(batch.open(QIODevice::WriteOnly));
        batch.write(production.toUtf8() + ",qa-prod\n");
        batch.close();
        const ProcessResult batchRefused
            = runCli({ QStringLiteral("login"), QStringLiteral("--batch"), batch.fileName(),
                       QStringLiteral("--headless") },
                     withoutDisplay());
        QCOMPARE(batchRefused.exitCode, int(ExitProviderOrNetwork));
        QVERIFY2(batchRefused.standardOutput.contains(QStringLiteral("\tqa-prod\tfailed\t"))
                     && batchRefused.standardOutput.contains(QStringLiteral("allowAutofill")),
                 qPrintable(batchRefused.standardOutput));
        QVERIFY(AccountIndex().load().value().isEmpty());

        // The same provider, as a profile for test accounts.
        const QString allowed
            = writeProfile(m_directory, QStringLiteral("prod"),
                           { { QStringLiteral("environment"), QStringLiteral("production") },
                             { QStringLiteral("allowAutofill"), true },
                             { QStringLiteral("autofill"),
                               QJsonObject { { QStringLiteral("consent"),
                                               QStringLiteral("button[autofocus]") } } } });
        const ProcessResult signedIn
            = runCli(autofillLogin(allowed, QStringLiteral("qa-prod")), withoutDisplay());
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.standardError));
    }

    void otherOriginsNeverReceiveThePassword_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("reporter");
        QTest::newRow("frame") << QStringLiteral("autofill-frame")
                               << QStringLiteral("autofill-frame");
        QTest::newRow("popup") << QStringLiteral("autofill-popup")
                               << QStringLiteral("autofill-popup");
        QTest::newRow("redirect") << QStringLiteral("autofill-redirect")
                                  << QStringLiteral("autofill-redirect");
        QTest::newRow("form posting elsewhere")
            << QStringLiteral("autofill-elsewhere") << QStringLiteral("autofill-elsewhere");
    }

    void otherOriginsNeverReceiveThePassword()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, reporter);
        const QString profile = pagesProfile(scenario);
        const QString password = uniquePassword(scenario);
        storeCredentials(profile, QStringLiteral("qa-pages"), QStringLiteral("pages-user"),
                         password);
        const ProcessResult result
            = runCli(autofillLogin(profile, QStringLiteral("qa-pages"),
                                   { QStringLiteral("--timeout"), QStringLiteral("5") }),
                     withoutDisplay());
        // Nothing could be filled, so the deadline ended it.
        QCOMPARE(result.exitCode, int(ExitProviderOrNetwork));
        QVERIFY2(result.standardError.contains(QStringLiteral("within 5 s")),
                 qPrintable(result.standardError));

        // The form was there and its page ran (it reported its fields), but stayed empty.
        int reports = 0;
        for (const QJsonValue &report :
             getJson(pagesUrl(QStringLiteral("/__field-reports"))).toArray()) {
            if (report.toObject().value("where").toString() != reporter)
                continue;
            ++reports;
            QCOMPARE(report.toObject().value("password").toString(), QString());
            QCOMPARE(report.toObject().value("user").toString(), QString());
        }
        QVERIFY2(reports > 3, qPrintable(QString::number(reports)));
        for (const QJsonValue &request : getJson(pagesUrl(QStringLiteral("/__seen"))).toArray())
            QVERIFY2(!request.toString().contains(password), qPrintable(request.toString()));
        verifyNowhereOnDisk(password);
    }

    void theAuthorizationOriginDoesReceiveIt()
    {
        // The control for the test above: on the endpoint's own origin, the same watch sees the
        // password arrive (the page accepts only "pw", so this one is rejected).
        const QString profile = pagesProfile(QStringLiteral("plain"));
        const QString password = uniquePassword(QStringLiteral("plain"));
        storeCredentials(profile, QStringLiteral("qa-plain"), QStringLiteral("plain-user"),
                         password);
        const ProcessResult rejected
            = runCli(autofillLogin(profile, QStringLiteral("qa-plain")), withoutDisplay());
        QCOMPARE(rejected.exitCode, int(ExitProviderOrNetwork));
        QVERIFY2(rejected.standardError.contains(QStringLiteral("login form again")),
                 qPrintable(rejected.standardError));
        bool posted = false;
        for (const QJsonValue &request : getJson(pagesUrl(QStringLiteral("/__seen"))).toArray())
            posted = posted
                || (request.toString().startsWith(QStringLiteral("POST /plain/login"))
                    && request.toString().contains(QUrl::toPercentEncoding(password)));
        QVERIFY(posted);
    }

    void theHeuristicFindsFormsBuiltLate_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("plain") << QStringLiteral("plain");
        QTest::newRow("built 1.5 s after loading") << QStringLiteral("autofill-late");
    }

    void theHeuristicFindsFormsBuiltLate()
    {
        QFETCH(QString, scenario);
        // No selectors at all: the password field and the text field before it.
        const QString profile = pagesProfile(scenario);
        storeCredentials(profile, QStringLiteral("qa-heuristic"), QStringLiteral("heuristic-user"),
                         QStringLiteral("pw"));
        m_passwordsUsed.removeLast(); // "pw" is not a secret worth looking for
        const ProcessResult result
            = runCli(autofillLogin(profile, QStringLiteral("qa-heuristic")), withoutDisplay());
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        auto account = AccountIndex().find(QStringLiteral("pages-") + scenario, QString());
        QVERIFY(account.ok());
        QCOMPARE(account.value().subject, QStringLiteral("page-heuristic-user"));
    }

    void batchOfTwentyWithOneBadPassword()
    {
        QJsonObject atProvider;
        QString csv = QStringLiteral("profile,label,username\n");
        const int bad = 7;
        for (int i = 1; i <= 20; ++i) {
            const QString login = QStringLiteral("af-batch-%1").arg(i, 2, 10, QLatin1Char('0'));
            const QString label = QStringLiteral("qa-%1").arg(i, 2, 10, QLatin1Char('0'));
            const QString password = uniquePassword(login);
            atProvider.insert(login, password);
            storeCredentials(m_profilePath, label, login,
                             i == bad ? uniquePassword(QStringLiteral("bad")) : password);
            csv += i % 2 ? QStringLiteral("%1,%2,%3\n").arg(m_profilePath, label, login)
                         : QStringLiteral("{\"profile\": \"%1\", \"label\": \"%2\"}\n")
                               .arg(m_profilePath, label);
        }
        givePasswordsToTheProvider(atProvider);
        QFile file(m_directory.filePath(QStringLiteral("accounts.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
        file.close();

        QElapsedTimer clock;
        clock.start();
        const ProcessResult result = runCli({ QStringLiteral("login"), QStringLiteral("--batch"),
                                              file.fileName(), QStringLiteral("--headless") },
                                            withoutDisplay(), 600'000);
        qInfo("20 accounts signed in with --batch --headless in %.1f s", clock.elapsed() / 1000.0);
        QCOMPARE(result.exitCode, int(ExitProviderOrNetwork));
        const QStringList lines = result.standardOutput.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21);
        for (int i = 1; i <= 20; ++i) {
            const QString label = QStringLiteral("qa-%1").arg(i, 2, 10, QLatin1Char('0'));
            const QString prefix = m_profilePath + u'\t' + label + u'\t';
            QVERIFY2(lines.at(i - 1).startsWith(prefix), qPrintable(lines.at(i - 1)));
            if (i == bad)
                QVERIFY2(lines.at(i - 1).contains(QStringLiteral("\tfailed\t"))
                             && lines.at(i - 1).contains(QStringLiteral("login form again")),
                         qPrintable(lines.at(i - 1)));
            else
                QVERIFY2(lines.at(i - 1).contains(QStringLiteral("\tsigned in\t")),
                         qPrintable(lines.at(i - 1)));
        }
        QVERIFY2(lines.last().startsWith(QStringLiteral("Accounts signed in: 19 of 20 ("))
                     && lines.last().endsWith(QStringLiteral("failed: ") + m_profilePath
                                              + QStringLiteral("/qa-07")),
                 qPrintable(lines.last()));
        QCOMPARE(result.standardError, QString());

        auto accounts = AccountIndex().load();
        QVERIFY(accounts.ok());
        QCOMPARE(accounts.value().size(), 19);
        for (const AccountRecord &account : accounts.value())
            QCOMPARE(account.subject,
                     QStringLiteral("af-batch-") + account.label.mid(QStringLiteral("qa-").size()));
    }

    void aBadBatchFileRunsNothing()
    {
        QFile file(m_directory.filePath(QStringLiteral("broken.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("demo,qa-01\ndemo\n");
        file.close();
        const ProcessResult result = runCli({ QStringLiteral("login"), QStringLiteral("--batch"),
                                              file.fileName(), QStringLiteral("--headless") },
                                            withoutDisplay());
        QCOMPARE(result.exitCode, int(ExitUsage));
        QVERIFY2(result.standardError.contains(QStringLiteral("broken.csv:2:")),
                 qPrintable(result.standardError));
        QCOMPARE(result.standardOutput, QString());
    }

    void headlessNeedsSomethingToSignInWith()
    {
        const ProcessResult result = runCli({ QStringLiteral("login"), QStringLiteral("--profile"),
                                              m_profilePath, QStringLiteral("--headless") },
                                            withoutDisplay());
        QCOMPARE(result.exitCode, int(ExitUsage));
        QVERIFY2(result.standardError.contains(QStringLiteral("--autofill or --batch")),
                 qPrintable(result.standardError));
    }

    void credentialsHelpNeverActs()
    {
        const ProcessResult result = runCliWithInput(
            { QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile"),
              QStringLiteral("demo"), QStringLiteral("--account"), QStringLiteral("qa-help"),
              QStringLiteral("--username"), QStringLiteral("u"), QStringLiteral("--help") },
            "never-stored\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.startsWith(
            QStringLiteral("Usage: login-companion credentials [options] set|delete|list")));
        const ProcessResult listed
            = runCli({ QStringLiteral("credentials"), QStringLiteral("list") });
        QVERIFY(!listed.standardOutput.contains(QStringLiteral("qa-help")));
    }
};

QTEST_GUILESS_MAIN(AutofillTest)
#include "tst_autofill.moc"
