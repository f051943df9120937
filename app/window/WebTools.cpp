#include "WebTools.h"

#include "auth/RedirectMatcher.h"
#include "common/Logging.h"

#include <QQmlEngine>
#include <QQuickWebEngineProfile>
#include <QSslCertificate>
#include <QWebEngineCertificateError>
#include <QWebEngineCookieStore>
#include <QWebEngineUrlRequestInterceptor>

namespace lc {

namespace {
class RedirectGuard : public QWebEngineUrlRequestInterceptor
{
public:
    RedirectGuard(const QUrl &redirectUri, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent)
        , m_matcher(redirectUri)
    {
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        // Navigations to the redirect URI are caught before this point (navigationRequested);
        // anything still heading there (an image, a fetch, a frame) must not leak the code.
        if (m_matcher.matches(info.requestUrl())) {
            qCInfo(lcWeb) << "blocked a request to the redirect URI";
            info.block(true);
        }
    }

private:
    RedirectMatcher m_matcher;
};
} // namespace

void WebTools::registerForQml()
{
    // One instance per engine (the accounts window and the tests create several).
    qmlRegisterSingletonType<WebTools>("LoginCompanion.Web", 1, 0, "WebTools",
                                       [](QQmlEngine *, QJSEngine *) { return new WebTools; });
}

QString WebTools::certificateSha256(const QWebEngineCertificateError &error) const
{
    const QList<QSslCertificate> chain = error.certificateChain();
    if (chain.isEmpty())
        return {};
    return QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex());
}

void WebTools::clearSession(QObject *webEngineProfile) const
{
    auto *profile = qobject_cast<QQuickWebEngineProfile *>(webEngineProfile);
    if (!profile)
        return;
    profile->cookieStore()->deleteAllCookies();
    profile->clearHttpCache();
}

void WebTools::guardRedirect(QObject *webEngineProfile, const QUrl &redirectUri)
{
    auto *profile = qobject_cast<QQuickWebEngineProfile *>(webEngineProfile);
    if (profile)
        profile->setUrlRequestInterceptor(new RedirectGuard(redirectUri, profile));
}

} // namespace lc
