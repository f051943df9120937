// The main window's account list: the model Main.qml's delegates read by role, and the live
// status text it shows every second. No QML engine, no keychain (only the account index file).
#include "AccountFilterModel.h"
#include "AccountListModel.h"
#include "AccountsController.h"
#include "FakeServices.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lc;

class AccountsControllerTest : public QObject
{
    Q_OBJECT

private:
private:
    testing::FakeServices m_fakes;

    Services servicesWith(const AccountIndex &index) const
    {
        Services services = m_fakes.services();
        services.accountIndex = index;
        return services;
    }

private:
    QTemporaryDir m_directory;

    static AccountRecord account(const QString &profileId, const QString &subject,
                                 const QString &label)
    {
        AccountRecord record;
        record.profileId = profileId;
        record.subject = subject;
        record.label = label;
        record.displayName = label.toUpper();
        record.email = label + QStringLiteral("@example.test");
        record.expiresAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
        return record;
    }

    AccountIndex indexFile(const char *name) const
    {
        return AccountIndex(m_directory.filePath(QString::fromLatin1(name)));
    }

    static QVariant roleData(const QAbstractItemModel &model, int row, const QByteArray &role)
    {
        return model.data(model.index(row, 0), model.roleNames().key(role, -1));
    }

private Q_SLOTS:
    void modelOffersEveryRoleTheDelegateReads()
    {
        const QList<QByteArray> expected { "profileId",   "providerName", "environment",
                                           "email",       "label",        "subject",
                                           "displayName", "expiresAt",    "signInRequired",
                                           "group",       "production" };
        AccountListModel model;
        const QList<QByteArray> names = model.roleNames().values();
        for (const QByteArray &role : expected)
            QVERIFY2(names.contains(role), role.constData());
        QCOMPARE(names.size(), expected.size());
    }

    void reloadFillsTheModelFromTheIndex()
    {
        const AccountIndex index = indexFile("fill.json");
        AccountRecord ann
            = account(QStringLiteral("demo"), QStringLiteral("sub-ann"), QStringLiteral("ann"));
        AccountRecord bob = account(QStringLiteral("retired-provider"), QStringLiteral("sub-bob"),
                                    QStringLiteral("bob"));
        bob.signInRequired = true;
        QVERIFY(index.save({ ann, bob }).ok());

        AccountsController controller(servicesWith(index));
        const AccountListModel &model = *controller.accounts();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(roleData(model, 0, "profileId").toString(), QStringLiteral("demo"));
        QCOMPARE(roleData(model, 0, "providerName").toString(),
                 QStringLiteral("Login Companion Demo"));
        QCOMPARE(roleData(model, 0, "environment").toString(), QStringLiteral("local"));
        QCOMPARE(roleData(model, 0, "email").toString(), QStringLiteral("ann@example.test"));
        QCOMPARE(roleData(model, 0, "label").toString(), QStringLiteral("ann"));
        QCOMPARE(roleData(model, 0, "subject").toString(), QStringLiteral("sub-ann"));
        QCOMPARE(roleData(model, 0, "displayName").toString(), QStringLiteral("ANN"));
        QCOMPARE(roleData(model, 0, "expiresAt").toDateTime(), ann.expiresAt);
        QCOMPARE(roleData(model, 0, "signInRequired").toBool(), false);
        // A profile that is no longer built in: the list still names it, by its id.
        QCOMPARE(roleData(model, 1, "providerName").toString(), QStringLiteral("retired-provider"));
        QCOMPARE(roleData(model, 1, "environment").toString(), QString());
        QCOMPARE(roleData(model, 1, "signInRequired").toBool(), true);
        QVERIFY(!model.data(model.index(2, 0), AccountListModel::LabelRole).isValid());
    }

    void reloadWithTheSameAccountsReportsOnlyChangedRows()
    {
        const AccountIndex index = indexFile("refresh.json");
        AccountRecord ann
            = account(QStringLiteral("demo"), QStringLiteral("sub-ann"), QStringLiteral("ann"));
        const AccountRecord bob
            = account(QStringLiteral("demo"), QStringLiteral("sub-bob"), QStringLiteral("bob"));
        QVERIFY(index.save({ ann, bob }).ok());
        AccountsController controller(servicesWith(index));
        AccountListModel *model = controller.accounts();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);

