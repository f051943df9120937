// `login --autofill` in the login view's controller, driven the way SignInWebView.qml drives it
// (no QML, fake services): which pages get the script, what the script is told, and how a
// rejected password and the per-account deadline end the sign-in.
#include "Autofill.h"
#include "FakeServices.h"
#include "LoginController.h"
#include "common/ExitCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace lc;

namespace {
const QString kPassword = QStringLiteral("s3cret \"quoted\" pässword");

// The configuration autofill.js is applied to: the JSON between the last "(" and ");".
QJsonObject configurationIn(const QString &script)
{
    const qsizetype open = script.lastIndexOf(QStringLiteral("({"));
    return QJsonDocument::fromJson(script.mid(open + 1, script.size() - open - 3).toUtf8())
        .object();
}
} // namespace

class AutofillControllerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::FakeServices> m_fakes;
    ProviderProfile m_profile;

    std::unique_ptr<LoginController> startedController(int deadlineSeconds = 0)
    {
        auto controller = std::make_unique<LoginController>(m_profile, m_fakes->services(),
                                                            QStringLiteral("qa-1"));
        controller->setAutofill(
            std::make_shared<Autofill>(m_profile, QStringLiteral("qa-1"),
                                       Credential { QStringLiteral("player-1"), kPassword }),
            deadlineSeconds);
        controller->start();
        if (!QTest::qWaitFor([&] { return !controller->authorizationUrl().isEmpty(); }, 5000))
            qFatal("no authorization URL");
        controller->reportLoadSucceeded(loginPage());
        return controller;
    }

    QUrl loginPage() const { return QUrl(QStringLiteral("http://127.0.0.1:4380/interaction/x1")); }

