#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace lc {

// Opens a URL in the user's default browser without linking QtGui (the front executable stays
// on QtCore): xdg-open, open or the Windows URL handler. LOGIN_COMPANION_BROWSER, when set,
// names the program to use instead (a specific browser, or a test's stand-in).
class SystemBrowser
{
    Q_DECLARE_TR_FUNCTIONS(lc::SystemBrowser)

public:
    static Status open(const QUrl &url);
};

} // namespace lc
