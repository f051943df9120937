#pragma once

#include <QObject>
#include <QUrl>

class QWebEngineCertificateError;

namespace lc {

// The few things the login view needs from Qt WebEngine's C++ API that QML cannot reach: the
// certificate behind a TLS error, clearing a web profile's cookies, and a request interceptor that
// keeps every request — sub-resources too — away from the redirect URI. Available in QML as the
// singleton `WebTools` of module `LoginCompanion.Web`.
class WebTools : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    static void registerForQml();

    // Lowercase hex SHA-256 of the server's own (leaf) certificate; empty if there is none.
    Q_INVOKABLE QString certificateSha256(const QWebEngineCertificateError &error) const;
    Q_INVOKABLE void clearSession(QObject *webEngineProfile) const;
    Q_INVOKABLE void guardRedirect(QObject *webEngineProfile, const QUrl &redirectUri);
};

} // namespace lc
