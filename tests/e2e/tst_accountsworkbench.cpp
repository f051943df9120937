// The accounts window as a QA workbench, for real: Main.qml offscreen with the real WebEngine
// view, oidc-provider (tests/oidc) and gnome-keyring. Adding profile files through the window's
// file dialog (and refusing a bad one by naming the key), installed profiles in the picker and
// the list by their names, environments and search, the production badge, and the token
// inspector on a real signed-in account: claims, countdown, copies that leave the clipboard
// again, and a curl command that works as copied.
#include "AccountsController.h"
#include "QuickItems.h"
#include "SystemClipboard.h"
#include "TestSupport.h"
#include "WebTools.h"
#include "providers/ProfileRepository.h"
#include "storage/SecretStore.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtWebEngineQuick>

using namespace lc;
using namespace lc::test;

class AccountsWorkbenchTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int kClearAfterMs = 600; // instead of 60 s
    QTemporaryDir m_directory;
    std::unique_ptr<AccountsController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;

    QQuickWindow *window() const { return test::rootWindow(*m_engine); }
    template<typename T = QQuickItem> T *find(const char *name) const
    {
        return test::findNamed<T>(window(), name);
    }
    QList<QQuickItem *> findAll(const char *name) const { return shownItemsNamed(window(), name); }
    QStringList visibleTexts() const
    {
        QStringList texts;
        for (QQuickItem *item : allItems(window())) {
            const QVariant text = item->property("text");
            if (text.isValid() && isShown(item))
                texts.append(text.toString());
        }
        return texts;
    }

    void open()
    {
        Services services = Services::production();
        services.timeouts.clipboardClearMs = kClearAfterMs;
        m_controller = std::make_unique<AccountsController>(services);
        m_controller->setClipboard(std::make_shared<SystemClipboard>());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setInitialProperties(
            { { QStringLiteral("accounts"), QVariant::fromValue(m_controller.get()) } });
        m_engine->load(QUrl(QStringLiteral("qrc:/LoginCompanion/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        window()->resize(520, 900);
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    // The way a person does it: the file dialog opens in its folder, the file is clicked, Open.
    void addThroughTheFileDialog(const QString &path)
    {
        QObject *dialog = find<QObject>("profileFileDialog");
        QVERIFY(dialog);
        dialog->setProperty("currentFolder", QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        QMetaObject::invokeMethod(find<QQuickItem>("addProfileButton"), "clicked");
        QTRY_VERIFY(dialog->property("visible").toBool());
        const QUrl file = QUrl::fromLocalFile(path);
        QQuickItem *entry = nullptr;
        QTRY_VERIFY((entry = shownItemWith(window(), "file", file)));
        QMetaObject::invokeMethod(entry, "clicked");
        QQuickItem *openButton = nullptr;
        QTRY_VERIFY((openButton = shownItemWith(window(), "text", QStringLiteral("Open"))));
        QMetaObject::invokeMethod(openButton, "clicked");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(dialog->property("selectedFile").toUrl(), file);
    }

    void addProductionAndDevelopmentProfiles()
    {
        addThroughTheFileDialog(
            writeProfile(m_directory, QStringLiteral("qa-prod"),
                         { { "displayName", "QA production" }, { "environment", "production" } }));
        addThroughTheFileDialog(writeProfile(
            m_directory, QStringLiteral("qa-dev"),
            { { "displayName", "QA development" }, { "environment", "development" } }));
    }

    QStringList pickerNames() const
    {
        QStringList names;
        for (const QVariant &profile : find<QQuickItem>("profileBox")->property("model").toList())
            names.append(profile.toMap().value(QStringLiteral("displayName")).toString());
        return names;
    }

    static AccountRecord record(const QString &profileId, const QString &label,
                                const QString &email = {})
    {
        AccountRecord account;
        account.profileId = profileId;
        account.label = label;
        account.subject = QStringLiteral("sub-") + label;
        account.email = email;
        account.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        return account;
    }

    // Key by key, as typed (QTest has no keyClicks for a QWindow before Qt 6.5).
    void type(const QString &text)
    {
        for (const QChar key : text)
            QTest::keyClick(window(), key.toLatin1());
    }

    QString writeFile(const QString &name, const QJsonObject &json)
    {
        const QString path = m_directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(json).toJson());
        return path;
    }

    QString autofill(const QString &user) const
    {
        QFile script(QStringLiteral(LC_OIDC_DIR "/autofill.js"));
        if (!script.open(QIODevice::ReadOnly))
            qFatal("autofill.js missing");
        return QStringLiteral("window.__loginCompanionUser = \"%1\";\n").arg(user)
            + QString::fromUtf8(script.readAll());
    }

    // Signs `user` in to the installed profile through the window's own Sign in.
    void signInThroughTheWindow(const QString &profileId, const QString &user)
    {
        auto *picker = find<QQuickItem>("profileBox");
        const int index = m_controller->indexOfProfile(profileId);
        QVERIFY(index >= 0);
        picker->setProperty("currentIndex", index);
        QMetaObject::invokeMethod(find<QQuickItem>("signInButton"), "clicked");
        QVERIFY(m_controller->activeSignIn());
        // The page script runs on each page that finishes loading; the first is still to come.
        m_controller->activeSignIn()->setPageScript(autofill(user));
        QTRY_VERIFY2_WITH_TIMEOUT(!m_controller->activeSignIn(),
                                  qPrintable(m_controller->activeSignIn()
                                                 ? m_controller->activeSignIn()->errorText()
                                                 : QString()),
                                  60'000);
        QVERIFY2(m_controller->statusText().contains(user), qPrintable(m_controller->statusText()));
    }

    // The access token in the keychain, as a launcher would get it.
    static QString storedAccessToken(const AccountRecord &account)
    {
        auto secret = SecretStore().read(account.keychainKey());
        if (!secret.ok())
            qFatal("%s", qPrintable(secret.error().message()));
        return StoredTokens::fromJson(secret.value()).value().accessToken;
    }

    TokenInspector *openDetailsOfTheOnlyAccount()
    {
        [&] { QTRY_COMPARE(findAll("detailsButton").size(), 1); }();
        QMetaObject::invokeMethod(findAll("detailsButton").first(), "clicked");
        TokenInspector *inspector = m_controller->details();
        if (inspector
            && !QTest::qWaitFor(
                [&] { return inspector->status() != TokenInspector::Status::Loading; }, 10'000))
            qWarning("the keychain did not answer within 10 s");
        return inspector;
    }

    void signInOnce()
    {
        const QString profile
            = writeProfile(m_directory, QStringLiteral("qa-prod"),
                           { { "displayName", "QA production" }, { "environment", "production" } });
        addThroughTheFileDialog(profile);
        QVERIFY(m_controller->profileProblem().isEmpty());
        signInThroughTheWindow(QStringLiteral("qa-prod"), QStringLiteral("ann"));
        QTRY_COMPARE(m_controller->accounts()->rowCount(), 1);
    }

private Q_SLOTS:
    void initTestCase() { QDir(ProfileRepository::installedDirectory()).removeRecursively(); }

    void init()
    {
        QFile::remove(AccountIndex().filePath());
        QDir(ProfileRepository::installedDirectory()).removeRecursively();
        QGuiApplication::clipboard()->clear();
        open();
    }

    void cleanup()
    {
        m_engine.reset();
        m_controller.reset();
    }

    void aBadProfileFileIsRefusedNamingTheKey()
    {
        const QString bad = writeFile(QStringLiteral("no-client.json"),
                                      { { "id", "qa-bad" },
                                        { "displayName", "Bad" },
                                        { "authorizationEndpoint", issuer() + "/auth" },
                                        { "tokenEndpoint", issuer() + "/token" },
                                        { "redirectUri", "http://localhost/callback" } });
        addThroughTheFileDialog(bad);
        auto *problem = find<QQuickItem>("profileProblem");
        QTRY_VERIFY(problem->isVisible());
        const QString text = problem->property("text").toString();
        QVERIFY2(text.contains(QStringLiteral("\"clientId\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no-client.json")), qPrintable(text));
        QVERIFY(ProfileRepository::installedIds().isEmpty());
        QVERIFY(!pickerNames().contains(QStringLiteral("Bad")));

        // A good file afterwards clears the complaint.
        addThroughTheFileDialog(writeProfile(m_directory, QStringLiteral("qa-good")));
        QTRY_VERIFY(!problem->isVisible());
    }

    void anInstalledProfileIsInThePickerByItsName()
    {
        QVERIFY(!pickerNames().contains(QStringLiteral("QA players")));
        addThroughTheFileDialog(writeProfile(m_directory, QStringLiteral("qa-players"),
                                             { { "displayName", "QA players" } }));
        QTRY_VERIFY(pickerNames().contains(QStringLiteral("QA players")));
        // Chosen in the picker at once, by name.
        QCOMPARE(find<QQuickItem>("profileBox")->property("currentText").toString(),
                 QStringLiteral("QA players"));
        QCOMPARE(ProfileRepository::installedIds(), QStringList { QStringLiteral("qa-players") });
    }

    void anInstalledDevelopmentProfileFollowsTheDevelopmentRule()
    {
        auto *development = find<QQuickItem>("developmentProviders");
        QVERIFY(!development->property("checked").toBool());
        addThroughTheFileDialog(writeProfile(
            m_directory, QStringLiteral("qa-dev"),
            { { "displayName", "QA development" }, { "environment", "development" } }));
        // Asked for by name, so shown: development providers are turned on, and it says so.
        QTRY_VERIFY(pickerNames().contains(QStringLiteral("QA development")));
        QVERIFY(development->property("checked").toBool());
        QVERIFY2(m_controller->statusText().contains(QStringLiteral("development")),
                 qPrintable(m_controller->statusText()));
        QMetaObject::invokeMethod(development, "toggle");
        QMetaObject::invokeMethod(development, "toggled");
        QTRY_VERIFY(!pickerNames().contains(QStringLiteral("QA development")));
    }

    void accountsAreGroupedFilteredBySearchAndEnvironment()
    {
        addProductionAndDevelopmentProfiles();
        QVERIFY(
            AccountIndex()
                .save({ record("qa-prod", "carol", "carol@studio.test"), record("qa-prod", "dave"),
                        record("qa-dev", "erin", "erin@studio.test"), record("qa-dev", "frank") })
                .ok());
        auto *list = find<QQuickItem>("accountList");
        QTRY_COMPARE(list->property("count").toInt(), 4);
        // Each group under its provider's name (not the file's id) and environment.
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("QA production · production")));
        QVERIFY(visibleTexts().contains(QStringLiteral("QA development · development")));

        auto *environment = find<QQuickItem>("environmentFilter");
        const QStringList choices = environment->property("model").toStringList();
        QCOMPARE(choices.size(), 3);
        const int production = int(choices.indexOf(QStringLiteral("production")));
        QVERIFY(production > 0);
        QMetaObject::invokeMethod(environment, "activated", Q_ARG(int, production));
        QTRY_COMPARE(list->property("count").toInt(), 2);
        QCOMPARE(m_controller->filteredAccounts()->environment(), QStringLiteral("production"));
        QCOMPARE(environment->property("currentIndex").toInt(), production);

        // Typed into the search field, one key at a time: email, then label, then subject.
        auto *search = find<QQuickItem>("accountSearch");
        search->forceActiveFocus();
        type(QStringLiteral("studio"));
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QTRY_COMPARE(findAll("detailsButton").size(), 1);
        QVERIFY(visibleTexts().contains(QStringLiteral("carol")));
        QVERIFY(find<QQuickItem>("shownCount")->isVisible());

        QMetaObject::invokeMethod(environment, "activated", Q_ARG(int, 0)); // all
        QTRY_COMPARE(list->property("count").toInt(), 2); // carol and erin by email
        search->setProperty("text", QString());
        type(QStringLiteral("FRA"));
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("frank")));
        search->setProperty("text", QString());
        type(QStringLiteral("sub-dav"));
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("dave")));
        search->setProperty("text", QString());
        QTRY_COMPARE(list->property("count").toInt(), 4);
    }

    void productionAccountsCarryTheBadge()
    {
        addProductionAndDevelopmentProfiles();
        QVERIFY(AccountIndex().save({ record("qa-dev", "erin"), record("qa-prod", "carol") }).ok());
        QTRY_COMPARE(findAll("detailsButton").size(), 2);
        const QList<QQuickItem *> badges = findAll("productionBadge");
        QCOMPARE(badges.size(), 1);
        // The badge sits in carol's row, not erin's.
        QQuickItem *row = badges.first();
        while (row && !row->property("subject").isValid())
            row = row->parentItem();
        QVERIFY(row);
        QCOMPARE(row->property("label").toString(), QStringLiteral("carol"));
        QCOMPARE(badges.first()->property("text").toString(), QStringLiteral("PRODUCTION"));
    }

    void theInspectorShowsTheClaimsOfASignedInAccount()
    {
        signInOnce();
        const AccountRecord account = m_controller->accounts()->entries().first().account;
        QCOMPARE(account.subject, QStringLiteral("ann"));
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("QA production · production")));
        QCOMPARE(findAll("productionBadge").size(), 1);

        TokenInspector *inspector = openDetailsOfTheOnlyAccount();
        QVERIFY(inspector);
        QVERIFY2(inspector->status() == TokenInspector::Status::Ready,
                 qPrintable(inspector->errorText()));
        // The tree, as the model holds it and as the page shows it.
        QCOMPARE(inspector->idToken()->valueAt(QStringLiteral("claims.sub")),
                 QStringLiteral("ann"));
        QCOMPARE(inspector->idToken()->valueAt(QStringLiteral("claims.iss")), issuer());
        QVERIFY(!inspector->idToken()->valueAt(QStringLiteral("header.alg")).isEmpty());
        QTRY_VERIFY(visibleTexts().contains(issuer()));
        QVERIFY(visibleTexts().contains(QStringLiteral("ann")));
        QVERIFY(inspector->hasRefreshToken());
        QVERIFY(inspector->scopes().contains(QStringLiteral("openid")));

        // The countdown is positive and goes down, on screen too.
        auto *countdown = find<QQuickItem>("countdownLabel");
        QVERIFY(countdown && isShown(countdown));
        const int first = inspector->secondsLeft();
        const QString firstText = countdown->property("text").toString();
        QVERIFY2(first > 0 && first <= 3600, qPrintable(QString::number(first)));
        QTRY_VERIFY_WITH_TIMEOUT(inspector->secondsLeft() < first, 3000);
        QTRY_VERIFY(countdown->property("text").toString() != firstText);
        QVERIFY(inspector->secondsLeft() > 0);

        // Back: the view closes and the inspector, with the tokens it held, is gone.
        QPointer<TokenInspector> closing = inspector;
        QMetaObject::invokeMethod(find<QQuickItem>("backButton"), "clicked");
        QTRY_VERIFY(!closing);
        QVERIFY(!m_controller->details());
        QTRY_VERIFY(find<QQuickItem>("accountList"));
    }

    void copiesLeaveTheClipboardAfterTheDelayUnlessItChanged()
    {
        signInOnce();
        const AccountRecord account = m_controller->accounts()->entries().first().account;
        const QString accessToken = storedAccessToken(account);
        QVERIFY(!accessToken.isEmpty());
        TokenInspector *inspector = openDetailsOfTheOnlyAccount();
        QVERIFY(inspector && inspector->status() == TokenInspector::Status::Ready);
        QClipboard *clipboard = QGuiApplication::clipboard();

        QMetaObject::invokeMethod(find<QQuickItem>("copyAccessTokenButton"), "clicked");
        QCOMPARE(clipboard->text(), accessToken);
        auto *notice = find<QQuickItem>("copyNotice");
        QTRY_VERIFY(isShown(notice));
        QVERIFY2(notice->property("text").toString().contains(QStringLiteral("1 second")),
                 qPrintable(notice->property("text").toString()));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
        QTRY_VERIFY(notice->property("text").toString().contains(QStringLiteral("was cleared")));

        // Something copied meanwhile stays.
        QMetaObject::invokeMethod(find<QQuickItem>("copyHeaderButton"), "clicked");
        QCOMPARE(clipboard->text(), QStringLiteral("Authorization: Bearer ") + accessToken);
        clipboard->setText(QStringLiteral("a note of the tester's"));
        QTRY_VERIFY_WITH_TIMEOUT(
            notice->property("text").toString().contains(QStringLiteral("left as it is")), 5000);
        QCOMPARE(clipboard->text(), QStringLiteral("a note of the tester's"));
    }

    void theCopiedCurlCommandAsksTheUserinfoEndpoint()
    {
        signInOnce();
        TokenInspector *inspector = openDetailsOfTheOnlyAccount();
        QVERIFY(inspector && inspector->status() == TokenInspector::Status::Ready);
        QMetaObject::invokeMethod(find<QQuickItem>("copyCurlButton"), "clicked");
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.startsWith(QStringLiteral("curl ")) && command.endsWith(issuer() + "/me'"),
                 qPrintable(command.left(20)));
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
        QVERIFY(shell.waitForFinished(20'000));
        QCOMPARE(shell.exitCode(), 0);
        const QJsonObject userinfo
            = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(userinfo.value(QStringLiteral("sub")).toString(), QStringLiteral("ann"));
    }
};

int main(int argc, char *argv[])
{
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    WebTools::registerForQml();
    AccountsWorkbenchTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountsworkbench.moc"
