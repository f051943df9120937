#include "AgentLogging.h"

Q_LOGGING_CATEGORY(lcAgent, "lc.agent", QtInfoMsg)
