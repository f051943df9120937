// The accounts window itself (Main.qml, offscreen) on fake services: the list scrolls, keyboard
// focus brings a row into view, Return activates the focused button, signing out asks first and
// names the account, the token details open and close from the keyboard, nothing is clipped at
// 360 px, and the window's own views follow a dark palette.
#include "AccountsController.h"
#include "FakeServices.h"
#include "QuickItems.h"
#include "WebTools.h"

#include <QGuiApplication>
#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtWebEngineQuick>

using namespace lc;

class AccountsWindowTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::FakeServices> m_fakes;
    std::unique_ptr<AccountsController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;

    QQuickWindow *window() const { return test::rootWindow(*m_engine); }
    template<typename T = QQuickItem> T *find(const char *name) const
    {
        return test::findNamed<T>(window(), name);
    }
    QList<QQuickItem *> allItems() const { return test::allItems(window()); }
    QList<QQuickItem *> findAll(const char *name) const
    {
        return test::shownItemsNamed(window(), name);
    }

    void seed(int count, bool signInRequired = false)
    {
        const testing::FakeServices &fakes = *m_fakes;
        ProviderProfile demo = testing::plainProfile();
        demo.id = QStringLiteral("demo");
        for (int i = 0; i < count; ++i) {
            StoredTokens tokens;
            tokens.accessToken = QStringLiteral("access-%1").arg(i);
            tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(7200);
            AccountRecord account = fakes.seedAccount(demo, QStringLiteral("player%1").arg(i),
                                                      QStringLiteral("sub-%1").arg(i), tokens);
            if (signInRequired) {
                account.signInRequired = true;
                QVERIFY(fakes.services().accountIndex.replace(account).ok());
            }
        }
    }

    // One account whose keychain entry holds an ID token, for the details view.
    AccountRecord seedWithIdToken()
    {
        const auto encode = [](const QByteArray &json) {
            return QString::fromLatin1(
                json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        StoredTokens tokens;
        tokens.accessToken = QStringLiteral("access-0");
        tokens.refreshToken = QStringLiteral("refresh-0");
        tokens.idToken = encode(R"({"alg":"RS256","kid":"k1"})") + QLatin1Char('.')
            + encode(R"({"iss":"https://id.acme.test","sub":"sub-0","aud":["app","api"],)"
                     R"("iat":1900000000,"exp":1900003600,"name":"Player Zero"})")
            + QStringLiteral(".c2ln");
        tokens.expiresAt = testing::FakeServices::defaultNow().addSecs(900);
        tokens.scopes = QStringList { QStringLiteral("openid"), QStringLiteral("profile") };
        ProviderProfile demo = testing::plainProfile();
        demo.id = QStringLiteral("demo");
        return m_fakes->seedAccount(demo, QStringLiteral("player0"), QStringLiteral("sub-0"),
                                    tokens);
    }

    // Buttons and labels outside the window, or labels that elide their text.
    QStringList clippedItems(int windowWidth) const
    {
        QStringList clipped;
        for (QQuickItem *item : allItems()) {
            const QString type = QString::fromLatin1(item->metaObject()->className());
            if (item->width() <= 0
                || !(type.contains(QLatin1String("Button"))
                     || type.contains(QLatin1String("Label"))))
                continue;
            if (!test::isShown(item) || item->opacity() == 0)
                continue;
            const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            if (box.left() < -0.5 || box.right() > windowWidth + 0.5
                || item->property("truncated").toBool())
                clipped.append(QStringLiteral("%1 \"%2\" at %3..%4")
                                   .arg(type, item->property("text").toString())
                                   .arg(box.left())
                                   .arg(box.right()));
        }
        return clipped;
    }

    void open(int width = 520, int height = 480)
    {
        m_controller = std::make_unique<AccountsController>(m_fakes->services());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setInitialProperties(
            { { QStringLiteral("accounts"), QVariant::fromValue(m_controller.get()) } });
        m_engine->load(QUrl(QStringLiteral("qrc:/LoginCompanion/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        window()->resize(width, height);
        window()->show();
        window()->requestActivate();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    int accountRows() const { return m_fakes->services().accountIndex.load().value().size(); }

    // The background is dark, and every label's text is light enough to read on it.
    void checkDarkAndReadable()
    {
        const QImage image = window()->grabWindow();
        QVERIFY(!image.isNull());
        // The background is dark, and every label's text is light enough to read on it.
        QVERIFY2(image.pixelColor(image.width() / 2, image.height() - 5).lightness() < 80,
                 qPrintable(image.pixelColor(image.width() / 2, image.height() - 5).name()));
        for (QQuickItem *item : allItems()) {
            const QVariant color = item->property("color");
            if (!item->isVisible() || !item->property("text").isValid() || !color.isValid())
                continue;
            if (item->property("text").toString().isEmpty()
                || QString::fromLatin1(item->metaObject()->className()).contains("Button"))
                continue;
            QVERIFY2(color.value<QColor>().lightness() > 120,
                     qPrintable(item->property("text").toString() + u' '
                                + color.value<QColor>().name()));
        }
    }

    // Waits until the StackView has finished a push or pop (both pages are shown during one).
    void waitForStack()
    {
        QObject *stack = window()->findChild<QObject *>(QStringLiteral("stack"));
        QVERIFY(stack);
        QTRY_VERIFY(!stack->property("busy").toBool());
    }

private Q_SLOTS:
    void init() { m_fakes = std::make_unique<testing::FakeServices>(); }
    void cleanup()
    {
        m_engine.reset();
        m_controller.reset();
        m_fakes.reset();
        QGuiApplication::setPalette(QPalette());
    }

    void aLongListScrollsAndFocusBringsRowsIntoView()
    {
        seed(12);
        open();
        auto *list = find("accountList");
        QTRY_COMPARE(list->property("count").toInt(), 12);
        auto *bar = find("accountScrollBar");
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(list->property("contentHeight").toReal() > list->height());

        // Tab through the rows' buttons down to the last one: it is scrolled into view. Rows
        // below the view are created as it scrolls, so the tab chain grows as it goes round;
        // going round several times needs no particular timing.
        const QList<QQuickItem *> signOut = findAll("signOutButton");
        QVERIFY(!signOut.isEmpty());
        QQuickItem *first = signOut.first();
        first->forceActiveFocus(Qt::TabFocusReason);
        for (int i = 0; i < 400; ++i) {
            QTest::keyClick(window(), Qt::Key_Tab);
            QTest::qWait(5); // let the list create the rows it scrolled to
            QQuickItem *focused = window()->activeFocusItem();
            if (focused && focused->objectName() == QLatin1String("signOutButton")
                && list->property("currentIndex").toInt() == 11)
                break;
        }
        QCOMPARE(list->property("currentIndex").toInt(), 11);
        QQuickItem *focused = window()->activeFocusItem();
        QVERIFY(focused);
        const QRectF inList
            = focused->mapRectToItem(list, QRectF(0, 0, focused->width(), focused->height()));
        QVERIFY2(inList.top() >= -0.5 && inList.bottom() <= list->height() + 0.5,
                 qPrintable(QStringLiteral("%1..%2 of %3")
                                .arg(inList.top())
                                .arg(inList.bottom())
                                .arg(list->height())));
    }

    void signOutAsksFirstNamingTheAccount()
    {
        seed(1);
        open();
        QTRY_COMPARE(findAll("signOutButton").size(), 1);
        QMetaObject::invokeMethod(findAll("signOutButton").first(), "clicked");
        auto *dialog = window()->findChild<QObject *>(QStringLiteral("signOutDialog"));
        QTRY_VERIFY(dialog->property("visible").toBool());
        QVERIFY2(dialog->property("title").toString().contains(QStringLiteral("player0")),
                 qPrintable(dialog->property("title").toString()));
        QCOMPARE(accountRows(), 1); // nothing happens before the answer
        QMetaObject::invokeMethod(dialog, "reject");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTest::qWait(100);
        QCOMPARE(accountRows(), 1);

        QMetaObject::invokeMethod(findAll("signOutButton").first(), "clicked");
        QTRY_VERIFY(dialog->property("visible").toBool());
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_COMPARE_WITH_TIMEOUT(accountRows(), 0, 20'000);
    }

    void returnActivatesTheFocusedButton_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Return") << int(Qt::Key_Return);
        QTest::newRow("Enter") << int(Qt::Key_Enter);
    }

    void returnActivatesTheFocusedButton()
    {
        QFETCH(int, key);
        seed(1);
        open();
        QTRY_COMPARE(findAll("signOutButton").size(), 1);
        QQuickItem *button = findAll("signOutButton").first();
        button->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(button->hasActiveFocus());
        QTest::keyClick(window(), Qt::Key(key));
        auto *dialog = window()->findChild<QObject *>(QStringLiteral("signOutDialog"));
        QTRY_VERIFY(dialog->property("visible").toBool());
    }

    void rowsThatNeedItOfferSignInAgain()
    {
        seed(1, true);
        open();
        QTRY_COMPARE(findAll("signInAgainButton").size(), 1);
        QMetaObject::invokeMethod(findAll("signInAgainButton").first(), "clicked");
        QTRY_VERIFY(m_controller->activeSignIn());
        QCOMPARE(m_controller->activeSignIn()->requestedLabel(), QStringLiteral("player0"));
        m_controller->closeSignIn();
    }

    void detailsOpenAndCloseFromTheKeyboard_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Return") << int(Qt::Key_Return);
        QTest::newRow("Enter") << int(Qt::Key_Enter);
        QTest::newRow("Escape") << int(Qt::Key_Escape);
    }

    void detailsOpenAndCloseFromTheKeyboard()
    {
        QFETCH(int, key);
        seedWithIdToken();
        open();
        QTRY_COMPARE(findAll("detailsButton").size(), 1);
        QQuickItem *details = findAll("detailsButton").first();
        details->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(window(), Qt::Key_Return);
        QTRY_VERIFY(m_controller->details());
        QTRY_COMPARE(int(m_controller->details()->status()), int(TokenInspector::Status::Ready));
        // The page has the claims, and Back has the focus.
        QTRY_VERIFY(find("idTokenTree"));
        QTRY_VERIFY(window()->activeFocusItem()
                    && window()->activeFocusItem()->objectName() == QLatin1String("backButton"));
        QVERIFY(findAll("claimValue").size() >= 6);
        QTest::keyClick(window(), Qt::Key(key));
        QTRY_VERIFY(!m_controller->details());
        QTRY_COMPARE(findAll("detailsButton").size(), 1);
    }

    void nothingIsClippedAtTheMinimumWidth()
    {
        seed(2, true);
        seedWithIdToken();
        // A production account with a long name: the name wraps beside its badge.
        ProviderProfile ottm = testing::plainProfile();
        ottm.id = QStringLiteral("ottm"); // built in, a production profile
        StoredTokens tokens;
        tokens.accessToken = QStringLiteral("access-live");
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
        m_fakes->seedAccount(ottm, QStringLiteral("live-player-with-a-rather-long-name"),
                             QStringLiteral("sub-live"), tokens);
        open(360, 640);
        QTRY_COMPARE(window()->width(), 360);
        QTRY_COMPARE(findAll("signOutButton").size(), 4);
        QCOMPARE(findAll("productionBadge").size(), 1);
        QTest::qWait(50); // one polish pass
        QStringList clipped = clippedItems(360);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));

        m_controller->openDetails(QStringLiteral("demo"), QStringLiteral("sub-0"));
        QTRY_VERIFY(find("idTokenTree"));
        QTRY_VERIFY(findAll("copyCurlButton").size() == 1);
        waitForStack();
        QTest::qWait(50);
        clipped = clippedItems(360);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        // The copy buttons wrapped onto more than one row rather than run off the edge.
        QQuickItem *first = findAll("copyAccessTokenButton").first();
        QQuickItem *last = findAll("copyCurlButton").first();
        QVERIFY(last->mapToScene(QPointF()).y() > first->mapToScene(QPointF()).y());
    }

    void theWindowFollowsADarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        QGuiApplication::setPalette(dark);
        seed(1, true);
        open();
        QTRY_COMPARE(findAll("signInAgainButton").size(), 1);
        checkDarkAndReadable();
        seedWithIdToken();
        m_controller->reload();
        m_controller->openDetails(QStringLiteral("demo"), QStringLiteral("sub-0"));
        QTRY_VERIFY(find("idTokenTree"));
        QTRY_VERIFY(findAll("claimValue").size() >= 6);
        waitForStack();
        checkDarkAndReadable();
    }
};

int main(int argc, char *argv[])
{
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    WebTools::registerForQml();
    AccountsWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountswindow.moc"
