// A launcher's side of the Login Companion agent in Qt (docs/AGENT.md): a token when the agent
// runs (one request on a kept-open QLocalSocket), `login-companion token` when it does not,
// and the agent's notifications while it runs.
//
//   agent-launcher PROFILE [ACCOUNT]    prints the access token, then waits for one
//                                       notification when --wait is given last
//
// Build: any Qt 6 with Core and Network (QLocalSocket); this project builds it as
// example_agent_launcher and its tests run it.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTextStream>

#include <functional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

class LoginCompanion : public QObject
{
public:
    using TokenHandler = std::function<void(int exitCode, const QString &tokenOrMessage)>;

    // The socket the agent listens on.
    static QString agentPath()
    {
        const QString override = qEnvironmentVariable("LOGIN_COMPANION_AGENT");
        if (!override.isEmpty())
            return override;
#ifdef Q_OS_WIN
        QString user = qEnvironmentVariable("USERNAME");
        for (QChar &c : user) {
            if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
                c = u'_';
        }
        return QStringLiteral("login-companion-agent-") + user;
#else
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty())
            return runtime + QStringLiteral("/login-companion/agent");
#ifdef Q_OS_MACOS
        return QDir::tempPath() + QStringLiteral("/login-companion/agent");
#else
        return QDir::tempPath() + QStringLiteral("/login-companion-%1/agent").arg(getuid());
#endif
#endif
    }

    LoginCompanion()
    {
        connect(&m_socket, &QLocalSocket::readyRead, this, &LoginCompanion::readLines);
        m_socket.connectToServer(agentPath());
        m_socket.waitForConnected(200); // a local socket: it is there at once, or not at all
    }

    bool hasAgent() const { return m_socket.state() == QLocalSocket::ConnectedState; }

    // exitCode 0 and the token, or the command line's exit code and its message.
    void token(const QString &profile, const QString &account, TokenHandler done)
    {
        const QString profileArgument = profile.contains(u'/') || profile.endsWith(u".json")
            ? QFileInfo(profile).absoluteFilePath()
            : profile;
        if (!hasAgent()) {
            tokenFromCommandLine(profileArgument, account, std::move(done));
            return;
        }
        QJsonObject params { { "profile", profileArgument }, { "minValidity", 60 } };
        if (!account.isEmpty())
            params.insert("account", account);
        call("token", params, [done](const QJsonObject &answer) {
            if (answer.contains("error")) {
                const QJsonObject error = answer.value("error").toObject();
                done(error.value("code").toInt(), error.value("message").toString());
            } else {
                done(0, answer.value("result").toObject().value("accessToken").toString());
            }
        });
    }

    // accountsChanged, refreshed, signInRequired, signedOut: {profile, label, subject}.
    void subscribe(std::function<void(const QString &method, const QJsonObject &params)> onEvent)
    {
        m_onEvent = std::move(onEvent);
        call("subscribe", {}, [](const QJsonObject &) {});
    }

private:
    void call(const QString &method, const QJsonObject &params,
              std::function<void(const QJsonObject &)> done)
    {
        const int id = m_nextId++;
        m_pending.insert(id, std::move(done));
        const QJsonObject request { { "jsonrpc", "2.0" }, { "id", id }, { "method", method },
                                    { "params", params } };
        m_socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    }

    void readLines()
    {
        while (m_socket.canReadLine()) {
            const QJsonObject message = QJsonDocument::fromJson(m_socket.readLine()).object();
            if (message.contains("method")) {
                if (m_onEvent)
                    m_onEvent(message.value("method").toString(),
                              message.value("params").toObject());
                continue;
            }
            const auto handler = m_pending.take(message.value("id").toInt());
            if (handler)
                handler(message);
        }
    }

    void tokenFromCommandLine(const QString &profile, const QString &account, TokenHandler done)
    {
        auto *process = new QProcess(this);
        QStringList arguments { "token", "--profile", profile };
        if (!account.isEmpty())
            arguments << "--account" << account;
        connect(process, &QProcess::finished, this, [process, done](int exitCode) {
            process->deleteLater();
            const QString out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
            const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
            done(exitCode, exitCode == 0 ? out : err);
        });
        process->start(QStringLiteral("login-companion"), arguments);
    }

    QLocalSocket m_socket;
    int m_nextId = 1;
    QHash<int, std::function<void(const QJsonObject &)>> m_pending;
    std::function<void(const QString &, const QJsonObject &)> m_onEvent;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool wait = !arguments.isEmpty() && arguments.last() == QLatin1String("--wait");
    if (wait)
        arguments.removeLast();
    LoginCompanion companion;
    companion.token(arguments.value(0, "demo"), arguments.value(1),
                    [&](int exitCode, const QString &text) {
                        QTextStream(exitCode == 0 ? stdout : stderr) << text << Qt::endl;
                        if (exitCode != 0 || !wait || !companion.hasAgent()) {
                            QCoreApplication::exit(exitCode);
                            return;
                        }
                        companion.subscribe([](const QString &method, const QJsonObject &params) {
                            QTextStream(stdout) << method << ' ' << params.value("label").toString()
                                                << Qt::endl;
                            QCoreApplication::exit(0);
                        });
                    });
    return app.exec();
}
