// The accounts window with many accounts: writes an account index of N accounts (default 1,000)
// over the built-in profiles, then prints how long the window takes to open (the controller's
// model, then Main.qml until its first frame) and how long each keystroke in the search field
// takes until the filtered list is on screen (filter, relayout, frame). Offscreen; no keychain,
// no network. Run it through bench/accounts_window.sh.
#include "AccountsController.h"
#include "WebTools.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QtWebEngineQuick>

#include <algorithm>

using namespace lc;

namespace {
double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<AccountRecord> manyAccounts(int count)
{
    const QStringList profiles { QStringLiteral("demo"), QStringLiteral("rayteams-dev"),
                                 QStringLiteral("rayteams"), QStringLiteral("ottm-dev"),
                                 QStringLiteral("ottm") };
    QList<AccountRecord> accounts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        AccountRecord account;
        account.profileId = profiles.at(i % profiles.size());
        account.label = QStringLiteral("player%1").arg(i);
        account.subject
            = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        account.displayName = QStringLiteral("Player %1").arg(i);
        account.email = QStringLiteral("player%1@studio.test").arg(i);
        account.expiresAt = now.addSecs(60 + (i * 37) % 7200);
        account.signInRequired = i % 50 == 0;
        accounts.append(account);
    }
    return accounts;
}

// Runs the event loop until the window has shown a new frame.
bool waitForFrame(QQuickWindow *window, int timeoutMs = 10'000)
{
    bool swapped = false;
    const auto connection
        = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] { swapped = true; });
    window->update();
    const bool ok = QTest::qWaitFor([&] { return swapped; }, timeoutMs);
    QObject::disconnect(connection);
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    WebTools::registerForQml();
    const QStringList arguments = QCoreApplication::arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 1000;
    const QString typed = arguments.size() > 2 ? arguments.at(2) : QStringLiteral("player12");
    QTextStream out(stdout);

    QTemporaryDir directory;
    Services services = Services::production();
    services.accountIndex = AccountIndex(directory.filePath(QStringLiteral("accounts.json")));
    QElapsedTimer timer;
    timer.start();
    if (!services.accountIndex.save(manyAccounts(count)).ok()) {
        QTextStream(stderr) << "bench: cannot write the account index" << Qt::endl;
        return 1;
    }
    out << "accounts: " << count << Qt::endl;
    out << "write the index: " << milliseconds(timer) << " ms" << Qt::endl;

    timer.restart();
    AccountsController controller(services);
    const double model = milliseconds(timer);

    timer.restart();
    QQmlApplicationEngine engine;
    engine.setInitialProperties(
        { { QStringLiteral("accounts"), QVariant::fromValue(&controller) } });
    engine.load(QUrl(QStringLiteral("qrc:/LoginCompanion/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    window->resize(520, 720);
    window->show();
    if (!waitForFrame(window)) {
        QTextStream(stderr) << "bench: the window showed no frame" << Qt::endl;
        return 1;
    }
    const double view = milliseconds(timer);
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("accountList"));
    out << "open the window: model " << model << " ms (index, list, groups), view " << view
        << " ms (Main.qml to its first frame), " << list->property("count").toInt()
        << " rows listed" << Qt::endl;

    auto *search = window->findChild<QQuickItem *>(QStringLiteral("accountSearch"));
    search->forceActiveFocus();
    waitForFrame(window);
    QList<double> keystrokes;
    for (const QChar key : typed) {
        timer.restart();
        QTest::keyClick(window, key.toLatin1());
        if (!waitForFrame(window))
            return 1;
        keystrokes.append(milliseconds(timer));
    }
    QList<double> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());
    out << "filter keystrokes (\"" << typed << "\", each until its frame):";
    for (double each : keystrokes)
        out << ' ' << QString::number(each, 'f', 1);
    out << " ms; median " << QString::number(sorted.at(sorted.size() / 2), 'f', 1) << " ms, max "
        << QString::number(sorted.last(), 'f', 1) << " ms; " << list->property("count").toInt()
        << " rows left" << Qt::endl;

    // The proxy model's share: the same keystrokes with no view attached to a frame.
    auto *filtered = controller.filteredAccounts();
    filtered->setSearchText(QString());
    waitForFrame(window);
    QList<double> modelOnly;
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        timer.restart();
        filtered->setSearchText(typed.left(length));
        modelOnly.append(milliseconds(timer));
    }
    std::sort(modelOnly.begin(), modelOnly.end());
    out << "  of which the filter model (with the list view updating its rows, before the frame):"
        << " median " << QString::number(modelOnly.at(modelOnly.size() / 2), 'f', 1) << " ms, max "
        << QString::number(modelOnly.last(), 'f', 1) << " ms" << Qt::endl;
    waitForFrame(window);

    // The environment filter, chosen once.
    filtered->setSearchText(QString());
    waitForFrame(window);
    timer.restart();
    filtered->setEnvironment(QStringLiteral("production"));
    waitForFrame(window);
    out << "environment filter (production): " << QString::number(milliseconds(timer), 'f', 1)
        << " ms; " << list->property("count").toInt() << " rows left" << Qt::endl;
    out << "scene graph: " << window->rendererInterface()->graphicsApi() << " (0 unknown, 1 "
        << "software, 2 OpenGL)" << Qt::endl;
    return 0;
}
