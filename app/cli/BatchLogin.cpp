#include "BatchLogin.h"

#include "AutofillLogin.h"
#include "DisplayCheck.h"
#include "WindowLauncher.h"
#include "common/ExitCode.h"
#include "providers/AutofillPolicy.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountCredentials.h"
#include "storage/SecretStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace lc {

namespace {
// Beyond the window's own deadline: its start-up, and the code exchange after the redirect
// (whose requests have deadlines of their own). Only a stuck window ever reaches it.
constexpr int kWindowGraceSeconds = 45;

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(fileno(stderr));
#endif
}

// The window's error line ("login-companion: <why>"), without the prefix.
QString lastErrorLine(const QString &standardError)
{
    const QStringList lines = standardError.split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->startsWith(QLatin1String("login-companion: ")))
            return it->mid(int(qstrlen("login-companion: "))).trimmed();
    }
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}
} // namespace

BatchLogin::BatchLogin()
    : m_out(stdout)
    , m_err(stderr)
{
}

int BatchLogin::fail(const AuthError &error)
{
    m_err << "login-companion: " << error.message() << Qt::endl;
    return exitCodeFor(error);
}

int BatchLogin::run(const QCommandLineParser &parser)
{
    for (const char *option : { "profile", "account", "print-token", "browser", "remember",
                                "page-script", "http-credentials-file" }) {
        if (parser.isSet(QLatin1String(option)))
            return fail(AuthError::config(tr("--batch takes its accounts and profiles from its "
                                             "file; --%1 cannot be combined with it")
                                              .arg(QLatin1String(option))));
    }
    auto deadline = AutofillLogin::deadlineSeconds(parser);
    if (!deadline.ok())
        return fail(deadline.error());
    m_deadlineSeconds = deadline.value();
    auto entries = BatchFile::read(parser.value(QStringLiteral("batch")));
    if (!entries.ok())
        return fail(entries.error());
    const bool headless = parser.isSet(QStringLiteral("headless"));
    if (!headless && !DisplayCheck::canOpenWindow())
        return fail(AuthError::config(tr("The login windows cannot open: there is no display "
                                         "here. Add --headless to sign in offscreen.")));
    Status writable = SecretStore().checkWritable();
    if (!writable.ok())
        return fail(writable.error());
    m_verbose = parser.isSet(QStringLiteral("verbose"));
    m_environment = AutofillLogin::windowEnvironment(headless);
    m_progressOnTerminal = stderrIsTerminal();

    QElapsedTimer clock;
    clock.start();
    QStringList failed;
    const int total = int(entries.value().size());
    for (int index = 0; index < total; ++index) {
        const BatchEntry &entry = entries.value().at(index);
        showProgress(index, total, entry);
        const Outcome outcome = signIn(entry);
        clearProgress();
        m_out << entry.profile << '\t' << entry.label << '\t'
              << (outcome.signedIn ? tr("signed in") : tr("failed")) << '\t' << outcome.detail
              << Qt::endl;
        if (!outcome.signedIn)
            failed.append(entry.profile + u'/' + entry.label);
    }
    const QString elapsed = QString::number(clock.elapsed() / 1000.0, 'f', 1);
    if (failed.isEmpty())
        m_out << tr("All accounts signed in: %1 of %1 (%2 s).").arg(total).arg(elapsed) << Qt::endl;
    else
        m_out << tr("Accounts signed in: %1 of %2 (%3 s); failed: %4")
                     .arg(total - failed.size())
                     .arg(total)
                     .arg(elapsed, failed.join(QStringLiteral(", ")))
              << Qt::endl;
    return failed.isEmpty() ? ExitSuccess : ExitProviderOrNetwork;
}

BatchLogin::Outcome BatchLogin::signIn(const BatchEntry &entry)
{
    auto profile = ProfileRepository::load(entry.profile);
    if (!profile.ok())
        return { false, profile.error().message() };
    Status allowed = AutofillPolicy::check(profile.value());
    if (!allowed.ok())
        return { false, allowed.error().message() };
    auto credential = AccountCredentials().find(profile.value().id, entry.label);
    if (!credential.ok())
        return { false, credential.error().message() };
    if (!entry.username.isEmpty() && entry.username != credential.value().username)
        return { false,
                 tr("the stored credentials of account \"%1\" are for user \"%2\", not \"%3\" "
                    "(line %4)")
                     .arg(entry.label, credential.value().username, entry.username)
                     .arg(entry.line) };
    return runWindow(entry);
}

BatchLogin::Outcome BatchLogin::runWindow(const BatchEntry &entry)
{
    const QString executable = WindowLauncher::windowExecutable();
    if (executable.isEmpty())
        return { false, tr("the login window (login-companion-window) is not installed") };
    QStringList arguments { QStringLiteral("login"),
                            QStringLiteral("--profile"),
                            entry.profile,
                            QStringLiteral("--account"),
                            entry.label,
                            QStringLiteral("--autofill"),
                            QStringLiteral("--autofill-deadline"),
                            QString::number(m_deadlineSeconds),
                            QStringLiteral("--exit-on-error") };
    if (m_verbose)
        arguments << QStringLiteral("--verbose");

    QElapsedTimer clock;
    clock.start();
    QProcess window;
    window.setProcessEnvironment(m_environment);
    window.setStandardInputFile(QProcess::nullDevice());
    window.start(executable, arguments);
    if (!window.waitForStarted(-1))
        return { false, tr("cannot start %1: %2").arg(executable, window.errorString()) };
    if (!window.waitForFinished((m_deadlineSeconds + kWindowGraceSeconds) * 1000)) {
        window.terminate();
        if (!window.waitForFinished(5000)) {
            window.kill();
            window.waitForFinished(5000);
        }
        return { false,
                 tr("the login window did not finish within %1 s; it was stopped")
                     .arg(m_deadlineSeconds + kWindowGraceSeconds) };
    }
    const QString standardError = QString::fromUtf8(window.readAllStandardError());
    if (m_verbose)
        m_err << standardError;
    const QString standardOutput = QString::fromUtf8(window.readAllStandardOutput());
    if (window.exitStatus() != QProcess::NormalExit)
        return { false, tr("the login window crashed") };
    if (window.exitCode() != ExitSuccess
        || !standardOutput.startsWith(QLatin1String("account\t"))) {
        const QString why = lastErrorLine(standardError);
        return { false,
                 why.isEmpty()
                     ? tr("the login window ended with exit code %1").arg(window.exitCode())
                     : why };
    }
    return { true, tr("%1 s").arg(QString::number(clock.elapsed() / 1000.0, 'f', 1)) };
}

void BatchLogin::showProgress(int index, int total, const BatchEntry &entry)
{
    if (!m_progressOnTerminal)
        return;
    m_err << '\r'
          << tr("[%1/%2] signing in %3 of %4…")
                 .arg(index + 1)
                 .arg(total)
                 .arg(entry.label, entry.profile)
          << "\033[K" << Qt::flush;
}

void BatchLogin::clearProgress()
{
    if (m_progressOnTerminal)
        m_err << "\r\033[K" << Qt::flush;
}

} // namespace lc
