#pragma once

#include <QString>

class QObject;

namespace lc {

// Remembers a window's size between runs (QSettings), so QA's preferred layout sticks.
class WindowGeometry
{
public:
    static void restoreAndTrack(QObject *window, const QString &key);
};

} // namespace lc
