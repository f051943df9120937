#pragma once

// Shared plumbing of the fault-injection suite (tst_hostile*.cpp): the mutant provider's
// hostile-* cases (tests/rp/README.md, "Hostile cases"), a private HOME and XDG folders per test
// function, sign-ins in this process, the CLI with its run time, and snapshots of what an
// account has stored, to prove a fault left it intact.
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountIndex.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace lc::test::hostile {

inline QString mutantBase()
{
    QFile portFile(QStringLiteral(LC_RP_STATE_DIR "/port"));
    if (!portFile.open(QIODevice::ReadOnly))
        qFatal("the rp fixture is not running");
    return QStringLiteral("http://127.0.0.1:%1")
        .arg(QString::fromLatin1(portFile.readAll().trimmed()));
}

inline QString issuerOf(const QString &testCase)
{
    return mutantBase() + QLatin1Char('/') + testCase;
}

inline QByteArray readAllOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// POST /<case>/__<action>; `json` goes to __arm (merged into refresh answers by some cases).
inline void control(const QString &testCase, const QString &action, const QJsonObject &json = {})
{
    QList<QPair<QString, QString>> form;
    if (!json.isEmpty())
        form.append({ QStringLiteral("json"),
                      QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) });
    const HttpResult result
        = httpPostForm(QUrl(issuerOf(testCase) + QStringLiteral("/__") + action), form);
    if (result.status != 200)
        qFatal("control %s %s failed: %d", qPrintable(testCase), qPrintable(action), result.status);
}

// What the case saw, in order: paths below /<case>, "/token" as "/token:<grant_type>".
inline QStringList requests(const QString &testCase)
{
    const HttpResult result = httpGet(QUrl(issuerOf(testCase) + QStringLiteral("/__requests")));
    QStringList paths;
    for (const QJsonValue &value : QJsonDocument::fromJson(result.body).array()) {
        QString path = value.toObject().value(QStringLiteral("path")).toString();
        path.remove(0, testCase.size() + 1);
        const QString grant = value.toObject().value(QStringLiteral("grantType")).toString();
        paths.append(grant.isEmpty() ? path : path + QLatin1Char(':') + grant);
    }
    return paths;
}

inline int countOf(const QString &testCase, const QString &path)
{
    return int(requests(testCase).count(path));
}

// What an account has stored: the keychain entry's bytes and its index row.
struct Snapshot
{
    QByteArray secret;
    std::optional<AccountRecord> row;
};

inline Snapshot snapshotOf(const AccountRecord &account)
{
    Snapshot snapshot;
    auto secret = SecretStore().read(account.keychainKey());
    if (secret.ok())
        snapshot.secret = secret.value();
    auto row = AccountIndex().find(account.profileId, account.subject);
    if (row.ok())
        snapshot.row = row.value();
    return snapshot;
}

// Empty when intact, otherwise what changed.
inline QString differences(const Snapshot &before, const Snapshot &after)
{
    QStringList changed;
    if (before.secret != after.secret)
        changed.append(after.secret.isEmpty() ? QStringLiteral("keychain entry removed")
                                              : QStringLiteral("keychain entry changed"));
    if (!after.row)
        changed.append(QStringLiteral("index row gone"));
    else if (before.row) {
        if (after.row->signInRequired != before.row->signInRequired)
            changed.append(QStringLiteral("signInRequired became %1")
                               .arg(after.row->signInRequired ? "true" : "false"));
        if (after.row->label != before.row->label || after.row->subject != before.row->subject)
            changed.append(QStringLiteral("label or subject changed"));
        if (after.row->expiresAt != before.row->expiresAt)
            changed.append(QStringLiteral("expiresAt changed"));
    }
    return changed.join(QStringLiteral("; "));
}

struct CliRun
{
    ProcessResult result;
    qint64 elapsedMs = 0;
    int exitCode() const { return result.exitCode; }
    const QString &err() const { return result.standardError; }
    const QString &out() const { return result.standardOutput; }
    // For QVERIFY2: the whole outcome.
    QByteArray describe() const
    {
        return QStringLiteral("exit %1 after %2 ms; stderr: %3; stdout: %4")
            .arg(result.exitCode)
            .arg(elapsedMs)
            .arg(result.standardError.left(600), result.standardOutput.left(200))
            .toUtf8();
    }
    // The error is exactly one line.
    bool oneErrorLine() const
    {
        const QString text = result.standardError.trimmed();
        return !text.isEmpty() && !text.contains(QLatin1Char('\n'));
    }
};

