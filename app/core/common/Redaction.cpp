#include "Redaction.h"

#include "Logging.h"

#include <QRegularExpression>

namespace lc {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

// Names whose values are secret wherever they appear: in a query, a form body or JSON.
const QString kSecretNames = QStringLiteral(
    "access_token|refresh_token|id_token|code|code_verifier|client_secret|password|"
    "accessToken|refreshToken|idToken|clientSecret|secret|token|state|nonce");

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Quiet by default: Qt, QML and engine messages only with --verbose (a fatal one always).
    if (type != QtFatalMsg && !isVerboseLogging())
        return;
    if (previousHandler)
        previousHandler(type, context, redactSecrets(message));
}

} // namespace

QString redactSecrets(const QString &text)
{
    static const QRegularExpression queryOrForm(
        QStringLiteral("(?<![A-Za-z_])(%1)=([^&\\s\"'#]+)").arg(kSecretNames));
    static const QRegularExpression json(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"").arg(kSecretNames));
    static const QRegularExpression authorizationHeader(
        QStringLiteral("\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"),
        QRegularExpression::CaseInsensitiveOption);
    // A JWT anywhere (three base64url parts, the first starting with '{"' encoded).
    static const QRegularExpression jwt(
        QStringLiteral("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));

    QString result = text;
    result.replace(queryOrForm, QStringLiteral("\\1=") + kRedacted);
    result.replace(json, QStringLiteral("\\1\"") + kRedacted + QStringLiteral("\""));
    result.replace(authorizationHeader, QStringLiteral("\\1 ") + kRedacted);
    result.replace(jwt, kRedacted);
    return result;
}

void installRedactingMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        previousHandler = previous;
}

} // namespace lc
