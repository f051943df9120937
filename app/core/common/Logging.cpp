#include "Logging.h"

Q_LOGGING_CATEGORY(lcAuth, "lc.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "lc.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWeb, "lc.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "lc.cli", QtInfoMsg)
