// The agent's wire format (app/agent/protocol): JSON-RPC 2.0 requests read strictly, each
// method's params checked by name, type and path, and answers a client can read back.
#include "protocol/JsonRpc.h"
#include "protocol/MethodParams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lc;
using namespace lc::agent;

namespace {
template<typename T> Status statusOf(const Result<T> &result)
{
    return result.ok() ? Status(Done {}) : Status(result.error());
}

Status paramsStatus(const QString &method, const QJsonObject &params)
{
    if (method == Method::token)
        return statusOf(TokenParams::from(params));
    if (method == Method::login)
        return statusOf(LoginParams::from(params));
    return expectNoParams(params);
}
} // namespace

class TestAgentProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestIsReadWithIdMethodAndParams()
    {
        const ParsedRequest parsed = JsonRpc::parseRequest(
            R"({"jsonrpc":"2.0","id":7,"method":"token","params":{"profile":"demo"}})");
        QVERIFY(parsed.request);
        QCOMPARE(parsed.request->id, QJsonValue(7));
        QCOMPARE(parsed.request->method, QStringLiteral("token"));
        QCOMPARE(parsed.request->params.value(QStringLiteral("profile")).toString(),
                 QStringLiteral("demo"));
        QVERIFY(!parsed.request->isNotification());
    }

    void requestWithoutIdIsANotification()
    {
        const ParsedRequest parsed
            = JsonRpc::parseRequest(R"({"jsonrpc":"2.0","method":"subscribe"})");
        QVERIFY(parsed.request);
        QVERIFY(parsed.request->isNotification());
        QVERIFY(parsed.request->params.isEmpty());
    }

    void malformedRequestsGetTheStandardCodes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("code");
        QTest::addColumn<QJsonValue>("id");
        const QJsonValue null(QJsonValue::Null);
        QTest::newRow("not JSON") << QByteArray("{\"jsonrpc\":") << int(RpcParseError) << null;
        QTest::newRow("a bare string") << QByteArray("\"token\"") << int(RpcParseError) << null;
        QTest::newRow("bad UTF-8") << QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"\xff\xfe\"}")
                                   << int(RpcParseError) << null;
        QTest::newRow("batch") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"method":"accounts"}])")
                               << int(RpcInvalidRequest) << null;
        QTest::newRow("no jsonrpc") << QByteArray(R"({"id":3,"method":"accounts"})")
                                    << int(RpcInvalidRequest) << QJsonValue(3);
        QTest::newRow("jsonrpc 1.0") << QByteArray(R"({"jsonrpc":"1.0","id":"a","method":"x"})")
                                     << int(RpcInvalidRequest) << QJsonValue(QStringLiteral("a"));
        QTest::newRow("method a number") << QByteArray(R"({"jsonrpc":"2.0","id":4,"method":5})")
                                         << int(RpcInvalidRequest) << QJsonValue(4);
        QTest::newRow("id an object")
            << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"accounts"})")
            << int(RpcInvalidRequest) << null;
        QTest::newRow("params by position")
            << QByteArray(R"({"jsonrpc":"2.0","id":5,"method":"token","params":["demo"]})")
            << int(RpcInvalidParams) << QJsonValue(5);
        QTest::newRow("params a string")
            << QByteArray(R"({"jsonrpc":"2.0","id":6,"method":"token","params":"demo"})")
            << int(RpcInvalidRequest) << QJsonValue(6);
        QTest::newRow("too long") << QByteArray(JsonRpc::kMaxLineBytes + 1, ' ')
                                  << int(RpcInvalidRequest) << null;
    }

    void malformedRequestsGetTheStandardCodes()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, code);
        QFETCH(QJsonValue, id);
        const ParsedRequest parsed = JsonRpc::parseRequest(line);
        QVERIFY(!parsed.request);
        QCOMPARE(parsed.error.code, code);
        QCOMPARE(parsed.id, id);
        QVERIFY(!parsed.error.message.isEmpty());
        // The answer is one line a client reads back as that error, for that id.
        const QByteArray answer = JsonRpc::error(parsed.id, parsed.error);
        QVERIFY(answer.endsWith('\n'));
        QCOMPARE(answer.count('\n'), 1);
        const ParsedResponse response = JsonRpc::parseResponse(answer.chopped(1));
        QVERIFY(response.valid);
        QVERIFY(response.error);
        QCOMPARE(response.error->code, code);
        QCOMPARE(response.id, id);
    }

    void resultsAndNotificationsReadBack()
    {
        const QByteArray result = JsonRpc::result(QStringLiteral("x"), QJsonObject { { "a", 1 } });
        const ParsedResponse answer = JsonRpc::parseResponse(result.chopped(1));
        QVERIFY(answer.valid);
        QCOMPARE(answer.id, QJsonValue(QStringLiteral("x")));
        QCOMPARE(answer.result->toObject().value("a").toInt(), 1);
        QVERIFY(!answer.error);

        const QByteArray notification
            = JsonRpc::notification(QStringLiteral("signedOut"), { { "label", "qa" } });
        const ParsedResponse pushed = JsonRpc::parseResponse(notification.chopped(1));
        QVERIFY(pushed.valid);
        QCOMPARE(pushed.notification, QStringLiteral("signedOut"));
        QCOMPARE(pushed.params.value("label").toString(), QStringLiteral("qa"));
        QVERIFY(!QJsonDocument::fromJson(notification).object().contains("id"));

        QVERIFY(!JsonRpc::parseResponse("{\"id\":1,\"result\":2}").valid); // no "jsonrpc"
        QVERIFY(!JsonRpc::parseResponse(R"({"jsonrpc":"2.0","id":1})").valid); // neither
    }

    void tokenParamsDefaultsAndRoundTrip()
    {
        const auto empty = TokenParams::from({});
        QVERIFY(empty.ok());
        QCOMPARE(empty.value().minValiditySeconds, 60);
        QVERIFY(empty.value().profile.isEmpty());

        TokenParams params;
        params.profile = QStringLiteral("/srv/profiles/game.json");
        params.account = QStringLiteral("qa-1");
        params.minValiditySeconds = 300;
        const auto again = TokenParams::from(params.toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value().profile, params.profile);
        QCOMPARE(again.value().account, params.account);
        QCOMPARE(again.value().minValiditySeconds, 300);
    }

    void badParamsAreNamed_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("named");
        QTest::newRow("minValidity text") << Method::token << QJsonObject { { "minValidity", "60" } }
                                          << QStringLiteral("minValidity");
        QTest::newRow("minValidity negative")
            << Method::token << QJsonObject { { "minValidity", -1 } } << QStringLiteral("minValidity");
        QTest::newRow("minValidity fraction")
            << Method::token << QJsonObject { { "minValidity", 1.5 } } << QStringLiteral("minValidity");
        QTest::newRow("profile a number")
            << Method::token << QJsonObject { { "profile", 3 } } << QStringLiteral("profile");
        QTest::newRow("relative profile file")
            << Method::token << QJsonObject { { "profile", "profiles/game.json" } }
            << QStringLiteral("profiles/game.json");
        QTest::newRow("unknown token param")
            << Method::token << QJsonObject { { "acount", "x" } } << QStringLiteral("acount");
        QTest::newRow("remember a string")
            << Method::login << QJsonObject { { "remember", "yes" } } << QStringLiteral("remember");
        QTest::newRow("relative page script")
            << Method::login << QJsonObject { { "pageScript", "fill.js" } } << QStringLiteral("pageScript");
        QTest::newRow("browser unknown")
            << Method::login << QJsonObject { { "browser", "lynx" } } << QStringLiteral("lynx");
        QTest::newRow("accounts takes none")
            << Method::accounts << QJsonObject { { "json", true } } << QStringLiteral("json");
        QTest::newRow("profiles takes none")
            << Method::profiles << QJsonObject { { "all", true } } << QStringLiteral("all");
        QTest::newRow("stop takes none")
            << Method::stop << QJsonObject { { "now", true } } << QStringLiteral("now");
    }

    void badParamsAreNamed()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(QString, named);
        const Status status = paramsStatus(method, params);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message().contains(named), qPrintable(status.error().message()));
    }

    void loginParamsAreRead()
    {
        const auto login = LoginParams::from({ { "profile", "demo" },
                                               { "account", "qa" },
                                               { "browser", "system" },
                                               { "remember", true },
                                               { "pageScript", "/tmp/fill.js" } });
        QVERIFY(login.ok());
        QCOMPARE(login.value().browser, QStringLiteral("system"));
        QVERIFY(login.value().remember);
        QVERIFY(!login.value().exitOnError);
        QCOMPARE(login.value().pageScript, QStringLiteral("/tmp/fill.js"));
    }
};

QTEST_GUILESS_MAIN(TestAgentProtocol)
#include "tst_agentprotocol.moc"