private Q_SLOTS:
    void init()
    {
        m_fakes = std::make_unique<testing::FakeServices>();
        m_profile = testing::demoProfileWithEndpoints();
        m_profile.autofill.consent = QStringLiteral("#allow");
    }
    void cleanup() { m_fakes.reset(); }

    void theScriptIsOnlyForPagesOfTheAuthorizationEndpointsOrigin()
    {
        auto controller = startedController();
        const QString script = controller->autofillScript(loginPage());
        QVERIFY(!script.isEmpty());
        const QJsonObject configuration = configurationIn(script);
        QCOMPARE(configuration.value("origin").toString(), QStringLiteral("http://127.0.0.1:4380"));
        QCOMPARE(configuration.value("username").toString(), QStringLiteral("player-1"));
        QCOMPARE(configuration.value("password").toString(), kPassword);
        QCOMPARE(configuration.value("selectors").toObject().value("consent").toString(),
                 QStringLiteral("#allow"));
        QCOMPARE(configuration.value("passwordSubmitted").toBool(), false);

        for (const char *elsewhere :
             { "http://127.0.0.1:4381/interaction/x1", "http://localhost:4380/interaction/x1",
               "https://127.0.0.1:4380/interaction/x1", "http://evil.test/login", "about:blank" })
            QVERIFY2(controller->autofillScript(QUrl(QLatin1String(elsewhere))).isEmpty(),
                     elsewhere);
    }

    void withoutAutofillThereIsNoScript()
    {
        LoginController controller(m_profile, m_fakes->services(), QStringLiteral("qa-1"));
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return !controller.authorizationUrl().isEmpty(); }, 5000));
        QVERIFY(controller.autofillScript(loginPage()).isEmpty());
    }

    void theScriptIsToldWhatWasAlreadyTyped()
    {
        auto controller = startedController();
        controller->reportAutofill(loginPage(), QStringLiteral("password-submitted"));
        const QJsonObject after = configurationIn(controller->autofillScript(loginPage()));
        QCOMPARE(after.value("passwordSubmitted").toBool(), true);
        QCOMPARE(controller->phase(), LoginController::Phase::Ready);

        // A consent page that keeps coming back is pressed at most three times.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(configurationIn(controller->autofillScript(loginPage()))
                        .value("mayPressConsent")
                        .toBool());
            controller->reportAutofill(loginPage(), QStringLiteral("consent-pressed"));
        }
        QVERIFY(!configurationIn(controller->autofillScript(loginPage()))
                     .value("mayPressConsent")
                     .toBool());
    }

    void aRejectedPasswordFailsNamingTheAccount()
    {
        auto controller = startedController();
        QSignalSpy failed(controller.get(), &LoginController::signInFailed);
        controller->reportAutofill(loginPage(), QStringLiteral("password-submitted"));
        controller->reportAutofill(loginPage(), QStringLiteral("rejected"));
        QCOMPARE(controller->phase(), LoginController::Phase::Failed);
        QCOMPARE(failed.count(), 1);
        const AuthError error = *controller->error();
        QCOMPARE(int(exitCodeFor(error)), int(ExitProviderOrNetwork));
        QVERIFY2(error.message().contains(QStringLiteral("\"qa-1\""))
                     && error.message().contains(QStringLiteral("\"demo\""))
                     && error.message().contains(QStringLiteral("credentials set")),
                 qPrintable(error.message()));
        QVERIFY(!error.message().contains(kPassword));
        // Nothing more is typed into a failed sign-in.
        QVERIFY(controller->autofillScript(loginPage()).isEmpty());

        // Retry is a fresh attempt: nothing typed in it yet.
        controller->retry();
        QVERIFY(QTest::qWaitFor([&] { return !controller->authorizationUrl().isEmpty(); }, 5000));
        controller->reportLoadSucceeded(loginPage());
        QCOMPARE(configurationIn(controller->autofillScript(loginPage()))
                     .value("passwordSubmitted")
                     .toBool(),
                 false);
    }

    void aPageStillBuildingItsFormIsLookedAtAgainAFewTimes()
    {
        auto controller = startedController();
        QSignalSpy again(controller.get(), &LoginController::autofillRequested);
        for (int look = 0; look < 10; ++look) {
            controller->reportAutofill(loginPage(), QStringLiteral("nothing"));
            QVERIFY(again.wait(2000));
        }
        controller->reportAutofill(loginPage(), QStringLiteral("nothing"));
        QVERIFY(!again.wait(1000));
        // A new page gets its own looks.
        controller->reportLoadSucceeded(loginPage());
        controller->reportAutofill(loginPage(), QStringLiteral("nothing"));
        QVERIFY(again.wait(2000));
    }

    void answersFromOtherOriginsChangeNothing()
    {
        auto controller = startedController();
        for (const char *answer :
             { "wrong-origin", "form-elsewhere", "already-handled", "error: SyntaxError" })
            controller->reportAutofill(loginPage(), QLatin1String(answer));
        QCOMPARE(controller->phase(), LoginController::Phase::Ready);
        QCOMPARE(configurationIn(controller->autofillScript(loginPage()))
                     .value("passwordSubmitted")
                     .toBool(),
                 false);
    }

    void theDeadlineEndsASignInThatDidNotFinish()
    {
        auto controller = startedController(1);
        QSignalSpy failed(controller.get(), &LoginController::signInFailed);
        QVERIFY(failed.wait(3000));
        QCOMPARE(controller->phase(), LoginController::Phase::Failed);
        const AuthError error = *controller->error();
        QCOMPARE(int(exitCodeFor(error)), int(ExitProviderOrNetwork));
        QVERIFY2(error.message().contains(QStringLiteral("within 1 s"))
                     && error.message().contains(QStringLiteral("\"qa-1\"")),
                 qPrintable(error.message()));
    }

    void noDeadlineWithoutOne()
    {
        auto controller = startedController(0);
        QSignalSpy failed(controller.get(), &LoginController::signInFailed);
        QVERIFY(!failed.wait(1500));
        QCOMPARE(controller->phase(), LoginController::Phase::Ready);
    }
};

QTEST_GUILESS_MAIN(AutofillControllerTest)
#include "tst_autofillcontroller.moc"