        controller.reload(); // nothing changed on disk
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);

        // ann's token was refreshed by `login-companion token` meanwhile
        ann.expiresAt = ann.expiresAt.addSecs(3600);
        QVERIFY(index.save({ ann, bob }).ok());
        controller.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 0);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(roleData(*model, 0, "expiresAt").toDateTime(), ann.expiresAt);
    }

    void reloadWithOtherAccountsResetsTheList()
    {
        const AccountIndex index = indexFile("signout.json");
        const AccountRecord ann
            = account(QStringLiteral("demo"), QStringLiteral("sub-ann"), QStringLiteral("ann"));
        const AccountRecord bob
            = account(QStringLiteral("demo"), QStringLiteral("sub-bob"), QStringLiteral("bob"));
        QVERIFY(index.save({ ann, bob }).ok());
        AccountsController controller(servicesWith(index));
        AccountListModel *model = controller.accounts();
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);

        QVERIFY(index.save({ bob }).ok()); // ann signed out
        controller.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(roleData(*model, 0, "subject").toString(), QStringLiteral("sub-bob"));

        QVERIFY(index.save({}).ok());
        controller.reload();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model->rowCount(), 0);
    }

    void listFollowsSignInsAndSignOutsMadeElsewhere()
    {
        // The index does not exist yet: the first sign-in creates it.
        const AccountIndex index(m_directory.filePath(QStringLiteral("live/accounts.json")));
        AccountsController controller(servicesWith(index));
        QCOMPARE(controller.accounts()->rowCount(), 0);

        // `login-companion login` in a terminal, while the window is open.
        QVERIFY(index
                    .save({ account(QStringLiteral("demo"), QStringLiteral("sub-ann"),
                                    QStringLiteral("ann")) })
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(controller.accounts()->rowCount(), 1, 20'000);
        QVERIFY(index
                    .save({ account(QStringLiteral("demo"), QStringLiteral("sub-ann"),
                                    QStringLiteral("ann")),
                            account(QStringLiteral("demo"), QStringLiteral("sub-bob"),
                                    QStringLiteral("bob")) })
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(controller.accounts()->rowCount(), 2, 20'000);
        // `login-companion logout` of both.
        QVERIFY(index.save({}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(controller.accounts()->rowCount(), 0, 20'000);
    }

    // Three providers in three environments; labels, emails and subjects that overlap on purpose.
    AccountIndex mixedIndex() const
    {
        const AccountIndex index = indexFile("mixed.json");
        AccountRecord carol = account("ottm", "sub-carol", "carol");
        carol.email = QStringLiteral("carol@studio.test");
        const AccountRecord dave = account("ottm", "sub-dave", "dave");
        AccountRecord erin = account("demo", "sub-erin", "erin");
        erin.email = QStringLiteral("erin@studio.test");
        const AccountRecord ann = account("rayteams-dev", "sub-ann", "ann");
        const AccountRecord bob = account("demo", "player-bob", "bob");
        if (!index.save({ carol, dave, erin, ann, bob }).ok())
            qFatal("cannot write the index");
        return index;
    }

    static QStringList labelsShown(const QAbstractItemModel &model)
    {
        QStringList labels;
        for (int row = 0; row < model.rowCount(); ++row)
            labels.append(roleData(model, row, "label").toString());
        return labels;
    }

    void accountsAreGroupedByProviderAndEnvironment()
    {
        AccountsController controller(servicesWith(mixedIndex()));
        const AccountFilterModel &shown = *controller.filteredAccounts();
        QCOMPARE(labelsShown(shown), QStringList({ "bob", "erin", "carol", "dave", "ann" }));
        QCOMPARE(roleData(shown, 0, "group").toString(),
                 QStringLiteral("Login Companion Demo · local"));
        // A production profile that is not set up here is still named, and marked, from its file.
        QCOMPARE(roleData(shown, 2, "group").toString(),
                 QStringLiteral("OTTM membership · production"));
        QCOMPARE(roleData(shown, 2, "production").toBool(), true);
        QCOMPARE(roleData(shown, 4, "production").toBool(), false);
        QCOMPARE(shown.environments(), QStringList({ "development", "local", "production" }));
        QCOMPARE(shown.environmentChoices().size(), 4);
    }

    void environmentFilterShowsOnlyThatEnvironment()
    {
        AccountsController controller(servicesWith(mixedIndex()));
        AccountFilterModel &shown = *controller.filteredAccounts();
        QSignalSpy counted(&shown, &AccountFilterModel::countChanged);
        shown.setEnvironment(QStringLiteral("production"));
        QCOMPARE(labelsShown(shown), QStringList({ "carol", "dave" }));
        QCOMPARE(shown.environmentIndex(), 3);
        QVERIFY(counted.count() > 0);
        QCOMPARE(shown.totalCount(), 5);
        shown.setEnvironmentIndex(1); // development
        QCOMPARE(labelsShown(shown), QStringList({ "ann" }));
        shown.setEnvironmentIndex(0);
        QCOMPARE(shown.count(), 5);
    }

    void searchMatchesLabelEmailOrSubject_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("label") << "DAV" << QStringList { "dave" };
        QTest::newRow("email") << "@studio.test" << QStringList { "erin", "carol" };
        QTest::newRow("subject") << "player-" << QStringList { "bob" };
        QTest::newRow("surrounding spaces") << "  sub-ann " << QStringList { "ann" };
        QTest::newRow("none") << "zed" << QStringList {};
        QTest::newRow("empty") << "" << QStringList { "bob", "erin", "carol", "dave", "ann" };
    }

    void searchMatchesLabelEmailOrSubject()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, labels);
        AccountsController controller(servicesWith(mixedIndex()));
        AccountFilterModel &shown = *controller.filteredAccounts();
        shown.setSearchText(search);
        QCOMPARE(labelsShown(shown), labels);
    }

    void searchAndEnvironmentCombine()
    {
        AccountsController controller(servicesWith(mixedIndex()));
        AccountFilterModel &shown = *controller.filteredAccounts();
        shown.setSearchText(QStringLiteral("studio"));
        shown.setEnvironment(QStringLiteral("local"));
        QCOMPARE(labelsShown(shown), QStringList({ "erin" }));
    }

    void filterSurvivesAReloadAndFollowsNewAccounts()
    {
        const AccountIndex index = mixedIndex();
        AccountsController controller(servicesWith(index));
        AccountFilterModel &shown = *controller.filteredAccounts();
        shown.setEnvironment(QStringLiteral("production"));
        auto accounts = index.load().value();
        accounts.append(account("ottm", "sub-fay", "fay"));
        QVERIFY(index.save(accounts).ok());
        controller.reload();
        QCOMPARE(labelsShown(shown), QStringList({ "carol", "dave", "fay" }));
        // The last production account leaves: the filter goes back to every environment.
        QVERIFY(index.save({ account("demo", "sub-gus", "gus") }).ok());
        controller.reload();
        QCOMPARE(shown.environment(), QString());
        QCOMPARE(labelsShown(shown), QStringList({ "gus" }));
    }

    void developmentProvidersAreHiddenUntilAsked()
    {
        AccountsController controller(servicesWith(indexFile("providers.json")));
        auto ids = [&] {
            QStringList result;
            for (const QVariant &profile : controller.profiles())
                result.append(profile.toMap().value(QStringLiteral("id")).toString());
            return result;
        };
        const QStringList forPlayers = ids();
        for (const char *development : { "demo", "rayteams-dev", "ottm-dev", "light-oauth2" })
            QVERIFY2(!forPlayers.contains(QLatin1String(development)), development);
        QSignalSpy changed(&controller, &AccountsController::profilesChanged);
        controller.setShowDevelopmentProviders(true);
        QCOMPARE(changed.count(), 1);
        const QStringList all = ids();
        QVERIFY(all.contains(QStringLiteral("demo")));
        QVERIFY(all.contains(QStringLiteral("rayteams-dev")));
        // A profile that is not set up explains itself in plain words, not variable names.
        for (const QVariant &entry : controller.profiles()) {
            const QVariantMap profile = entry.toMap();
            if (profile.value(QStringLiteral("ready")).toBool())
                continue;
            const QString text = profile.value(QStringLiteral("setupText")).toString();
            QVERIFY2(text.contains(QStringLiteral("not set up")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("LOGIN_COMPANION_")), qPrintable(text));
        }
        QVERIFY(controller.setupDocumentationUrl().isValid());
    }

    void signInAgainKeepsTheAccountsLabel()
    {
        const AccountIndex index = indexFile("again.json");
        AccountRecord ann
            = account(QStringLiteral("demo"), QStringLiteral("sub-ann"), QStringLiteral("qa-ann"));
        ann.signInRequired = true;
        QVERIFY(index.save({ ann }).ok());
        AccountsController controller(servicesWith(index));
        controller.signInAgain(QStringLiteral("demo"), QStringLiteral("sub-ann"));
        QVERIFY(controller.activeSignIn());
        QCOMPARE(controller.activeSignIn()->title(), QStringLiteral("Login Companion Demo"));
        QCOMPARE(controller.activeSignIn()->property("requestedLabel").toString(),
                 QStringLiteral("qa-ann"));
        controller.closeSignIn();
    }

    void validityCountsDownInTheLastHour()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(AccountsController::validityText(now.addSecs(754), false, now),
                 QStringLiteral("Valid for 12:34"));
        QCOMPARE(AccountsController::validityText(now.addSecs(5), false, now),
                 QStringLiteral("Valid for 0:05"));
    }

    void longerValidityShowsTheEndTime()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(AccountsController::validityText(now.addSecs(7200), false, now)
                    .startsWith(QStringLiteral("Valid until ")));
    }

    void expiredTokenSaysItRefreshesOnNextUse()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(AccountsController::validityText(now.addSecs(-1), false, now)
                    .contains(QStringLiteral("refreshed on next use")));
    }

    void signInRequiredWinsOverAnyExpiry()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(AccountsController::validityText(now.addSecs(3000), true, now),
                 QStringLiteral("Sign-in required"));
    }
};

QTEST_GUILESS_MAIN(AccountsControllerTest)
#include "tst_accountscontroller.moc"
