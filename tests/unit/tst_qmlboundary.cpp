// The typed boundary between QML and the controllers (module LoginCompanion.Controllers): the
// enums reach QML by name, typed properties accept the controllers, and QML reports a blocked
// feature by enum. A bare QQmlEngine (QtQml only), no window, no web view.
#include "AccountsController.h"
#include "FakeServices.h"
#include "LoginController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lc;

class QmlBoundaryTest : public QObject
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

    std::unique_ptr<LoginController> makeController() const
    {
        return std::make_unique<LoginController>(testing::demoProfileWithEndpoints(),
                                                 m_fakes.services(), QString());
    }

    // An object of `qml` (the body of a plain QObject), with the given required properties set.
    static std::unique_ptr<QObject> create(QQmlEngine &engine, const QByteArray &qml,
                                           const QVariantMap &properties = {})
    {
        QQmlComponent component(&engine);
        component.setData("import LoginCompanion.Controllers\nimport Test\nPlain {\n" + qml
                              + "\n}\n",
                          QUrl(QStringLiteral("qrc:/tst_qmlboundary/Snippet.qml")));
        if (component.isError()) { // 6.4 crashes creating a component that has errors
            qWarning().noquote() << component.errorString();
            return {};
        }
        std::unique_ptr<QObject> object(component.createWithInitialProperties(properties));
        if (!object)
            qWarning().noquote() << component.errorString();
        return object;
    }

    template<typename Enum>
    static void checkEveryKeyByName(const QByteArray &type = "LoginController")
    {
        // One property per key: `property int k3: LoginController.Certificate`.
        const QMetaEnum meta = QMetaEnum::fromType<Enum>();
        QByteArray qml;
        for (int i = 0; i < meta.keyCount(); ++i)
            qml += "property int k" + QByteArray::number(i) + ": " + type + '.' + meta.key(i)
                + "\n";
        QQmlEngine engine;
        auto object = create(engine, qml);
        QVERIFY2(object, meta.name());
        for (int i = 0; i < meta.keyCount(); ++i)
            QVERIFY2(object->property("k" + QByteArray::number(i)).toInt() == meta.value(i),
                     meta.key(i));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A root object for the snippets: QtObject needs `import QtQml`, whose QtQml.Models
        // part is not installed here (qml6-module-qtqml-models), and the boundary needs no more.
        qmlRegisterType<QObject>("Test", 1, 0, "Plain");
    }

    void phaseValuesReachQmlByName() { checkEveryKeyByName<LoginController::Phase>(); }
    void errorViewValuesReachQmlByName() { checkEveryKeyByName<LoginController::ErrorView>(); }
    void blockedFeatureValuesReachQmlByName()
    {
        checkEveryKeyByName<LoginController::BlockedFeature>();
    }

    void inspectorStatusValuesReachQmlByName()
    {
        checkEveryKeyByName<TokenInspector::Status>("TokenInspector");
    }

    void qmlComparesThePhaseByName()
    {
        auto controller = makeController();
        QQmlEngine engine;
        auto object
            = create(engine,
                     "required property LoginController controller\n"
                     "readonly property bool loading: "
                     "controller.phase === LoginController.Loading\n"
                     "readonly property bool failed: "
                     "controller.phase === LoginController.Failed\n"
                     "readonly property bool network: "
                     "controller.errorView === LoginController.Network\n",
                     { { QStringLiteral("controller"), QVariant::fromValue(controller.get()) } });
        QVERIFY(object);
        controller->start();
        QVERIFY(object->property("loading").toBool());
        QVERIFY(!object->property("failed").toBool());
        controller->reportLoadFailed(QUrl(QStringLiteral("http://127.0.0.1:4380/auth")), -102,
                                     QStringLiteral("net::ERR_CONNECTION_REFUSED"));
        QVERIFY(!object->property("loading").toBool());
        QVERIFY(object->property("failed").toBool());
        QVERIFY(object->property("network").toBool());
    }

    void qmlReportsABlockedFeatureByEnum()
    {
        auto controller = makeController();
        QQmlEngine engine;
        auto object
            = create(engine,
                     "required property LoginController controller\n"
                     "function blockFilePicker() {\n"
                     "    controller.reportBlocked(LoginController.FilePicker)\n"
                     "}\n",
                     { { QStringLiteral("controller"), QVariant::fromValue(controller.get()) } });
        QVERIFY(object);
        QSignalSpy changed(controller.get(), &LoginController::noticeChanged);
        QVERIFY(QMetaObject::invokeMethod(object.get(), "blockFilePicker"));
        QCOMPARE(changed.count(), 1);
        controller->reportBlocked(LoginController::BlockedFeature::FilePicker);
        const QString fromCpp = controller->notice();
        QVERIFY(QMetaObject::invokeMethod(object.get(), "blockFilePicker"));
        QCOMPARE(controller->notice(), fromCpp);
        QVERIFY2(fromCpp.contains(QStringLiteral("file")), qPrintable(fromCpp));
    }

    void accountsControllerIsTypedInQml()
    {
        AccountRecord record;
        record.profileId = QStringLiteral("demo");
        record.subject = QStringLiteral("sub-ann");
        record.label = QStringLiteral("ann");
        const AccountIndex index(m_directory.filePath(QStringLiteral("accounts.json")));
        QVERIFY(index.save({ record }).ok());
        AccountsController accounts(servicesWith(index));
        QQmlEngine engine;
        auto object = create(engine,
                             "required property AccountsController accounts\n"
                             "readonly property AccountListModel list: accounts.accounts\n"
                             "readonly property LoginController active: accounts.activeSignIn\n"
                             "readonly property int rows: list.rowCount()\n",
                             { { QStringLiteral("accounts"), QVariant::fromValue(&accounts) } });
        QVERIFY(object);
        QCOMPARE(object->property("list").value<QObject *>(), accounts.accounts());
        QCOMPARE(object->property("active").value<QObject *>(), nullptr);
        QCOMPARE(object->property("rows").toInt(), 1);
    }

    void filteredListAndTokenInspectorAreTypedInQml()
    {
        StoredTokens tokens;
        tokens.accessToken = QStringLiteral("opaque");
        tokens.idToken = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.c2ln");
        tokens.expiresAt = testing::FakeServices::defaultNow().addSecs(600);
        const AccountRecord ann = m_fakes.seedAccount(
            testing::plainProfile(), QStringLiteral("ann"), QStringLiteral("sub-ann"), tokens);
        AccountsController accounts(m_fakes.services());
        QQmlEngine engine;
        auto object
            = create(engine,
                     "required property AccountsController accounts\n"
                     "readonly property AccountFilterModel shown: accounts.filteredAccounts\n"
                     "readonly property int shownRows: shown.count\n"
                     "readonly property TokenInspector details: accounts.details\n"
                     "readonly property bool ready: details !== null\n"
                     "    && details.status === TokenInspector.Ready\n"
                     "readonly property ClaimTreeModel idToken: details ? details.idToken : null\n"
                     "readonly property int idRows: idToken ? idToken.count : 0\n",
                     { { QStringLiteral("accounts"), QVariant::fromValue(&accounts) } });
        QVERIFY(object);
        QCOMPARE(object->property("shownRows").toInt(), 1);
        QCOMPARE(object->property("ready").toBool(), false);
        accounts.openDetails(ann.profileId, ann.subject);
        QTRY_VERIFY(object->property("ready").toBool());
        QCOMPARE(object->property("details").value<QObject *>(), accounts.details());
        QCOMPARE(object->property("idRows").toInt(), accounts.details()->idToken()->rowCount());
        QVERIFY(object->property("idRows").toInt() > 2);
    }

    void controllersCannotBeCreatedFromQml()
    {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import LoginCompanion.Controllers\nLoginController {}\n",
                          QUrl(QStringLiteral("qrc:/tst_qmlboundary/Create.qml")));
        QVERIFY(component.isError());
        QVERIFY2(component.errorString().contains(QStringLiteral("created by the window")),
                 qPrintable(component.errorString()));
    }
};

QTEST_GUILESS_MAIN(QmlBoundaryTest)
#include "tst_qmlboundary.moc"
