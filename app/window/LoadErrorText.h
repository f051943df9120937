#pragma once

#include <QCoreApplication>
#include <QString>

namespace lc {

// Chromium's net::ERR_* codes, as the login window's error view says them: a sentence for
// people, and the technical code for a details line.
class LoadErrorText
{
    Q_DECLARE_TR_FUNCTIONS(lc::LoadErrorText)

public:
    // "The server refused the connection." for -102 (ERR_CONNECTION_REFUSED), …; a general
    // sentence for codes without one of their own.
    static QString sentence(int errorCode);
    // "net::ERR_CONNECTION_REFUSED (-102)"
    static QString details(int errorCode, const QString &errorString);
};

} // namespace lc
