#pragma once

#include <QDateTime>

namespace lc {

// "Now", for everything that compares against a time: token expiry, ID token exp/iat, cache
// lifetimes, the JWKS re-fetch limit. Tests pass a clock they can move.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};

} // namespace lc
