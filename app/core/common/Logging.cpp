#include "Logging.h"

Q_LOGGING_CATEGORY(lcAuth, "lc.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "lc.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWeb, "lc.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "lc.cli", QtInfoMsg)

namespace lc {

namespace {
bool verboseLogging = false;
}

bool isVerboseLogging()
{
    return verboseLogging;
}

void setVerboseLogging(bool verbose)
{
    verboseLogging = verbose;
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("lc.*=true\nqt.networkauth*=true")
                                             : QStringLiteral("lc.*=false\nqt.networkauth*=false"));
}

} // namespace lc
