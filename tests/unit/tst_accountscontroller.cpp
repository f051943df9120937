// The account list's live status text, as Main.qml shows it every second.
#include "AccountsController.h"

#include <QTest>

using namespace lc;

class AccountsControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
