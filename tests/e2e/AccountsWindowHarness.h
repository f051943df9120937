#pragma once

#include "AccountsController.h"
#include "FakeServices.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <memory>

namespace lc::testing {

// The accounts window (Main.qml) in-process on fake services, for the offscreen window tests:
// seeds accounts, loads and shows the window, and walks its items.
class AccountsWindowHarness
{
public:
    AccountsWindowHarness() { reset(); }

    // Fresh, empty fake services, and no window.
    void reset()
    {
        close();
        m_fakes = std::make_unique<FakeServices>();
    }
    const FakeServices &fakes() const { return *m_fakes; }
    AccountsController *controller() const { return m_controller.get(); }

    // Accounts player0…player<count-1> of a "demo" profile, with valid tokens.
    void seed(int count, bool signInRequired = false)
    {
        ProviderProfile demo = plainProfile();
        demo.id = QStringLiteral("demo");
        for (int i = 0; i < count; ++i) {
            StoredTokens tokens;
            tokens.accessToken = QStringLiteral("access-%1").arg(i);
            tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(7200);
            AccountRecord account = m_fakes->seedAccount(demo, QStringLiteral("player%1").arg(i),
                                                         QStringLiteral("sub-%1").arg(i), tokens);
            if (signInRequired) {
                account.signInRequired = true;
                QVERIFY(m_fakes->services().accountIndex.replace(account).ok());
            }
        }
    }

    // Loads Main.qml, shows it at width × height; false when it did not load or show.
    bool open(int width, int height)
    {
        m_controller = std::make_unique<AccountsController>(m_fakes->services());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setInitialProperties(
            { { QStringLiteral("accounts"), QVariant::fromValue(m_controller.get()) } });
        m_engine->load(QUrl(QStringLiteral("qrc:/LoginCompanion/Main.qml")));
        if (m_engine->rootObjects().isEmpty())
            return false;
        window()->resize(width, height);
        window()->show();
        window()->requestActivate();
        return QTest::qWaitForWindowExposed(window());
    }
    // The window goes before the controller it shows.
    void close()
    {
        m_engine.reset();
        m_controller.reset();
    }

    QQuickWindow *window() const
    {
        return qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    }
    // The visual tree: a ListView's delegates are not its QObject children.
    QList<QQuickItem *> allItems() const
    {
        QList<QQuickItem *> items;
        collect(window()->contentItem(), items);
        return items;
    }

private:
    static void collect(QQuickItem *item, QList<QQuickItem *> &into)
    {
        into.append(item);
        for (QQuickItem *child : item->childItems())
            collect(child, into);
    }

    std::unique_ptr<FakeServices> m_fakes;
    std::unique_ptr<AccountsController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace lc::testing
