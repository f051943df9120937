// The accounts window itself (Main.qml, offscreen) on fake services: the list scrolls, keyboard
// focus brings a row into view, Return activates the focused button, signing out asks first and
// names the account, and the window's own views follow a dark palette.
#include "AccountsWindowHarness.h"
#include "FakeServices.h"
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
    testing::AccountsWindowHarness m_window;

    QQuickWindow *window() const { return m_window.window(); }
    template<typename T = QQuickItem> T *find(const char *name) const
    {
        return window()->findChild<T *>(QLatin1String(name));
    }
    QList<QQuickItem *> allItems() const { return m_window.allItems(); }
    QList<QQuickItem *> findAll(const char *name) const
    {
        QList<QQuickItem *> found;
        for (QQuickItem *item : allItems()) {
            if (item->objectName() == QLatin1String(name) && item->isVisible())
                found.append(item);
        }
        return found;
    }

    void seed(int count, bool signInRequired = false) { m_window.seed(count, signInRequired); }

    void open(int width = 520, int height = 480) { QVERIFY(m_window.open(width, height)); }

    int accountRows() const
    {
        return m_window.fakes().services().accountIndex.load().value().size();
    }

private Q_SLOTS:
    void init() { m_window.reset(); }
    void cleanup()
    {
        m_window.close();
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
        const QRectF inList = focused->mapRectToItem(list, QRectF(0, 0, focused->width(),
                                                                  focused->height()));
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
        QTRY_VERIFY(m_window.controller()->activeSignIn());
        QCOMPARE(m_window.controller()->activeSignIn()->requestedLabel(),
                 QStringLiteral("player0"));
        m_window.controller()->closeSignIn();
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
