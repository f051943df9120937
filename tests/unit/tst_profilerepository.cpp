// Installed profiles (profiles/ID.json in the config directory): validated before they are
// copied, never shadowing a built-in id, found by id after the file is gone, and removed
// again. In QStandardPaths' test mode, under an application name of this process's own.
#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lc;

namespace {
QJsonObject profileJson(const QString &id)
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("displayName"), QStringLiteral("QA provider") },
        { QStringLiteral("environment"), QStringLiteral("staging") },
        { QStringLiteral("authorizationEndpoint"), QStringLiteral("https://id.example.test/auth") },
        { QStringLiteral("tokenEndpoint"), QStringLiteral("https://id.example.test/token") },
        { QStringLiteral("clientId"), QStringLiteral("qa-client") },
        { QStringLiteral("redirectUri"), QStringLiteral("http://127.0.0.1/callback") },
    };
}

QString messageOf(const AuthError &error)
{
    return error.message();
}
} // namespace

class TestProfileRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QJsonObject &json)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(json).toJson());
        return path;
    }

    static QByteArray installedBytes(const QString &id)
    {
        QFile file(ProfileRepository::installedPath(id));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(
            QStringLiteral("tst_profilerepository-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(m_files.isValid());
    }

    void cleanup() { QDir(ProfileRepository::installedDirectory()).removeRecursively(); }

    void cleanupTestCase()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .removeRecursively();
    }

    void installedDirectoryIsInTheConfigDirectory()
    {
        QCOMPARE(ProfileRepository::installedDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                     + QStringLiteral("/profiles"));
        QCOMPARE(ProfileRepository::installedPath(QStringLiteral("qa")),
                 ProfileRepository::installedDirectory() + QStringLiteral("/qa.json"));
    }

    void installAddsThenReportsUnchangedThenUpdated()
    {
        const QString path
            = writeFile(QStringLiteral("qa.json"), profileJson(QStringLiteral("qa")));
        auto added = ProfileRepository::install(path);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(messageOf(added.error())));
        QCOMPARE(added.value().installation, ProfileRepository::Installation::Added);
        QCOMPARE(added.value().profile.id, QStringLiteral("qa"));
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(installedBytes(QStringLiteral("qa")), original.readAll()); // as written

        auto again = ProfileRepository::install(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value().installation, ProfileRepository::Installation::Unchanged);

        QJsonObject changed = profileJson(QStringLiteral("qa"));
        changed.insert(QStringLiteral("displayName"), QStringLiteral("QA provider, renamed"));
        // Another file with the same id replaces the installed one.
        const QString other = writeFile(QStringLiteral("elsewhere.json"), changed);
        auto updated = ProfileRepository::install(other);
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().installation, ProfileRepository::Installation::Updated);
        QCOMPARE(ProfileRepository::load(QStringLiteral("qa")).value().displayName,
                 QStringLiteral("QA provider, renamed"));
        QCOMPARE(ProfileRepository::installedIds(), QStringList { QStringLiteral("qa") });
    }

    void installedProfileLoadsByIdAfterTheFileIsGone()
    {
        const QString path
            = writeFile(QStringLiteral("gone.json"), profileJson(QStringLiteral("gone")));
        QVERIFY(ProfileRepository::install(path).ok());
        QVERIFY(QFile::remove(path));
        auto loaded = ProfileRepository::load(QStringLiteral("gone"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(messageOf(loaded.error())));
        QCOMPARE(loaded.value().environment, QStringLiteral("staging"));
        QCOMPARE(loaded.value().source, ProfileRepository::installedPath(QStringLiteral("gone")));
        QCOMPARE(ProfileRepository::installed().size(), 1);
    }

    void builtInIdsCannotBeInstalledOrShadowed()
    {
        QJsonObject demo = profileJson(QStringLiteral("demo"));
        const QString path = writeFile(QStringLiteral("demo.json"), demo);
        auto refused = ProfileRepository::install(path);
        QVERIFY(!refused.ok());
        QCOMPARE(int(exitCodeFor(refused.error())), 64);
        QVERIFY2(messageOf(refused.error()).contains(QStringLiteral("\"demo\"")),
                 qPrintable(messageOf(refused.error())));
        QVERIFY(!QFile::exists(ProfileRepository::installedPath(QStringLiteral("demo"))));

        // A file put there by hand is neither listed nor loaded instead of the built-in one.
        QVERIFY(QDir().mkpath(ProfileRepository::installedDirectory()));
        QVERIFY(QFile::copy(path, ProfileRepository::installedPath(QStringLiteral("demo"))));
        QVERIFY(!ProfileRepository::installedIds().contains(QStringLiteral("demo")));
        QCOMPARE(ProfileRepository::load(QStringLiteral("demo")).value().displayName,
                 QStringLiteral("Login Companion Demo"));
    }

    void invalidProfilesAreNotInstalled_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("named"); // what the message must name
        QJsonObject unknownKey = profileJson(QStringLiteral("bad"));
        unknownKey.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        QTest::newRow("unknown key") << unknownKey << QStringLiteral("colour");
        QJsonObject secret = profileJson(QStringLiteral("bad"));
        secret.insert(QStringLiteral("clientSecret"), QStringLiteral("hunter2"));
        QTest::newRow("client secret") << secret << QStringLiteral("clientSecret");
        QJsonObject relative = profileJson(QStringLiteral("bad"));
        relative.insert(QStringLiteral("tokenEndpoint"), QStringLiteral("/token"));
        QTest::newRow("relative URL") << relative << QStringLiteral("tokenEndpoint");
        QJsonObject placeholder = profileJson(QStringLiteral("bad"));
        placeholder.insert(QStringLiteral("clientId"), QStringLiteral("%qa-unset-client-id%"));
        QTest::newRow("placeholder without a value")
            << placeholder << QStringLiteral("qa-unset-client-id");
    }

    void invalidProfilesAreNotInstalled()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, named);
        const QString path = writeFile(QStringLiteral("bad.json"), json);
        auto refused = ProfileRepository::install(path);
        QVERIFY(!refused.ok());
        QCOMPARE(int(exitCodeFor(refused.error())), 64);
        QVERIFY2(messageOf(refused.error()).contains(named),
                 qPrintable(messageOf(refused.error())));
        QVERIFY2(messageOf(refused.error()).contains(path), qPrintable(messageOf(refused.error())));
        QVERIFY(ProfileRepository::installedIds().isEmpty());
    }

    void installedFileWithAnotherIdIsRefusedByName()
    {
        QVERIFY(QDir().mkpath(ProfileRepository::installedDirectory()));
        const QString path = ProfileRepository::installedPath(QStringLiteral("renamed"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(profileJson(QStringLiteral("original"))).toJson());
        file.close();
        auto loaded = ProfileRepository::load(QStringLiteral("renamed"));
        QVERIFY(!loaded.ok());
        QVERIFY2(messageOf(loaded.error()).contains(QStringLiteral("profile add")),
                 qPrintable(messageOf(loaded.error())));
        QStringList problems;
        QVERIFY(ProfileRepository::installed(&problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }

    void unknownIdNamesTheKnownOnes()
    {
        const QString path
            = writeFile(QStringLiteral("qa.json"), profileJson(QStringLiteral("qa")));
        QVERIFY(ProfileRepository::install(path).ok());
        auto missing = ProfileRepository::load(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(int(exitCodeFor(missing.error())), 64);
        QVERIFY(messageOf(missing.error()).contains(QStringLiteral("demo")));
        QVERIFY(messageOf(missing.error()).contains(QStringLiteral("qa")));
    }

    void unresolvedKeepsPlaceholdersAndMissingNamesTheUnset()
    {
        auto rayteams = ProfileRepository::unresolved(QStringLiteral("rayteams"));
        QVERIFY(rayteams.ok());
        QCOMPARE(rayteams.value().value(QStringLiteral("authorizationEndpoint")).toString(),
                 QStringLiteral("%rayteams-base%/oauth2/authorize"));
        // Placeholders with a default in the profile are set; the others are named once each.
        const PlaceholderValues none({}, false);
        QCOMPARE(none.missing(rayteams.value()),
                 (QStringList { QStringLiteral("rayteams-base"),
                                QStringLiteral("rayteams-client-id") }));
        const PlaceholderValues given(
            { { QStringLiteral("rayteams-base"), QStringLiteral("https://id.example.test") } },
            false);
        QCOMPARE(given.missing(rayteams.value()),
                 QStringList { QStringLiteral("rayteams-client-id") });
        QVERIFY(
            none.missing(ProfileRepository::unresolved(QStringLiteral("demo")).value()).isEmpty());
    }

    void uninstallRemovesOnlyInstalledProfiles()
    {
        const QString path
            = writeFile(QStringLiteral("qa.json"), profileJson(QStringLiteral("qa")));
        QVERIFY(ProfileRepository::install(path).ok());
        QVERIFY(ProfileRepository::uninstall(QStringLiteral("qa")).ok());
        QVERIFY(ProfileRepository::installedIds().isEmpty());
        QVERIFY(!ProfileRepository::load(QStringLiteral("qa")).ok());
        QVERIFY(QFile::exists(path)); // the user's file is theirs

        const Status missing = ProfileRepository::uninstall(QStringLiteral("qa"));
        QVERIFY(!missing.ok());
        QCOMPARE(int(exitCodeFor(missing.error())), 64);
        const Status builtIn = ProfileRepository::uninstall(QStringLiteral("demo"));
        QVERIFY(!builtIn.ok());
        QVERIFY(messageOf(builtIn.error()).contains(QStringLiteral("built-in")));
        QVERIFY(ProfileRepository::load(QStringLiteral("demo")).ok());
    }
};

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "tst_profilerepository.moc"
