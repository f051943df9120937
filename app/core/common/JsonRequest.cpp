#include "JsonRequest.h"

#include "ReplyProblem.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace lc {

namespace {
int maxAgeOf(const QByteArray &cacheControl)
{
    static const QRegularExpression maxAge(QStringLiteral("max-age=(\\d+)"));
    const auto match = maxAge.match(QString::fromLatin1(cacheControl));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}
} // namespace

void getJson(QNetworkAccessManager *network, const QUrl &url, QObject *context,
             std::function<void(const Result<FetchedJson> &)> done)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, url, done] {
        reply->deleteLater();
        FetchedJson fetched;
        fetched.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (ReplyProblem::isFailure(reply)) {
            done(ReplyProblem::describe(reply, url.toString(QUrl::RemoveQuery)));
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        if (!document.isObject() && fetched.httpStatus < 400) {
            done(AuthError::network(JsonRequest::tr("%1 did not answer with a JSON "
                                                    "object (HTTP %2).")
                                        .arg(url.toString(QUrl::RemoveQuery))
                                        .arg(fetched.httpStatus)));
            return;
        }
        fetched.object = document.object();
        fetched.maxAgeSeconds = maxAgeOf(reply->rawHeader("Cache-Control"));
        done(fetched);
    });
}

} // namespace lc
