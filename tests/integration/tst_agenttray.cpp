// `login-companion agent --tray`: the tray icon is login-companion-tray, a process of its own
// and a client of the agent's socket. In-process, its model and menu (TrayModel, AgentTray)
// against the real agent executable: the accounts with the state of their tokens, sign-ins and
// sign-outs made elsewhere, a failed sign-in's message, "Quit". As processes: the agent starts
// its tray, starts it again once after a crash, and takes it along however it ends; without a
// system tray it runs on without one. (Offscreen has no system tray; the process tests that
// need one run on an X server of their own where the test owns the tray selection, as a
// desktop's panel does.)
#include "AgentConnection.h"
#include "AgentHarness.h"
#include "AgentTray.h"
#include "TrayModel.h"
#include "common/ExitCode.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <csignal>

#ifdef LC_TEST_WITH_XCB
#include "SystemTraySelection.h"
#endif

using namespace lc;
using namespace lc::agent;
using namespace lc::test;

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

QAction *action(const QMenu *menu, const QString &text)
{
    for (QAction *candidate : menu->actions()) {
        if (candidate->text().startsWith(text))
            return candidate;
        if (candidate->menu()) {
            if (QAction *inside = action(candidate->menu(), text))
                return inside;
        }
    }
    return nullptr;
}

QMenu *signInMenu(const QMenu *menu)
{
    for (const QAction *candidate : menu->actions()) {
        if (candidate->menu())
            return candidate->menu();
    }
    return nullptr;
}

QString shownName(const AccountRecord &account)
{
    return account.displayName.isEmpty() ? account.label : account.displayName;
}

// The processes whose parent is `parent` (from /proc), but zombies.
QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid …"; comm may hold spaces and parentheses.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(0) != "Z" && fields.at(1).toLongLong() == parent)
            children.append(pid);
    }
    return children;
}

bool isRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return !line.mid(line.lastIndexOf(')') + 2).startsWith('Z');
}

// The agent's one child, once it is there: its tray.
qint64 trayOf(AgentProcess &agent)
{
    QList<qint64> children;
    const bool started = QTest::qWaitFor(
        [&] {
            children = childrenOf(agent.process().processId());
            return !children.isEmpty();
        },
        15'000);
    return started && children.size() == 1 ? children.first() : 0;
}

// The shared libraries a process has mapped that match any of `names`.
QStringList mappedLibraries(qint64 pid, const QStringList &names)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return { QStringLiteral("(no /proc/%1/maps)").arg(pid) };
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QString path = QString::fromLocal8Bit(line.mid(line.lastIndexOf(' ') + 1));
        for (const QString &name : names) {
            if (path.contains(name) && !found.contains(path))
                found.append(path);
        }
    }
    return found;
}

QString commandOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly)
        ? QString::fromLocal8Bit(file.readAll().replace('\0', ' '))
        : QString();
}

#ifdef LC_TEST_WITH_XCB
// An X server of its own with a system tray on it.
class DesktopWithTray
{
public:
    ~DesktopWithTray()
    {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(10'000);
    }

    bool start()
    {
        m_xvfb.start(QStringLiteral("Xvfb"),
                     { QStringLiteral("-displayfd"), QStringLiteral("1"),
                       QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                       QStringLiteral("-screen"), QStringLiteral("0"),
                       QStringLiteral("1024x768x24") });
        if (!m_xvfb.waitForStarted(10'000)
            || !QTest::qWaitFor([&] { return m_xvfb.canReadLine(); }, 30'000))
            return false;
        m_display = ':' + m_xvfb.readLine().trimmed();
        return m_tray.claim(m_display);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), QString::fromLatin1(m_display));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        return environment;
    }

private:
    QProcess m_xvfb;
    QByteArray m_display;
    SystemTraySelection m_tray;
};
#endif
} // namespace

class AgentTrayTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profilePath;
    ProviderProfile m_profile;
    AgentProcess m_agent;

    AccountRecord signedIn(const QString &prefix) { return signedInAs(m_profile, prefix); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(prepareAgentSuite(m_directory, &m_profilePath, &m_profile)); }

    void init() { QFile::remove(AccountIndex().filePath()); }
    void cleanup() { m_agent.stop(); }

