#pragma once

#include <QLoggingCategory>

// The agent's own log category, "lc.agent": on with --verbose, like the other lc.* categories.
Q_DECLARE_LOGGING_CATEGORY(lcAgent)
