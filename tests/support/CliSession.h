#pragma once

#include "TestSupport.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace lc::test {

// login-companion as a QA script drives it: run in a folder of the test's choosing, signing in
// with `login --browser system`, where the "web browser" is tests/oidc/browser-stand-in.mjs
// (started in the background through LOGIN_COMPANION_BROWSER, as a real browser would be),
// which signs in to the fixture's provider as the user it is told.
class CliSession
{
public:
    CliSession();

    // login-companion ARGUMENTS in `workingDirectory` (default: a scratch folder of its own),
    // with `input` on stdin (then closed; stdin is never a terminal).
    ProcessResult run(const QStringList &arguments, const QString &workingDirectory = {},
                      const QByteArray &input = {}) const;
    // `login --profile PROFILE --browser system [MORE]`, the stand-in signing in as `user`.
    ProcessResult signIn(const QString &profile, const QString &user, const QStringList &more = {},
                         const QString &workingDirectory = {}) const;

    // `token --profile PROFILE --account LABEL`: the access token, or empty.
    QString accessToken(const QString &profile, const QString &label) const;
    // No accounts in the list and no installed profiles (keychain entries may stay behind);
    // from then on this process uses the CLI's config and data directories.
    static void startAfresh();

    QString scratchFolder() const { return m_scratch.path(); }
    // The environment of every later run (placeholders, client secrets, …).
    void setVariable(const QString &name, const QString &value)
    {
        m_environment.insert(name, value);
    }
    void unsetVariable(const QString &name) { m_environment.remove(name); }
    // The stand-in's stderr, for a failed sign-in's message.
    QString standInLog() const;

private:
    ProcessResult runWith(const QProcessEnvironment &environment, const QStringList &arguments,
                          const QString &workingDirectory, const QByteArray &input) const;

    QTemporaryDir m_scratch;
    QProcessEnvironment m_environment;
};

// Whom the provider's userinfo endpoint says the access token belongs to, or "HTTP <status>".
QString userinfoSubject(const QString &accessToken);

// A profile for the fixture's provider with a loopback redirect URI (which oidc-provider
// accepts on any port for a native client, RFC 8252 §7.3), as `login --browser system` needs.
QString writeLoopbackProfile(const QTemporaryDir &directory, const QString &id,
                             const QJsonObject &overrides = {});

} // namespace lc::test