    void menuListsTheAccountsAndFollowsSignInsAndSignOutsMadeElsewhere()
    {
        const AccountRecord first = signedIn(QStringLiteral("tray-one"));
        // One the provider refused: "sign in again".
        AccountRecord refused = first;
        refused.label = QStringLiteral("refused");
        refused.subject = QStringLiteral("refused-subject");
        refused.displayName.clear();
        refused.signInRequired = true;
        const auto stored = AccountIndex().load();
        QVERIFY(stored.ok());
        QList<AccountRecord> rows = stored.value();
        QVERIFY(AccountIndex().save(rows << refused).ok());
        QVERIFY(m_agent.start());

        AgentConnection connection;
        TrayModel model(connection);
        AgentTray tray(model);
        QMenu *menu = tray.menu();
        QCOMPARE(texts(menu).value(0), QStringLiteral("No accounts")); // nothing asked yet
        connection.open(AgentEndpoint::path());
        QTRY_COMPARE_WITH_TIMEOUT(model.accounts().size(), 2, 15'000);
        QTRY_VERIFY(!model.profiles().isEmpty());

        const QStringList items = texts(menu);
        const QString firstRow = QStringLiteral("%1 (local): valid until ").arg(shownName(first));
        QVERIFY2(items.value(0).startsWith(firstRow), qPrintable(items.join(u'|')));
        QVERIFY(!menu->actions().value(0)->isEnabled());
        QCOMPARE(items.value(1),
                 QStringLiteral("refused (local): sign-in required. Sign in again…"));
        QVERIFY(menu->actions().value(1)->isEnabled());
        QVERIFY(items.contains(QStringLiteral("Sign in")));
        QVERIFY(items.contains(QStringLiteral("Open accounts")));
        QCOMPARE(items.last(), QStringLiteral("Quit"));
        QMenu *providers = signInMenu(menu);
        QVERIFY(providers);
        const QString providerNames = texts(providers).join(u'|');
        QVERIFY2(providerNames.contains(QStringLiteral("Login Companion Demo")),
                 qPrintable(providerNames));
        QVERIFY2(providerNames.contains(m_profile.displayName), qPrintable(providerNames));

        // Signed in elsewhere: the menu follows.
        const AccountRecord second = signedIn(QStringLiteral("tray-two"));
        QTRY_VERIFY_WITH_TIMEOUT(texts(menu).join(u'|').contains(shownName(second)), 15'000);
        // Signed out with the command line: gone from the menu.
        const ProcessResult signedOut
            = runCli({ QStringLiteral("logout"), QStringLiteral("--profile"), m_profilePath,
                       QStringLiteral("--account"), first.label });
        QVERIFY2(signedOut.exitCode == 0, qPrintable(signedOut.standardError));
        QTRY_VERIFY_WITH_TIMEOUT(!texts(menu).join(u'|').contains(firstRow), 15'000);
        QVERIFY(texts(menu).join(u'|').contains(shownName(second)));
    }

    void failedSignInShowsItsMessage()
    {
        const QString vanishing = QStringLiteral("Vanishing provider");
        QVERIFY(ProfileRepository::install(
                    writeProfile(m_directory, QStringLiteral("vanishing"),
                                 { { QStringLiteral("displayName"), vanishing } }))
                    .ok());
        QVERIFY(m_agent.start());
        AgentConnection connection;
        TrayModel model(connection);
        AgentTray tray(model);
        connection.open(AgentEndpoint::path());
        QTRY_VERIFY_WITH_TIMEOUT(action(tray.menu(), vanishing), 15'000);

        // Removed after the menu offered it: the agent's `login` fails with its message.
        QVERIFY(ProfileRepository::uninstall(QStringLiteral("vanishing")).ok());
        QSignalSpy messages(&model, &TrayModel::message);
        action(tray.menu(), vanishing)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 15'000);
        QCOMPARE(messages.first().at(0).toString(), QStringLiteral("Sign-in failed"));
        const QString text = messages.first().at(1).toString();
        QVERIFY2(text.contains(QStringLiteral("vanishing")) && !text.contains(u'\n'),
                 qPrintable(text));
    }

    void quitStopsTheAgent()
    {
        QVERIFY(m_agent.start());
        AgentConnection connection;
        TrayModel model(connection);
        AgentTray tray(model);
        QSignalSpy closed(&connection, &AgentConnection::closed);
        connection.open(AgentEndpoint::path());
        QTRY_VERIFY_WITH_TIMEOUT(!model.profiles().isEmpty(), 15'000);

        action(tray.menu(), QStringLiteral("Quit"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_agent.process().state(), QProcess::NotRunning, 15'000);
        QCOMPARE(m_agent.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_agent.process().exitCode(), 0);
        QTRY_COMPARE(closed.size(), 1); // and the tray process ends with its connection
        QVERIFY(!QFile::exists(AgentEndpoint::path()));
    }

    void withoutASystemTrayTheAgentRunsOnAndSaysSoOnce()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QVERIFY(m_agent.start({ QStringLiteral("--tray") }, environment));
        const QString line
            = QStringLiteral("This desktop has no system tray; the agent runs without its icon.");
        QVERIFY2(m_agent.waitForLog(line), qPrintable(m_agent.log()));
        QTRY_VERIFY(childrenOf(m_agent.process().processId()).isEmpty());
        QVERIFY(RpcClient().call(Method::accounts).result);
        QCOMPARE(m_agent.process().state(), QProcess::Running);
        QCOMPARE(m_agent.log().count(line), 1);
        QVERIFY2(!m_agent.log().contains(QStringLiteral("crashed")), qPrintable(m_agent.log()));
    }

#ifdef LC_TEST_WITH_XCB
    void trayProcessLivesAndEndsWithItsAgent()
    {
        DesktopWithTray desktop;
        QVERIFY(desktop.start());
        const QStringList withTray { QStringLiteral("--tray"), QStringLiteral("--verbose") };
        AgentProcess agent; // a log of its own

        // Started with the agent's socket; it stays while the agent runs.
        QVERIFY(agent.start(withTray, desktop.environment()));
        const qint64 tray = trayOf(agent);
        QVERIFY(tray);
        QVERIFY2(commandOf(tray).contains(QStringLiteral("login-companion-tray --agent ")
                                          + AgentEndpoint::path()),
                 qPrintable(commandOf(tray)));
        QTest::qWait(1000);
        QVERIFY2(isRunning(tray), qPrintable(agent.log()));
        QVERIFY(!agent.log().contains(QStringLiteral("no system tray")));
        // The icon maps QtWidgets and none of the auth core. (The agent's own mappings are not
        // readable: it is not dumpable.)
        QVERIFY(!mappedLibraries(tray, { QStringLiteral("libQt6Widgets") }).isEmpty());
        QCOMPARE(mappedLibraries(tray,
                                 { QStringLiteral("keychain"), QStringLiteral("libQt6NetworkAuth"),
                                   QStringLiteral("libcrypto"), QStringLiteral("libsecret") }),
                 QStringList());

        // A crash: one line, started again once; the agent serves on.
        ::kill(pid_t(tray), SIGKILL);
        QVERIFY2(agent.waitForLog(QStringLiteral("The tray icon crashed; starting it again.")),
                 qPrintable(agent.log()));
        const qint64 again = trayOf(agent);
        QVERIFY(again && again != tray);
        QVERIFY(RpcClient().call(Method::accounts).result);
        ::kill(pid_t(again), SIGKILL);
        QVERIFY(agent.waitForLog(
            QStringLiteral("The tray icon crashed again; the agent runs without it.")));
        QTest::qWait(500);
        QVERIFY(childrenOf(agent.process().processId()).isEmpty());
        QVERIFY(RpcClient().call(Method::accounts).result);
        QCOMPARE(agent.stop(), 0);

        // SIGTERM (systemd, Ctrl+C): the agent ends its tray.
        QVERIFY(agent.start(withTray, desktop.environment()));
        const qint64 stopped = trayOf(agent);
        QVERIFY(stopped);
        QCOMPARE(agent.stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(stopped), 10'000);

        // SIGKILL: no chance to end it, yet the tray goes with its connection (no orphan).
        QVERIFY(agent.start(withTray, desktop.environment()));
        const qint64 orphan = trayOf(agent);
        QVERIFY(orphan);
        QTest::qWait(500); // connected
        agent.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(orphan), 10'000);

        // `stop`, what "Quit" sends (quitStopsTheAgent): both end.
        QVERIFY(agent.start(withTray, desktop.environment()));
        const qint64 quitting = trayOf(agent);
        QVERIFY(quitting);
        QVERIFY(RpcClient().call(Method::stop).result);
        QVERIFY(agent.process().waitForFinished(15'000));
        QCOMPARE(agent.process().exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(quitting), 10'000);
    }
#endif
};

QTEST_MAIN(AgentTrayTest)
#include "tst_agenttray.moc"