// One test function's world: its own HOME, XDG folders (the account index, the metadata cache,
// placeholders.json) and XDG_RUNTIME_DIR (0700), set in this process's environment so that
// AccountIndex, MetadataCache and the CLI started from here all use them. The keychain (one
// D-Bus session per test program, with-keyring.sh) is shared: every profile id is unique.
class Harness
{
public:
    void setUp()
    {
        m_home = std::make_unique<QTemporaryDir>();
        if (!m_home->isValid())
            qFatal("no temporary folder");
        const QString home = m_home->path();
        qputenv("HOME", home.toLocal8Bit());
        for (const auto &[variable, folder] : { std::pair { "XDG_DATA_HOME", ".local/share" },
                                                { "XDG_CONFIG_HOME", ".config" },
                                                { "XDG_CACHE_HOME", ".cache" },
                                                { "XDG_RUNTIME_DIR", "run" } }) {
            const QString path = home + QLatin1Char('/') + QLatin1String(folder);
            QDir().mkpath(path);
            qputenv(variable, path.toLocal8Bit());
        }
        QFile::setPermissions(home + QStringLiteral("/run"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qunsetenv("LOGIN_COMPANION_BROWSER");
    }

    QString path(const QString &name) const { return m_home->filePath(name); }
    QString indexPath() const { return AccountIndex().filePath(); }
    QString metadataDir() const
    {
        return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/metadata");
    }
    void forgetMetadata() const { QDir(metadataDir()).removeRecursively(); }

    // A profile for a case, only its issuer (every endpoint from discovery), under a new id.
    QString newProfile(const QString &testCase, const QJsonObject &extra = {})
    {
        m_profileId = QStringLiteral("h%1-%2").arg(++s_serial).arg(testCase);
        return profileFile(testCase, extra);
    }
    // Another file for the last profile (same id, so the same account), with `extra` on top.
    QString profileFile(const QString &testCase, const QJsonObject &extra,
                        const QString &fileName = {})
    {
        QJsonObject profile {
            { QStringLiteral("id"), m_profileId },
            { QStringLiteral("displayName"), QStringLiteral("Hostile ") + testCase },
            { QStringLiteral("issuer"), issuerOf(testCase) },
            { QStringLiteral("clientId"), QStringLiteral("login-companion-test") },
            { QStringLiteral("redirectUri"), QStringLiteral("http://127.0.0.1/callback") },
            { QStringLiteral("scopes"),
              QJsonArray { QStringLiteral("openid"), QStringLiteral("profile"),
                           QStringLiteral("email") } },
        };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            profile.insert(it.key(), it.value());
        const QString file
            = path(fileName.isEmpty() ? m_profileId + QStringLiteral("-%1.json").arg(++s_serial)
                                      : fileName);
        writeFile(file, QJsonDocument(profile).toJson());
        return file;
    }
    QString profileId() const { return m_profileId; }

    // The whole sign-in in this process (embedded delivery: the mutant's /authorize redirects at
    // once and the test hands the callback back). nullopt and `error` set when it failed.
    std::optional<AccountRecord> signIn(const QString &profilePath, QString *error = nullptr)
    {
        auto profile = ProfileRepository::load(profilePath);
        if (!profile.ok())
            qFatal("profile: %s", qPrintable(profile.error().message()));
        SignInDriver driver(profile.value());
        const QUrl authorizationUrl = driver.start();
        if (!authorizationUrl.isEmpty()) {
            QNetworkAccessManager network;
            QNetworkRequest request(authorizationUrl);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *reply = network.get(request);
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30'000))
                qFatal("authorize did not answer");
            const QUrl callback(QString::fromUtf8(reply->rawHeader("Location")));
            reply->deleteLater();
            if (!driver.deliver(callback))
                qFatal("the callback was not recognised: %s", qPrintable(callback.toString()));
            if (!driver.wait(60'000))
                qFatal("the sign-in did not finish");
        }
        if (error && driver.error())
            *error = driver.error()->message();
        return driver.account();
    }

    // signIn() or qFatal: for tests where the sign-in is only the set-up.
    AccountRecord signedIn(const QString &profilePath)
    {
        QString error;
        auto account = signIn(profilePath, &error);
        if (!account)
            qFatal("set-up sign-in failed: %s", qPrintable(error));
        return *account;
    }

    CliRun cli(const QStringList &arguments, int timeoutMs = 60'000,
               const QMap<QString, QString> &environment = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.begin(); it != environment.end(); ++it)
            env.insert(it.key(), it.value());
        CliRun run;
        QElapsedTimer timer;
        timer.start();
        run.result = runCli(arguments, env, timeoutMs);
        run.elapsedMs = timer.elapsed();
        return run;
    }

    // `token` with an access token that must be refreshed.
    CliRun token(const QString &profilePath, int timeoutMs = 60'000) const
    {
        return cli({ QStringLiteral("token"), QStringLiteral("--profile"), profilePath,
                     QStringLiteral("--min-validity"), QStringLiteral("999999") },
                   timeoutMs);
    }

    // LOGIN_COMPANION_BROWSER: a "browser" that records the URL it was given (opened-url) and,
    // unless `recordOnly`, follows it in the background with curl: the authorization URL's
    // redirect (recorded in callback-url) and then the callback on the loopback listener.
    QString browserScript(bool recordOnly)
    {
        const QString script = path(QStringLiteral("browser.sh"));
        QString body
            = QStringLiteral("#!/bin/sh\nprintf '%s' \"$1\" > '%1.tmp' && mv '%1.tmp' '%1'\n")
                  .arg(path(QStringLiteral("opened-url")));
        if (!recordOnly)
            body += QStringLiteral("( loc=$(curl -s -o /dev/null -w '%{redirect_url}' \"$1\"); "
                                   "printf '%s' \"$loc\" > '%1'; curl -s \"$loc\" > '%2' ) "
                                   ">/dev/null 2>&1 &\n")
                        .arg(path(QStringLiteral("callback-url")),
                             path(QStringLiteral("page.html")));
        writeFile(script, body.toUtf8());
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return script;
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_profileId;
    static inline int s_serial = 0;
};

} // namespace lc::test::hostile
