#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace lc {

struct FetchedJson
{
    int httpStatus = 0;
    QJsonObject object;
    int maxAgeSeconds = -1; // from Cache-Control, -1 when absent
};

// GETs a JSON object. Fails (kind Network) on a transport error or a body that is not a JSON
// object; an HTTP error status with a JSON body is returned, for the caller to judge.
void getJson(QNetworkAccessManager *network, const QUrl &url, QObject *context,
             std::function<void(const Result<FetchedJson> &)> done);

// The translation context of getJson's messages.
class JsonRequest
{
    Q_DECLARE_TR_FUNCTIONS(lc::JsonRequest)
};

} // namespace lc
