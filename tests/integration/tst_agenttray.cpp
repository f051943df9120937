// `login-companion agent --tray`: the tray icon's menu lists the accounts with the state of
// their tokens, offers "Sign in" per provider, "Open accounts" and "Quit", and follows the
// account list as other processes change it. (Offscreen there is no system tray to show the
// icon in; the menu is what the icon would show. The view reaches the agent only through
// TrayBackend's meta-object, as in the module the agent loads for --tray.)
#include "TestSupport.h"
#include "server/Agent.h"
#include "server/TrayBackend.h"
#include "tray/AgentTray.h"

#include <QApplication>
#include <QFile>
#include <QTest>

using namespace lc;
using namespace lc::agent;

namespace {
QStringList texts(const QMenu *menu)
{
    QStringList list;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            list.append(action->text());
    }
    return list;
}

AccountRecord row(const QString &label, const QString &subject, bool signInRequired)
{
    AccountRecord account;
    account.profileId = QStringLiteral("demo");
    account.label = label;
    account.subject = subject;
    account.displayName = label == QLatin1String("qa-one") ? QStringLiteral("Demo One") : QString();
    account.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    account.signInRequired = signInRequired;
    return account;
}
} // namespace

class AgentTrayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("login-companion")); }

    void menuListsTheAccountsAndFollowsTheList()
    {
        QFile::remove(AccountIndex().filePath());
        const AccountRecord valid = row(QStringLiteral("qa-one"), QStringLiteral("s-1"), false);
        const AccountRecord rejected = row(QStringLiteral("qa-two"), QStringLiteral("s-2"), true);
        QVERIFY(AccountIndex().save({ valid, rejected }).ok());

        Agent agent(Services::production());
        TrayBackend backend(agent);
        AgentTray tray(&backend);
        QMenu *menu = tray.menu();
        const QStringList items = texts(menu);
        QVERIFY2(items.value(0).startsWith(QStringLiteral("Demo One (demo): valid until ")),
                 qPrintable(items.join(u'|')));
        QVERIFY(!menu->actions().value(0)->isEnabled());
        QCOMPARE(items.value(1), QStringLiteral("qa-two (demo): sign-in required. Sign in again…"));
        QVERIFY(menu->actions().value(1)->isEnabled());
        QVERIFY(items.contains(QStringLiteral("Sign in")));
        QVERIFY(items.contains(QStringLiteral("Open accounts")));
        QCOMPARE(items.last(), QStringLiteral("Quit"));
        QMenu *providers = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->menu())
                providers = action->menu();
        }
        QVERIFY(providers);
        QVERIFY(texts(providers).contains(QStringLiteral("Login Companion Demo")));

        // Signed out elsewhere: the menu follows.
        QVERIFY(AccountIndex().remove(rejected).ok());
        QTRY_VERIFY(!texts(menu).join(u'|').contains(QStringLiteral("qa-two")));
        QVERIFY(AccountIndex().remove(valid).ok());
        QTRY_COMPARE(texts(menu).value(0), QStringLiteral("No accounts"));
    }
};

QTEST_MAIN(AgentTrayTest)
#include "tst_agenttray.moc"
