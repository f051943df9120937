// Latency of the agent's `token` method, measured by a launcher's side of its socket.
//
//   bench_agent_request sequential N PROFILE ACCOUNT MIN_VALIDITY
//       N requests one after the other over one open connection (AgentClient, as
//       `login-companion token` uses it); prints the median, p99, min and max in microseconds.
//   bench_agent_request concurrent N PROFILE ACCOUNT MIN_VALIDITY
//       N connections, then one request on each sent at once; prints p50 and p99 of the time
//       from sending to the answer, in milliseconds, the distinct tokens and the failures.
//   bench_agent_request wait
//       Waits up to 10 s for an agent to accept connections.
//
// The socket is the agent's usual one (LOGIN_COMPANION_AGENT, XDG_RUNTIME_DIR). Exit 1 when any
// request fails.
#include "client/AgentClient.h"
#include "client/AgentEndpoint.h"
#include "protocol/MethodParams.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalSocket>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace lc::agent;

namespace {

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

struct Target
{
    QString profile;
    QString account;
    qint64 minValidity = 60;
};

QByteArray tokenRequest(const QJsonValue &id, const Target &target)
{
    TokenParams params;
    params.profile = target.profile;
    params.account = target.account;
    params.minValiditySeconds = target.minValidity;
    return JsonRpc::request(id, Method::token, params.toJson());
}

int waitForAgent()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10'000) {
        if (AgentClient(AgentEndpoint::path()).open())
            return 0;
        QThread::msleep(50);
    }
    return 1;
}

int sequential(int count, const Target &target)
{
    AgentClient client(AgentEndpoint::path());
    if (!client.open()) {
        QTextStream(stderr) << "no agent at " << AgentEndpoint::path() << Qt::endl;
        return 1;
    }
    QList<double> micros;
    for (int i = 0; i <= count; ++i) {
        const QByteArray request = tokenRequest(i, target);
        QElapsedTimer timer;
        timer.start();
        const std::optional<ParsedResponse> answer = client.call(request, i, 60'000);
        const double elapsed = timer.nsecsElapsed() / 1e3;
        if (!answer || !answer->result) {
            QTextStream(stderr) << "request " << i << " failed: "
                                << (answer && answer->error ? answer->error->message : QString())
                                << Qt::endl;
            return 1;
        }
        if (i > 0) // the first one warms up
            micros.append(elapsed);
    }
    QTextStream(stdout) << QStringLiteral("%1 requests over one connection: median %2 us  p99 %3 us"
                                          "  min %4 us  max %5 us")
                               .arg(count)
                               .arg(percentile(micros, 0.5), 0, 'f', 1)
                               .arg(percentile(micros, 0.99), 0, 'f', 1)
                               .arg(percentile(micros, 0.0), 0, 'f', 1)
                               .arg(percentile(micros, 1.0), 0, 'f', 1)
                        << Qt::endl;
    return 0;
}

int concurrent(int count, const Target &target)
{
    std::vector<std::unique_ptr<QLocalSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QLocalSocket>();
        socket->connectToServer(AgentEndpoint::path());
        if (!socket->waitForConnected(10'000)) {
            QTextStream(stderr) << "connection " << i << " failed" << Qt::endl;
            return 1;
        }
        sockets.push_back(std::move(socket));
    }
    QList<double> millis;
    QSet<QString> tokens;
    int failures = 0;
    int answered = 0;
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> sentAt(size_t(count), 0);
    for (int i = 0; i < count; ++i) {
        QLocalSocket *socket = sockets[size_t(i)].get();
        QObject::connect(socket, &QLocalSocket::readyRead, socket, [&, socket, i] {
            if (!socket->canReadLine())
                return;
            millis.append((clock.nsecsElapsed() - sentAt[size_t(i)]) / 1e6);
            const ParsedResponse answer = JsonRpc::parseResponse(socket->readLine().chopped(1));
            if (answer.result)
                tokens.insert(answer.result->toObject().value(QStringLiteral("accessToken")).toString());
            else
                ++failures;
            if (++answered == count)
                QCoreApplication::quit();
        });
    }
    for (int i = 0; i < count; ++i) {
        sentAt[size_t(i)] = clock.nsecsElapsed();
        sockets[size_t(i)]->write(tokenRequest(i, target));
        sockets[size_t(i)]->flush();
    }
    QCoreApplication::exec();
    QTextStream(stdout) << QStringLiteral("%1 concurrent requests: p50 %2 ms  p99 %3 ms  max %4 ms;"
                                          " %5 distinct token(s), %6 failed")
                               .arg(count)
                               .arg(percentile(millis, 0.5), 0, 'f', 2)
                               .arg(percentile(millis, 0.99), 0, 'f', 2)
                               .arg(percentile(millis, 1.0), 0, 'f', 2)
                               .arg(tokens.size())
                               .arg(failures)
                        << Qt::endl;
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == QLatin1String("wait"))
        return waitForAgent();
    bool ok = false;
    const int count = arguments.value(2).toInt(&ok);
    if (arguments.size() != 6 || !ok || count < 1) {
        QTextStream(stderr) << "usage: bench_agent_request sequential|concurrent N PROFILE "
                               "ACCOUNT MIN_VALIDITY | wait"
                            << Qt::endl;
        return 64;
    }
    const Target target { arguments.at(3), arguments.at(4), arguments.at(5).toLongLong() };
    if (arguments.at(1) == QLatin1String("sequential"))
        return sequential(count, target);
    return concurrent(count, target);
}
